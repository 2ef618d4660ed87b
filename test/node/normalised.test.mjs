// A normalised programme given back by value: parseProgramme and
// validateProgramme read it (marker `normalised: 1`) as the programme it stands
// for, and check it again; every copy (structured clone, JSON) gives the same
// programme back.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseProgramme, validateProgramme, importProgramme, ProgrammeError } from '../../dist/model.js';
import { validProgramme } from './fixtures.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/schedules/${name}`, import.meta.url), 'utf8');
const plain = (value) => JSON.parse(JSON.stringify(value));

const sources = {
  'the test fixture': () => validProgramme(),
  'the example seminar': () => JSON.parse(readFileSync(new URL('../../examples/digital-era-seminar.json', import.meta.url), 'utf8')),
  'a pretalx export': () => importProgramme(fixture('voc-schedule_pretalx-democon.json')).programme,
  'a frab camp export': () => importProgramme(fixture('voc-schedule_frab-camp2019.json')).programme,
  'FOSDEM XML (no time zone: a warning)': () => importProgramme(fixture('mttcrsp-fosdem_FOSDEM-2010.xml'), { timeZone: 'Europe/Brussels' }).programme,
};

describe('normalised programmes by value', () => {
  for (const [name, source] of Object.entries(sources)) {
    test(`${name}: a structured clone and a JSON copy parse to the same programme`, () => {
      const programme = parseProgramme(source());
      assert.equal(programme.normalised, 1);
      assert.deepEqual(plain(parseProgramme(structuredClone(programme))), plain(programme));
      assert.deepEqual(plain(parseProgramme(plain(programme))), plain(programme));
      assert.deepEqual(plain(parseProgramme(JSON.stringify(programme))), plain(programme));
      assert.equal(validateProgramme(plain(programme)).ok, true);
    });
  }

  test('derived and open ends are derived again, not frozen into the copy', () => {
    const input = validProgramme();
    const programme = parseProgramme(input);
    const derived = programme.items.filter((item) => item.endDerived || item.openEnd);
    assert.ok(derived.length > 0, 'the fixture has derived ends');
    const again = parseProgramme(plain(programme));
    for (const item of derived) {
      const copy = again.items.find((i) => i.id === item.id);
      assert.equal(copy.endDerived, item.endDerived);
      assert.equal(copy.openEnd, item.openEnd);
    }
  });

  test('warnings the programme carried (an import’s) are kept; those found again are not doubled', () => {
    const programme = parseProgramme(importProgramme(fixture('mttcrsp-fosdem_FOSDEM-2010.xml')).programme);
    const withImport = { ...plain(programme), warnings: [...programme.warnings, { code: 'assumed-time-zone', path: '/event/timeZone', message: 'Assumed UTC.' }] };
    const again = parseProgramme(withImport);
    assert.ok(again.warnings.some((w) => w.code === 'assumed-time-zone'));
    const keys = again.warnings.map((w) => `${w.code} ${w.path}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  test('carried warnings of an unknown shape are left out', () => {
    const programme = plain(parseProgramme(validProgramme()));
    programme.warnings = [{ code: 'made-up', path: '', message: 'x' }, 42, { code: 'overlap' }];
    assert.deepEqual(parseProgramme(programme).warnings.filter((w) => w.code === 'made-up'), []);
  });

  test('a forged or damaged copy is checked: each problem has the path of the copy', () => {
    const programme = plain(parseProgramme(validProgramme()));
    programme.items[1].start = 'tomorrow';
    programme.items[2].speakers = [{ speaker: { id: 'nobody' }, role: 'speaker' }];
    programme.items[0].links = [{ url: 'javascript:alert(1)' }];
    const error = captured(() => parseProgramme(programme));
    assert.ok(error instanceof ProgrammeError);
    const paths = error.errors.map((e) => `${e.code} ${e.path}`);
    assert.ok(paths.includes('invalid-time /items/1/start'), paths.join(', '));
    assert.ok(paths.includes('unknown-speaker /items/2/speakers/0/id'), paths.join(', '));
    assert.ok(paths.some((p) => p.startsWith('unsafe-url /items/0/links/0')), paths.join(', '));
  });

  test('garbage in every field of a marked object is reported, never thrown as anything but ProgrammeError', () => {
    const values = [null, 42, 'x', [], {}, [null], [42], { a: null }];
    for (const value of values) {
      for (const key of ['event', 'days', 'items', 'speakers', 'rooms', 'tracks', 'warnings']) {
        const programme = plain(parseProgramme(validProgramme()));
        programme[key] = value;
        try {
          parseProgramme(programme);
        } catch (error) {
          assert.ok(error instanceof ProgrammeError, `${key} = ${JSON.stringify(value)}: ${error}`);
        }
      }
      for (const key of ['start', 'end', 'speakers', 'room', 'track', 'links', 'title']) {
        const programme = plain(parseProgramme(validProgramme()));
        programme.items[0][key] = value;
        try {
          parseProgramme(programme);
        } catch (error) {
          assert.ok(error instanceof ProgrammeError, `items/0/${key} = ${JSON.stringify(value)}: ${error}`);
        }
      }
    }
  });

  test('another version of the marker is not read as this one', () => {
    const programme = { ...plain(parseProgramme(validProgramme())), normalised: 2 };
    assert.equal(validateProgramme(programme).ok, false);
  });
});

function captured(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}
