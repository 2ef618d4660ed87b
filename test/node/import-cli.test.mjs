// The command-line tool, spawned as users run it: exit codes, standard input
// and output, --json, convert round trips, and .ics output read back with ical.js.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { validProgramme } from './fixtures.mjs';
import { fixtureText } from './import-helpers.mjs';

const BIN = new URL('../../bin/seminar-widgets.mjs', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures/schedules/', import.meta.url).pathname;
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

function run(args, input) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'seminar-widgets-cli-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

describe('usage', () => {
  test('--version and --help', () => {
    assert.deepEqual(run(['--version']), { code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: seminar-widgets <command> <file\|-> \[options\]/);
    for (const word of ['validate', 'convert', 'ics', '--from', '--time-zone', '--items', '--lang', '--json', 'pentabarf-xml']) {
      assert.ok(help.stdout.includes(word), word);
    }
    assert.equal(run(['-h']).code, 0);
  });

  const usageErrors = [
    [[], /missing command/],
    [['frobnicate', 'x'], /unknown command "frobnicate"/],
    [['validate'], /missing input file/],
    [['validate', 'a', 'b'], /unexpected argument "b"/],
    [['validate', 'x', '--frob'], /Unknown option '--frob'/],
    [['validate', 'x', '--out', 'y'], /--out does not apply/],
    [['convert', 'x', '--from', 'ical'], /unknown format "ical"/],
    [['convert', 'x', '--time-zone', 'Mars/Olympus'], /not an IANA time zone/],
    [['validate', join(tmp, 'missing.json')], /cannot read ".*missing\.json": ENOENT/],
  ];
  for (const [args, message] of usageErrors) {
    test(`exit 2: ${args.join(' ') || '(nothing)'}`, () => {
      const result = run(args);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Try "seminar-widgets --help"\.\n$/);
    });
  }
});

describe('validate', () => {
  test('a valid programme: exit 0', () => {
    const file = join(tmp, 'valid.json');
    writeFileSync(file, JSON.stringify(validProgramme()));
    const result = run(['validate', file]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /^Valid programme \(0 errors, 0 warnings\)\.\n$/);
  });

  test('errors: exit 1, every problem as "error code path message" on stderr', () => {
    const programme = validProgramme();
    programme.items[1].end = 'soon';
    programme.event.timeZone = 'Mars/Olympus';
    const result = run(['validate', '-'], JSON.stringify(programme));
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split('\n');
    assert.ok(lines.includes(lines.find((l) => /^error invalid-time-zone \/event\/timeZone \S/.test(l))));
    assert.ok(lines.some((l) => /^error invalid-time \/items\/1\/end "soon" is not a valid end time/.test(l)));
    assert.match(lines.at(-1), /^Invalid programme: 2 errors, \d+ warnings?\.$/);
  });

  test('JSON that is no known format is checked as a programme', () => {
    const result = run(['validate', '-'], '{}');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^error missing-field \/version /m);
  });

  test('--json: the result on stdout, the same exit code', () => {
    const ok = run(['validate', join(FIXTURES, 'voc-schedule_pretalx-democon.json'), '--json']);
    assert.equal(ok.code, 0);
    const report = JSON.parse(ok.stdout);
    assert.equal(report.ok, true);
    assert.equal(report.format, 'frab-json');
    assert.deepEqual(report.errors, []);
    assert.ok(report.warnings.every((w) => w.code && typeof w.path === 'string' && w.message));
    const bad = run(['validate', '-', '--json'], '[1, ');
    assert.equal(bad.code, 1);
    assert.deepEqual(JSON.parse(bad.stdout).errors.map((e) => e.code), ['invalid-json']);
  });

  test('an export that cannot be imported: exit 1 with its errors', () => {
    const result = run(['validate', '-', '--from', 'pentabarf-xml'], '<schedule><conference>');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^error invalid-xml \/ The source is not well-formed XML/m);
  });

  test('--quiet: no warnings, nothing when valid', () => {
    const result = run(['validate', join(FIXTURES, 'voc-schedule_pretalx-rc3.json'), '--quiet']);
    assert.deepEqual(result, { code: 0, stdout: '', stderr: '' });
  });
});

describe('convert', () => {
  test('pretalx JSON → programme JSON on stdout, warnings and a summary on stderr', () => {
    const result = run(['convert', join(FIXTURES, 'voc-schedule_pretalx-rc3.json')]);
    assert.equal(result.code, 0, result.stderr);
    const programme = JSON.parse(result.stdout);
    assert.equal(programme.version, 1);
    assert.equal(programme.items.length, 48);
    assert.match(result.stderr, /^warning assumed-time-zone \/schedule\/conference\/time_zone_name /m);
    assert.match(result.stderr, /Converted frab-json: 4 days, 48 items, 56 speakers, 5 rooms\.\n$/);
  });

  test('round trip: convert, then validate and convert the result again', () => {
    const out = join(tmp, 'democon.json');
    assert.equal(run(['convert', join(FIXTURES, 'voc-schedule_pretalx-democon.json'), '--out', out, '--quiet']).code, 0);
    const first = readFileSync(out, 'utf8');
    assert.equal(run(['validate', out]).code, 0);
    const again = run(['convert', '-', '--from', 'native', '--quiet'], first);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, first);
  });

  test('XML from stdin, with the zone it lacks', () => {
    const result = run(['convert', '-', '--time-zone', 'Europe/Brussels', '--quiet'], fixtureText('mttcrsp-fosdem_FOSDEM-2010.xml'));
    assert.equal(result.code, 0, result.stderr);
    const programme = JSON.parse(result.stdout);
    assert.equal(programme.event.timeZone, 'Europe/Brussels');
    assert.equal(programme.items.length, 301);
  });

  test('Sessionize with a title', () => {
    const result = run(['convert', join(FIXTURES, 'sessionize-all-data.json'), '--title', 'Work Summit', '--quiet']);
    assert.equal(result.code, 0);
    assert.equal(JSON.parse(result.stdout).event.title, 'Work Summit');
  });

  test('a source that cannot be imported: exit 1, nothing written', () => {
    const out = join(tmp, 'never.json');
    const result = run(['convert', '-', '--out', out], '{"schedule": {"conference": {}}}');
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^error missing-field \/schedule\/conference\/title /m);
    assert.throws(() => readFileSync(out));
  });

  test('an invalid programme is not converted', () => {
    const programme = validProgramme();
    programme.items[0].type = 'nap';
    const result = run(['convert', '-'], JSON.stringify(programme));
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^error unknown-item-type \/items\/0\/type /m);
  });
});

describe('ics', () => {
  const parse = (ics) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  test('every item of an import, readable by ical.js', () => {
    const result = run(['ics', join(FIXTURES, 'voc-schedule_hub-schedule2.json')]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^BEGIN:VCALENDAR\r\n/);
    const events = parse(result.stdout);
    assert.deepEqual(events.map((e) => e.uid), ['HQCCYH@38c3', 'TPGRNN@38c3']);
    assert.equal(events[0].startDate.toJSDate().getTime(), Date.parse('2024-12-27T10:30:00+01:00'));
    assert.equal(events[0].summary, '38C3: Opening Ceremony');
  });

  test('--items and --lang', () => {
    const file = join(tmp, 'programme.json');
    writeFileSync(file, JSON.stringify(validProgramme()));
    const ids = validProgramme().items.map((i) => i.id);
    const result = run(['ics', file, '--items', `${ids[1]},${ids[0]}`, '--lang', 'fr', '--out', join(tmp, 'out.ics')]);
    assert.equal(result.code, 0, result.stderr);
    const events = parse(readFileSync(join(tmp, 'out.ics'), 'utf8'));
    assert.equal(events.length, 2);
    assert.match(readFileSync(join(tmp, 'out.ics'), 'utf8'), /X-WR-CALNAME:Séminaire sur le travail/);
  });

  test('unknown items or language: exit 2; an invalid programme: exit 1', () => {
    const file = join(tmp, 'p.json');
    writeFileSync(file, JSON.stringify(validProgramme()));
    const unknown = run(['ics', file, '--items', 'nope,welcome']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--items: no item with id "nope"/);
    assert.equal(run(['ics', file, '--lang', 'not a tag']).code, 2);
    const broken = validProgramme();
    broken.version = 2;
    const invalid = run(['ics', '-'], JSON.stringify(broken));
    assert.equal(invalid.code, 1);
    assert.equal(invalid.stdout, '');
    assert.match(invalid.stderr, /^error unsupported-version \/version /m);
  });
});

describe('ics for publishing: SEQUENCE follows the changes', () => {
  const parse = (ics) => new Map(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).map((e) => [e.uid, e]));

  test('writing --out again: unchanged events keep SEQUENCE and DTSTAMP, a changed one gets +1; cancelled items are CANCELLED', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seminar-ics-'));
    const file = join(dir, 'programme.json');
    const out = join(dir, 'programme.ics');
    const programme = validProgramme();
    writeFileSync(file, JSON.stringify(programme));
    assert.equal(run(['ics', file, '--out', out]).code, 0);
    const first = readFileSync(out, 'utf8');
    // Nothing changed: the same file, byte for byte (its DTSTAMPs too).
    assert.equal(run(['ics', file, '--out', out]).code, 0);
    assert.equal(readFileSync(out, 'utf8'), first);
    programme.items[1].status = 'cancelled';
    writeFileSync(file, JSON.stringify(programme));
    assert.equal(run(['ics', file, '--out', out]).code, 0);
    const events = parse(readFileSync(out, 'utf8'));
    const [a, b] = programme.items.map((item) => [...events.values()].find((e) => e.uid.startsWith(`${item.id}@`)));
    assert.equal(a.sequence, 0);
    assert.equal(b.sequence, 1);
    assert.equal(b.component.getFirstPropertyValue('status'), 'CANCELLED');
    // To standard output, with --previous.
    const again = run(['ics', file, '--previous', out]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, readFileSync(out, 'utf8'));
    assert.equal(run(['ics', file, '--previous', join(dir, 'missing.ics')]).code, 2);
    assert.equal(run(['validate', file, '--previous', out]).code, 2);
  });
});

describe('convert: spreadsheets, iCalendar and pretalx widget JSON', () => {
  test('a French Excel CSV with the zone and title, then the result validates', () => {
    const out = join(tmp, 'from-csv.json');
    const result = run(['convert', join(FIXTURES, 'spreadsheet-excel-fr.csv'), '--time-zone', 'Europe/Paris', '--title', 'Faire collectif', '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Converted csv: 2 days, 7 items, 4 speakers, 3 rooms\./);
    const programme = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(programme.event.title, 'Faire collectif');
    assert.equal(run(['validate', out]).code, 0);
  });

  test('pasted cells from standard input, with the columns, date order, day and language given', () => {
    const result = run(
      ['convert', '-', '--columns', 'start,title:fr,title:en,-', '--no-header', '--date', '2025-03-04', '--lang', 'fr', '--time-zone', 'Europe/Paris'],
      '9h30\tOuverture\tOpening\tnote\n10h\tPause\tBreak\t\n',
    );
    assert.equal(result.code, 0, result.stderr);
    const programme = JSON.parse(result.stdout);
    assert.deepEqual(programme.items.map((i) => [i.day, i.start, i.title]), [
      ['2025-03-04', '09:30', { fr: 'Ouverture', en: 'Opening' }],
      ['2025-03-04', '10:00', { fr: 'Pause', en: 'Break' }],
    ]);
    assert.equal(programme.event.defaultLanguage, 'fr');
  });

  test('a spreadsheet with errors: exit 1, each at its cell', () => {
    const result = run(['convert', '-', '--time-zone', 'UTC'], 'Date;Start;Title\n2025-02-30;10:00;A\n2025-03-04;9h75;B\n');
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^error invalid-date A2 /m);
    assert.match(result.stderr, /^error invalid-time B3 /m);
  });

  test('iCalendar and pretalx widget JSON', () => {
    const ics = run(['convert', join(FIXTURES, 'calendar-google.ics')]);
    assert.equal(ics.code, 0, ics.stderr);
    assert.equal(JSON.parse(ics.stdout).event.timeZone, 'Europe/Paris');
    assert.match(ics.stderr, /^warning not-imported \/VCALENDAR\/VEVENT\[6\] /m);
    const widget = run(['convert', join(FIXTURES, 'pretalx-widget-democon.json'), '--quiet']);
    assert.equal(widget.code, 0, widget.stderr);
    assert.equal(JSON.parse(widget.stdout).items.length, 38);
    const unsupported = run(['convert', '-'], 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20250101T100000Z\nSUMMARY:x\nRRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR\n');
    assert.equal(unsupported.code, 1);
    assert.match(unsupported.stderr, /^error unsupported-feature \/VCALENDAR\/VEVENT\/RRULE .*repeats forever/m);
  });

  const usage = [
    [['convert', 'x', '--columns', 'start,nope'], /--columns: "nope" is not a column/],
    [['convert', 'x', '--date-order', 'dym'], /--date-order: expected dmy, mdy or ymd/],
    [['convert', 'x', '--date', '4 March'], /--date: expected a date/],
    [['convert', 'x', '--lang', 'not a tag'], /--lang: "not a tag" is not a language tag/],
  ];
  for (const [args, message] of usage) {
    test(`exit 2: ${args.slice(2).join(' ')}`, () => {
      const result = run(args);
      assert.equal(result.code, 2);
      assert.match(result.stderr, message);
    });
  }
});
