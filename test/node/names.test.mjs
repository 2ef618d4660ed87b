// How speakers' names sort (src/model/names.ts): by family name, the last word
// of the name unless the programme's `sortName` says otherwise; the seed's
// speakers in the order an editor expects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nameSortKey, sortSpeakers } from '../../dist/model/names.js';
import { parseProgramme } from '../../dist/model.js';

test('the sort key: sortName, else the last word first', () => {
  assert.equal(nameSortKey({ name: 'Sarah Bormann' }), 'Bormann, Sarah');
  assert.equal(nameSortKey({ name: '  Madonna ' }), 'Madonna');
  assert.equal(nameSortKey({ name: 'Jean-Claude  Van Damme' }), 'Damme, Jean-Claude Van');
  assert.equal(nameSortKey({ name: 'César Garcia Arnal', sortName: 'Garcia Arnal, César' }), 'Garcia Arnal, César');
  // A blank sortName is no sortName.
  assert.equal(nameSortKey({ name: 'Ana Bel', sortName: ' ' }), 'Bel, Ana');
});

test('the seed sorts as an editor expects, in English and in French', () => {
  const seed = JSON.parse(readFileSync(new URL('../../examples/digital-era-seminar.json', import.meta.url), 'utf8'));
  const programme = parseProgramme(seed);
  assert.equal(programme.speakers.find((s) => s.id === 'cesar-garcia-arnal').sortName, 'Garcia Arnal, César');
  const expected = ['Bormann', 'Chenuet', 'Fuss', 'Garcia Arnal', 'Graham', 'Lemaire', 'Mériaux', 'Milland', 'Pearce', 'Treves', 'Veyer'];
  for (const locale of ['en', 'fr']) {
    const sorted = sortSpeakers(programme.speakers, new Intl.Collator(locale, { sensitivity: 'base' }));
    assert.deepEqual(sorted.map((s) => nameSortKey(s).split(',')[0]), expected, locale);
  }
});

test('same family name: by given names, then the full name decides', () => {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const names = sortSpeakers([{ name: 'Zoe Martin' }, { name: 'Anne Martin' }, { name: 'Paul Martinez' }], collator).map((s) => s.name);
  assert.deepEqual(names, ['Anne Martin', 'Zoe Martin', 'Paul Martinez']);
});
