// diffProgrammes: what changed between two versions of a programme, item by
// item (added, removed, moved, edited), without a DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedFields, changedItemCount, diffProgrammes, isUnchanged, parseProgramme } from '../../dist/model.js';

function programme(items, extra = {}, speakers = [{ id: 'ada', name: 'Ada' }, { id: 'bo', name: 'Bo' }]) {
  return parseProgramme({
    version: 1,
    event: { title: { en: 'Seminar', fr: 'Séminaire' }, timeZone: 'Europe/Paris', days: ['2016-07-08', '2016-07-09'], ...extra },
    rooms: [{ id: 'a', name: 'Room A' }, { id: 'b', name: 'Room B' }],
    speakers,
    items: items.map((item) => ({ type: 'talk', day: '2016-07-08', title: item.id, ...item })),
  });
}

const BASE = [
  { id: 'one', start: '09:00', end: '10:00', room: 'a', speakers: [{ id: 'ada' }] },
  { id: 'two', start: '10:00', end: '11:00', room: 'a', speakers: [{ id: 'bo' }] },
  { id: 'three', start: '11:00', end: '12:00', room: 'b', links: [{ url: 'https://example.org/s', kind: 'slides' }] },
  { id: 'four', start: '14:00' },
  { id: 'five', start: '15:00', end: '16:00' },
];

test('the same programme, parsed twice: nothing changed', () => {
  const changes = diffProgrammes(programme(BASE), programme(structuredClone(BASE)));
  assert.deepEqual(changes, { added: [], removed: [], moved: [], edited: [], event: false });
  assert.equal(isUnchanged(changes), true);
  assert.equal(changedItemCount(changes), 0);
});

test('added, removed, moved (time, day, room) and edited (status, title, speakers, links) items', () => {
  const next = structuredClone(BASE);
  next[0].start = '09:30'; // moved in time
  next[1].room = 'b'; // new room
  next[2].status = 'cancelled'; // edited
  next[2].links[0].kind = 'recording'; // edited
  next.splice(3, 1); // "four" removed
  next[3].title = { en: 'Five', fr: 'Cinq' }; // "five" edited
  next[3].day = '2016-07-09'; // and moved to the next day
  next.push({ id: 'six', start: '17:00', end: '18:00', speakers: [{ id: 'ada', role: 'moderator' }] });
  const before = programme(BASE);
  const after = programme(next);
  const changes = diffProgrammes(before, after);
  assert.deepEqual(changes.added.map((i) => i.id), ['six']);
  assert.deepEqual(changes.removed.map((i) => i.id), ['four']);
  assert.deepEqual(changes.moved.map((c) => [c.item.id, c.fields]), [
    ['one', ['start']],
    ['two', ['room']],
    ['five', ['start', 'end', 'day', 'title']],
  ]);
  assert.deepEqual(changes.edited.map((c) => [c.item.id, c.fields]), [
    ['three', ['status', 'links']],
    ['five', ['start', 'end', 'day', 'title']],
  ]);
  // Both versions of a changed item are given.
  const moved = changes.moved[0];
  assert.equal(moved.previous.start, Date.UTC(2016, 6, 8, 7, 0));
  assert.equal(moved.item.start, Date.UTC(2016, 6, 8, 7, 30));
  assert.equal(changes.removed[0], before.items[3]);
  // "five" is both moved and edited: counted once.
  assert.equal(changedItemCount(changes), 6);
  assert.equal(changes.event, false);
});

test('a derived end that follows the next item is not a change of its own', () => {
  const next = structuredClone(BASE);
  next[4].start = '15:30'; // "four" (no end) ends when "five" starts
  const changes = diffProgrammes(programme(BASE), programme(next));
  assert.deepEqual(changes.moved.map((c) => c.item.id), ['five']);
  assert.deepEqual(changedFields(programme(BASE).items[3], programme(next).items[3]), []);
});

test('speakers: order, role and topic count; their own bios do not', () => {
  const next = structuredClone(BASE);
  next[0].speakers = [{ id: 'ada', topic: 'Engines' }];
  const changes = diffProgrammes(programme(BASE), programme(next));
  assert.deepEqual(changes.edited.map((c) => [c.item.id, c.fields]), [['one', ['speakers']]]);
  const bio = programme(BASE, {}, [{ id: 'ada', name: 'Ada', bio: 'New bio' }, { id: 'bo', name: 'Bo' }]);
  assert.equal(isUnchanged(diffProgrammes(programme(BASE), bio)), true);
});

test('texts compare by language: a new translation is an edit, key order is not', () => {
  const a = structuredClone(BASE);
  a[0].title = { en: 'One', fr: 'Un' };
  const b = structuredClone(BASE);
  b[0].title = { fr: 'Un', en: 'One' };
  assert.equal(isUnchanged(diffProgrammes(programme(a), programme(b))), true);
  b[0].title = { fr: 'Un', en: 'One', de: 'Eins' };
  assert.deepEqual(diffProgrammes(programme(a), programme(b)).edited.map((c) => c.fields), [['title']]);
});

test('the event itself: title, days, time zone', () => {
  assert.equal(diffProgrammes(programme(BASE), programme(BASE, { title: 'Another' })).event, true);
  assert.equal(diffProgrammes(programme(BASE), programme(BASE, { days: ['2016-07-08', '2016-07-09', '2016-07-10'] })).event, true);
  const changes = diffProgrammes(programme(BASE), programme(BASE, { subtitle: 'New' }));
  assert.equal(changes.event, true);
  assert.equal(isUnchanged(changes), false);
  assert.equal(changedItemCount(changes), 0);
});
