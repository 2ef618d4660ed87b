// Importing c3voc schedule.json v1 (frab and pretalx exports): the three real
// exports counted against their source, events checked field by field, the
// time zone (named, or assumed with a warning), warnings that point into the
// source, and malformed variants.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  ImportError,
  PROBLEM_CODES,
  importFrabJson,
  importProgramme,
  parseProgramme,
  validateProgramme,
} from '../../dist/model.js';
import { countFrab, fixtureJson, fixtureText, frabEvents, instant, parentPointer, resolvePointer } from './import-helpers.mjs';

const EXPORTS = ['voc-schedule_frab-camp2019.json', 'voc-schedule_pretalx-rc3.json', 'voc-schedule_pretalx-democon.json'];
const MINUTE = 60_000;

/** The import's error, checked to be an ImportError. */
function importError(run) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ImportError, `expected an ImportError, got ${error}`);
    return error;
  }
  assert.fail('expected the import to fail');
}

for (const name of EXPORTS) {
  describe(name, () => {
    const text = fixtureText(name);
    const source = JSON.parse(text);
    const { programme, format, warnings } = importProgramme(text);
    const counts = countFrab(source);

    test('auto detects frab-json', () => {
      assert.equal(format, 'frab-json');
    });

    test('days, rooms, tracks, events and persons: as many as in the source', () => {
      assert.equal(programme.event.days.length, counts.days);
      assert.equal(programme.rooms.length, counts.rooms);
      assert.equal(programme.tracks.length, counts.tracks);
      assert.equal(programme.items.length, counts.events);
      assert.equal(programme.speakers.length, counts.persons);
      assert.deepEqual(
        programme.items.map((item) => item.id).sort(),
        frabEvents(source).map((e) => String(e.event.id)).sort(),
      );
    });

    test('validates without errors, and every item keeps its instant', () => {
      const result = validateProgramme(programme);
      assert.deepEqual(result.errors, []);
      const parsed = parseProgramme(programme);
      for (const { event } of frabEvents(source)) {
        const item = parsed.items.find((i) => i.id === String(event.id));
        assert.equal(item.start, instant(event.date), event.id);
        const [h, m] = event.duration.split(':').map(Number);
        assert.equal(item.end - item.start, (h * 60 + m) * MINUTE, event.id);
        assert.equal(item.room.name, event.room);
        assert.equal(textOf(item.title), event.title.trim());
        assert.deepEqual(
          item.speakers.map((s) => s.speaker.name),
          event.persons.map((p) => (p.public_name ?? p.name).trim()),
        );
      }
    });

    test('warnings have known codes and point into the source', () => {
      for (const warning of warnings) {
        assert.ok(PROBLEM_CODES.includes(warning.code), warning.code);
        assert.ok(warning.message.length > 20);
        const target = warning.code === 'assumed-time-zone' ? parentPointer(warning.path) : warning.path;
        assert.notEqual(resolvePointer(source, target), undefined, `${warning.path} is not in the source`);
      }
    });

    test('the same from the parsed object, without changing it', () => {
      const copy = structuredClone(source);
      assert.deepEqual(importProgramme(copy).programme, programme);
      assert.deepEqual(copy, source);
    });
  });
}

/** A localised text as one string (for comparisons). */
function textOf(text) {
  return typeof text === 'string' ? text : Object.values(text)[0];
}

describe('Camp 2019 (frab, Europe/Berlin)', () => {
  const source = fixtureJson('voc-schedule_frab-camp2019.json');
  const { programme, warnings } = importProgramme(source);
  const parsed = parseProgramme(programme);
  const item = (id) => parsed.items.find((i) => i.id === id);

  test('the event', () => {
    assert.deepEqual(programme.event, {
      id: 'Camp2019',
      title: 'Chaos Communication Camp 2019',
      timeZone: 'Europe/Berlin',
      days: ['2019-08-21', '2019-08-22', '2019-08-23', '2019-08-24', '2019-08-25'],
      defaultLanguage: 'en',
      languages: ['en', 'de'],
      url: 'https://fahrplan.events.ccc.de/camp/2019/Fahrplan/',
    });
    assert.equal(warnings.some((w) => w.code === 'assumed-time-zone'), false);
  });

  test('Opening Ceremony, field by field', () => {
    const opening = item('10386');
    assert.equal(opening.type, 'talk');
    assert.deepEqual(opening.tags, ['lecture']);
    assert.equal(opening.day, '2019-08-21');
    assert.equal(opening.start, Date.UTC(2019, 7, 21, 9, 0)); // 11:00 in Berlin (CEST)
    assert.equal(opening.end, Date.UTC(2019, 7, 21, 9, 30));
    assert.equal(opening.title, 'Opening Ceremony');
    assert.equal(opening.description, 'A hearty welcome me lasses and lads!');
    assert.equal(opening.room.name, 'Curie');
    assert.equal(opening.track.name, 'CCC');
    assert.equal(opening.language, 'en');
    assert.deepEqual(opening.speakers.map((s) => [s.speaker.id, s.speaker.name, s.role]), [
      ['jinxx', 'jinxx', 'speaker'],
      ['smtw', 'smtw', 'speaker'],
    ]);
    assert.deepEqual(opening.links, [{ url: 'https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html' }]);
  });

  test('a German talk: texts keyed by their language, numbered demands kept, links and logo', () => {
    const xr = item('10370');
    assert.equal(xr.language, 'de');
    assert.equal(xr.start, instant('2019-08-21T20:00:00+02:00'));
    assert.equal(xr.end - xr.start, 45 * MINUTE);
    assert.match(xr.title.de, /^Aufstand oder Aussterben\?/);
    assert.equal(Object.keys(xr.description).join(), 'de');
    assert.match(xr.description.de, /Klima-Aktivist\*innen/, 'a gender star is not emphasis');
    assert.match(xr.description.de, /\n\n- 1\. TELL THE TRUTH - Die Regierung/);
    assert.equal(xr.track.name, 'Ethics, Society & Politics');
    assert.ok(xr.links.length >= 2);
    assert.ok(xr.links.every((l) => /^https:\/\//.test(l.url)));
    const logo = warnings.find((w) => w.path === '/schedule/conference/days/0/rooms/Curie/8/logo' || (w.code === 'not-imported' && w.params.field === 'logo' && w.path.includes('/Curie/')));
    assert.ok(logo, 'a logo is reported as not imported');
  });

  test('relative attachment URLs are resolved against base_url', () => {
    const all = parsed.items.flatMap((i) => i.links.map((l) => l.url));
    assert.ok(all.some((url) => url.startsWith('https://fahrplan.events.ccc.de/system/event_attachments/')));
    assert.equal(warnings.filter((w) => w.code === 'unusable-value').length, 0);
  });
});

describe('rC3 (pretalx, no time zone)', () => {
  const text = fixtureText('voc-schedule_pretalx-rc3.json');

  test('UTC by default, with a warning where the zone should be', () => {
    const { programme, warnings } = importProgramme(text);
    assert.equal(programme.event.timeZone, 'UTC');
    const [zone] = warnings.filter((w) => w.code === 'assumed-time-zone');
    assert.equal(zone.path, '/schedule/conference/time_zone_name');
    assert.deepEqual(zone.params, { timeZone: 'UTC' });
    assert.match(zone.message, /no time zone.*UTC/);
  });

  test('a zone given in the options: same instants, shown in that zone', () => {
    const utc = parseProgramme(importProgramme(text).programme);
    const { programme, warnings } = importProgramme(text, { timeZone: 'Europe/Berlin' });
    const berlin = parseProgramme(programme);
    assert.equal(programme.event.timeZone, 'Europe/Berlin');
    assert.deepEqual(berlin.items.map((i) => [i.id, i.start, i.end]), utc.items.map((i) => [i.id, i.start, i.end]));
    assert.match(warnings.find((w) => w.code === 'assumed-time-zone').message, /Europe\/Berlin \(as given\)/);
  });

  test('Gluon talk: German texts, Markdown links as text, speakers with and without bio', () => {
    const parsed = parseProgramme(importProgramme(text).programme);
    const gluon = parsed.items.find((i) => i.id === '15');
    assert.equal(gluon.start, Date.UTC(2020, 11, 27, 10, 30));
    assert.equal(gluon.end, Date.UTC(2020, 11, 27, 11, 10));
    assert.equal(gluon.room.name, 'r3s - Monheim/Rhein');
    assert.equal(gluon.track.name, 'MON r3s Rhein VHS');
    assert.equal(gluon.type, 'talk');
    assert.deepEqual(gluon.tags, ['Talk 30 min + 10min Q&A']);
    assert.match(gluon.description.de, /basiert bei vielen Communities auf Gluon \(https:\/\/gluon\.readthedocs\.io\/\)\./);
    assert.doesNotMatch(gluon.description.de, /\[|\]\(/);
    assert.deepEqual(gluon.speakers.map((s) => s.speaker.name), ['Chris Fiege', 'Kasa']);
    assert.equal(gluon.speakers[0].speaker.bio, undefined);
  });

  test('paths escape "/" in room names (RFC 6901)', () => {
    const source = JSON.parse(text);
    const { warnings } = importProgramme(source);
    const answers = warnings.find((w) => w.code === 'not-imported' && w.params.field === 'answers');
    assert.match(answers.path, /^\/schedule\/conference\/days\/0\/rooms\/r3s - Monheim~1Rhein\/0\/answers$/);
    assert.ok(Array.isArray(resolvePointer(source, answers.path)));
    // The value as JSON (no English "an array of 2"): an interface quotes it in its own language.
    const json = JSON.stringify(resolvePointer(source, answers.path));
    assert.ok(answers.params.value === json || json.startsWith(answers.params.value.replace(/…$/, '')), answers.params.value);
    assert.match(answers.params.value, /^\[/);
  });
});

describe('DemoCon (pretalx, UTC)', () => {
  const source = fixtureJson('voc-schedule_pretalx-democon.json');
  const { programme, warnings } = importProgramme(source);
  const parsed = parseProgramme(programme);

  test('the zone the source names; rooms in the source order', () => {
    assert.equal(programme.event.timeZone, 'UTC');
    assert.deepEqual(programme.rooms.map((r) => r.name), ['Gray Room', 'Tan Room']);
    assert.equal(warnings.some((w) => w.code === 'assumed-time-zone'), false);
  });

  test('event 25, field by field', () => {
    const talk = parsed.items.find((i) => i.id === '25');
    assert.equal(talk.start, instant('2020-12-14T09:00:00+01:00'));
    assert.equal(talk.day, '2020-12-14');
    assert.equal(talk.end - talk.start, 30 * MINUTE);
    assert.equal(talk.title, 'Focused 5thgeneration hardware');
    assert.equal(talk.description.split('\n\n')[0], 'Brand back-end models!');
    assert.equal(talk.track.name, 'Phased');
    const [brian] = talk.speakers;
    assert.equal(brian.speaker.id, 'brian-robinson');
    assert.equal(brian.speaker.bio.split('\n\n').length, 2);
    assert.deepEqual(talk.links, [{ url: 'http://localhost/democon/talk/G9JGWY/' }]);
  });

  test('"do not record" is reported, with its path', () => {
    const flags = warnings.filter((w) => w.params?.field === 'do_not_record');
    assert.equal(flags.length, frabEvents(source).filter((e) => e.event.do_not_record).length);
    for (const flag of flags) assert.equal(resolvePointer(source, flag.path), true);
  });
});

describe('malformed schedule.json', () => {
  const good = () => fixtureJson('voc-schedule_pretalx-democon.json');

  test('truncated JSON', () => {
    const text = fixtureText('voc-schedule_pretalx-democon.json');
    const error = importError(() => importProgramme(text.slice(0, 5000), { format: 'frab-json' }));
    assert.equal(error.errors[0].code, 'invalid-json');
    assert.equal(error.errors[0].path, '');
    assert.match(error.message, /not valid JSON/);
  });

  test('not an object, no schedule, no conference', () => {
    assert.equal(importError(() => importFrabJson([])).errors[0].code, 'invalid-type');
    const noSchedule = importError(() => importFrabJson({}));
    assert.deepEqual([noSchedule.errors[0].code, noSchedule.errors[0].path], ['missing-field', '/schedule']);
    const badConference = importError(() => importFrabJson({ schedule: { conference: 'x' } }));
    assert.deepEqual([badConference.errors[0].code, badConference.errors[0].path], ['invalid-type', '/schedule/conference']);
    assert.match(badConference.message, /^Cannot import this c3voc schedule\.json \(frab, pretalx\) \(1 error\)\. First, at \/schedule\/conference: Expected/);
  });

  test('wrong types and missing fields: every error, with its path', () => {
    const source = good();
    const conference = source.schedule.conference;
    delete conference.title;
    conference.days[0].date = '2020-02-30';
    conference.days[1].rooms = [];
    const events = conference.days[2].rooms['Gray Room'];
    delete events[0].title;
    events[1].date = 'soon';
    events[1].start = 'later';
    delete events[2].date;
    delete events[2].start;
    events[3] = 42;
    const error = importError(() => importProgramme(source));
    assert.equal(error.format, 'frab-json');
    assert.deepEqual(
      error.errors.map((e) => [e.code, e.path]),
      [
        ['missing-field', '/schedule/conference/title'],
        ['invalid-date', '/schedule/conference/days/0/date'],
        ['invalid-type', '/schedule/conference/days/1/rooms'],
        ['missing-field', '/schedule/conference/days/2/rooms/Gray Room/0/title'],
        ['invalid-time', '/schedule/conference/days/2/rooms/Gray Room/1/date'],
        ['missing-field', '/schedule/conference/days/2/rooms/Gray Room/2/start'],
        ['invalid-type', '/schedule/conference/days/2/rooms/Gray Room/3'],
      ],
    );
    for (const problem of error.errors) assert.ok(problem.message.length > 15, problem.message);
  });

  test('days missing or of the wrong type', () => {
    const source = good();
    source.schedule.conference.days = { 0: 'x' };
    const error = importError(() => importProgramme(source));
    assert.deepEqual(error.errors.map((e) => [e.code, e.path]), [['invalid-type', '/schedule/conference/days']]);
  });

  test('optional values of the wrong type are warnings, and the rest is imported', () => {
    const source = good();
    const [event] = source.schedule.conference.days[0].rooms['Gray Room'];
    event.persons = 'Brian';
    event.links = [{ url: 'javascript:alert(1)', title: 'x' }, 'https://example.org/ok'];
    event.duration = '30 minutes';
    event.language = 'not a language!';
    event.date = '2020-12-14 09:00:00+0100';
    source.schedule.conference.time_zone_name = 'Mars/Olympus';
    const { programme, warnings } = importProgramme(source);
    const item = programme.items.find((i) => i.id === String(event.id));
    assert.equal(item.start, '2020-12-14T09:00:00+01:00', 'a space and an offset without colon are accepted');
    assert.deepEqual(item.links, [{ url: 'http://localhost/democon/talk/G9JGWY/' }, { url: 'https://example.org/ok' }]);
    assert.equal(item.speakers, undefined);
    assert.equal(item.duration, undefined);
    assert.equal(item.language, undefined);
    const paths = warnings.map((w) => [w.code, w.path.replace('/schedule/conference/days/0/rooms/Gray Room/0', '…')]);
    for (const expected of [
      ['unusable-value', '/schedule/conference/time_zone_name'],
      ['assumed-time-zone', '/schedule/conference/time_zone_name'],
      ['unusable-value', '…/persons'],
      ['unusable-value', '…/links/0/url'],
      ['unusable-value', '…/duration'],
      ['unusable-value', '…/language'],
    ]) {
      assert.ok(paths.some((p) => p[0] === expected[0] && p[1] === expected[1]), `missing ${expected}`);
    }
    assert.equal(validateProgramme(programme).ok, true);
  });

  test('an event without "date": its local start on the day, after midnight when before the day starts', () => {
    const source = good();
    const [first, second] = source.schedule.conference.days[0].rooms['Gray Room'];
    delete first.date;
    first.start = '10:15';
    delete second.date;
    second.start = '01:30';
    source.schedule.conference.time_zone_name = 'Europe/Berlin';
    const parsed = parseProgramme(importProgramme(source).programme);
    assert.equal(parsed.items.find((i) => i.id === String(first.id)).start, Date.UTC(2020, 11, 14, 9, 15));
    const late = parsed.items.find((i) => i.id === String(second.id));
    assert.equal(late.day, '2020-12-15');
    assert.equal(late.start, Date.UTC(2020, 11, 15, 0, 30));
  });

  test('a zero duration is left out (the end is derived), with a warning', () => {
    const source = good();
    const [event] = source.schedule.conference.days[0].rooms['Gray Room'];
    event.duration = '00:00';
    const { programme, warnings } = importProgramme(source);
    assert.equal(programme.items.find((i) => i.id === String(event.id)).duration, undefined);
    assert.ok(warnings.some((w) => w.code === 'unusable-value' && w.path.endsWith('/0/duration')));
  });

  test('duplicate and invalid event ids are renamed, with a warning', () => {
    const source = good();
    const [a, b, c] = source.schedule.conference.days[0].rooms['Gray Room'];
    b.id = a.id;
    c.id = 'talk #3';
    const { programme, warnings } = importProgramme(source);
    const ids = programme.items.map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes(`${a.id}-2`));
    assert.ok(ids.includes('talk-3'));
    assert.deepEqual(
      warnings.filter((w) => w.code === 'renamed-id').map((w) => w.params.id).sort(),
      [`${a.id}-2`, 'talk-3'].sort(),
    );
  });
});

describe('schedule.json variants', () => {
  const good = () => fixtureJson('voc-schedule_pretalx-democon.json');

  test('conference tracks with colours, rooms and persons in other shapes', () => {
    const source = good();
    const conference = source.schedule.conference;
    conference.tracks = [{ name: 'Phased', color: '#123456' }, { name: 'Horizontal', color: 'F9B000' }, 'Extra', { color: '#000' }];
    conference.rooms = ['Gray Room', { name: 'Tan Room', capacity: 40 }, { guid: 'x' }];
    const [event] = conference.days[0].rooms['Gray Room'];
    event.persons = [
      'Plain Name',
      { name: 'With Avatar', guid: 'g1', avatar: 'https://example.org/a.jpg', url: 'https://example.org/p', links: ['https://example.org/l'] },
      { code: 'C2', public_name: 'Relative Avatar', avatar: '/media/a.jpg' },
      { id: 9 },
      7,
    ];
    event.feedback_url = 'https://example.org/feedback';
    const { programme, warnings } = importProgramme(source);
    assert.deepEqual(programme.tracks.slice(0, 3), [
      { id: 'phased', name: 'Phased', color: '#123456' },
      { id: 'horizontal', name: 'Horizontal', color: '#F9B000' },
      { id: 'extra', name: 'Extra' },
    ]);
    const item = programme.items.find((i) => i.id === String(event.id));
    const speakers = item.speakers.map((s) => programme.speakers.find((p) => p.id === s.id));
    assert.deepEqual(speakers.map((s) => s.name), ['Plain Name', 'With Avatar', 'Relative Avatar']);
    assert.deepEqual(speakers[1].photo, { url: 'https://example.org/a.jpg' });
    assert.deepEqual(speakers[1].links, [{ url: 'https://example.org/p' }, { url: 'https://example.org/l' }]);
    assert.equal(speakers[2].photo, undefined);
    assert.deepEqual(item.links.at(-1), { url: 'https://example.org/feedback', label: 'Feedback' });
    const reported = warnings.map((w) => [w.code, w.path]);
    const base = '/schedule/conference/days/0/rooms/Gray Room/0/persons';
    for (const expected of [
      ['unusable-value', '/schedule/conference/tracks/3'],
      ['unusable-value', '/schedule/conference/rooms/2'],
      ['not-imported', '/schedule/conference/rooms/1/capacity'],
      ['unusable-value', `${base}/2/avatar`],
      ['unusable-value', `${base}/3`],
      ['unusable-value', `${base}/4`],
    ]) {
      assert.ok(reported.some((r) => r[0] === expected[0] && r[1] === expected[1]), `missing ${expected}`);
    }
    assert.equal(validateProgramme(programme).ok, true);
  });

  test('tracks, rooms and links of the wrong type are warnings', () => {
    const source = good();
    source.schedule.conference.tracks = 'Phased';
    source.schedule.conference.rooms = {};
    source.schedule.conference.days[0].rooms['Gray Room'][0].links = 'https://example.org';
    source.schedule.conference.days[0].rooms['Gray Room'][1].attachments = [{ url: '/relative.pdf', title: 'Slides' }];
    source.schedule.base_url = 'not a url';
    const { warnings } = importProgramme(source);
    const reported = warnings.map((w) => w.path);
    assert.ok(reported.includes('/schedule/conference/tracks'));
    assert.ok(reported.includes('/schedule/conference/rooms'));
    assert.ok(reported.includes('/schedule/conference/days/0/rooms/Gray Room/0/links'));
    assert.ok(reported.includes('/schedule/conference/days/0/rooms/Gray Room/1/attachments/0/url'));
  });

  test('the events of a room must be an array', () => {
    const source = good();
    source.schedule.conference.days[0].rooms['Gray Room'] = { 0: {} };
    assert.deepEqual(importError(() => importProgramme(source)).errors.map((e) => [e.code, e.path]), [
      ['invalid-type', '/schedule/conference/days/0/rooms/Gray Room'],
    ]);
  });
});
