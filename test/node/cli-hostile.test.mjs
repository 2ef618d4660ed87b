// The command-line tool on hostile input: whatever the input holds (keys,
// values, text the parsers quote, file names), what reaches the terminal has
// its control characters escaped, each problem stays on one line, JSON output
// stays valid JSON, and the exit codes stay exact (0 done, 1 invalid input,
// 2 usage) — never a stack trace.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validProgramme } from './fixtures.mjs';

const BIN = new URL('../../bin/seminar-widgets.mjs', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'seminar-widgets-cli-hostile-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function run(args, input) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a terminal would act on: C0 controls but the line feeds between lines, DEL, C1, separators, bidi controls. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const ESC = '\u001b';
const PAYLOADS = [
  `${ESC}[2J${ESC}[H`,
  `${ESC}]0;pwned${'\u0007'}`,
  '\nerror forged-code /event/title Everything is fine.\n',
  '\rValid programme (0 errors, 0 warnings).',
  '\u009b31m',
  '\u202eevil\u202c',
  'a\u2028b',
  '\u0000\b\u007f',
];

function assertTerminalSafe(output, what) {
  assert.doesNotMatch(output, RAW_CONTROL, `${what}: ${JSON.stringify(output.slice(0, 300))}`);
}

describe('validate: problems from hostile keys and values, one line each', () => {
  for (const payload of PAYLOADS) {
    test(JSON.stringify(payload), () => {
      const programme = validProgramme();
      programme.event[`key${payload}`] = 1;
      programme.items[0].type = `type${payload}`;
      programme.speakers[0].id = `id${payload}`;
      const result = run(['validate', '-'], JSON.stringify(programme));
      assert.equal(result.code, 1);
      assertTerminalSafe(result.stderr, 'stderr');
      const lines = result.stderr.trimEnd().split('\n');
      // Every line is a problem or the summary: nothing forged.
      for (const line of lines.slice(0, -1)) assert.match(line, /^(error|warning) [a-z-]+ \//, line);
      assert.match(lines.at(-1), /^Invalid programme: \d+ errors?, \d+ warnings?\.$/);
      const forged = lines.filter((line) => line.startsWith('error forged-code'));
      assert.deepEqual(forged, []);
    });
  }
  test('--json stays valid JSON, with the characters a terminal acts on escaped', () => {
    const programme = validProgramme();
    programme.event[`key${PAYLOADS.join('')}`] = 1;
    const result = run(['validate', '-', '--json'], JSON.stringify(programme));
    assert.equal(result.code, 0);
    assertTerminalSafe(result.stdout.replace(/\n/g, ''), 'stdout');
    const parsed = JSON.parse(result.stdout);
    assert.equal(parsed.warnings[0].path, `/event/key${PAYLOADS.join('').replace(/~/g, '~0').replace(/\//g, '~1')}`);
  });
});

describe('parser messages that quote the input', () => {
  test('JSON that is not valid', () => {
    const result = run(['validate', '-'], `{"a": ${ESC}[31m\n}`);
    assert.equal(result.code, 1);
    assertTerminalSafe(result.stderr.replace(/\n$/, '').split('\n').join(''), 'stderr');
    assert.match(result.stderr, /invalid-json/);
  });
  test('XML that is not well-formed', () => {
    const result = run(['convert', '-', '--from', 'pentabarf-xml'], `<schedule><${ESC}[31m x="\u009b">\n</schedule>`);
    assert.equal(result.code, 1);
    assertTerminalSafe(result.stderr.split('\n').join(''), 'stderr');
  });
  test('convert writes safe JSON', () => {
    const programme = validProgramme();
    programme.items[0].title = `Title ${PAYLOADS.join(' ')}`;
    const result = run(['convert', '-', '--from', 'native', '--quiet'], JSON.stringify(programme));
    assert.equal(result.code, 0);
    assertTerminalSafe(result.stdout.replace(/\n/g, ''), 'stdout');
    assert.equal(JSON.parse(result.stdout).items[0].title, programme.items[0].title);
  });
  test('ics output has no control characters in its text', () => {
    const programme = validProgramme();
    programme.items[0].title = `Title ${PAYLOADS.join(' ')}`;
    const result = run(['ics', '-'], JSON.stringify(programme));
    assert.equal(result.code, 0);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(result.stdout.replace(/\r\n /g, '').replace(/\r\n/g, ''), /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
  });
});

describe('usage errors quote arguments safely, exit 2', () => {
  const cases = [
    ['a file name', ['validate', join(tmp, `missing${ESC}[2J.json`)]],
    ['a time zone', ['validate', '-', '--time-zone', `Mars${ESC}]0;x\u0007`]],
    ['a format', ['convert', '-', '--from', `frab\n${ESC}[1A`]],
    ['a command', [`frob${ESC}[31m`, 'x']],
    ['an option', ['validate', '-', `--fr${ESC}om`]],
    ['a language', ['ics', '-', '--lang', `fr${ESC}[31m`]],
  ];
  for (const [name, args] of cases) {
    test(name, () => {
      const result = run(args, JSON.stringify(validProgramme()));
      assert.equal(result.code, 2, result.stderr);
      assertTerminalSafe(result.stderr.split('\n').join(''), 'stderr');
      assert.match(result.stderr, /\\x1b/);
    });
  }
  test('--items names unknown ids safely', () => {
    const result = run(['ics', '-', '--items', `nope${ESC}[2J`], JSON.stringify(validProgramme()));
    assert.equal(result.code, 2);
    assertTerminalSafe(result.stderr.split('\n').join(''), 'stderr');
  });
});

describe('input the tool cannot read: exit 1 with a message, never a stack trace', () => {
  const deep = (n) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const cases = [
    ['arrays 200,000 deep', deep(200_000)],
    ['a frab export with arrays 200,000 deep', `{"schedule":{"version":"1","conference":{"title":"x","days":[]}},"x":${deep(200_000)}}`],
    ['objects 100,000 deep', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['XML 100,000 deep', `<schedule>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</schedule>`],
  ];
  for (const [name, input] of cases) {
    for (const command of ['validate', 'convert', 'ics']) {
      test(`${command}: ${name}`, () => {
        const result = run([command, '-', '--time-zone', 'UTC'], input);
        assert.equal(result.code, 1, result.stderr.slice(0, 500));
        assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
        assert.ok(result.stderr.length > 0);
      });
    }
  }
});
