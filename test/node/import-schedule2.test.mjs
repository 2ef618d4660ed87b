// Importing the flat c3voc "schedule2" JSON (CCC hub, 38C3): counts against the
// source, both events field by field, tracks with colours, participants and
// their roles, persons' bios, avatars and links, and malformed variants.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ImportError, importProgramme, importSchedule2, parseProgramme, validateProgramme } from '../../dist/model.js';
import { fixtureJson, fixtureText, instant, resolvePointer } from './import-helpers.mjs';

const NAME = 'voc-schedule_hub-schedule2.json';

describe('38C3 (schedule2)', () => {
  const source = fixtureJson(NAME);
  const { programme, format, warnings } = importProgramme(fixtureText(NAME));
  const parsed = parseProgramme(programme);
  const { conference, events, persons } = source.schedule;

  test('auto detects schedule2; validates', () => {
    assert.equal(format, 'schedule2');
    assert.deepEqual(validateProgramme(programme).errors, []);
  });

  test('days, rooms, tracks, events and persons: as many as in the source', () => {
    assert.equal(programme.event.days.length, conference.days.length);
    assert.equal(programme.rooms.length, conference.rooms.length);
    assert.equal(programme.tracks.length, conference.tracks.length);
    assert.equal(programme.items.length, events.length);
    const participants = new Set(events.flatMap((e) => e.participants.map((p) => p.guid)));
    assert.equal(programme.speakers.length, participants.size);
    assert.equal(participants.size, persons.length);
  });

  test('the event: zone, languages, url', () => {
    assert.equal(programme.event.id, '38c3');
    assert.equal(programme.event.title, '38C3');
    assert.equal(programme.event.timeZone, 'Europe/Berlin');
    assert.equal(programme.event.defaultLanguage, 'en');
    assert.deepEqual(programme.event.languages, ['en', 'de']);
    assert.equal(programme.event.url, 'https://events.ccc.de/congress/2024/');
    assert.deepEqual(programme.event.days, conference.days.map((d) => d.date));
  });

  test('tracks keep their colours', () => {
    assert.deepEqual(
      programme.tracks.map((t) => [t.name, t.color]),
      conference.tracks.map((t) => [t.name, t.colors.light]),
    );
  });

  test('the opening, field by field', () => {
    const opening = parsed.items.find((i) => i.id === 'HQCCYH');
    assert.equal(opening.type, 'other');
    assert.equal(opening.start, instant('2024-12-27T10:30:00+01:00'));
    assert.equal(opening.end, instant('2024-12-27T11:00:00+01:00'));
    assert.equal(opening.day, '2024-12-27');
    assert.equal(opening.title, '38C3: Opening Ceremony');
    assert.equal(opening.room.name, 'Saal 1');
    assert.equal(opening.track.name, 'CCC');
    assert.equal(opening.track.color, '#F2F006');
    assert.match(opening.description, /^Glad you could make it!.*\n\nThis ceremony will prepare you/s);
    assert.deepEqual(opening.speakers.map((s) => [s.speaker.name, s.role]), [
      ['Gabriela Bogk', 'speaker'],
      ['Aline Blankertz', 'speaker'],
      ['Senficon', 'speaker'],
    ]);
    assert.deepEqual(opening.links, [
      { url: 'https://events.ccc.de/congress/2024/hub/event/38c3-opening-ceremony/' },
      { url: 'https://example.net/', label: 'foo bar' },
      { url: 'https://fahrplan.events.ccc.de/congress/2024/fahrplan/talk/HQCCYH/', label: 'Origin' },
      { url: 'https://fahrplan.events.ccc.de/congress/2024/fahrplan/talk/HQCCYH/feedback/', label: 'Feedback' },
      { url: 'https://example.net/foo/bar/1235.pdf', label: 'Slides', kind: 'slides' },
    ]);
  });

  test('after midnight: the calendar day of its start, in Berlin', () => {
    const late = parsed.items.find((i) => i.id === 'TPGRNN');
    assert.equal(late.day, '2024-12-28');
    assert.equal(late.start, Date.UTC(2024, 11, 27, 23, 15));
    assert.equal(late.end - late.start, 40 * 60_000);
    assert.equal(late.subtitle, 'Most Wanted Using Deep Reinforcement Learning');
    assert.equal(late.type, 'talk');
    assert.equal(late.track.name, 'Hardware & Making');
  });

  test('persons: bios, avatars (absolute URLs) and links', () => {
    const gabriela = parsed.speakers.find((s) => s.name === 'Gabriela Bogk');
    assert.equal(gabriela.id, 'gabriela-bogk');
    assert.match(gabriela.bio, /^Gabriela, the hacker formerly known as Andreas/);
    assert.equal(gabriela.photo.url, persons[0].avatar.url);
    assert.deepEqual(gabriela.links, [
      { url: persons[0].url },
      { url: 'https://example.net/@handle/123456', label: 'Mastodon' },
    ]);
    const sebastian = parsed.speakers.find((s) => s.name === 'Sebastian Schwarz');
    assert.equal(sebastian.bio.split('\n\n').length, 2);
    assert.deepEqual(sebastian.items, ['TPGRNN']);
  });

  test('what has no place is reported where it is', () => {
    const reported = warnings.map((w) => [w.code, w.path]);
    for (const expected of [
      ['not-imported', '/schedule/events/0/participants/2/role'],
      ['not-imported', '/schedule/events/1/logo'],
      ['not-imported', '/schedule/conference/rooms/0/description'],
      ['not-imported', '/schedule/conference/rooms/0/capacity'],
    ]) {
      assert.ok(reported.some((r) => r[0] === expected[0] && r[1] === expected[1]), `missing ${expected}`);
    }
    for (const warning of warnings) assert.notEqual(resolvePointer(source, warning.path), undefined, warning.path);
  });
});

describe('malformed schedule2', () => {
  const good = () => fixtureJson(NAME);
  const failure = (input, options) => {
    try {
      importSchedule2(input, options);
    } catch (error) {
      assert.ok(error instanceof ImportError);
      return error.errors.map((e) => [e.code, e.path]);
    }
    assert.fail('expected an ImportError');
  };

  test('truncated', () => {
    assert.deepEqual(failure(fixtureText(NAME).slice(0, 3000)), [['invalid-json', '']]);
  });

  test('no schedule, conference or events', () => {
    assert.deepEqual(failure('"text"'), [['invalid-type', '']]);
    assert.deepEqual(failure({ schedule: 1 }), [['invalid-type', '/schedule']]);
    assert.deepEqual(failure({ schedule: {} }), [['missing-field', '/schedule/conference']]);
    const source = good();
    source.schedule.events = {};
    delete source.schedule.conference.title;
    assert.deepEqual(failure(source), [
      ['missing-field', '/schedule/conference/title'],
      ['invalid-type', '/schedule/events'],
    ]);
  });

  test('events with a bad start or no title', () => {
    const source = good();
    source.schedule.events[0].start = '2024-12-27T10:30:00';
    source.schedule.events[1].start = 1735340100;
    source.schedule.events.push({ start: '2024-12-27T10:30:00+01:00' }, 'x');
    assert.deepEqual(failure(source), [
      ['invalid-time', '/schedule/events/0/start'],
      ['invalid-type', '/schedule/events/1/start'],
      ['missing-field', '/schedule/events/2/title'],
      ['invalid-type', '/schedule/events/3'],
    ]);
  });

  test('optional parts of the wrong shape are warnings', () => {
    const source = good();
    source.schedule.conference.tracks[0].colors.light = 'yellow';
    source.schedule.conference.rooms = 'Saal 1';
    source.schedule.events[0].end = '2024-12-27T10:00:00+01:00';
    source.schedule.events[0].track = { slug: 'nope' };
    source.schedule.events[1].participants = [{ guid: 'x' }, { name: 'Host', role: 'MODERATOR' }];
    const { programme, warnings } = importSchedule2(source);
    const reported = warnings.map((w) => [w.code, w.path]);
    for (const expected of [
      ['unusable-value', '/schedule/conference/tracks/0/colors/light'],
      ['unusable-value', '/schedule/conference/rooms'],
      ['unusable-value', '/schedule/events/0/end'],
      ['unusable-value', '/schedule/events/0/track'],
      ['unusable-value', '/schedule/events/1/participants/0'],
    ]) {
      assert.ok(reported.some((r) => r[0] === expected[0] && r[1] === expected[1]), `missing ${expected}`);
    }
    const [opening, late] = programme.items;
    assert.equal(opening.end, undefined, 'an end before the start is dropped');
    assert.equal(opening.track, undefined);
    assert.deepEqual(late.speakers, [{ id: 'host', role: 'moderator' }]);
    assert.equal(validateProgramme(programme).ok, true);
  });
});
