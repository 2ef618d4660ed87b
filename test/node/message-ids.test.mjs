// The elements find translations by message id with code of their own
// (src/internal/translate.ts), not through @lit/localize's internal modules.
// These tests hold that code to the contract of `lit-localize extract` and
// `build`: if the tools' ids or module shape change, they fail. Run after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { fnv1a64, messageId, translate } = await import(join(root, 'dist/internal/translate.js'));

const decode = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]);

/**
 * The literal parts of a unit's source: `<x equiv-text="${…}"/>` is an
 * expression; other placeholders are markup of an html template, kept as text
 * (with the expressions it holds).
 */
function sourceParts(source) {
  const parts = [''];
  for (const piece of source.split(/(<x [^>]*\/>)/)) {
    const placeholder = /^<x [^>]*equiv-text="([^"]*)"/.exec(piece);
    if (!placeholder) {
      parts[parts.length - 1] += decode(piece);
      continue;
    }
    for (const bit of decode(placeholder[1]).split(/(\$\{[^}]*\})/)) {
      if (bit.startsWith('${') && bit.endsWith('}')) parts.push('');
      else parts[parts.length - 1] += bit;
    }
  }
  return parts;
}

/** A template like the one `str` or `html` makes at a call site. */
function tagged(parts, values, html) {
  const strings = Object.assign([...parts], { raw: [...parts] });
  return html ? { ['_$litType$']: 1, strings, values } : { strTag: true, strings, values };
}

const units = readdirSync(join(root, 'locales'))
  .filter((f) => f.endsWith('.xlf'))
  .flatMap((file) =>
    [...readFileSync(join(root, 'locales', file), 'utf8').matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>([\s\S]*?)<\/source>/g)].map(
      ([, id, source]) => ({ file, id, source }),
    ),
  );

test('FNV-1a 64 gives the published values', () => {
  assert.equal(fnv1a64(''), 'cbf29ce484222325');
  assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
  assert.equal(fnv1a64('foobar'), '85944171f73967e8');
});

test('every message of locales/*.xlf has the id our lookup computes', () => {
  assert.ok(units.length > 500, `only ${units.length} units read`);
  const kinds = new Set();
  for (const { file, id, source } of units) {
    const parts = sourceParts(source);
    const html = id.startsWith('h');
    kinds.add(html ? 'html' : parts.length > 1 ? 'str' : 'string');
    const template = parts.length === 1 && !html ? parts[0] : tagged(parts, [], html);
    assert.equal(messageId(template), id, `${file}: ${source}`);
  }
  assert.deepEqual([...kinds].sort(), ['html', 'str', 'string']);
});

test('translations fill expressions in the order the translation puts them', async () => {
  const { templates } = await import(join(root, 'dist/generated/locales/fr.js'));
  // Plain string.
  assert.equal(translate(templates, 'It has started.'), 'Ça commence.');
  // `str`: the values go where the French sentence wants them.
  const reordered = { strTag: true, strings: ['X', 'Y', 'Z'], values: ['first', 'second'] };
  assert.equal(translate({ s1: { strTag: true, strings: ['a ', ' b ', ' c'], values: [1, 0] } }, reordered, { id: 's1' }), 'a second b first c');
  // `html`: a template of the locale module, with the caller's values in place.
  const next = tagged(['Next: ', ' at ', ''], ['Keynote', '10:00'], true);
  const french = translate(templates, next);
  assert.equal(french.strings, templates['h54a7620b409e432f'].strings);
  assert.match(french.strings.join('|'), /^À suivre\s:\s\|\sà\s\|$/u);
  assert.deepEqual(french.values, ['Keynote', '10:00']);
  assert.equal(french['_$litType$'], 1);
  // Untranslated or no locale: the source, with its values.
  const source = { strTag: true, strings: ['', ' widgets, untranslated'], values: [3] };
  assert.equal(translate(templates, source), '3 widgets, untranslated');
  assert.equal(translate(templates, { strTag: true, strings: ['', ' speakers'], values: [3] }), '3 intervenants');
  assert.equal(translate(undefined, 'Hello'), 'Hello');
  assert.equal(translate(undefined, next), next);
});
