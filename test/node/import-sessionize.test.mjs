// Importing Sessionize's "All data" JSON (a synthetic export in its shape,
// test/fixtures/schedules/sessionize-all-data.json): counts against the source,
// sessions field by field in the zone given, categories as track, type,
// language and tags, speakers with the same name kept apart, and malformed variants.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ImportError, importProgramme, importSessionize, parseProgramme, validateProgramme } from '../../dist/model.js';
import { fixtureJson, fixtureText, resolvePointer } from './import-helpers.mjs';

const NAME = 'sessionize-all-data.json';

describe('Sessionize "All data"', () => {
  const source = fixtureJson(NAME);
  const scheduled = source.sessions.filter((s) => s.startsAt);
  const { programme, format, warnings } = importProgramme(fixtureText(NAME), { timeZone: 'Europe/Paris', title: 'Work Summit 2025' });
  const parsed = parseProgramme(programme);
  const item = (id) => parsed.items.find((i) => i.id === id);

  test('auto detects sessionize; validates', () => {
    assert.equal(format, 'sessionize');
    assert.deepEqual(validateProgramme(programme).errors, []);
  });

  test('counts: scheduled sessions, days, rooms, speakers, tracks', () => {
    assert.equal(programme.items.length, scheduled.length);
    assert.equal(programme.event.days.length, new Set(scheduled.map((s) => s.startsAt.slice(0, 10))).size);
    assert.equal(programme.rooms.length, source.rooms.length);
    assert.equal(programme.speakers.length, source.speakers.length);
    const track = source.categories.find((c) => c.title === 'Track');
    assert.deepEqual(programme.tracks.map((t) => t.name), track.items.map((i) => i.name));
  });

  test('the event: the title and zone given (Sessionize names neither)', () => {
    assert.equal(programme.event.title, 'Work Summit 2025');
    assert.equal(programme.event.timeZone, 'Europe/Paris');
    assert.equal(warnings.filter((w) => w.code === 'assumed-time-zone').length, 1);
    assert.deepEqual(programme.event.languages, ['en', 'fr']);
  });

  test('the keynote, field by field', () => {
    const keynote = item('501002');
    assert.equal(keynote.type, 'keynote');
    assert.equal(keynote.day, '2025-05-15');
    assert.equal(keynote.start, Date.UTC(2025, 4, 15, 7, 0)); // 09:00 in Paris (CEST)
    assert.equal(keynote.end, Date.UTC(2025, 4, 15, 7, 45));
    assert.equal(keynote.room.name, 'Main hall');
    assert.equal(keynote.track.name, 'Work and society');
    assert.deepEqual(keynote.tags, ['Introductory']);
    assert.equal(keynote.description, 'How worker-owned platforms compete.\n\nWe look at three cases:\n- delivery\n- care work\n- translation');
    assert.deepEqual(keynote.links, [{ url: 'https://stream.example.org/main', label: 'Live' }]);
    const [ana] = keynote.speakers;
    assert.equal(ana.speaker.id, 'ana-garcia');
    assert.equal(ana.speaker.title, 'Researcher, Union Lab');
    assert.equal(ana.speaker.bio, 'Ana researches platform cooperatives.\n\nShe chairs the Union Lab.');
    assert.deepEqual(ana.speaker.photo, { url: 'https://sessionize.example.org/image/ana.jpg' });
    assert.deepEqual(ana.speaker.links.map((l) => l.label), ['Website', 'LinkedIn']);
  });

  test('formats, languages and service sessions', () => {
    assert.equal(item('501003').type, 'session');
    assert.deepEqual(item('501003').tags, ['Workshop', 'Advanced']);
    assert.equal(item('501003').language, 'en');
    const roundTable = item('501004');
    assert.equal(roundTable.type, 'roundtable');
    assert.equal(roundTable.language, 'fr');
    assert.deepEqual(roundTable.title, { fr: "Le dialogue social à l'ère numérique" });
    assert.deepEqual(
      ['501001', '501005', '501006'].map((id) => [item(id).type, item(id).pause]),
      [['break', true], ['meal', true], ['recap', false]],
    );
  });

  test('a compound last name becomes the speaker\'s sortName; a plain one needs none', () => {
    const copy = structuredClone(source);
    const [ana, ben] = copy.speakers;
    Object.assign(ana, { firstName: 'Ana', lastName: 'García López', fullName: 'Ana García López' });
    // Written family name first: the last word is not the family name.
    Object.assign(ben, { firstName: 'Wei', lastName: 'Wang', fullName: 'Wang Wei' });
    const imported = importSessionize(copy, { timeZone: 'Europe/Paris' }).programme;
    const byName = (name) => imported.speakers.find((s) => s.name === name);
    assert.equal(byName('Ana García López').sortName, 'García López, Ana');
    assert.equal(byName('Wang Wei').sortName, 'Wang, Wei');
    assert.equal(byName('Chloé Dubois').sortName, undefined);
    assert.deepEqual(validateProgramme(imported).errors, []);
  });

  test('two speakers with the same name and different bios stay two', () => {
    const anas = parsed.speakers.filter((s) => s.name === 'Ana García');
    assert.deepEqual(anas.map((s) => s.id), ['ana-garcia', 'ana-garcia-2']);
    assert.deepEqual(item('501004').speakers.map((s) => s.speaker.id), ['ana-garcia-2', 'ana-garcia']);
  });

  test('unscheduled sessions, relative photos, unsafe links and unknown fields are reported', () => {
    const reported = warnings.map((w) => [w.code, w.path]);
    for (const expected of [
      ['not-imported', '/sessions/6'],
      ['unusable-value', '/speakers/1/profilePicture'],
      ['unusable-value', '/speakers/2/links/0/url'],
      ['not-imported', '/speakers/0/isTopSpeaker'],
      ['not-imported', '/sessions/0/isPlenumSession'],
      ['not-imported', '/sessions/1/questionAnswers'],
    ]) {
      assert.ok(reported.some((r) => r[0] === expected[0] && r[1] === expected[1]), `missing ${expected}`);
    }
    for (const warning of warnings) assert.notEqual(resolvePointer(source, warning.path), undefined, warning.path);
  });

  test('without options: UTC and "Programme"', () => {
    const plain = importSessionize(source);
    assert.equal(plain.programme.event.timeZone, 'UTC');
    assert.equal(plain.programme.event.title, 'Programme');
    assert.equal(parseProgramme(plain.programme).items.find((i) => i.id === '501002').start, Date.UTC(2025, 4, 15, 9, 0));
  });
});

describe('malformed Sessionize', () => {
  const good = () => fixtureJson(NAME);
  const errors = (input) => {
    try {
      importSessionize(input);
    } catch (error) {
      assert.ok(error instanceof ImportError);
      return error.errors.map((e) => [e.code, e.path]);
    }
    assert.fail('expected an ImportError');
  };

  test('truncated, not an object, no sessions', () => {
    assert.deepEqual(errors(fixtureText(NAME).slice(0, 400)), [['invalid-json', '']]);
    assert.deepEqual(errors([]), [['invalid-type', '']]);
    assert.deepEqual(errors({ sessions: {} }), [['invalid-type', '/sessions']]);
  });

  test('nothing scheduled', () => {
    assert.deepEqual(errors({ sessions: [{ id: '1', title: 'A', startsAt: null }], speakers: [] }), [['missing-field', '/sessions']]);
  });

  test('bad sessions, each with its path', () => {
    const source = good();
    source.sessions[1].startsAt = 'tomorrow';
    delete source.sessions[2].title;
    source.sessions[3] = null;
    assert.deepEqual(errors(source), [
      ['invalid-time', '/sessions/1/startsAt'],
      ['missing-field', '/sessions/2/title'],
      ['invalid-type', '/sessions/3'],
    ]);
  });

  test('dangling references are warnings', () => {
    const source = good();
    source.sessions[1].roomId = 999;
    source.sessions[1].categoryItems.push(123456);
    source.sessions[1].speakers.push('nobody');
    source.sessions[1].endsAt = 'later';
    source.rooms.push({ name: 'No id' });
    source.categories = 'x';
    const { programme, warnings } = importSessionize(source);
    const reported = warnings.map((w) => [w.code, w.path]);
    for (const expected of [
      ['unusable-value', '/sessions/1/roomId'],
      ['unusable-value', '/sessions/1/categoryItems/3'],
      ['unusable-value', '/sessions/1/speakers/1'],
      ['unusable-value', '/sessions/1/endsAt'],
      ['unusable-value', '/rooms/3'],
      ['unusable-value', '/categories'],
    ]) {
      assert.ok(reported.some((r) => r[0] === expected[0] && r[1] === expected[1]), `missing ${expected}`);
    }
    assert.equal(validateProgramme(programme).ok, true);
  });
});
