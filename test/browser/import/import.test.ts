import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-list.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SpeakerList } from '../../../src/components/speaker-list/speaker-list.js';
import type { SeminarErrorDetail, SeminarLoadDetail } from '../../../src/internal/programme-controller.js';
import { largeFrabSchedule } from '../../fixtures/schedules/large-frab.mjs';
import { SEED, $$ } from '../helpers.js';

const FIXTURES = '/test/fixtures/schedules/';
const DEMOCON = `${FIXTURES}voc-schedule_pretalx-democon.json`;
const FOSDEM = `${FIXTURES}mttcrsp-fosdem_FOSDEM-2010.xml`;
const RC3 = `${FIXTURES}voc-schedule_pretalx-rc3.json`;

const items = (el: Element) => $$(el, '[part~="item"]');
/** Importer modules this page has fetched (the dev server serves each source module on its own). */
const importerRequests = () =>
  performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/model/import/'));

async function loaded(template: ReturnType<typeof html>): Promise<{ el: SeminarAgenda; detail: SeminarLoadDetail }> {
  const parent = document.createElement('div');
  const load = oneEvent(parent, 'seminar-load');
  const el = await fixture<SeminarAgenda>(template, { parentNode: parent });
  const { detail } = (await load) as CustomEvent<SeminarLoadDetail>;
  await el.updateComplete;
  return { el, detail };
}

describe('importing in the elements', () => {
  it('a page with programme JSON loads no importer code', async () => {
    const { el } = await loaded(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    expect(items(el).length).to.be.greaterThan(0);
    expect(importerRequests()).to.deep.equal([]);
  });

  it('renders a pretalx export from src: every event, axe clean', async () => {
    const source = (await (await fetch(DEMOCON)).json()) as { schedule: { conference: { days: { rooms: Record<string, unknown[]> }[] } } };
    const count = source.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat()).length;
    const { el, detail } = await loaded(html`<seminar-agenda src=${DEMOCON} now="2020-12-01T00:00:00Z"></seminar-agenda>`);
    expect(count).to.equal(36);
    expect(items(el).length).to.equal(count);
    expect(detail.programme.event.title).to.equal('DemoCon');
    expect(detail.programme.warnings.some((w) => w.code === 'not-imported' && w.path.endsWith('/do_not_record'))).to.equal(true);
    // Only the JSON importers were loaded, not the XML one.
    expect(importerRequests().some((name) => name.includes('/json.'))).to.equal(true);
    expect(importerRequests().some((name) => name.includes('pentabarf') || name.includes('/xml.'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('renders FOSDEM XML through the browser DOMParser, in the zone of the time-zone attribute', async function () {
    this.timeout(60_000);
    const { el, detail } = await loaded(html`<seminar-agenda src=${FOSDEM} time-zone="Europe/Brussels" no-structured-data></seminar-agenda>`);
    expect(items(el).length).to.equal(301);
    expect(detail.programme.event.timeZone).to.equal('Europe/Brussels');
    const welcome = el.shadowRoot!.querySelector('#item-284 time')!;
    // 10:00 in Brussels (CET) on 6 February 2010.
    expect(welcome.getAttribute('datetime')).to.equal('2010-02-06T09:00:00.000Z');
    expect(detail.programme.warnings.filter((w) => w.code === 'assumed-time-zone')).to.have.length(1);
    expect(importerRequests().some((name) => name.includes('pentabarf-xml'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a zone-less source without a zone attribute: UTC; setting time-zone re-imports it', async () => {
    const { el, detail } = await loaded(html`<seminar-agenda src=${RC3}></seminar-agenda>`);
    expect(detail.programme.event.timeZone).to.equal('UTC');
    expect(items(el).length).to.equal(48);
    const again = oneEvent(el, 'seminar-load');
    el.timeZone = 'Europe/Berlin';
    const { detail: reloaded } = (await again) as CustomEvent<SeminarLoadDetail>;
    expect(reloaded.programme.event.timeZone).to.equal('Europe/Berlin');
    expect(reloaded.programme.items.map((i) => i.start)).to.deep.equal(detail.programme.items.map((i) => i.start));
  });

  it('switching between the event zone and local time does not reload', async () => {
    const { el } = await loaded(html`<seminar-agenda src=${RC3}></seminar-agenda>`);
    let loads = 0;
    el.addEventListener('seminar-load', () => loads++);
    el.timeZone = 'local';
    await el.updateComplete;
    el.timeZone = 'event';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).to.equal(0);
  });

  it('an export that cannot be imported is an invalid programme, with paths into the source', async () => {
    const parent = document.createElement('div');
    const failed = oneEvent(parent, 'seminar-error');
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda .programme=${'<schedule><conference>'}></seminar-agenda>`, { parentNode: parent });
    const { detail } = (await failed) as CustomEvent<SeminarErrorDetail>;
    expect(detail.kind).to.equal('invalid');
    expect(detail.errors.map((e) => e.code)).to.deep.equal(['invalid-xml']);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'));
    await expect(el).to.be.accessible();

    const broken = { schedule: { conference: { title: 'X', days: [{ date: '2020-01-01', rooms: { A: [{ id: 1 }] } }] } } };
    const again = oneEvent(el, 'seminar-error');
    el.programme = broken;
    const { detail: second } = (await again) as CustomEvent<SeminarErrorDetail>;
    expect(second.errors.map((e) => [e.code, e.path])).to.deep.equal([
      ['missing-field', '/schedule/conference/days/0/rooms/A/0/title'],
      ['missing-field', '/schedule/conference/days/0/rooms/A/0/start'],
    ]);
  });

  it('source-format="native" refuses an export; an explicit format is used', async () => {
    const parent = document.createElement('div');
    const failed = oneEvent(parent, 'seminar-error');
    await fixture(html`<seminar-agenda src=${DEMOCON} source-format="native"></seminar-agenda>`, { parentNode: parent });
    const { detail } = (await failed) as CustomEvent<SeminarErrorDetail>;
    expect(detail.kind).to.equal('invalid');
    expect(detail.errors.some((e) => e.path === '/version')).to.equal(true);

    const { el } = await loaded(html`<seminar-agenda src=${DEMOCON} source-format="frab-json"></seminar-agenda>`);
    expect(items(el).length).to.equal(36);
    const unknown = oneEvent(el, 'seminar-error');
    el.sourceFormat = 'ical';
    const { detail: bad } = (await unknown) as CustomEvent<SeminarErrorDetail>;
    expect(bad.errors.map((e) => e.code)).to.deep.equal(['unknown-format']);
  });

  it('reads an inline <script type="application/xml">', async () => {
    const xml = '<schedule><conference><title>Inline</title></conference><day date="2025-01-01"><event id="1"><title>Talk</title><start>10:00</start><duration>00:30</duration></event></day></schedule>';
    const { el } = await loaded(html`<seminar-agenda><script type="application/xml">${xml}</script></seminar-agenda>`);
    expect(items(el).map((li) => li.dataset['itemId'])).to.deep.equal(['1']);
  });

  it('reads a spreadsheet, an iCalendar file (the text importers’ chunk) and pretalx widget JSON (the JSON one) from src', async () => {
    const csv = await loaded(html`<seminar-agenda src=${`${FIXTURES}spreadsheet-excel-fr.csv`} time-zone="Europe/Paris" no-structured-data></seminar-agenda>`);
    expect(items(csv.el).length).to.equal(7);
    expect(csv.detail.programme.event.defaultLanguage).to.equal('fr');
    expect(importerRequests().some((name) => name.includes('/text.'))).to.equal(true);
    const ics = await loaded(html`<seminar-agenda src=${`${FIXTURES}calendar-google.ics`} no-structured-data></seminar-agenda>`);
    expect(items(ics.el).length).to.equal(5);
    expect(ics.detail.programme.event.timeZone).to.equal('Europe/Paris');
    expect(importerRequests().some((name) => name.includes('/icalendar.'))).to.equal(true);
    const widget = await loaded(html`<seminar-agenda src=${`${FIXTURES}pretalx-widget-democon.json`} no-structured-data></seminar-agenda>`);
    expect(items(widget.el).length).to.equal(38);
    await expect(csv.el).to.be.accessible();
  });

  it('<speaker-list> reads an export too', async () => {
    const parent = document.createElement('div');
    const load = oneEvent(parent, 'seminar-load');
    const el = await fixture<SpeakerList>(html`<speaker-list src=${DEMOCON}></speaker-list>`, { parentNode: parent });
    await load;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('speaker-card').length > 0);
    expect(el.shadowRoot!.querySelectorAll('speaker-card').length).to.equal(27);
  });

  it('700 events in 26 rooms import and render without trouble', async function () {
    this.timeout(120_000);
    const started = performance.now();
    const { el, detail } = await loaded(html`<seminar-agenda .programme=${JSON.stringify(largeFrabSchedule())} view="grid"></seminar-agenda>`);
    const elapsed = performance.now() - started;
    expect(detail.programme.items).to.have.length(700);
    expect(detail.programme.rooms).to.have.length(26);
    expect(items(el).length).to.equal(700);
    expect(elapsed).to.be.lessThan(30_000);
  });
});
