// validateProgramme: one test per kind of bad input (exact code and path),
// warnings, robustness against garbage, and no prototype pollution.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { validateProgramme, PROBLEM_CODES, IMPORT_PROBLEM_CODES } from '../../dist/model.js';
import { validProgramme } from './fixtures.mjs';

const ERROR = 'error';
const WARNING = 'warning';

/** [name, mutate(programme) → programme | void, code, path, level, check?(problem)] */
const CASES = [
  ['invalid JSON text', () => '{"version": 1,', 'invalid-json', '', ERROR],
  ['an array instead of an object', () => [], 'not-an-object', '', ERROR],
  ['version 2', (p) => void (p.version = 2), 'unsupported-version', '/version', ERROR,
    (problem) => assert.equal(problem.params.value, 2)],
  ['version as a string', (p) => void (p.version = '1'), 'invalid-type', '/version', ERROR,
    (problem) => assert.deepEqual(problem.params, { expected: 'number', actual: 'string' })],
  ['no version', (p) => void delete p.version, 'missing-field', '/version', ERROR],
  ['no event title', (p) => void delete p.event.title, 'missing-field', '/event/title', ERROR],
  ['event is a string', (p) => void (p.event = 'x'), 'invalid-type', '/event', ERROR],
  ['empty title', (p) => void (p.event.title = '  '), 'empty-text', '/event/title', ERROR],
  ['title without languages', (p) => void (p.event.title = {}), 'empty-text', '/event/title', ERROR],
  ['empty translation', (p) => void (p.event.title.fr = ''), 'empty-text', '/event/title/fr', ERROR],
  ['translation not a string', (p) => void (p.event.title.fr = 3), 'invalid-type', '/event/title/fr', ERROR,
    (problem) => assert.match(problem.message, /the number 3/)],
  ['title is a number', (p) => void (p.items[0].title = 42), 'invalid-type', '/items/0/title', ERROR],
  ['bad language key', (p) => void (p.event.title.en_US = 'x'), 'invalid-language', '/event/title/en_US', ERROR],
  ['language key with / and ~ (pointer escaping)', (p) => void (p.event.title['a/b~c'] = 'x'),
    'invalid-language', '/event/title/a~1b~0c', ERROR],
  ['bad default language', (p) => void (p.event.defaultLanguage = 'english!'), 'invalid-language',
    '/event/defaultLanguage', ERROR],
  ['languages not an array', (p) => void (p.event.languages = 'en'), 'invalid-type', '/event/languages', ERROR,
    (problem) => assert.equal(problem.params.expected, 'array')],
  ['bad item language', (p) => void (p.items[1].language = 'xx_YY'), 'invalid-language', '/items/1/language', ERROR],
  ['unknown time zone', (p) => void (p.event.timeZone = 'Europe/Pariss'), 'invalid-time-zone',
    '/event/timeZone', ERROR, (problem) => assert.equal(problem.params.suggestion, 'Europe/Paris')],
  ['time zone as a city', (p) => void (p.event.timeZone = 'Paris'), 'invalid-time-zone', '/event/timeZone', ERROR,
    (problem) => assert.equal(problem.params.suggestion, 'Europe/Paris')],
  ['time zone not a string', (p) => void (p.event.timeZone = 1), 'invalid-type', '/event/timeZone', ERROR],
  ['no days', (p) => void (p.event.days = []), 'missing-field', '/event/days', ERROR],
  ['a day that is a number', (p) => void (p.event.days[0] = 20160707), 'invalid-type', '/event/days/0', ERROR],
  ['30 February', (p) => void (p.event.days[0] = '2016-02-30'), 'invalid-date', '/event/days/0', ERROR,
    (problem) => assert.match(problem.message, /"2016-02-30"/)],
  ['month 13', (p) => void (p.event.days[1].date = '2016-13-01'), 'invalid-date', '/event/days/1/date', ERROR],
  ['a day object without date', (p) => void delete p.event.days[1].date, 'missing-field', '/event/days/1/date', ERROR],
  ['the same day twice', (p) => void p.event.days.push('2016-07-07'), 'duplicate-id', '/event/days/2', ERROR],
  ['duplicate item id', (p) => void (p.items[1].id = 'welcome'), 'duplicate-id', '/items/1/id', ERROR,
    (problem) => assert.equal(problem.params.first, '/items/0/id')],
  ['item id with a space', (p) => void (p.items[1].id = 'key note'), 'invalid-id', '/items/1/id', ERROR],
  ['event id with a slash', (p) => void (p.event.id = 'a/b'), 'invalid-id', '/event/id', ERROR],
  ['speaker id not a slug', (p) => void (p.speakers[0].id = 'Ana García'), 'invalid-id', '/speakers/0/id', ERROR,
    (problem) => {
      assert.equal(problem.params.suggestion, 'ana-garcia');
      assert.match(problem.message, /"ana-garcia"/);
    }],
  ['duplicate speaker id', (p) => void (p.speakers[1].id = 'ana-garcia'), 'duplicate-id', '/speakers/1/id', ERROR],
  ['duplicate room id', (p) => void (p.rooms[1].id = 'main'), 'duplicate-id', '/rooms/1/id', ERROR],
  ['unknown item type', (p) => void (p.items[0].type = 'keynot'), 'unknown-item-type', '/items/0/type', ERROR,
    (problem) => {
      assert.equal(problem.params.suggestion, 'keynote');
      assert.match(problem.message, /"keynot".*Did you mean "keynote"/);
    }],
  ['item type synonym', (p) => void (p.items[0].type = 'lunch'), 'unknown-item-type', '/items/0/type', ERROR,
    (problem) => assert.equal(problem.params.suggestion, 'meal')],
  ['unrelated item type', (p) => void (p.items[0].type = 'zzzzzz'), 'unknown-item-type', '/items/0/type', ERROR,
    (problem) => assert.equal(problem.params.suggestion, undefined)],
  ['unknown speaker role', (p) => void (p.items[2].speakers[0].role = 'host'), 'unknown-speaker-role',
    '/items/2/speakers/0/role', ERROR, (problem) => assert.equal(problem.params.suggestion, 'moderator')],
  ['unknown speaker', (p) => void (p.items[1].speakers[0].id = 'ana-garcai'), 'unknown-speaker',
    '/items/1/speakers/0/id', ERROR, (problem) => assert.equal(problem.params.suggestion, 'ana-garcia')],
  ['speaker reference without speakers', (p) => void delete p.speakers, 'unknown-speaker',
    '/items/1/speakers/0/id', ERROR, (problem) => assert.match(problem.message, /no speakers are defined/)],
  ['unknown room', (p) => void (p.items[1].room = 'mian'), 'unknown-room', '/items/1/room', ERROR,
    (problem) => assert.equal(problem.params.suggestion, 'main')],
  ['unknown track', (p) => void (p.items[1].track = 'politics'), 'unknown-track', '/items/1/track', ERROR],
  ['day not in the event', (p) => void (p.items[0].day = '2016-07-09'), 'unknown-day', '/items/0/day', ERROR],
  ['absolute start on another day', (p) => {
    delete p.items[3].day;
    p.items[3].start = '2016-07-09T09:00:00+02:00';
  }, 'unknown-day', '/items/3/start', ERROR],
  ['day contradicting an absolute start', (p) => void (p.items[3].start = '2016-07-07T18:00:00+02:00'),
    'invalid-date', '/items/3/day', ERROR],
  ['local start without day on a two-day event', (p) => void delete p.items[0].day, 'missing-day',
    '/items/0/day', ERROR],
  ['start 9:15', (p) => void (p.items[1].start = '9:15'), 'invalid-time', '/items/1/start', ERROR,
    (problem) => assert.equal(problem.params.value, '9:15')],
  ['start 25:00', (p) => void (p.items[1].start = '25:00'), 'invalid-time', '/items/1/start', ERROR],
  ['start 24:00', (p) => void (p.items[1].start = '24:00'), 'invalid-time', '/items/1/start', ERROR,
    (problem) => assert.match(problem.message, /only allowed as an end/)],
  ['date-time without offset', (p) => void (p.items[1].end = '2016-07-07T10:00:00'), 'invalid-time',
    '/items/1/end', ERROR, (problem) => assert.match(problem.message, /offset/)],
  ['no start', (p) => void delete p.items[1].start, 'missing-field', '/items/1/start', ERROR],
  ['duration in months', (p) => void (p.items[2].duration = 'P1M'), 'invalid-duration', '/items/2/duration',
    ERROR, (problem) => assert.match(problem.message, /months/)],
  ['negative duration', (p) => void (p.items[2].duration = -5), 'invalid-duration', '/items/2/duration', ERROR],
  ['zero duration', (p) => void (p.items[2].duration = 0), 'invalid-duration', '/items/2/duration', ERROR],
  ['duration as an object', (p) => void (p.items[2].duration = { minutes: 5 }), 'invalid-type',
    '/items/2/duration', ERROR],
  ['end before start', (p) => void (p.items[1].end = '09:00'), 'end-before-start', '/items/1/end', ERROR,
    (problem) => assert.deepEqual(problem.params, { value: '09:00', start: '09:15' })],
  ['end equal to start', (p) => void (p.items[1].end = '09:15'), 'end-before-start', '/items/1/end', ERROR],
  ['javascript: URL', (p) => void (p.event.url = 'javascript:alert(1)'), 'unsafe-url', '/event/url', ERROR],
  ['java<TAB>script: URL', (p) => void (p.event.url = 'java\tscript:alert(1)'), 'unsafe-url', '/event/url', ERROR],
  ['data: URL', (p) => void (p.speakers[1].photo.url = 'data:image/png;base64,AAAA'), 'unsafe-url',
    '/speakers/1/photo/url', ERROR],
  ['relative URL', (p) => void (p.speakers[0].links[0].url = '/ana'), 'invalid-url',
    '/speakers/0/links/0/url', ERROR],
  ['URL with a space', (p) => void (p.items[1].links[0].url = 'https://example.org/my slides'), 'invalid-url',
    '/items/1/links/0/url', ERROR],
  ['link without url', (p) => void delete p.items[1].links[0].url, 'missing-field', '/items/1/links/0/url', ERROR],
  ['lowercase country', (p) => void (p.speakers[0].country = 'es'), 'invalid-country', '/speakers/0/country',
    ERROR, (problem) => assert.equal(problem.params.suggestion, 'ES')],
  ['unknown country', (p) => void (p.speakers[0].country = 'XX'), 'invalid-country', '/speakers/0/country', ERROR],
  ['country ZZ', (p) => void (p.speakers[0].country = 'ZZ'), 'invalid-country', '/speakers/0/country', ERROR],
  ['colour name', (p) => void (p.tracks[0].color = 'green'), 'invalid-color', '/tracks/0/color', ERROR],
  ['empty speaker name', (p) => void (p.speakers[0].name = ''), 'empty-text', '/speakers/0/name', ERROR],
  ['empty sort name', (p) => void (p.speakers[0].sortName = ' '), 'empty-text', '/speakers/0/sortName', ERROR],
  ['sort name not a string', (p) => void (p.speakers[0].sortName = ['López', 'Ana']), 'invalid-type', '/speakers/0/sortName', ERROR],
  ['speaker name localised', (p) => void (p.speakers[0].name = { en: 'Ana' }), 'invalid-type',
    '/speakers/0/name', ERROR],
  ['empty tag', (p) => void p.items[1].tags.push(''), 'empty-text', '/items/1/tags/1', ERROR],
  ['items not an array', (p) => void (p.items = { a: 1 }), 'invalid-type', '/items', ERROR],
  ['no items field', (p) => void delete p.items, 'missing-field', '/items', ERROR],
  ['an item that is null', (p) => void (p.items[0] = null), 'invalid-type', '/items/0', ERROR],
  ['a Date as start', (p) => void (p.items[1].start = new Date(0)), 'invalid-type', '/items/1/start', ERROR,
    (problem) => assert.equal(problem.params.actual, 'Date')],
  ['a proxy that throws on every read', (p) => void (p.items[1].title = new Proxy(new Date(), { get() { throw new Error('no'); } })),
    'invalid-type', '/items/1/title', ERROR, (problem) => assert.match(problem.message, /a non-plain object/)],
  ['a function as title', (p) => void (p.items[1].title = () => 'x'), 'invalid-type', '/items/1/title', ERROR],
  ['a getter that throws', (p) => {
    Object.defineProperty(p.event, 'subtitle', { enumerable: true, get() { throw new Error('boom'); } });
  }, 'invalid-type', '/event/subtitle', ERROR, (problem) => assert.equal(problem.params.actual, 'unreadable')],
  ['a cycle inside a text', (p) => void (p.event.title.self = p.event), 'invalid-type', '/event/title/self',
    ERROR, (problem) => assert.equal(problem.params.actual, 'circular')],
  ['undefined inside an array', (p) => void (p.event.languages = ['en', undefined]), 'invalid-type',
    '/event/languages/1', ERROR],
  ['null for an optional field', (p) => void (p.event.subtitle = null), 'invalid-type', '/event/subtitle', ERROR],
  // warnings
  ['an empty programme', (p) => {
    p.items = [];
    delete p.speakers;
  }, 'no-items', '/items', WARNING],
  ['unknown field', (p) => void (p.event.titel = 'x'), 'unknown-field', '/event/titel', WARNING,
    (problem) => {
      assert.equal(problem.params.suggestion, 'title');
      assert.match(problem.message, /ignored/);
    }],
  ['unknown field __proto__', () => JSON.parse('{"version":1,"event":{"title":"T","timeZone":"UTC","days":["2016-07-07"]},"items":[{"id":"a","type":"talk","start":"09:00","end":"10:00","title":"A"}],"__proto__":{"polluted":true}}'),
    'unknown-field', '/__proto__', WARNING],
  ['speaker twice in an item', (p) => void p.items[1].speakers.push({ id: 'ana-garcia' }), 'duplicate-speaker',
    '/items/1/speakers/1', WARNING],
  ['two items in one room at once', (p) => {
    p.items[2].room = 'main';
    p.items[2].start = '09:30';
  }, 'overlap', '/items/2/start', WARNING, (problem) => {
    assert.equal(problem.params.item, 'panel');
    assert.equal(problem.params.other, 'keynote');
    assert.equal(problem.params.room, 'main');
  }],
  ['two items without room at once', (p) => {
    p.items[0].end = '10:00';
    p.items[2].start = '09:30';
  }, 'overlap', '/items/2/start', WARNING, (problem) => {
    assert.equal(problem.params.room, undefined);
    assert.equal(problem.params.other, 'welcome');
  }],
  ['last item of a day without end', (p) => void delete p.items[2].duration, 'open-end', '/items/2/end', WARNING],
  ['a time skipped by DST', (p) => {
    p.event.days = ['2016-03-27', '2016-07-08'];
    for (const item of p.items.slice(0, 3)) item.day = '2016-03-27';
    p.items[0].start = '02:30';
  }, 'nonexistent-local-time', '/items/0/start', WARNING, (problem) => assert.equal(problem.params.readAs, '03:30')],
  ['a time repeated by DST', (p) => {
    p.event.days = ['2016-10-30', '2016-07-08'];
    for (const item of p.items.slice(0, 3)) item.day = '2016-10-30';
    p.items[0].start = '02:30';
  }, 'ambiguous-local-time', '/items/0/start', WARNING],
  ['end and duration disagree', (p) => void (p.items[1].duration = 'PT30M'), 'end-and-duration',
    '/items/1/duration', WARNING, (problem) => {
      assert.equal(problem.params.durationMinutes, 30);
      assert.equal(problem.params.actualMinutes, 45);
    }],
  ['a speaker in no item', (p) => void delete p.items[2].speakers, 'unused-speaker', '/speakers/1', WARNING],
];

describe('validateProgramme', () => {
  test('accepts the valid fixture without errors or warnings', () => {
    assert.deepEqual(validateProgramme(validProgramme()), { ok: true, errors: [], warnings: [] });
  });

  test('accepts the same programme as a JSON string', () => {
    assert.equal(validateProgramme(JSON.stringify(validProgramme())).ok, true);
  });

  for (const [name, mutate, code, path, level, check] of CASES) {
    test(`${name} → ${code} at "${path}"`, () => {
      const programme = validProgramme();
      const input = mutate(programme) ?? programme;
      const result = validateProgramme(input);
      const problems = level === ERROR ? result.errors : result.warnings;
      const problem = problems.find((p) => p.code === code && p.path === path);
      assert.ok(problem, `expected ${code} at ${path}, got ${JSON.stringify([...result.errors, ...result.warnings].map((p) => [p.code, p.path]))}`);
      assert.equal(result.ok, result.errors.length === 0);
      if (level === WARNING) assert.equal(result.ok, true, JSON.stringify(result.errors));
      assert.equal(typeof problem.message, 'string');
      assert.ok(problem.message.length > 10);
      check?.(problem);
    });
  }

  test('the cases above use every problem code the validator reports', () => {
    const used = new Set(CASES.map(([, , code]) => code));
    // `unknown-item` is reported by the elements (an `item` attribute naming no item), not by validation.
    // Import codes are reported by the importers (test/node/import-*.test.mjs).
    const validatorCodes = PROBLEM_CODES.filter((code) => code !== 'unknown-item' && !IMPORT_PROBLEM_CODES.includes(code));
    assert.deepEqual(validatorCodes.filter((code) => !used.has(code)), []);
  });

  test('collects every problem rather than stopping at the first', () => {
    const programme = validProgramme();
    programme.version = 3;
    programme.event.timeZone = 'Mars/Olympus';
    programme.items[0].type = 'nap';
    programme.items[1].end = 'soon';
    const codes = validateProgramme(programme).errors.map((p) => p.code);
    assert.deepEqual(codes.sort(), ['invalid-time', 'invalid-time-zone', 'unknown-item-type', 'unsupported-version']);
  });

  test('one day: items need no "day"; an absolute start sets the day', () => {
    const programme = validProgramme();
    programme.event.days = ['2016-07-07'];
    programme.items.pop();
    for (const item of programme.items) delete item.day;
    programme.items[1].start = '2016-07-07T09:15:00+02:00';
    programme.items[1].end = '2016-07-07T08:00:00Z';
    assert.deepEqual(validateProgramme(programme), { ok: true, errors: [], warnings: [] });
  });

  test('quotes long bad values shortened, never whole', () => {
    const programme = validProgramme();
    programme.items[0].type = 'x'.repeat(10_000);
    const [problem] = validateProgramme(programme).errors;
    assert.ok(problem.message.length < 500);
    assert.ok(problem.params.value.length <= 200);
  });
});

describe('validateProgramme on garbage', () => {
  const cyclic = { version: 1 };
  cyclic.event = cyclic;
  cyclic.items = [cyclic];
  let nested = { leaf: true };
  for (let level = 0; level < 10; level++) nested = { nested };
  let deep = [];
  for (let level = 0; level < 10_000; level++) deep = [deep];
  const hostile = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const getter = {};
  Object.defineProperty(getter, 'version', { enumerable: true, get() { throw new Error('boom'); } });
  const sparse = [];
  sparse.length = 2 ** 32 - 1;

  const GARBAGE = [
    ['undefined', undefined], ['null', null], ['1', 1], ['NaN', NaN], ['true', true], ['[]', []], ['"x"', 'x'],
    ['"{"', '{'], ['""', ''], ['JSON null', 'null'], ['a function', () => {}], ['a symbol', Symbol('s')],
    ['a bigint', 10n], ['a Date', new Date()], ['a Map', new Map()], ['cyclic', cyclic],
    ['a throwing getter', getter], ['a hostile proxy', hostile], ['a revoked proxy', revoked.proxy],
    ['__proto__ from JSON', '{"__proto__": {"polluted": true}, "version": 1}'],
    ['__proto__ object', JSON.parse('{"event": {"__proto__": {"polluted": true}}, "items": [{"__proto__": 1}]}')],
    ['10 levels of nesting', { version: 1, event: nested, items: [nested] }],
    ['10 000 levels of nesting', { version: 1, event: deep, items: deep }],
    ['deep JSON text', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['a 1 MB title', { version: 1, event: { title: 'x'.repeat(1 << 20), timeZone: 'UTC', days: ['2016-01-01'] } }],
    ['a huge sparse array', { version: 1, items: sparse }],
    ['wrong types everywhere', { version: [], event: { title: [], timeZone: {}, days: {}, languages: [1], organisers: [1], location: 1 }, speakers: [1, { id: 1, name: 1, links: 1, photo: 1, organisation: 1, country: 1 }], rooms: 1, tracks: [1, { id: 1, name: 1, color: 1 }], items: [1, { id: 1, type: 1, day: 1, start: 1, end: 1, duration: true, speakers: [1, { id: 1, role: 1 }], room: 1, track: 1, tags: 1, links: [1] }] }],
  ];

  for (const [name, input] of GARBAGE) {
    test(`never throws: ${name}`, () => {
      const result = validateProgramme(input);
      assert.equal(result.ok, false);
      assert.ok(result.errors.length > 0);
      for (const problem of [...result.errors, ...result.warnings]) {
        assert.ok(PROBLEM_CODES.includes(problem.code), problem.code);
        assert.equal(typeof problem.path, 'string');
        assert.ok(problem.path === '' || problem.path.startsWith('/'));
        assert.equal(typeof problem.message, 'string');
      }
    });
  }

  test('the root is reported at path ""', () => {
    assert.deepEqual(validateProgramme(null).errors.map((p) => [p.code, p.path]), [['not-an-object', '']]);
    assert.deepEqual(validateProgramme('{').errors.map((p) => [p.code, p.path]), [['invalid-json', '']]);
  });

  test('leaves Object.prototype alone', () => {
    assert.equal({}.polluted, undefined);
    assert.equal(Object.prototype.polluted, undefined);
    assert.equal(Object.getPrototypeOf({}), Object.prototype);
  });
});
