// "Add to calendar" links (Google Calendar, Outlook.com, Office 365) and
// subscription links: the times in the URLs, checked in UTC across zones and
// daylight saving changes; the same texts as the .ics; safe, bounded URLs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarLink, subscribeLinks, MAX_LINK_DESCRIPTION } from '../../dist/model/calendar-links.js';
import { parseProgramme, toICalendar } from '../../dist/model.js';

function programme(timeZone, days, items, extra = {}) {
  return parseProgramme({
    version: 1,
    event: { title: { en: 'Seminar', fr: 'Séminaire' }, timeZone, days, location: { name: 'Hall', address: '1 rue X\nParis' }, ...extra },
    rooms: [{ id: 'a', name: { en: 'Room A', fr: 'Salle A' } }],
    speakers: [{ id: 'ada', name: 'Ada Lovelace', organisation: { name: 'Analytical Society' } }],
    items,
  });
}

const query = (url) => Object.fromEntries(new URL(url).searchParams);

test('Google Calendar: a template with UTC times, title, details and location', () => {
  const p = programme('Europe/Paris', ['2016-07-08'], [
    { id: 'talk', type: 'talk', start: '09:15', end: '10:00', room: 'a', title: { en: 'Engines', fr: 'Machines' }, speakers: [{ id: 'ada', role: 'moderator' }], description: 'About engines.' },
  ]);
  const url = calendarLink('google', p, p.items[0], { lang: 'fr', url: 'https://example.org/seminar#item-talk' });
  assert.ok(url.startsWith('https://calendar.google.com/calendar/render?'));
  const q = query(url);
  assert.equal(q.action, 'TEMPLATE');
  assert.equal(q.text, 'Machines');
  // 09:15–10:00 in Paris in July (UTC+2).
  assert.equal(q.dates, '20160708T071500Z/20160708T080000Z');
  assert.equal(q.location, 'Salle A, Hall, 1 rue X, Paris');
  assert.equal(q.details, '- Ada Lovelace, Analytical Society (modération)\n\nAbout engines.\n\nhttps://example.org/seminar#item-talk');
});

test('Outlook.com and Office 365: compose links with ISO UTC times', () => {
  const p = programme('America/Toronto', ['2016-07-08'], [{ id: 'talk', type: 'talk', start: '09:15', end: '10:00', title: 'Engines' }]);
  for (const [service, host] of [['outlook', 'outlook.live.com'], ['office365', 'outlook.office.com']]) {
    const url = new URL(calendarLink(service, p, p.items[0]));
    assert.equal(url.host, host);
    assert.equal(url.pathname, '/calendar/0/action/compose');
    const q = Object.fromEntries(url.searchParams);
    assert.equal(q.rru, 'addevent');
    assert.equal(q.subject, 'Engines');
    // Toronto in July is UTC−4.
    assert.equal(q.startdt, '2016-07-08T13:15:00Z');
    assert.equal(q.enddt, '2016-07-08T14:00:00Z');
  }
});

test('times across daylight saving changes and odd offsets are the programme instants', () => {
  // Paris, 27 March 2016: clocks go from 02:00 to 03:00. An item from 01:30 to 03:30 lasts one hour.
  const spring = programme('Europe/Paris', ['2016-03-27'], [{ id: 'night', type: 'talk', start: '01:30', end: '03:30', title: 'Night' }]);
  assert.equal(query(calendarLink('google', spring, spring.items[0])).dates, '20160327T003000Z/20160327T013000Z');
  // 30 October 2016: clocks go back; 01:30–03:30 lasts three hours.
  const autumn = programme('Europe/Paris', ['2016-10-30'], [{ id: 'night', type: 'talk', start: '01:30', end: '03:30', title: 'Night' }]);
  const q = query(calendarLink('outlook', autumn, autumn.items[0]));
  assert.equal(q.startdt, '2016-10-29T23:30:00Z');
  assert.equal(q.enddt, '2016-10-30T02:30:00Z');
  // Kathmandu (UTC+05:45), an item past midnight, given with a duration.
  const kathmandu = programme('Asia/Kathmandu', ['2030-10-29'], [{ id: 'late', type: 'talk', start: '23:30', duration: 'PT1H', title: 'Late' }]);
  assert.equal(query(calendarLink('google', kathmandu, kathmandu.items[0])).dates, '20301029T174500Z/20301029T184500Z');
  // Every link equals the .ics DTSTART/DTEND of the same item.
  for (const p of [spring, autumn, kathmandu]) {
    const ics = toICalendar(p, { now: 0 });
    const [start, end] = query(calendarLink('google', p, p.items[0])).dates.split('/');
    assert.ok(ics.includes(`DTSTART:${start}`) && ics.includes(`DTEND:${end}`), ics);
  }
});

test('an open end gives the same start and end; a long description is cut, and the page kept', () => {
  const long = 'x'.repeat(5000);
  const p = programme('Europe/Paris', ['2016-07-08'], [
    { id: 'a', type: 'talk', start: '09:00', end: '10:00', title: 'A', description: long },
    { id: 'b', type: 'talk', start: '10:00', title: 'B' },
  ]);
  assert.equal(p.items[1].openEnd, true);
  assert.equal(query(calendarLink('google', p, p.items[1])).dates, '20160708T080000Z/20160708T080000Z');
  const details = query(calendarLink('google', p, p.items[0], { url: 'https://example.org/#item-a' })).details;
  assert.ok(details.length <= MAX_LINK_DESCRIPTION + 40, String(details.length));
  assert.ok(details.endsWith('…\n\nhttps://example.org/#item-a'));
  assert.ok(calendarLink('office365', p, p.items[0]).length < 4000);
});

test('texts are encoded, never break out of the query', () => {
  const p = programme('Europe/Paris', ['2016-07-08'], [{ id: 'a', type: 'talk', start: '09:00', end: '10:00', title: 'Q&A #1 / 100% = ok?' }]);
  const url = calendarLink('google', p, p.items[0]);
  assert.equal(query(url).text, 'Q&A #1 / 100% = ok?');
  assert.equal(new URL(url).hash, '');
});

test('subscription links: Google (cid=webcal:), Outlook.com and Office 365 (addfromweb), webcal:', () => {
  const links = subscribeLinks('https://example.org/seminar/programme.ics', 'Séminaire');
  assert.equal(links.webcal, 'webcal://example.org/seminar/programme.ics');
  assert.equal(query(links.google).cid, 'webcal://example.org/seminar/programme.ics');
  assert.ok(links.google.startsWith('https://calendar.google.com/calendar/render?'));
  for (const [service, host] of [['outlook', 'outlook.live.com'], ['office365', 'outlook.office.com']]) {
    const url = new URL(links[service]);
    assert.equal(url.host, host);
    assert.equal(url.pathname, '/calendar/0/addfromweb');
    assert.equal(url.searchParams.get('url'), 'https://example.org/seminar/programme.ics');
    assert.equal(url.searchParams.get('name'), 'Séminaire');
  }
});
