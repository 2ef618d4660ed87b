// parseProgramme: normalisation, ordering, derived ends, references, DST, no mutation.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseProgramme, ProgrammeError, localise, formatTimeRange } from '../../dist/model.js';
import { validProgramme, deepFreeze, spaces } from './fixtures.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A one-day programme in `timeZone` with the given items (title defaults to the id). */
function oneDay(items, { timeZone = 'Europe/Paris', date = '2016-07-08', rooms } = {}) {
  return {
    version: 1,
    event: { title: 'Seminar', timeZone, days: [date] },
    ...(rooms ? { rooms: rooms.map((id) => ({ id, name: id })) } : {}),
    items: items.map((item) => ({ type: 'talk', title: item.id, ...item })),
  };
}

describe('parseProgramme: the fixture', () => {
  const programme = parseProgramme(validProgramme());

  test('keeps the event and fills its defaults', () => {
    assert.equal(programme.version, 1);
    assert.deepEqual(programme.event.title, { en: 'Seminar on work', fr: 'Séminaire sur le travail' });
    assert.equal(programme.event.timeZone, 'Europe/Paris');
    assert.equal(programme.event.defaultLanguage, 'en');
    assert.deepEqual(programme.event.languages, ['en', 'fr']);
    assert.deepEqual(programme.event.location, { name: 'Hall', address: '1 rue X\nParis', url: 'https://example.org/map' });
    assert.deepEqual(programme.event.partners, [{ name: 'Partner' }]);
    assert.equal(programme.event.start, Date.UTC(2016, 6, 7, 7, 0));
    assert.equal(programme.event.end, Date.UTC(2016, 6, 8, 8, 0));
    assert.deepEqual(programme.warnings, []);
  });

  test('days carry their midnight', () => {
    assert.deepEqual(programme.days, [
      { date: '2016-07-07', start: Date.UTC(2016, 6, 6, 22, 0) },
      { date: '2016-07-08', title: { en: 'Day two', fr: 'Deuxième jour' }, start: Date.UTC(2016, 6, 7, 22, 0) },
    ]);
  });

  test('items have instants, days and ends', () => {
    const [welcome, keynote, panel, recap] = programme.items;
    assert.deepEqual(programme.items.map((item) => item.id), ['welcome', 'keynote', 'panel', 'recap']);
    assert.deepEqual(
      [welcome.day, welcome.start, welcome.end, welcome.endDerived, welcome.openEnd],
      ['2016-07-07', Date.UTC(2016, 6, 7, 7, 0), Date.UTC(2016, 6, 7, 7, 15), true, false],
    );
    assert.equal(keynote.end - keynote.start, 45 * MINUTE);
    assert.equal(keynote.endDerived, false);
    assert.equal(panel.end - panel.start, HOUR);
    assert.equal(recap.day, '2016-07-08');
  });

  test('references are resolved to shared objects', () => {
    const keynote = programme.items[1];
    assert.equal(keynote.room, programme.rooms[0]);
    assert.equal(keynote.track, programme.tracks[0]);
    assert.equal(keynote.speakers[0].speaker, programme.speakers[0]);
    assert.equal(keynote.speakers[0].role, 'speaker');
    assert.equal(keynote.speakers[0].topic, 'Work');
    assert.equal(programme.items[2].speakers[0].role, 'moderator');
    assert.deepEqual(programme.speakers.map((s) => s.items), [['keynote'], ['panel']]);
    assert.deepEqual(keynote.tags, ['opening']);
    assert.deepEqual(keynote.links, [{ url: 'https://example.org/slides' }]);
    assert.equal(keynote.pause, false);
    assert.equal('room' in programme.items[0], false);
  });

  test('the output is plain data (JSON round trip keeps everything but shared identity)', () => {
    const copy = JSON.parse(JSON.stringify(programme));
    assert.deepEqual(copy.items[1].speakers[0].speaker, JSON.parse(JSON.stringify(programme.speakers[0])));
    assert.equal(Object.getPrototypeOf(programme.items[1].title), Object.prototype);
  });
});

describe('parseProgramme: status and link kinds', () => {
  test('status defaults to confirmed; given statuses and link kinds are kept', () => {
    const programme = parseProgramme(oneDay([
      { id: 'a', start: '09:00', end: '10:00' },
      { id: 'b', start: '10:00', end: '11:00', status: 'cancelled' },
      { id: 'c', start: '11:00', end: '12:00', status: 'moved', links: [
        { url: 'https://example.org/live', kind: 'livestream' },
        { url: 'https://example.org/page' },
      ] },
    ]));
    assert.deepEqual(programme.items.map((item) => item.status), ['confirmed', 'cancelled', 'moved']);
    assert.deepEqual(programme.items[2].links, [
      { url: 'https://example.org/live', kind: 'livestream' },
      { url: 'https://example.org/page' },
    ]);
  });

  test('a cancelled item still takes part in derived ends and overlaps (it keeps its slot)', () => {
    const programme = parseProgramme(oneDay([
      { id: 'a', start: '09:00' },
      { id: 'b', start: '10:00', end: '11:00', status: 'cancelled' },
    ]));
    assert.equal(programme.items[0].end, Date.UTC(2016, 6, 8, 8, 0));
  });
});

describe('parseProgramme: ordering and ends', () => {
  test('sorts by start, keeping the given order for equal starts', () => {
    const programme = parseProgramme(oneDay([
      { id: 'c', start: '11:00', end: '12:00' },
      { id: 'a', start: '09:00', end: '10:00', room: 'r1' },
      { id: 'b', start: '09:00', end: '10:00', room: 'r2' },
      { id: 'd', start: '10:00' },
    ], { rooms: ['r1', 'r2'] }));
    assert.deepEqual(programme.items.map((item) => item.id), ['a', 'b', 'd', 'c']);
  });

  test('derives ends from the next item in the same room, a plenary, or any later item', () => {
    const programme = parseProgramme(oneDay([
      { id: 'coffee', type: 'break', start: '09:30' },
      { id: 'a1', start: '10:00', room: 'a' },
      { id: 'b1', start: '10:00', room: 'b' },
      { id: 'a2', start: '11:00', room: 'a' },
      { id: 'b2', start: '11:30', room: 'b' },
      { id: 'lunch', type: 'meal', start: '12:30', duration: 60 },
      { id: 'a3', start: '13:30', room: 'a' },
      { id: 'c1', start: '14:00', end: '15:00', room: 'c' },
    ], { rooms: ['a', 'b', 'c'] }));
    const ends = Object.fromEntries(programme.items.map((item) => [item.id, [new Date(item.end).toISOString().slice(11, 16), item.endDerived]]));
    assert.deepEqual(ends, {
      coffee: ['08:00', true], // next item of any room (10:00 CEST)
      a1: ['09:00', true], // next in room a
      b1: ['09:30', true], // next in room b
      a2: ['10:30', true], // the plenary lunch comes first
      b2: ['10:30', true],
      lunch: ['11:30', false], // from its duration
      a3: ['12:00', true], // nothing else in room a: any later item
      c1: ['13:00', false],
    });
    assert.deepEqual(programme.items.filter((item) => item.pause).map((item) => item.id), ['coffee', 'lunch']);
    assert.deepEqual(programme.warnings, []);
  });

  test('the last item without end has an open end', () => {
    const programme = parseProgramme(oneDay([
      { id: 'a', start: '09:00' },
      { id: 'b', start: '10:00' },
    ]));
    const last = programme.items[1];
    assert.deepEqual([last.end, last.endDerived, last.openEnd], [last.start, false, true]);
    assert.deepEqual(programme.warnings.map((w) => [w.code, w.path]), [['open-end', '/items/1/end']]);
    assert.equal(programme.event.end, last.start);
  });

  test('duration in minutes or ISO; end wins over duration', () => {
    const programme = parseProgramme(oneDay([
      { id: 'a', start: '09:00', duration: 30 },
      { id: 'b', start: '10:00', duration: 'PT1H30M' },
      { id: 'c', start: '12:00', end: '12:45', duration: 'PT45M' },
      { id: 'd', start: '13:00', end: '24:00' },
    ]));
    assert.deepEqual(programme.items.map((item) => (item.end - item.start) / MINUTE), [30, 90, 45, 11 * 60]);
  });

  test('an empty programme spans its days', () => {
    const programme = parseProgramme({ version: 1, event: { title: 'T', timeZone: 'Europe/Paris', days: ['2016-07-08', '2016-07-07'] }, items: [] });
    assert.deepEqual(programme.days.map((day) => day.date), ['2016-07-07', '2016-07-08']);
    assert.equal(programme.event.start, Date.UTC(2016, 6, 6, 22));
    assert.equal(programme.event.end, Date.UTC(2016, 6, 8, 22));
    assert.deepEqual(programme.event.languages, ['en']);
    assert.deepEqual(programme.warnings.map((w) => w.code), ['no-items']);
  });

  test('a speaker listed twice in an item is kept once', () => {
    const input = validProgramme();
    input.items[1].speakers.push({ id: 'ana-garcia', role: 'chair' });
    const programme = parseProgramme(input);
    assert.equal(programme.items[1].speakers.length, 1);
    assert.deepEqual(programme.speakers[0].items, ['keynote']);
    assert.deepEqual(programme.warnings.map((w) => w.code), ['duplicate-speaker']);
  });

  test("each speaker's items are in time order", () => {
    const input = validProgramme();
    input.items[3].speakers = [{ id: 'ana-garcia' }];
    input.items.reverse();
    assert.deepEqual(parseProgramme(input).speakers[0].items, ['keynote', 'recap']);
  });
});

describe('parseProgramme: time zones and DST', () => {
  test('27 March 2016 in Paris: 02:30 does not exist, 01:30–03:30 lasts one hour', () => {
    const programme = parseProgramme(oneDay([
      { id: 'night', start: '01:30', end: '03:30' },
      { id: 'gap', start: '04:00', end: '04:30' },
      { id: 'shifted', start: '02:30', end: '05:00', room: 'other' },
    ], { date: '2016-03-27', rooms: ['other'] }));
    const [night, shifted] = programme.items;
    assert.equal(night.start, Date.UTC(2016, 2, 27, 0, 30));
    assert.equal(night.end, Date.UTC(2016, 2, 27, 1, 30));
    assert.equal(night.end - night.start, HOUR);
    assert.equal(shifted.id, 'shifted');
    assert.equal(shifted.start, Date.UTC(2016, 2, 27, 1, 30)); // read as 03:30 CEST
    assert.deepEqual(programme.warnings.map((w) => [w.code, w.path]), [['nonexistent-local-time', '/items/2/start']]);
  });

  test('30 October 2016 in Paris: 02:30 happens twice, the earlier is used; 01:30–03:30 lasts three hours', () => {
    const programme = parseProgramme(oneDay([
      { id: 'night', start: '01:30', end: '03:30' },
      { id: 'twice', start: '02:30', end: '05:00', room: 'other' },
    ], { date: '2016-10-30', rooms: ['other'] }));
    const [night, twice] = programme.items;
    assert.equal(night.start, Date.UTC(2016, 9, 29, 23, 30));
    assert.equal(night.end, Date.UTC(2016, 9, 30, 2, 30));
    assert.equal(night.end - night.start, 3 * HOUR);
    assert.equal(twice.start, Date.UTC(2016, 9, 30, 0, 30));
    assert.deepEqual(programme.warnings.map((w) => [w.code, w.path]), [['ambiguous-local-time', '/items/1/start']]);
  });

  test('an event in America/New_York', () => {
    const programme = parseProgramme(oneDay([{ id: 'a', start: '09:00', end: '10:30' }], { timeZone: 'America/New_York' }));
    assert.equal(programme.items[0].start, Date.UTC(2016, 6, 8, 13, 0));
    assert.equal(programme.days[0].start, Date.UTC(2016, 6, 8, 4, 0));
    const item = programme.items[0];
    assert.match(spaces(formatTimeRange(item.start, item.end, { locale: 'en', timeZone: 'America/New_York' })), /^9:00 ?– ?10:30 AM$/);
    assert.match(spaces(formatTimeRange(item.start, item.end, { locale: 'fr', timeZone: 'Europe/Paris' })), /^15:00 ?– ?16:30$/);
  });

  test('an event in Asia/Kolkata (+05:30)', () => {
    const programme = parseProgramme(oneDay([{ id: 'a', start: '09:15', end: '10:00' }], { timeZone: 'Asia/Kolkata' }));
    assert.equal(programme.items[0].start, Date.UTC(2016, 6, 8, 3, 45));
    assert.equal(programme.days[0].start, Date.UTC(2016, 6, 7, 18, 30));
  });

  test('an absolute start sets the day in the event zone', () => {
    const input = oneDay([{ id: 'late', start: '2016-07-07T23:30:00-04:00', end: '2016-07-08T00:30:00-04:00' }]);
    const [item] = parseProgramme(input).items;
    assert.equal(item.day, '2016-07-08'); // 05:30 in Paris
    assert.equal(item.start, Date.UTC(2016, 6, 8, 3, 30));
  });
});

describe('parseProgramme: errors', () => {
  test('throws a ProgrammeError with all errors and warnings', () => {
    const input = validProgramme();
    input.items[1].end = '09:00';
    input.items[0].type = 'nap';
    input.event.titel = 'typo';
    let caught;
    try {
      parseProgramme(input);
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof ProgrammeError);
    assert.ok(caught instanceof Error);
    assert.equal(caught.name, 'ProgrammeError');
    assert.deepEqual(caught.errors.map((e) => [e.code, e.path]), [['unknown-item-type', '/items/0/type'], ['end-before-start', '/items/1/end']]);
    assert.deepEqual(caught.warnings.map((w) => w.code), ['unknown-field']);
    assert.match(caught.message, /^Invalid programme \(2 errors\)\. First, at \/items\/0\/type: Unknown item type "nap"/);
  });

  test('one error, at the root', () => {
    assert.throws(() => parseProgramme('{'), (error) => error instanceof ProgrammeError && /\(1 error\)\. First, at the root: /.test(error.message));
  });

  test('a ProgrammeError without errors still has a message', () => {
    assert.equal(new ProgrammeError([], []).message, 'Invalid programme.');
  });
});

describe('parseProgramme: input safety', () => {
  test('parses a deep-frozen input without touching it', () => {
    const input = deepFreeze(validProgramme());
    const before = JSON.stringify(input);
    const programme = parseProgramme(input);
    assert.equal(JSON.stringify(input), before);
    assert.equal(programme.items.length, 4);
  });

  test('the output shares no object with the input', () => {
    const input = validProgramme();
    const inputObjects = new Set();
    (function collect(value) {
      if (value && typeof value === 'object') {
        inputObjects.add(value);
        Object.values(value).forEach(collect);
      }
    })(input);
    const programme = parseProgramme(input);
    (function check(value, path) {
      if (value && typeof value === 'object') {
        assert.equal(inputObjects.has(value), false, path);
        for (const [key, child] of Object.entries(value)) check(child, `${path}/${key}`);
      }
    })(programme, '');
    input.items[1].title.en = 'Changed';
    input.speakers[0].links.push({ url: 'https://example.org/x' });
    assert.equal(programme.items[1].title.en, 'Keynote');
    assert.equal(programme.speakers[0].links.length, 2);
  });

  test('a JSON string with __proto__ keys: ignored, no pollution', () => {
    const text = JSON.stringify(oneDay([{ id: 'a', start: '09:00', end: '10:00' }])).replace('{', '{"__proto__": {"polluted": 1},');
    const programme = parseProgramme(text);
    assert.deepEqual(programme.warnings.map((w) => [w.code, w.path]), [['unknown-field', '/__proto__']]);
    assert.equal(programme.polluted, undefined);
    assert.equal({}.polluted, undefined);
  });
});

describe('localised texts of a parsed programme', () => {
  const input = validProgramme();
  input.event.defaultLanguage = 'fr';
  input.items[1].title = { fr: 'Conférence', 'es-MX': 'Conferencia' };
  input.items[2].title = { de: 'Podium' };
  const programme = parseProgramme(input);
  const { defaultLanguage } = programme.event;

  test('fr-CA falls back to fr', () => {
    assert.deepEqual(localise(programme.event.title, 'fr-CA', defaultLanguage), { text: 'Séminaire sur le travail', lang: 'fr' });
  });
  test('pt falls back to the default language', () => {
    assert.deepEqual(localise(programme.items[1].title, 'pt', defaultLanguage), { text: 'Conférence', lang: 'fr' });
  });
  test('es finds es-MX', () => {
    assert.deepEqual(localise(programme.items[1].title, 'es', defaultLanguage), { text: 'Conferencia', lang: 'es-MX' });
  });
  test('without the default language, any language', () => {
    assert.deepEqual(localise(programme.items[2].title, 'en', defaultLanguage), { text: 'Podium', lang: 'de' });
  });
  test('a plain string is in the default language', () => {
    assert.deepEqual(localise(programme.items[0].title, 'en', defaultLanguage), { text: 'Welcome', lang: 'fr' });
  });
});
