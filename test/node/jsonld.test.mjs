// schema.org JSON-LD export: structure, dates with the zone's offset (across
// DST changes), language choice, only given data, plain JSON without HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { toJsonLd, zonedIsoDateTime } from '../../dist/model/jsonld.js';
import { makeProgramme, utc } from './programme-fixture.mjs';

test('an Event with the programme data', () => {
  const ld = toJsonLd(makeProgramme());
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@type'], 'Event');
  assert.equal(ld.name, 'Building collective action');
  assert.equal(ld.disambiguatingDescription, 'Seminar');
  assert.equal(ld.description, 'A seminar.\n\n- One\n- Two');
  assert.equal(ld.startDate, '2016-07-08T08:45:00+02:00');
  assert.equal(ld.endDate, '2016-07-08T16:00:00+02:00');
  assert.deepEqual(ld.inLanguage, ['en', 'fr']);
  assert.deepEqual(ld.organizer, [
    { '@type': 'Organization', name: 'France Stratégie', description: 'Organiser', url: 'https://www.strategie.gouv.fr' },
  ]);
  assert.deepEqual(ld.contributor, [{ '@type': 'Organization', name: 'IRES', description: 'Partner' }]);
  // Nothing the programme does not say.
  for (const key of ['location', 'url', 'eventStatus', 'eventAttendanceMode', 'sponsor', 'offers']) {
    assert.equal(key in ld, false, key);
  }
});

test('one subEvent per item that is not a pause, with performers', () => {
  const p = makeProgramme();
  const ld = toJsonLd(p);
  assert.deepEqual(
    ld.subEvent.map((e) => e.name),
    ['Welcome', 'Collective action in the digital era', 'Q&A; costs, benefits \\ trade-offs', 'Roundtable'],
  );
  const talk = ld.subEvent[1];
  assert.deepEqual(talk, {
    '@type': 'Event',
    name: 'Collective action in the digital era',
    disambiguatingDescription: 'Three experiences',
    description: 'Why it matters.\n\n- Needs\n- Resources',
    startDate: '2016-07-08T09:00:00+02:00',
    endDate: '2016-07-08T10:30:00+02:00',
    inLanguage: 'fr',
    location: { '@type': 'Place', name: 'Main hall' },
    performer: [
      {
        '@type': 'Person',
        name: 'Ada Lovelace',
        jobTitle: 'Analyst',
        affiliation: { '@type': 'Organization', name: 'Analytical Society', url: 'https://example.org/society' },
        image: 'https://example.org/ada.jpg',
        sameAs: ['https://example.org/ada'],
      },
      { '@type': 'Person', name: 'César García Arnal' },
    ],
    keywords: 'labour, platforms',
  });
  // An open end gives no endDate.
  const roundtable = ld.subEvent[3];
  assert.equal(roundtable.startDate, '2016-07-08T16:00:00+02:00');
  assert.equal('endDate' in roundtable, false);
  // A speaker listed twice in an item is one performer.
  p.items[1].speakers.push({ speaker: p.items[1].speakers[0].speaker, role: 'discussant' });
  assert.equal(toJsonLd(p).subEvent[1].performer.length, 2);
});

test('texts in the requested language, with fallbacks', () => {
  const p = makeProgramme();
  const fr = toJsonLd(p, { lang: 'fr' });
  assert.equal(fr.name, 'Faire collectif à l’heure du numérique');
  assert.equal(fr.subEvent[0].name, 'Accueil');
  assert.equal(fr.subEvent[1].performer[0].jobTitle, 'Analyste');
  assert.equal(fr.organizer[0].description, 'Organisateur');
  assert.ok(fr.subEvent[1].description.startsWith("À l'heure du numérique"));
  assert.equal(toJsonLd(p, { lang: 'fr-BE' }).subEvent[0].name, 'Accueil');
  assert.equal(toJsonLd(p, { lang: 'de' }).subEvent[0].name, 'Welcome');
  p.event.defaultLanguage = 'fr';
  assert.equal(toJsonLd(p).name, 'Faire collectif à l’heure du numérique');
  p.event.languages = ['fr'];
  assert.equal(toJsonLd(p).inLanguage, 'fr');
  p.event.languages = [];
  assert.equal('inLanguage' in toJsonLd(p), false);
});

test('offsets follow the zone across a DST change (Europe/Paris, 2016-03-27)', () => {
  const p = makeProgramme();
  p.event.timeZone = 'Europe/Paris';
  const night = [
    ['early', utc('2016-03-27T00:30'), utc('2016-03-27T00:59')], // 01:30–01:59 CET
    ['late', utc('2016-03-27T01:00'), utc('2016-03-27T02:00')], // 03:00–04:00 CEST
  ];
  p.items = night.map(([id, start, end]) => ({ ...p.items[0], id, start, end, day: '2016-03-27' }));
  p.event.start = night[0][1];
  p.event.end = night[1][2];
  const ld = toJsonLd(p);
  assert.equal(ld.startDate, '2016-03-27T01:30:00+01:00');
  assert.equal(ld.endDate, '2016-03-27T04:00:00+02:00');
  assert.deepEqual(
    ld.subEvent.map((e) => [e.startDate, e.endDate]),
    [
      ['2016-03-27T01:30:00+01:00', '2016-03-27T01:59:00+01:00'],
      ['2016-03-27T03:00:00+02:00', '2016-03-27T04:00:00+02:00'],
    ],
  );
  // Each string denotes the programme's instant.
  for (const [i, [, start, end]] of night.entries()) {
    assert.equal(Date.parse(ld.subEvent[i].startDate), start);
    assert.equal(Date.parse(ld.subEvent[i].endDate), end);
  }
});

test('zonedIsoDateTime: offsets of various zones, from Intl', () => {
  const cases = [
    ['2016-10-30T00:30', 'Europe/Paris', '2016-10-30T02:30:00+02:00'], // before the fall-back
    ['2016-10-30T01:30', 'Europe/Paris', '2016-10-30T02:30:00+01:00'], // the same wall time, after it
    ['2016-07-08T12:00', 'UTC', '2016-07-08T12:00:00+00:00'],
    ['2016-07-08T12:00', 'America/St_Johns', '2016-07-08T09:30:00-02:30'],
    ['2016-01-08T12:00', 'America/St_Johns', '2016-01-08T08:30:00-03:30'],
    ['2016-07-08T20:00', 'Asia/Kolkata', '2016-07-09T01:30:00+05:30'],
    ['2016-12-31T23:59', 'Pacific/Kiritimati', '2017-01-01T13:59:00+14:00'],
    ['2016-01-01T00:00', 'Australia/Sydney', '2016-01-01T11:00:00+11:00'],
  ];
  for (const [instant, zone, expected] of cases) {
    const got = zonedIsoDateTime(utc(instant), zone);
    assert.equal(got, expected, `${instant}Z in ${zone}`);
    assert.equal(Date.parse(got), utc(instant));
  }
  assert.equal(zonedIsoDateTime(utc('2016-07-08T12:00') + 59_999, 'UTC'), '2016-07-08T12:00:59+00:00');
});

test('location is a Place only when the programme gives a venue', () => {
  const p = makeProgramme();
  p.event.location = {
    name: { en: 'France Stratégie', fr: 'France Stratégie' },
    address: '20 avenue de Ségur\n75007 Paris',
    url: 'https://example.org/map',
  };
  assert.deepEqual(toJsonLd(p).location, {
    '@type': 'Place',
    name: 'France Stratégie',
    address: '20 avenue de Ségur, 75007 Paris',
    url: 'https://example.org/map',
  });
  p.event.location = { name: 'Online' };
  assert.deepEqual(toJsonLd(p).location, { '@type': 'Place', name: 'Online' });
});

test('url option: item fragments and the event url', () => {
  const p = makeProgramme();
  const ld = toJsonLd(p, { url: 'https://example.org/seminar?lang=fr#top' });
  assert.equal(ld.url, 'https://example.org/seminar?lang=fr');
  assert.equal(ld.subEvent[0].url, 'https://example.org/seminar?lang=fr#item-welcome');
  assert.equal(ld.subEvent[2].url, 'https://example.org/seminar?lang=fr#item-q.and-a_1');
  p.event.url = 'https://example.org/event';
  assert.equal(toJsonLd(p, { url: 'https://example.org/page' }).url, 'https://example.org/event');
  const unsafe = toJsonLd(makeProgramme(), { url: 'javascript:alert(1)' });
  assert.equal('url' in unsafe, false);
  assert.equal('url' in unsafe.subEvent[0], false);
});

test('output is plain JSON: serialisable, no undefined, no HTML', () => {
  for (const lang of ['en', 'fr']) {
    const ld = toJsonLd(makeProgramme(), { lang, url: 'https://example.org/p' });
    const json = JSON.stringify(ld);
    assert.deepEqual(JSON.parse(json), ld);
    assert.doesNotMatch(json, /<\/?[a-z!][^>]*>/i);
    assert.doesNotMatch(json, /&(amp|lt|gt|quot|#\d+);/);
    const walk = (value) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value && typeof value === 'object') {
        assert.equal(Object.getPrototypeOf(value), Object.prototype);
        for (const v of Object.values(value)) {
          assert.notEqual(v, undefined);
          walk(v);
        }
      } else {
        assert.ok(['string', 'number', 'boolean'].includes(typeof value), typeof value);
      }
    };
    walk(ld);
  }
});

const modelEntry = new URL('../../dist/model.js', import.meta.url);
const parser = new URL('../../dist/model/parse.js', import.meta.url);
const example = new URL('../../examples/digital-era-seminar.json', import.meta.url);
test(
  'the example programme',
  { skip: existsSync(parser) && existsSync(example) ? false : 'dist/model/parse.js (parseProgramme) or the example does not exist yet' },
  async () => {
    const { parseProgramme } = await import(modelEntry);
    const { readFile } = await import('node:fs/promises');
    const programme = parseProgramme(JSON.parse(await readFile(example, 'utf8')));
    const ld = toJsonLd(programme, { lang: 'fr' });
    assert.equal(ld.startDate, '2016-07-08T08:45:00+02:00');
    assert.equal(ld.subEvent.length, programme.items.filter((i) => !i.pause).length);
    assert.equal('location' in ld, false);
    assert.doesNotMatch(JSON.stringify(ld), /<\/?[a-z][^>]*>/i);
  },
);

test('a cancelled item is an EventCancelled, a moved one an EventRescheduled; others say nothing', () => {
  const p = makeProgramme();
  p.items[1].status = 'cancelled';
  p.items[3].status = 'moved';
  p.items[4].status = 'tentative';
  const ld = toJsonLd(p);
  assert.equal(ld.subEvent[0].eventStatus, undefined);
  assert.equal(ld.subEvent[1].eventStatus, 'https://schema.org/EventCancelled');
  assert.equal(ld.subEvent[2].eventStatus, 'https://schema.org/EventRescheduled');
  assert.equal(ld.subEvent[3].eventStatus, undefined);
});
