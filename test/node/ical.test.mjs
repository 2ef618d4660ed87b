// iCalendar export: the output is parsed back with ical.js and checked field
// by field, plus the wire format (CRLF, folding at 75 octets, TEXT escaping).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import ICAL from 'ical.js';
import { toICalendar } from '../../dist/model/ical.js';
import { LONG_FR_DESCRIPTION, makeProgramme, utc } from './programme-fixture.mjs';

const NOW = utc('2016-06-01T12:00');

function parse(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (ics) => ics.replace(/\r\n[ \t]/g, '');

test('a VCALENDAR with one VEVENT per item', () => {
  const p = makeProgramme();
  const ics = toICalendar(p, { now: NOW });
  const { calendar, events } = parse(ics);
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('prodid'), '-//seminar-widgets//Programme//EN');
  assert.equal(calendar.getFirstPropertyValue('calscale'), 'GREGORIAN');
  assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Building collective action');
  assert.equal(events.length, p.items.length);
  assert.deepEqual(
    events.map((e) => e.uid),
    p.items.map((i) => `${i.id}@faire-collectif-2016`),
  );
  for (const e of events) {
    assert.equal(e.component.getFirstPropertyValue('dtstamp').toJSDate().getTime(), NOW);
  }
  assert.match(ics, /\r\nDTSTAMP:20160601T120000Z\r\n/);
});

test('times are UTC and equal the programme instants', () => {
  const p = makeProgramme();
  const ics = toICalendar(p, { now: NOW });
  const { byUid } = parse(ics);
  for (const item of p.items) {
    const e = byUid.get(`${item.id}@faire-collectif-2016`);
    assert.equal(e.startDate.zone, ICAL.Timezone.utcTimezone);
    assert.equal(e.endDate.zone, ICAL.Timezone.utcTimezone);
    assert.equal(e.startDate.toJSDate().getTime(), item.start, item.id);
    assert.equal(e.endDate.toJSDate().getTime(), item.end, item.id);
  }
  assert.match(ics, /\r\nDTSTART:20160708T070000Z\r\nDTEND:20160708T083000Z\r\n/);
});

test('an item with an open end has DTSTART and no DTEND', () => {
  const ics = toICalendar(makeProgramme(), { now: NOW, items: ['roundtable'] });
  const vevent = unfold(ics).split('BEGIN:VEVENT')[1];
  assert.match(vevent, /DTSTART:20160708T140000Z/);
  assert.doesNotMatch(vevent, /DTEND|DURATION/);
  const [e] = parse(ics).events;
  // RFC 5545 §3.6.1: without DTEND a date-time event ends when it starts.
  assert.equal(e.endDate.toJSDate().getTime(), utc('2016-07-08T14:00'));
});

test('summary, description, location and categories in English and French', () => {
  const p = makeProgramme();
  const en = parse(toICalendar(p, { now: NOW })).byUid.get('talk@faire-collectif-2016');
  assert.equal(en.summary, 'Collective action in the digital era');
  assert.equal(
    en.description,
    'Three experiences\n\n' +
      '- Ada Lovelace, Analytical Society: Engines\n' +
      '- César García Arnal (moderator)\n\n' +
      'Why it matters.\n\n- Needs\n- Resources\n\n' +
      'Slides: https://example.org/slides.pdf',
  );
  assert.equal(en.location, 'Main hall');
  assert.deepEqual(en.component.getFirstProperty('categories').getValues(), [
    'talk',
    'Work',
    'labour',
    'platforms',
  ]);

  const frIcs = toICalendar(p, { now: NOW, lang: 'fr' });
  const { calendar, byUid } = parse(frIcs);
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Faire collectif à l’heure du numérique');
  const fr = byUid.get('talk@faire-collectif-2016');
  assert.equal(fr.summary, "L'action collective à l'heure du numérique");
  assert.ok(fr.description.startsWith('Trois expériences\n\n- Ada Lovelace, Analytical Society: Machines\n'));
  assert.ok(fr.description.includes('- César García Arnal (modération)\n'));
  assert.equal(fr.location, 'Grande salle');
  assert.equal(byUid.get('welcome@faire-collectif-2016').summary, 'Accueil');
  // A plain-string title is in the default language whatever `lang` is.
  assert.equal(byUid.get('q.and-a_1@faire-collectif-2016').summary, 'Q&A; costs, benefits \\ trade-offs');
  // fr-CA falls back to fr; an absent language falls back to the default (en).
  assert.equal(parse(toICalendar(p, { now: NOW, lang: 'fr-CA' })).byUid.get('welcome@faire-collectif-2016').summary, 'Accueil');
  assert.equal(parse(toICalendar(p, { now: NOW, lang: 'de' })).byUid.get('welcome@faire-collectif-2016').summary, 'Welcome');
});

test('LOCATION combines room and venue; no DESCRIPTION or LOCATION when there is nothing to say', () => {
  const p = makeProgramme();
  p.event.location = { name: 'France Stratégie', address: '20 avenue de Ségur\n75007 Paris' };
  const { byUid } = parse(toICalendar(p, { now: NOW }));
  assert.equal(byUid.get('talk@faire-collectif-2016').location, 'Main hall, France Stratégie, 20 avenue de Ségur, 75007 Paris');
  assert.equal(byUid.get('welcome@faire-collectif-2016').location, 'France Stratégie, 20 avenue de Ségur, 75007 Paris');
  const bare = parse(toICalendar(makeProgramme(), { now: NOW })).byUid.get('welcome@faire-collectif-2016');
  assert.equal(bare.description, null);
  assert.equal(bare.location, null);
});

test('CRLF line endings everywhere, and a final CRLF', () => {
  const ics = toICalendar(makeProgramme(), { now: NOW, lang: 'fr' });
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  const withoutCrlf = ics.replace(/\r\n/g, '');
  assert.doesNotMatch(withoutCrlf, /[\r\n]/);
});

test('lines are folded at 75 octets without breaking UTF-8 characters', () => {
  const ics = toICalendar(makeProgramme(), { now: NOW, lang: 'fr' });
  const bytes = Buffer.from(ics, 'utf8');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let lines = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      assert.ok(line.length <= 75, `line of ${line.length} octets: ${line}`);
      decoder.decode(line); // throws if a multi-byte sequence was cut
      start = i + 2;
      lines++;
    }
  }
  assert.equal(start, bytes.length);
  // The French description needed folding, and unfolds back to the original text.
  const physical = ics.split('\r\n');
  assert.ok(physical.filter((l) => l.startsWith(' ')).length >= 5, 'expected continuation lines');
  assert.ok(lines > 0);
  const description = parse(ics).byUid.get('talk@faire-collectif-2016').description;
  assert.ok(description.includes(LONG_FR_DESCRIPTION), description);
  // Grapheme clusters (emoji with skin tone or ZWJ) are not split across lines.
  for (const emoji of ['🤝🏽', '👩‍💻']) {
    assert.ok(physical.some((l) => l.includes(emoji)), `${emoji} split across lines`);
  }
});

test('folding keeps a line of exactly 75 octets whole and splits a 76th', () => {
  const p = makeProgramme();
  p.items[0].title = 'x'.repeat(75 - 'SUMMARY:'.length);
  let ics = toICalendar(p, { now: NOW, items: ['welcome'] });
  assert.ok(ics.includes(`\r\nSUMMARY:${'x'.repeat(67)}\r\nCATEGORIES`));
  p.items[0].title = 'é'.repeat(40); // 8 + 80 octets: 33 é on the first line, 7 on the next
  ics = toICalendar(p, { now: NOW, items: ['welcome'] });
  assert.ok(ics.includes(`\r\nSUMMARY:${'é'.repeat(33)}\r\n ${'é'.repeat(7)}\r\n`), ics);
  // A single grapheme longer than a line (a letter with 40 combining accents,
  // 81 octets) has to be split, between code points.
  p.items[0].title = `Z${'\u0301'.repeat(40)}!`;
  ics = toICalendar(p, { now: NOW, items: ['welcome'] });
  assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), ics);
  assert.equal(parse(ics).events[0].summary, p.items[0].title);
});

test('TEXT escaping of backslash, semicolon, comma and newlines round-trips', () => {
  const p = makeProgramme();
  const tricky = p.items.find((i) => i.id === 'q.and-a_1');
  tricky.title = 'Q&A; costs, benefits \\ trade-offs\nsecond line';
  tricky.description = 'Para one; with, commas \\ and backslash\n\n- bullet; one\n- bullet, two';
  tricky.tags = ['a,b', 'c;d'];
  const ics = toICalendar(p, { now: NOW });
  const raw = unfold(ics);
  assert.ok(raw.includes('SUMMARY:Q&A\\; costs\\, benefits \\\\ trade-offs\\nsecond line\r\n'), raw);
  assert.ok(raw.includes('CATEGORIES:debate,a\\,b,c\\;d\r\n'), raw);
  const e = parse(ics).byUid.get('q.and-a_1@faire-collectif-2016');
  assert.equal(e.summary, tricky.title);
  assert.equal(e.description, tricky.description);
  assert.deepEqual(e.component.getFirstProperty('categories').getValues(), ['debate', 'a,b', 'c;d']);
  // Control characters other than tab cannot appear in TEXT and are dropped.
  tricky.title = 'bell\u0007 tab\t';
  assert.equal(parse(toICalendar(p, { now: NOW })).byUid.get('q.and-a_1@faire-collectif-2016').summary, 'bell tab\t');
});

test('items selects a subset, in programme order', () => {
  const p = makeProgramme();
  const { events } = parse(toICalendar(p, { now: NOW, items: ['talk', 'welcome', 'talk'] }));
  assert.deepEqual(
    events.map((e) => e.uid),
    ['welcome@faire-collectif-2016', 'talk@faire-collectif-2016'],
  );
  const none = toICalendar(p, { now: NOW, items: [] });
  assert.equal(parse(none).events.length, 0);
  assert.match(none, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
});

test('an unknown item id throws a RangeError naming it', () => {
  const p = makeProgramme();
  assert.throws(
    () => toICalendar(p, { items: ['talk', 'no-such-item'] }),
    (error) => error instanceof RangeError && error.message.includes('"no-such-item"'),
  );
  assert.throws(
    () => toICalendar(p, { items: ['x', 'y'] }),
    (error) => error instanceof RangeError && /"x", "y"/.test(error.message),
  );
  assert.throws(() => toICalendar(p, { now: Number.NaN }), RangeError);
});

test('UIDs are unique and stable across calls, languages and selections', () => {
  const p = makeProgramme();
  const uids = (options) => parse(toICalendar(p, options)).events.map((e) => e.uid);
  const first = uids({ now: NOW });
  assert.equal(new Set(first).size, first.length);
  assert.deepEqual(uids({ now: NOW + 86_400_000 }), first);
  assert.deepEqual(uids({ lang: 'fr' }), first);
  assert.deepEqual(uids({ items: ['break'] }), ['break@faire-collectif-2016']);
  // Without an event id, the domain is a slug of the title in the default language.
  delete p.event.id;
  p.event.title = { fr: 'Séminaire « Faire collectif » 2016', en: 'Collective Action: Seminar (2016)!' };
  p.event.defaultLanguage = 'fr';
  const slugged = uids({ lang: 'en' });
  assert.equal(slugged[0], 'welcome@seminaire-faire-collectif-2016');
  assert.deepEqual(uids({ lang: 'fr' }), slugged);
  p.event.title = '日本語';
  assert.equal(uids({})[0], 'welcome@programme');
});

test('URL from options.url when it is a safe URL; PRODID option', () => {
  const p = makeProgramme();
  const ics = toICalendar(p, {
    now: NOW,
    prodId: '-//Example//Agenda 1.0//FR',
    url: (item) =>
      item.id === 'break' ? undefined : item.id === 'talk' ? 'javascript:alert(1)' : `https://example.org/programme#item-${item.id}`,
  });
  const { calendar, byUid } = parse(ics);
  assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Example//Agenda 1.0//FR');
  assert.equal(
    byUid.get('welcome@faire-collectif-2016').component.getFirstPropertyValue('url'),
    'https://example.org/programme#item-welcome',
  );
  assert.equal(byUid.get('break@faire-collectif-2016').component.getFirstPropertyValue('url'), null);
  assert.equal(byUid.get('talk@faire-collectif-2016').component.getFirstPropertyValue('url'), null);
});

test('STATUS follows the item status: cancelled items are kept as CANCELLED; SEQUENCE is 0 unless given', () => {
  const p = makeProgramme();
  p.items[0].status = 'cancelled';
  p.items[1].status = 'tentative';
  p.items[2].status = 'moved';
  const { byUid } = parse(toICalendar(p, { now: NOW }));
  const status = (id) => byUid.get(`${id}@faire-collectif-2016`).component.getFirstPropertyValue('status');
  assert.equal(status('welcome'), 'CANCELLED');
  assert.equal(status('talk'), 'TENTATIVE');
  assert.equal(status('break'), 'CONFIRMED');
  assert.equal(status('roundtable'), 'CONFIRMED');
  assert.equal(byUid.get('talk@faire-collectif-2016').sequence, 0);
  const sequenced = parse(toICalendar(p, { now: NOW, sequence: (item) => (item.id === 'talk' ? 7 : 0) })).byUid;
  assert.equal(sequenced.get('talk@faire-collectif-2016').sequence, 7);
  assert.equal(sequenced.get('welcome@faire-collectif-2016').sequence, 0);
  assert.throws(() => toICalendar(p, { sequence: () => -1 }), RangeError);
  assert.throws(() => toICalendar(p, { sequence: () => 1.5 }), RangeError);
  const stamped = parse(toICalendar(p, { now: NOW, stamp: (item) => (item.id === 'talk' ? utc('2016-05-01T08:00') : undefined) })).byUid;
  assert.equal(stamped.get('talk@faire-collectif-2016').component.getFirstPropertyValue('dtstamp').toJSDate().getTime(), utc('2016-05-01T08:00'));
  assert.equal(stamped.get('welcome@faire-collectif-2016').component.getFirstPropertyValue('dtstamp').toJSDate().getTime(), NOW);
});

test('DTSTAMP defaults to the current time', () => {
  const before = Math.floor(Date.now() / 1000) * 1000;
  const [e] = parse(toICalendar(makeProgramme(), { items: ['welcome'] })).events;
  const stamp = e.component.getFirstPropertyValue('dtstamp').toJSDate().getTime();
  assert.ok(stamp >= before && stamp <= Date.now(), String(stamp));
});

const modelEntry = new URL('../../dist/model.js', import.meta.url);
const parser = new URL('../../dist/model/parse.js', import.meta.url);
const example = new URL('../../examples/digital-era-seminar.json', import.meta.url);
test(
  'the example programme exports one event per item',
  { skip: existsSync(parser) && existsSync(example) ? false : 'dist/model/parse.js (parseProgramme) or the example does not exist yet' },
  async () => {
    const { parseProgramme } = await import(modelEntry);
    const { readFile } = await import('node:fs/promises');
    const programme = parseProgramme(JSON.parse(await readFile(example, 'utf8')));
    const ics = toICalendar(programme, { now: NOW, lang: 'fr' });
    const { events } = parse(ics);
    assert.equal(events.length, programme.items.length);
    assert.equal(events[0].startDate.toJSDate().getTime(), programme.items[0].start);
    assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75));
  },
);

test('previous: an unchanged calendar is written again byte for byte; a changed event gets SEQUENCE + 1 and a new DTSTAMP', () => {
  const first = toICalendar(makeProgramme(), { now: NOW });
  const later = NOW + 86_400_000;
  assert.equal(toICalendar(makeProgramme(), { now: later, previous: first }), first);
  const p = makeProgramme();
  p.items[1].start += 30 * 60_000;
  p.items[2].status = 'cancelled';
  const second = toICalendar(p, { now: later, previous: first });
  const { byUid } = parse(second);
  const event = (id) => byUid.get(`${id}@faire-collectif-2016`);
  assert.equal(event('talk').sequence, 1);
  assert.equal(event('break').sequence, 1);
  assert.equal(event('break').component.getFirstPropertyValue('status'), 'CANCELLED');
  assert.equal(event('talk').component.getFirstPropertyValue('dtstamp').toJSDate().getTime(), later);
  assert.equal(event('welcome').sequence, 0);
  assert.equal(event('welcome').component.getFirstPropertyValue('dtstamp').toJSDate().getTime(), NOW);
  // Folded lines of the previous file are read whole; a third version goes on counting.
  p.items[1].title = { en: 'x'.repeat(200), fr: 'y' };
  const third = parse(toICalendar(p, { now: later + 1000, previous: second })).byUid;
  assert.equal(third.get('talk@faire-collectif-2016').sequence, 2);
  assert.equal(third.get('break@faire-collectif-2016').sequence, 1);
  // A new item starts at 0; `sequence` given explicitly wins.
  p.items.push({ ...p.items[0], id: 'new-one', start: p.items[0].start + 1 });
  assert.equal(parse(toICalendar(p, { now: later, previous: second })).byUid.get('new-one@faire-collectif-2016').sequence, 0);
  assert.equal(parse(toICalendar(p, { now: later, previous: second, sequence: () => 9 })).byUid.get('talk@faire-collectif-2016').sequence, 9);
  // Garbage as the previous file is no previous file.
  assert.equal(parse(toICalendar(makeProgramme(), { now: NOW, previous: 'not a calendar' })).byUid.get('talk@faire-collectif-2016').sequence, 0);
});
