// The settled names (`source-format`, `variant`) and the old `format`, which
// keeps working until 1.0 with one console warning per element class and name.
// The old names are used on purpose here.
/* eslint-disable @typescript-eslint/no-deprecated */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import '../../../src/define/speaker-list.js';
import '../../../src/define/session-timer.js';
import { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import { SpeakerList } from '../../../src/components/speaker-list/speaker-list.js';
import { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { ProgrammeElement } from '../../../src/internal/programme-element.js';
import type { SeminarErrorDetail, SeminarLoadDetail } from '../../../src/internal/programme-controller.js';

/** Any of the four elements: they share `sourceFormat`. */
const SeminarAgendaOrOther = ProgrammeElement;

const FIXTURES = '/test/fixtures/schedules/';
const DEMOCON = `${FIXTURES}voc-schedule_pretalx-democon.json`;
const FOSDEM = `${FIXTURES}mttcrsp-fosdem_FOSDEM-2010.xml`;

/** Console warnings given while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings.filter((w) => w.includes('deprecated'));
}

/** Renders `template` in a fresh parent and waits for its first `seminar-load` or `seminar-error`. */
async function settle(template: ReturnType<typeof html>): Promise<{ el: Element; event: CustomEvent }> {
  const parent = document.createElement('div');
  const done: Promise<CustomEvent> = Promise.race([oneEvent(parent, 'seminar-load'), oneEvent(parent, 'seminar-error')]);
  const el = await fixture(template, { parentNode: parent });
  return { el, event: await done };
}

/** `settle`, for an element of a known class. */
async function settleAs<T extends Element>(template: ReturnType<typeof html>, kind: abstract new () => T): Promise<{ el: T; event: CustomEvent }> {
  const { el, event } = await settle(template);
  expect(el).to.be.instanceOf(kind);
  return { el: el as T, event };
}

describe('source-format, and the old format attribute', () => {
  it('source-format chooses the importer on every programme element', async () => {
    const refused = await settleAs(html`<seminar-agenda src=${DEMOCON} source-format="native" no-structured-data></seminar-agenda>`, SeminarAgenda);
    expect(refused.event.type).to.equal('seminar-error');
    expect((refused.event.detail as SeminarErrorDetail).errors.some((e) => e.path === '/version')).to.equal(true);
    for (const template of [
      html`<seminar-agenda src=${DEMOCON} source-format="frab-json" no-structured-data></seminar-agenda>`,
      html`<speaker-list src=${DEMOCON} source-format="frab-json"></speaker-list>`,
      html`<speaker-card src=${DEMOCON} source-format="frab-json"></speaker-card>`,
      html`<session-timer src=${DEMOCON} source-format="frab-json"></session-timer>`,
    ]) {
      const { el, event } = await settleAs(template, SeminarAgendaOrOther);
      expect(event.type, el.localName).to.equal('seminar-load');
      expect(el.sourceFormat).to.equal('frab-json');
    }
  });

  it('the old format attribute and property still set the source format, with one warning per element class', async () => {
    const warnings = await warningsDuring(async () => {
      const refused = await settleAs(html`<seminar-agenda src=${DEMOCON} format="native" no-structured-data></seminar-agenda>`, SeminarAgenda);
      expect(refused.event.type).to.equal('seminar-error');
      expect(refused.el.sourceFormat).to.equal('native');
      const second = await settleAs(html`<seminar-agenda src=${DEMOCON} format="frab-json" no-structured-data></seminar-agenda>`, SeminarAgenda);
      expect(second.event.type).to.equal('seminar-load');
      const list = await settleAs(html`<speaker-list src=${DEMOCON} format="frab-json"></speaker-list>`, SpeakerList);
      expect(list.event.type).to.equal('seminar-load');
      expect(list.el.sourceFormat).to.equal('frab-json');
      const card = await fixture<SpeakerCard>(html`<speaker-card></speaker-card>`);
      card.format = 'csv';
      expect(card.sourceFormat).to.equal('csv');
      expect(card.format).to.equal('csv');
      card.format = 'native';
    });
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('<seminar-agenda>').and.contain('`format`').and.contain('`source-format`').and.contain('1.0');
    expect(warnings[1]).to.contain('<speaker-list>').and.contain('`source-format`');
    expect(warnings[2]).to.contain('<speaker-card>').and.contain('`source-format`');
  });

  it('the old format property set before the element is defined still counts', async () => {
    const el = document.createElement('renamed-early-card') as HTMLElement & { format?: string; sourceFormat?: string };
    el.format = 'csv';
    customElements.define('renamed-early-card', class extends SpeakerCard {});
    await fixture(el);
    expect(el.sourceFormat).to.equal('csv');
  });
});

describe('the timer: variant, and time-zone for sources without a zone', () => {
  it('reads a source without a zone in its IANA time-zone', async function () {
    this.timeout(60_000);
    // Item 284 starts at 10:00 in Brussels (09:00Z); at 09:05Z it runs there, and is still to come in UTC.
    const brussels = await settleAs(html`<session-timer src=${FOSDEM} source-format="pentabarf-xml" time-zone="Europe/Brussels" session="284" now="2010-02-06T09:05:00Z"></session-timer>`, SessionTimer);
    expect((brussels.event.detail as SeminarLoadDetail).programme.event.timeZone).to.equal('Europe/Brussels');
    await waitUntil(() => brussels.el.state !== undefined);
    expect(brussels.el.state).to.equal('running');
    const utc = await settleAs(html`<session-timer src=${FOSDEM} session="284" now="2010-02-06T09:05:00Z"></session-timer>`, SessionTimer);
    expect((utc.event.detail as SeminarLoadDetail).programme.event.timeZone).to.equal('UTC');
    await waitUntil(() => utc.el.state !== undefined);
    expect(utc.el.state).to.equal('upcoming');
  });

  it('the old format attribute and property set the variant, with one warning', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await fixture<SessionTimer>(html`<session-timer format="clock" start="2016-07-08T08:45Z" end="2016-07-08T09:45Z" now="2016-07-08T09:00Z"></session-timer>`);
      await el.updateComplete;
      expect(el.variant).to.equal('clock');
      expect(el.getAttribute('variant')).to.equal('clock');
      expect(el.sourceFormat).to.equal('auto');
      // The clock variant's large digits.
      expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
      el.format = 'compact';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('compact');
      expect(el.format).to.equal('compact');
      // The old default's name is the full variant.
      el.format = 'long';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="details"]')).not.to.equal(null);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<session-timer>').and.contain('`format`').and.contain('`variant`');
  });
});
