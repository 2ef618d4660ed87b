// The validator's English messages stay out of the elements: no element entry
// point reaches dist/model/validate-messages.js through its imports (static or
// lazy), and the CDN bundle holds none of its sentences. A card given by
// attributes does not even load the validator: the card's entry reaches it
// only through a lazy import. Run after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MESSAGES = join(root, 'dist/model/validate-messages.js');
const CDN = join(root, 'cdn/seminar-widgets.js');
const ELEMENT_ENTRIES = [
  'dist/index.js',
  'dist/classes.js',
  ...(existsSync(join(root, 'dist/define')) ? readdirSync(join(root, 'dist/define')).filter((f) => f.endsWith('.js')).map((f) => `dist/define/${f}`) : []),
];

/** Pieces of the validator's sentences (validate-messages.ts), found in no UI text of the elements. */
const SENTENCES = [
  'is not a valid duration: ',
  'years and months have no fixed length',
  'is not a valid language tag: expected a BCP 47 tag',
  'Missing required field',
  'The programme must be a JSON object with',
  'There is no speaker with id',
  "one of the event's days (",
  'is not a supported colour',
  'takes part in no item',
  'is the last of its day and has no',
];

/**
 * Every file reached from `entry` by static `import`/`export … from` of
 * relative paths, and with `lazy`, by `import('…')` too.
 */
function staticGraph(entry, seen = new Set(), lazy = false) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const patterns = [/^\s*(?:import|export)\s[^;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm, /^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm];
  if (lazy) patterns.push(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g);
  for (const pattern of patterns) {
    for (const [, specifier] of code.matchAll(pattern)) staticGraph(join(dirname(entry), specifier), seen, lazy);
  }
  return seen;
}
const fullGraph = (entry) => staticGraph(entry, new Set(), true);

const built = existsSync(MESSAGES) && existsSync(CDN);

test('the sentences checked below are the validator’s own', { skip: built ? false : 'run the build first' }, () => {
  const messages = readFileSync(MESSAGES, 'utf8');
  for (const sentence of SENTENCES) assert.ok(messages.includes(sentence), sentence);
});

test('no element entry point imports the validator’s messages', { skip: built ? false : 'run the build first' }, () => {
  const model = staticGraph(join(root, 'dist/model.js'));
  assert.ok(model.has(MESSAGES), 'dist/model.js imports them (the check sees imports)');
  for (const entry of ELEMENT_ENTRIES) {
    const reached = fullGraph(join(root, entry));
    assert.ok(reached.has(join(root, 'dist/model/validate.js')), `${entry} reaches the validator`);
    assert.ok(!reached.has(MESSAGES), `${entry} reaches ${relative(root, MESSAGES)}`);
  }
});

test('no element reaches the validator but through a lazy import (a card given by attributes never loads it)', { skip: built ? false : 'run the build first' }, () => {
  for (const entry of ELEMENT_ENTRIES) {
    const file = join(root, entry);
    assert.ok(!staticGraph(file).has(join(root, 'dist/model/validate.js')), `${entry} imports the validator statically`);
    assert.ok(fullGraph(file).has(join(root, 'dist/model/validate.js')), `${entry} cannot load the validator`);
  }
});

test('the CDN bundle holds none of the validator’s sentences', { skip: built ? false : 'run the build first' }, () => {
  const cdn = readFileSync(CDN, 'utf8');
  for (const sentence of SENTENCES) assert.ok(!cdn.includes(sentence), `cdn/seminar-widgets.js contains "${sentence}"`);
});
