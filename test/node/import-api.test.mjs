// importProgramme itself (options, detection, native pass-through, errors), the
// text clean-up every importer uses (HTML and Markdown to plain long text), and
// a large programme (700 events, 26 rooms).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_IMPORT_TIME_ZONE,
  IMPORT_FORMATS,
  IMPORT_PROBLEM_CODES,
  ImportError,
  PROBLEM_CODES,
  detectFormat,
  importProgramme,
  parseProgramme,
  validateProgramme,
} from '../../dist/model.js';
import { toPlainLine, toPlainText } from '../../dist/model/import/markup.js';
import { isoDuration, clockDuration } from '../../dist/model/import/times.js';
import { itemType } from '../../dist/model/import/source-values.js';
import { importJson } from '../../dist/model/import/json.js';
import { validProgramme } from './fixtures.mjs';
import { fixtureJson, fixtureText } from './import-helpers.mjs';
import { largeFrabSchedule } from '../fixtures/schedules/large-frab.mjs';

function importError(run) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error;
  }
  assert.fail('expected an ImportError');
}

describe('importProgramme', () => {
  test('the formats and the new problem codes', () => {
    assert.deepEqual(IMPORT_FORMATS, ['native', 'frab-json', 'schedule2', 'pentabarf-xml', 'sessionize', 'pretalx-widget', 'icalendar', 'csv']);
    assert.equal(DEFAULT_IMPORT_TIME_ZONE, 'UTC');
    for (const code of IMPORT_PROBLEM_CODES) assert.ok(PROBLEM_CODES.includes(code), code);
  });

  test('detects each format', () => {
    assert.equal(detectFormat(fixtureText('voc-schedule_frab-camp2019.json')), 'frab-json');
    assert.equal(detectFormat(fixtureJson('voc-schedule_hub-schedule2.json')), 'schedule2');
    assert.equal(detectFormat(`\uFEFF  ${fixtureText('mttcrsp-fosdem_FOSDEM-2010.xml')}`), 'pentabarf-xml');
    assert.equal(detectFormat(fixtureJson('sessionize-all-data.json')), 'sessionize');
    assert.equal(detectFormat(validProgramme()), 'native');
    assert.equal(detectFormat({ items: [] }), 'native');
    for (const other of [{}, [], null, 42, 'not json', '{"a":1}', { sessions: [] }, { schedule: {} }]) {
      assert.equal(detectFormat(other), undefined, JSON.stringify(other));
    }
  });

  test('native passes through, from an object or text', () => {
    const programme = validProgramme();
    assert.deepEqual(importProgramme(programme), { programme, format: 'native', warnings: [] });
    assert.equal(importProgramme(programme).programme, programme);
    assert.deepEqual(importProgramme(JSON.stringify(programme), { format: 'native' }).programme, programme);
    // Native is not validated here: parseProgramme does that.
    assert.deepEqual(importProgramme({ version: 3 }).programme, { version: 3 });
  });

  test('an explicit format is used as it is', () => {
    const schedule2 = fixtureJson('voc-schedule_hub-schedule2.json');
    assert.equal(importProgramme(schedule2, { format: 'schedule2' }).format, 'schedule2');
    const asFrab = importError(() => importProgramme(schedule2, { format: 'frab-json' }));
    assert.equal(asFrab.format, 'frab-json');
    assert.ok(asFrab.errors.some((e) => e.path === '/schedule/conference/days/0/rooms'));
    const asXml = importError(() => importProgramme(JSON.stringify(schedule2), { format: 'pentabarf-xml' }));
    assert.equal(asXml.errors[0].code, 'invalid-xml');
  });

  test('errors: unknown format, bad JSON, unknown shape, bad time zone', () => {
    const unknown = importError(() => importProgramme('{}', { format: 'ical' }));
    assert.deepEqual(unknown.errors.map((e) => [e.code, e.params.value]), [['unknown-format', 'ical']]);
    assert.match(unknown.message, /Unknown format "ical": expected auto, native, frab-json/);
    assert.deepEqual(importError(() => importProgramme('{"a": 1')).errors.map((e) => e.code), ['invalid-json']);
    const shape = importError(() => importProgramme({ hello: 'world' }));
    assert.deepEqual(shape.errors.map((e) => [e.code, e.path]), [['unknown-format', '']]);
    assert.equal(shape.format, undefined);
    assert.match(shape.message, /^Cannot import this source \(1 error\)\. First, at the root: Cannot tell the format/);
    const zone = importError(() => importProgramme(fixtureText('voc-schedule_pretalx-rc3.json'), { timeZone: 'Mars/Olympus' }));
    assert.deepEqual(zone.errors.map((e) => e.code), ['invalid-time-zone']);
    assert.deepEqual(importError(() => importJson('auto', { x: 1 })).errors.map((e) => e.code), ['unknown-format']);
  });

  test('a byte-order mark is ignored', () => {
    const text = `\uFEFF${fixtureText('voc-schedule_pretalx-democon.json')}`;
    assert.equal(importProgramme(text).programme.items.length, 36);
  });
});

describe('700 events in 26 rooms', () => {
  test('import, validate and normalise without trouble', () => {
    const source = largeFrabSchedule();
    const started = performance.now();
    const { programme, warnings } = importProgramme(source);
    const parsed = parseProgramme(programme);
    const elapsed = performance.now() - started;
    assert.equal(programme.items.length, 700);
    assert.equal(programme.rooms.length, 26);
    assert.equal(programme.tracks.length, 5);
    assert.equal(programme.speakers.length, 450);
    assert.deepEqual(warnings, []);
    assert.deepEqual(parsed.warnings, []);
    assert.ok(elapsed < 10_000, `took ${Math.round(elapsed)} ms`);
    const first = parsed.items[0];
    assert.equal(first.start, Date.UTC(2025, 11, 27, 9, 0));
    assert.deepEqual(first.description, { de: 'Abstract of talk 1000, with markup & an entity.' });
    assert.deepEqual(first.links, [{ url: 'https://example.org/talk/1000' }, { url: 'https://example.org/slides/1000.pdf', label: 'Slides', kind: 'slides' }]);
    assert.equal(validateProgramme(programme).ok, true);
  });
});

describe('plain text from HTML and Markdown', () => {
  const cases = [
    ['plain text stays', 'Two lines\nof text.\n\nA paragraph.', 'Two lines\nof text.\n\nA paragraph.'],
    ['CRLF', 'a\r\n\r\nb\rc', 'a\n\nb\nc'],
    ['HTML paragraphs and line breaks', '<p>One<br>two</p><p>Three</p>', 'One\ntwo\n\nThree'],
    ['HTML lists', 'Items:<ul><li>a</li><li><b>b</b></li></ul>After', 'Items:\n\n- a\n- b\n\nAfter'],
    ['HTML links keep their URL', 'See <a href="https://x.org/p?a=1&amp;b=2">the page</a>.', 'See the page (https://x.org/p?a=1&b=2).'],
    ['a link whose text is its URL', '<a href="https://x.org">https://x.org</a>', 'https://x.org'],
    ['unsafe links lose their URL', '<a href="javascript:alert(1)">click</a> me', 'click me'],
    ['script, style and comments vanish', 'a<script>alert("<p>x</p>")</script>b<style>p{}</style>c<!-- <p>hidden --> d', 'abc d'],
    ['images give their alt', 'Logo: <img src="x.png" alt="ACME"> end', 'Logo: ACME end'],
    // &#0; is U+FFFD, as in a browser (the HTML5 rules, not a table of our own).
    ['entities', 'Q&amp;A &lt;3 &#39;x&#39; &#x263A; caf&eacute;&nbsp;ok &bogus; &#0;', "Q&A <3 'x' ☺ café ok &bogus; \uFFFD"],
    ['decoded markup stays text', '&lt;b&gt;not bold&lt;/b&gt;', '<b>not bold</b>'],
    ['a lone < is text', 'a < b, 3<4 and <p>x</p>', 'a < b, 3<4 and\n\nx'],
    ['unterminated tag', 'text <p class="x', 'text'],
    ['unterminated comment and script', 'a <!-- b', 'a'],
    ['Markdown emphasis and code', 'Some **bold**, __strong__, *em*, _it_, ~~gone~~ and `code`.', 'Some bold, strong, em, it, gone and code.'],
    ['snake_case and gender stars survive', 'use my_var_name; Aktivist*innen und Bürger*innen', 'use my_var_name; Aktivist*innen und Bürger*innen'],
    ['Markdown links and images', 'See [docs](https://d.org "Docs") ![logo](l.png) [bad](javascript:x)', 'See docs (https://d.org) logo bad'],
    ['autolinks', 'Visit <https://x.org/a>.', 'Visit https://x.org/a.'],
    ['headings become paragraphs', '# Title\nText\n\n## Sub ##\nMore', 'Title\n\nText\n\nSub\n\nMore'],
    ['setext headings', 'Title\n=====\nText', 'Title\n\nText'],
    ['bullets and numbered items', '* one\n+ two\n1. three\n2) four', '- one\n- two\n- 1. three\n- 2) four'],
    ['quotes, rules and fences', '> quoted\n\n---\n\n```js\ncode()\n```', 'quoted\n\ncode()'],
    ['escapes', '\\*not em\\* and 1\\. item', '*not em* and 1. item'],
    ['control characters and spaces', 'a\u0000b\u0007c \t\u00a0 d', 'abc d'],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      assert.equal(toPlainText(input), expected);
    });
  }

  test('empty after clean-up', () => {
    assert.equal(toPlainText('  <p> </p> '), undefined);
    assert.equal(toPlainLine(' \n '), undefined);
  });

  test('one-line texts: HTML removed, Markdown kept', () => {
    assert.equal(toPlainLine('  C*  and\n *C++*  '), 'C* and *C++*');
    assert.equal(toPlainLine('<b>Bold</b> &amp; co'), 'Bold & co');
  });

  test('hostile input stays linear', () => {
    const started = performance.now();
    for (const input of ['<a '.repeat(100_000), '<!--'.repeat(100_000), '*a'.repeat(100_000), '[a]('.repeat(100_000), '**'.repeat(100_000) + 'x', '_a '.repeat(100_000)]) {
      toPlainText(input);
    }
    assert.ok(performance.now() - started < 3000, `took ${Math.round(performance.now() - started)} ms`);
  });
});

describe('helpers', () => {
  test('durations', () => {
    assert.equal(clockDuration('00:30'), 30 * 60_000);
    assert.equal(clockDuration('1:30:15'), (90 * 60 + 15) * 1000);
    assert.equal(clockDuration('48:00'), 48 * 3_600_000);
    assert.equal(clockDuration('0:75'), undefined);
    assert.equal(clockDuration(30), undefined);
    assert.equal(isoDuration(90 * 60_000), 'PT1H30M');
    assert.equal(isoDuration(45_000), 'PT45S');
    assert.equal(isoDuration(0), 'PT0S');
  });

  test('item types', () => {
    const cases = {
      lecture: ['talk', 'lecture'],
      Talk: ['talk', undefined],
      TALK: ['talk', undefined],
      'Workshop 60 Min': ['session', 'Workshop 60 Min'],
      LIGHTNING_TALK: ['talk', 'LIGHTNING_TALK'],
      'Podium discussion': ['panel', 'Podium discussion'],
      'Round table': ['roundtable', 'Round table'],
      'Coffee break': ['break', 'Coffee break'],
      Lunch: ['meal', 'Lunch'],
      'Opening ceremony': ['welcome', 'Opening ceremony'],
      Introduction: ['introduction', undefined],
      Keynote: ['keynote', undefined],
      performance: ['other', 'performance'],
      // FOSDEM (Pentabarf XML, 2016–2026): a developer-room event is a talk, not "other".
      devroom: ['talk', 'devroom'],
      maintrack: ['talk', 'maintrack'],
      standtrack: ['talk', 'standtrack'],
      lightningtalk: ['talk', 'lightningtalk'],
      certification: ['session', 'certification'],
      keysigning: ['session', 'keysigning'],
      bof: ['session', 'bof'],
      junior: ['session', 'junior'],
      infodesk: ['other', 'infodesk'],
      // frab
      lightning_talk: ['talk', 'lightning_talk'],
      podium: ['panel', 'podium'],
      meeting: ['session', 'meeting'],
      film: ['other', 'film'],
      djset: ['other', 'djset'],
      // pretalx session types are free text
      'LightningTalk 15min 10min Q&A': ['talk', 'LightningTalk 15min 10min Q&A'],
      'Talk 60min + 20min Q&A': ['talk', 'Talk 60min + 20min Q&A'],
      'Workshop 110min': ['session', 'Workshop 110min'],
      Other: ['other', undefined],
      // Sessionize formats
      Session: ['session', undefined],
      'Lightning talk': ['talk', 'Lightning talk'],
      OTHER: ['other', undefined],
    };
    for (const [source, [type, tag]] of Object.entries(cases)) {
      assert.deepEqual(itemType(source, 'talk'), tag === undefined ? { type } : { type, tag }, source);
    }
    assert.deepEqual(itemType(undefined, 'session'), { type: 'session' });
  });
});
