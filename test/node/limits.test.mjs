// Time beyond what dates hold, values that are not plain JSON, and nothing
// super-linear: the classes of docs/security.md ("Limits") in the Node API.
// Timings use generous "does not hang" bounds (machines are shared and busy);
// npm run bench records the real figures.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { DOMParser } from '@xmldom/xmldom';
import { ImportError, ProgrammeError, importProgramme, parseProgramme, toICalendar, toJsonLd, validateProgramme } from '../../dist/model.js';
import { EARLIEST_INSTANT, LATEST_INSTANT } from '../../dist/model/time.js';
import { MAX_VALUES, snapshot } from '../../dist/model/snapshot.js';
import { deriveEnds } from '../../dist/model/schedule.js';
import { makeProgramme } from './programme-fixture.mjs';

// Generous: the inputs are sized so that the super-linear code this replaced takes minutes.
const BOUND = 5000;
function timed(what, run) {
  const start = performance.now();
  const result = run();
  const elapsed = performance.now() - start;
  assert.ok(elapsed < BOUND, `${what}: ${Math.round(elapsed)} ms`);
  return result;
}

function programme(changes = {}) {
  return {
    version: 1,
    event: { id: 'e', title: 'T', timeZone: 'Europe/Paris', days: ['2026-03-27'], ...changes.event },
    items: changes.items ?? [{ id: 'a', type: 'talk', title: 'A', start: '09:00', end: '10:00' }],
    ...(changes.rooms ? { rooms: changes.rooms } : {}),
  };
}
const errorsOf = (input) => validateProgramme(input).errors.map((e) => [e.code, e.path]);

describe('times must be in the years 0001–9999, in UTC and in the zone', () => {
  test('the range is a day inside the calendar on each side', () => {
    assert.equal(new Date(EARLIEST_INSTANT).toISOString(), '0001-01-02T00:00:00.000Z');
    assert.equal(new Date(LATEST_INSTANT).toISOString(), '9999-12-30T23:59:59.999Z');
  });
  const cases = [
    ['a day that ends in year 10000 (24:00 on 9999-12-31)', { event: { days: ['9999-12-31'] } }, [['out-of-range', '/event/days/0']]],
    ['9999-12-31 in UTC too', { event: { days: ['9999-12-31'], timeZone: 'UTC' } }, [['out-of-range', '/event/days/0']]],
    ['the first day of year 1', { event: { days: ['0001-01-01'], timeZone: 'UTC' } }, [['out-of-range', '/event/days/0']]],
    ['0001-01-02 east of UTC starts in year 1 on 01-01 (UTC): out', { event: { days: ['0001-01-02'], timeZone: 'Asia/Tokyo' } }, [['out-of-range', '/event/days/0']]],
    ['an offset that puts a start in year 10000',
      { event: { days: ['9999-12-30'] }, items: [{ id: 'a', type: 'talk', title: 'A', start: '9999-12-31T23:00:00-05:00', duration: 30 }] },
      [['out-of-range', '/items/0/start']]],
    ['an offset that puts a start in year 0',
      { event: { days: ['0001-01-03'], timeZone: 'UTC' }, items: [{ id: 'a', type: 'talk', title: 'A', start: '0001-01-01T00:30:00+01:00', duration: 30 }] },
      [['out-of-range', '/items/0/start']]],
    ['an absolute end in year 10000',
      { event: { days: ['9999-12-30'] }, items: [{ id: 'a', type: 'talk', title: 'A', start: '10:00', end: '9999-12-31T23:30:00-12:00' }] },
      [['out-of-range', '/items/0/end']]],
    ['a duration into year 10000', { event: { days: ['9999-12-30'] }, items: [{ id: 'a', type: 'talk', title: 'A', start: '10:00', duration: 'P3D' }] },
      [['out-of-range', '/items/0/duration']]],
    ['a duration past the range of Date', { items: [{ id: 'a', type: 'talk', title: 'A', start: '10:00', duration: 'P99999999D' }] },
      [['out-of-range', '/items/0/duration']]],
    ['minutes past the range of Date', { items: [{ id: 'a', type: 'talk', title: 'A', start: '10:00', duration: 144e9 }] },
      [['out-of-range', '/items/0/duration']]],
  ];
  for (const [name, changes, expected] of cases) {
    test(name, () => {
      const input = programme(changes);
      assert.deepEqual(errorsOf(input), expected);
      assert.throws(() => parseProgramme(input), ProgrammeError);
      // The English message says what is wrong.
      assert.match(validateProgramme(input).errors[0].message, /0001-01-02 and 9999-12-30/);
    });
  }
  test('the last usable day gives an .ics that parses and JSON-LD with four-digit years', () => {
    const parsed = parseProgramme(programme({
      event: { days: ['9999-12-30'], timeZone: 'Pacific/Kiritimati' },
      items: [{ id: 'a', type: 'talk', title: 'A', start: '23:00', end: '24:00' }],
    }));
    const ics = toICalendar(parsed, { now: LATEST_INSTANT });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent'));
    assert.equal(event.startDate.year, 9999);
    assert.equal(event.endDate.toUnixTime() * 1000, parsed.items[0].end);
    for (const line of ics.split('\r\n').filter((l) => /^DT/.test(l))) assert.match(line, /:\d{8}T\d{6}Z$/, line);
    const jsonLd = JSON.stringify(toJsonLd(parsed));
    assert.match(jsonLd, /"endDate":"9999-12-31T00:00:00\+14:00"/);
    assert.doesNotMatch(jsonLd, /10000|NaN/);
  });
  test('a hand-made programme out of range: a RangeError, never NaN in an .ics or JSON-LD', () => {
    const made = makeProgramme();
    made.items[0].end = 8.64e15 + 1;
    assert.throws(() => toICalendar(made, { now: 0 }), RangeError);
    made.items[0].end = Date.UTC(10000, 0, 1) + 1;
    assert.throws(() => toICalendar(made, { now: 0 }), RangeError);
    assert.throws(() => toJsonLd(made), RangeError);
    assert.throws(() => toICalendar(makeProgramme(), { now: 1e20 }), RangeError);
    assert.throws(() => toICalendar(makeProgramme(), { now: -62135596800001 }), RangeError);
  });
});

describe('values that are not plain JSON', () => {
  const throwing = new Proxy({}, {
    get() { throw new Error('get trap'); },
    has() { throw new Error('has trap'); },
    ownKeys() { throw new Error('ownKeys trap'); },
    getPrototypeOf() { throw new Error('getPrototypeOf trap'); },
    getOwnPropertyDescriptor() { throw new Error('gOPD trap'); },
  });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const inner = new Proxy(programme(), { get(target, key) { if (key === 'items') throw new Error('no items'); return Reflect.get(target, key); } });
  const cases = [['a Proxy whose traps throw', throwing], ['a revoked Proxy', revocable.proxy], ['a Proxy that throws on one field', inner],
    ['a Proxy of an array', new Proxy([], {})], ['a Date', new Date()], ['a Map', new Map([['version', 1]])]];
  for (const [name, value] of cases) {
    test(`${name}: a clear error, never an exception`, () => {
      const result = validateProgramme(value);
      assert.equal(result.ok, false);
      assert.ok(result.errors.length > 0);
      assert.throws(() => parseProgramme(value), ProgrammeError);
    });
  }
  test('importProgramme gives an ImportError or passes them through as programmes (native), nothing else', () => {
    for (const [, value] of cases) {
      try {
        importProgramme(value);
      } catch (error) {
        assert.ok(error instanceof ImportError, String(error));
      }
    }
  });
});

describe('nothing super-linear', () => {
  test('a DAG in an unknown field (2^40 paths) is copied once', () => {
    let node = { leaf: 'x' };
    for (let i = 0; i < 40; i++) node = { a: node, b: node };
    const result = timed('DAG', () => validateProgramme({ ...programme(), extra: node }));
    // Counted as the tree it stands for: far more values than any programme.
    assert.deepEqual(result.errors.map((e) => e.code), ['not-an-object']);
    assert.match(result.errors[0].message, /more than 3,000,000 values/);
  });
  test('a small DAG stays a programme with an unknown field', () => {
    let node = { leaf: 'x' };
    for (let i = 0; i < 10; i++) node = { a: node, b: node };
    const result = timed('small DAG', () => validateProgramme({ ...programme(), extra: node }));
    assert.equal(result.ok, true);
    assert.deepEqual(result.warnings.map((w) => w.code), ['unknown-field']);
  });
  test('one huge sparse array referenced a thousand times', () => {
    const sparse = new Array(100_000);
    const result = timed('sparse', () => validateProgramme({ ...programme(), extra: Array.from({ length: 1000 }, () => sparse) }));
    assert.equal(result.ok, false);
    const items = timed('sparse items', () => validateProgramme(programme({ items: Array.from({ length: 1000 }, () => ({ id: 'a', type: 'talk', title: 'A', start: '09:00', tags: sparse })) })));
    assert.equal(items.ok, false);
  });
  test('the same item referenced 100,000 times', () => {
    const item = { id: 'a', type: 'talk', title: 'A', start: '09:00', tags: Array.from({ length: 1000 }, (_, i) => `t${i}`) };
    const result = timed('shared items', () => validateProgramme(programme({ items: new Array(100_000).fill(item) })));
    assert.equal(result.ok, false);
  });
  test('snapshot counts shared parts as often as they are reached', () => {
    const shared = Array.from({ length: 1000 }, () => 0);
    const copy = snapshot({ a: shared, b: shared });
    assert.equal(copy.a, copy.b);
    assert.equal(snapshot(Array.from({ length: MAX_VALUES / 1000 + 1 }, () => shared)).type, 'too-large');
  });
  test('deriving the ends of 100,000 slots sharing one start', () => {
    const slots = Array.from({ length: 100_000 }, (_, index) => ({ index, day: 'd', start: index < 50_000 ? 0 : 3_600_000, room: index % 2 ? 'a' : 'b' }));
    const timings = timed('same start', () => deriveEnds(slots));
    assert.deepEqual(timings.get(0), { end: 3_600_000, endDerived: true, openEnd: false });
    assert.deepEqual(timings.get(99_999), { end: 3_600_000, endDerived: false, openEnd: true });
  });
  test('deriving ends: the next item in the room or without one, else any', () => {
    const items = [
      { id: 'a1', start: '09:00', room: 'a' }, { id: 'b1', start: '09:00', room: 'b' }, { id: 'all', start: '09:00' },
      { id: 'b2', start: '09:30', room: 'b' }, { id: 'plenary', start: '10:00' }, { id: 'a2', start: '10:30', room: 'a' },
    ].map((item) => ({ type: 'talk', title: 'T', ...item }));
    const rooms = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }];
    const ends = Object.fromEntries(parseProgramme(programme({ rooms, items })).items.map((i) => [i.id, new Date(i.end).toISOString().slice(11, 16)]));
    assert.deepEqual(ends, { a1: '09:00', b1: '08:30', all: '08:30', b2: '09:00', plenary: '09:30', a2: '09:30' });
  });
  test('5,000 unknown rooms among 5,000 rooms: suggestions stay bounded', () => {
    const rooms = Array.from({ length: 5000 }, (_, i) => ({ id: `room-${i}`, name: 'R' }));
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `i${i}`, type: 'talk', title: 'T', start: '09:00', end: '10:00', room: `rooom-${i}` }));
    const result = timed('unknown rooms', () => validateProgramme(programme({ rooms, items })));
    assert.equal(result.errors.filter((e) => e.code === 'unknown-room').length, 5000);
    // The first ones still get their suggestion.
    assert.equal(result.errors[0].params.suggestion, 'room-0');
  });
});

describe('importers: deep nesting, cycles, same-name speakers', () => {
  const nested = (open, close, depth, inner = '1') => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
  const frab = (extra) => `{"schedule":{"version":"1","conference":{"title":"x","time_zone_name":"UTC","days":[]}},"extra":${extra}}`;
  const sources = [
    ['arrays 100,000 deep (frab)', frab(nested('[', ']', 100_000))],
    ['objects 100,000 deep (frab)', frab(nested('{"a":', '}', 100_000))],
    ['arrays deep in a title', `{"schedule":{"version":"1","conference":{"title":${nested('[', ']', 50_000)},"days":[]}}}`],
    ['arrays deep in Sessionize', `{"sessions":[${nested('[', ']', 50_000)}],"speakers":[]}`],
    ['arrays deep in schedule2', `{"schedule":{"version":"1","conference":{"title":"x"},"events":[${nested('[', ']', 50_000)}]}}`],
    ['XML elements 50,000 deep', `<schedule><conference><title>x</title></conference>${nested('<a>', '</a>', 50_000, '')}</schedule>`],
  ];
  for (const [name, text] of sources) {
    test(`${name}: an ImportError or a result, no stack overflow`, () => {
      timed(name, () => {
        try {
          importProgramme(text, { domParser: DOMParser });
        } catch (error) {
          assert.ok(error instanceof ImportError, `${error?.name}: ${error?.message}`);
        }
      });
    });
  }
  test('cycles in objects given from script', () => {
    const frabSource = { schedule: { version: '1', conference: { title: 'x', time_zone_name: 'UTC', days: [] } } };
    frabSource.schedule.conference.self = frabSource;
    frabSource.schedule.conference.days.push({ date: '2026-01-01', index: 1, rooms: { r: [frabSource] } });
    const sessionize = { sessions: [], speakers: [], rooms: [] };
    sessionize.sessions.push(sessionize);
    sessionize.speakers.push({ id: 'x', fullName: sessionize, links: [sessionize] });
    for (const source of [frabSource, sessionize]) {
      timed('cycle', () => {
        try {
          importProgramme(source);
        } catch (error) {
          assert.ok(error instanceof ImportError, `${error?.name}: ${error?.message}`);
        }
      });
    }
  });
  test('10,000 speakers with the same name', () => {
    const persons = Array.from({ length: 10_000 }, (_, i) => ({ id: i, public_name: 'Ana García' }));
    const event = { id: 1, guid: 'g', title: 't', date: '2026-01-01T10:00:00+00:00', start: '10:00', duration: '00:30', room: 'r', persons, type: 'talk' };
    const result = timed('same names', () => importProgramme({ schedule: { version: '1', conference: { title: 'x', time_zone_name: 'UTC', days: [{ index: 1, date: '2026-01-01', rooms: { r: [event] } }] } } }));
    assert.ok(result.programme.speakers.length >= 1);
    assert.equal(timed('validate', () => validateProgramme(result.programme)).ok, true);
  });
});
