// Importing pretalx's schedule widget JSON (what <pretalx-schedule> reads):
// the pretalx demo event in the widget's shape, counted against the source;
// talks field by field, breaks, texts keyed by language; states and
// malformed variants.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ImportError, detectFormat, importPretalxWidget, importProgramme, parseProgramme, validateProgramme } from '../../dist/model.js';
import { fixtureJson, fixtureText } from './import-helpers.mjs';

const NAME = 'pretalx-widget-democon.json';

function importError(run) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error;
  }
  assert.fail('expected an ImportError');
}

describe('pretalx widget JSON', () => {
  const source = fixtureJson(NAME);
  const { programme, format, warnings } = importProgramme(fixtureText(NAME));
  const parsed = parseProgramme(programme);

  test('detected; valid; counts match the source', () => {
    assert.equal(detectFormat(source), 'pretalx-widget');
    assert.equal(format, 'pretalx-widget');
    assert.deepEqual(validateProgramme(programme).errors, []);
    assert.equal(programme.items.length, source.talks.length);
    assert.equal(programme.speakers.length, source.speakers.length);
    assert.equal(programme.rooms.length, source.rooms.length);
    assert.equal(programme.tracks.length, source.tracks.length);
    assert.deepEqual(programme.event.days, ['2020-12-14', '2020-12-15', '2020-12-16']);
    assert.equal(programme.event.timeZone, 'Europe/Berlin');
  });

  test('a talk field by field: code as id, local times in the zone, abstract and description, speaker bio', () => {
    const talk = source.talks.find((t) => t.code === 'G9JGWY');
    const item = parsed.items.find((i) => i.id === 'G9JGWY');
    assert.equal(item.start, Date.parse(talk.start));
    assert.equal(item.end, Date.parse(talk.end));
    assert.equal(programme.items.find((i) => i.id === 'G9JGWY').start, '09:00');
    assert.equal(item.title, talk.title);
    assert.equal(item.description, `${talk.abstract}\n\n${talk.description}`);
    assert.equal(item.room.name, 'Gray Room');
    assert.equal(item.track.name, 'Phased');
    assert.equal(item.track.color, source.tracks[0].color);
    assert.equal(item.language, 'en');
    assert.equal(item.speakers[0].speaker.name, 'Brian Robinson');
    assert.match(item.speakers[0].speaker.bio, /^Break through direction/);
  });

  test('workshops by session type; breaks without a submission, titles in two languages', () => {
    assert.equal(parsed.items.find((i) => i.id === 'VBTHYJ').type, 'session');
    const breaks = programme.items.filter((i) => i.id.startsWith('slot-'));
    assert.deepEqual(breaks.map((i) => [i.type, i.title]), [
      ['break', { en: 'Coffee break', de: 'Kaffeepause' }],
      ['meal', { en: 'Lunch', de: 'Mittagessen' }],
    ]);
    assert.deepEqual(programme.event.languages, undefined);
  });

  test('"do not record" is reported', () => {
    const flagged = source.talks.map((t, i) => [t, i]).filter(([t]) => t.do_not_record === true).map(([, i]) => `/talks/${i}/do_not_record`);
    assert.deepEqual(warnings.map((w) => w.path), flagged);
    // Its params are in no language (an interface quotes them in its own); the message is English.
    assert.deepEqual(warnings[0].params, { field: 'do_not_record', value: 'true' });
    assert.match(warnings[0].message, /the boolean true/);
  });
});

describe('variants', () => {
  const base = () => ({
    version: '1.0',
    timezone: 'Europe/Paris',
    event_start: '2025-03-25',
    event_end: '2025-03-26',
    content_locales: ['fr', 'en'],
    talks: [],
    rooms: [{ id: 1, name: { fr: 'Amphi', en: 'Lecture hall' }, description: { fr: 'Grand amphi' } }],
    tracks: [{ id: 7, name: 'Droit', color: '#123456' }],
    speakers: [{ code: 'AB12CD', name: 'Ana García', biography: '**Chercheuse**', avatar: 'https://pretalx.example.org/media/ana.jpg' }],
  });
  const talk = (extra) => ({ code: 'XYZ123', id: 1, title: { fr: 'Ouverture', en: 'Opening' }, abstract: { fr: 'Le mot *d’accueil*.' }, speakers: ['AB12CD'], track: 7, room: 1, start: '2025-03-25T09:00:00+01:00', end: '2025-03-25T09:30:00+01:00', duration: 30, content_locale: 'fr', ...extra });

  test('texts keyed by language stay so; rooms in two languages; the first content locale is the default', () => {
    const data = base();
    data.talks.push(talk({}));
    const { programme, warnings } = importPretalxWidget(data);
    assert.equal(programme.event.defaultLanguage, 'fr');
    assert.deepEqual(programme.event.languages, ['fr', 'en']);
    assert.deepEqual(programme.items[0].title, { fr: 'Ouverture', en: 'Opening' });
    assert.equal(programme.items[0].description, 'Le mot d’accueil.');
    assert.deepEqual(programme.rooms[0].name, { fr: 'Amphi', en: 'Lecture hall' });
    assert.deepEqual(programme.speakers[0], { id: 'ana-garcia', name: 'Ana García', bio: 'Chercheuse', photo: { url: 'https://pretalx.example.org/media/ana.jpg' } });
    assert.deepEqual(warnings.map((w) => [w.code, w.path]), [['not-imported', '/rooms/0/description']]);
  });

  test('cancelled talks are left out with a warning; unknown rooms and speakers are reported', () => {
    const data = base();
    data.talks.push(talk({ state: 'canceled' }), talk({ code: 'OTHER1', room: 99, speakers: ['NOPE'] }));
    const { programme, warnings } = importPretalxWidget(data);
    assert.deepEqual(programme.items.map((i) => i.id), ['OTHER1']);
    assert.deepEqual(warnings.map((w) => [w.code, w.path]), [
      ['not-imported', '/rooms/0/description'],
      ['not-imported', '/talks/0/state'],
      ['unusable-value', '/talks/1/room'],
      ['unusable-value', '/talks/1/speakers/0'],
    ]);
  });

  test('errors: no talks array, a talk without title or with a bad start', () => {
    assert.deepEqual(importError(() => importPretalxWidget({ talks: 3 })).errors.map((e) => [e.code, e.path]), [['invalid-type', '/talks']]);
    const data = base();
    data.talks.push(talk({ title: '' }), talk({ start: 'tomorrow' }));
    assert.deepEqual(importError(() => importPretalxWidget(data)).errors.map((e) => [e.code, e.path]), [
      ['invalid-type', '/talks/0/title'],
      ['invalid-time', '/talks/1/start'],
    ]);
  });

  test('hostile values: a javascript: avatar and a script title stay inert', () => {
    const data = base();
    data.speakers[0].avatar = 'javascript:alert(1)';
    data.talks.push(talk({ title: 'Ouverture<script>alert(1)</script>' }));
    const { programme, warnings } = importPretalxWidget(data);
    assert.equal(programme.speakers[0].photo, undefined);
    assert.ok(warnings.some((w) => w.code === 'unusable-value' && w.path === '/speakers/0/avatar'));
    assert.equal(programme.items[0].title, 'Ouverture');
  });
});
