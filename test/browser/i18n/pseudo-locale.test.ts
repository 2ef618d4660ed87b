/**
 * No English left in the UI: every element, in every state, rendered in a
 * pseudo-locale generated from the English source at test time
 * (scripts/pseudo-locale.mjs: "Search" → "[Šéåŕçĥ]"). Any English UI message
 * still shown — in a text node, an `aria-label`, a `title`, an `alt`, a live
 * region — is a string that does not go through `msg()`, and fails the test.
 *
 * Two checks on everything shown, content (the programme's names, titles…,
 * which fall back to its English) and `<code>` (JSON paths) left out:
 * - no English source message, whole or with its placeholders filled in
 *   (see EnglishFinder);
 * - no Latin word at all outside the content's own words: the pseudo-locale
 *   writes only accented letters, and it is registered as `el-x-pseudo`, so
 *   `Intl` formats dates, times, durations, countries and zones in Greek — a
 *   language with English's plural rules (one/other) and without Latin
 *   letters. A Latin word left is then a string hard-coded in an element, even
 *   one that never was a message.
 * The pseudo-locale is registered through `registerLocaleForTesting`; nothing of it ships.
 * - The last test checks that every message of the sources was seen in some
 *   state: a state added to an element without a test here fails it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import '../../../src/define/speaker-list.js';
import '../../../src/define/session-timer.js';
import '../../../src/studio/main.js';
import type { SeminarStudio } from '../../../src/studio/seminar-studio.js';
import { DRAFT_KEY } from '../../../src/studio/draft.js';
import { calendarCode, agendaGrid, gridSource, shareCode, speakerCardCode, type SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { qrCode } from '../../../src/components/seminar-agenda/share.js';
import type { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import type { SpeakerList } from '../../../src/components/speaker-list/speaker-list.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { registerLocaleForTesting } from '../../../src/internal/localize.js';
import type { SeminarErrorDetail } from '../../../src/internal/programme-controller.js';
import { pollSettings } from '../../../src/internal/shared-fetch.js';
import { PROBLEM_CODES, type Problem } from '../../../src/model/types.js';
import { contentStrings, forceFailure, latinWords, richAt, richProgramme, settle } from './fixtures.js';
import { Coverage, EnglishFinder, shownText, type SourceMessage } from './ui-text.js';
import { SEED, $, type } from '../helpers.js';

const PSEUDO = 'el-x-pseudo';
/** Served by the test runner's pseudo-locale plugin (scripts/pseudo-locale.mjs); a URL, not a module path. */
const PSEUDO_MODULE: string = '/__pseudo-locale/templates.js';

let finder: EnglishFinder;
let coverage: Coverage;
let messages: SourceMessage[];
let content: Set<string>;
let contentWords: Set<string>;

/** Renders `template` inside `<div lang="el-x-pseudo">` and returns its first element. */
async function pseudo<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO}>${template}</div>`);
  return wrapper.firstElementChild as T;
}

/** Fails on any English UI message `el` shows; `ui` asks that some pseudo-locale text be shown. */
function expectNoEnglish(el: Element, state: string, ui = true): void {
  const shown = shownText(el, (text) => content.has(text));
  coverage.add(shown);
  const found = finder.find(shown).map((f) => `"${f.english}" shown as "${f.text}" in ${f.where}`);
  expect(found, `${el.localName} ${state}: English UI text`).to.deep.equal([]);
  const latin = shown.strings.flatMap(({ text, where }) =>
    (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !contentWords.has(word.toLowerCase())).map((word) => `"${word}" in "${text}" (${where})`),
  );
  expect(latin, `${el.localName} ${state}: Latin words that are neither content nor pseudo-locale`).to.deep.equal([]);
  if (ui) expect(shown.strings.some((s) => s.text.includes('[')), `${el.localName} ${state}: no pseudo-locale text at all`).to.equal(true);
}

/** One problem of every code, with a value and a suggestion: every problem sentence. */
function everyProblem(): Problem[] {
  return PROBLEM_CODES.map((code, i) => ({ code, path: `/items/${i}`, message: code, params: { value: '42', suggestion: '43' } }));
}

const invalid = (count: number): SeminarErrorDetail => ({ kind: 'invalid', errors: everyProblem().slice(0, count) });

/** The failures shown by the shared error state: every kind, every problem (20 are listed at most), each plural form. */
const FORCED: [string, SeminarErrorDetail][] = [
  ['timeout', { kind: 'timeout', errors: [] }],
  ['too large', { kind: 'too-large', errors: [] }],
  ['code not downloaded', { kind: 'code', errors: [] }],
  ['not found', { kind: 'not-found', errors: [{ code: 'unknown-speaker', path: '/speakers', message: '', params: { value: '42', suggestion: '43' } }] }],
  ['one problem', invalid(1)],
  ...Array.from({ length: Math.ceil(PROBLEM_CODES.length / 20) }, (_, i): [string, SeminarErrorDetail] => [
    `problems ${i * 20 + 1}–${i * 20 + 20}`,
    { kind: 'invalid', errors: everyProblem().slice(i * 20, i * 20 + 20) },
  ]),
  ['22 problems (…and 2 more)', invalid(22)],
  ['21 problems (…and 1 more)', invalid(21)],
];

let published_ = 0;
/** Publishes `programme` on a fresh id of the test server's live endpoint; returns the id. */
async function published(programme: unknown): Promise<string> {
  const id = `pseudo-live-${Date.now()}-${published_++}`;
  await fetch(`/__test/live?id=${id}`, { method: 'PUT', body: JSON.stringify(programme) });
  return id;
}

/** Publishes the next version of a followed programme and waits until `el` shows it. */
async function changeTo(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string, programme: unknown): Promise<void> {
  const region = () => el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '';
  const before = region();
  const changed = new Promise((resolve) => {
    el.addEventListener('seminar-change', resolve, { once: true });
  });
  await fetch(`/__test/live?id=${id}`, { method: 'PUT', body: JSON.stringify(programme) });
  await changed;
  // The marks and the announcement come with their code, loaded on the first change.
  await waitUntil(() => region() !== before, 'the change should be announced');
  await el.updateComplete;
}

/** The rich programme with an item of each status and a link of each kind. */
function withStatusesAndLinks(): Record<string, unknown> {
  const p = richProgramme() as { items: Record<string, unknown>[] };
  const item = (id: string) => p.items.find((i) => i['id'] === id)!;
  item('a1')['links'] = [
    { url: 'https://live.example.org/a', kind: 'livestream' },
    { url: 'https://video.example.org/a1', kind: 'recording' },
    { url: 'https://example.org/a1.pdf', kind: 'slides' },
    { url: 'https://example.org/register', kind: 'registration' },
  ];
  item('b1')['status'] = 'cancelled';
  item('keynote')['status'] = 'tentative';
  item('cases')['status'] = 'moved';
  return p;
}

/** Messages no element shows: a plain speaker's role is never written beside the name (moderators, chairs… are). */
const NOT_SHOWN = ['Speaker'];

describe('pseudo-locale: no English UI text in any element or state', function () {
  before(async function () {
    // The pseudo-locale is built from the sources when first asked for (~10 s).
    this.timeout(120_000);
    const [module, source, seed] = await Promise.all([
      import(PSEUDO_MODULE) as Promise<{ templates: Parameters<typeof registerLocaleForTesting>[1] }>,
      fetch('/__pseudo-locale/source.json').then((r) => r.json() as Promise<SourceMessage[]>),
      fetch(SEED).then((r) => r.json() as Promise<unknown>),
    ]);
    registerLocaleForTesting(PSEUDO, module.templates);
    messages = source;
    finder = new EnglishFinder(source);
    coverage = new Coverage(source);
    // Content also comes from attributes (a card without a programme) and from the wrong values below.
    content = contentStrings(richProgramme(), seed, { name: 'Ada Test' }, ['Engineer', 'Example', 'Portrait', 'tomorrow', 'lecture', 'ana-lopes', 'keynot']);
    contentWords = latinWords(content);
  });

  const savedPolls = { ...pollSettings };
  beforeEach(() => {
    localStorage.clear();
    // Followed programmes (the live states) are polled every 100 ms here.
    pollSettings.minInterval = 50;
  });
  afterEach(() => {
    Object.assign(pollSettings, savedPolls);
  });

  describe('<seminar-agenda>', () => {
    it('widgets failing together: one announcement naming the others, singular and plural', async () => {
      // Three groups, each on its own failing source: every kind of widget named once and several times.
      type Tag = 'seminar-agenda' | 'speaker-card' | 'speaker-list' | 'session-timer';
      const groups: Tag[][] = [
        ['seminar-agenda', 'seminar-agenda', 'seminar-agenda', 'speaker-card', 'speaker-card', 'speaker-list', 'speaker-list', 'session-timer', 'session-timer'],
        ['session-timer', 'seminar-agenda', 'speaker-card', 'speaker-list'],
        ['speaker-card', 'session-timer'],
      ];
      for (const [index, tags] of groups.entries()) {
        const src = `/__test/programme?status=500&id=pseudo-group-${index}`;
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO}></div>`);
        const elements = tags.map((tag) => {
          const element = document.createElement(tag);
          element.setAttribute('src', src);
          if (tag === 'speaker-card') element.setAttribute('speaker', 'ana-lopez');
          wrapper.append(element);
          return element;
        });
        for (const element of elements) await settle(element, '[part="error"]');
        const [announcer] = elements;
        expect(announcer.shadowRoot!.querySelectorAll('[role="alert"] .visually-hidden'), `group ${index}`).to.have.length(1);
        for (const element of elements) expectNoEnglish(element, `failing together (group ${index})`);
      }
    });

    it('loading', async () => {
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda src="/__test/programme?delay=2000&amp;id=pseudo-agenda-loading"></seminar-agenda>`);
      await settle(el, '.skeleton');
      expectNoEnglish(el, 'loading');
    });

    it('load failures: HTTP, network', async () => {
      const http = await pseudo<SeminarAgenda>(html`<seminar-agenda src="/__test/programme?status=503&amp;id=pseudo-agenda-503"></seminar-agenda>`);
      await settle(http, '[part="error"]');
      expectNoEnglish(http, 'HTTP error');
      // Port 9 is one the browser refuses: a network error at once.
      const network = await pseudo<SeminarAgenda>(html`<seminar-agenda src="http://127.0.0.1:9/programme.json"></seminar-agenda>`);
      await settle(network, '[part="error"]');
      expectNoEnglish(network, 'network error');
    });

    it('an invalid programme, and every failure kind', async () => {
      const bad = richProgramme();
      (bad['items'] as Record<string, unknown>[])[0]['type'] = 'lecture';
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${bad}></seminar-agenda>`);
      await settle(el, '[part="error"]');
      expectNoEnglish(el, 'invalid programme');
      for (const [name, failure] of FORCED) {
        await forceFailure(el, failure);
        expectNoEnglish(el, name);
      }
    });

    it('empty programme', async () => {
      const empty = { ...richProgramme(), items: [], speakers: [] };
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${empty}></seminar-agenda>`);
      await settle(el, '.empty');
      expectNoEnglish(el, 'empty');
    });

    it('loaded: list, now, time zones, favourites', async () => {
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()} now=${richAt('09:45')}></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      expect($(el, '.now-badge'), 'an item runs now').to.not.equal(null);
      expectNoEnglish(el, 'list, running');
      ($(el, '#item-a1 .favourite') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '.download-favourites')).to.not.equal(null);
      expectNoEnglish(el, 'with a favourite');
      ($(el, '.zone button') as HTMLButtonElement).click();
      await el.updateComplete;
      expectNoEnglish(el, 'in the viewer’s time zone');
    });

    it('a calendar download whose code cannot be fetched', async () => {
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      const { load } = calendarCode;
      calendarCode.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        ($(el, '.download') as HTMLButtonElement).click();
        await waitUntil(() => $(el, '[role="status"]')!.textContent?.trim(), 'the failure should be announced', { timeout: 3000 });
      } finally {
        calendarCode.load = load;
      }
      expectNoEnglish(el, 'calendar code not fetched');
    });

    it('grid view, one day, rooms chosen', async () => {
      const programme = richProgramme();
      // Without a room, beside the rooms' items: the grid's column of items without a room.
      (programme['items'] as unknown[]).push({ id: 'hall', type: 'other', day: '2030-10-29', start: '09:45', end: '10:15', title: 'Opening' });
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${programme} view="grid" day="2030-10-29"></seminar-agenda>`);
      await settle(el, '.grid-scroll');
      expectNoEnglish(el, 'grid');
      const chooser = $(el, 'details.rooms') as HTMLDetailsElement;
      chooser.open = true;
      chooser.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await el.updateComplete;
      expectNoEnglish(el, 'one room hidden');
    });

    it('a grid view whose code cannot be fetched', async () => {
      const { load } = gridSource;
      agendaGrid.forget();
      gridSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()} view="grid" day="2030-10-29"></seminar-agenda>`);
        await settle(el, '[part="error"]');
        expectNoEnglish(el, 'grid code not fetched');
      } finally {
        gridSource.load = load;
      }
    });

    it('filters, announced counts, no results', async () => {
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      const status = $(el, '[role="status"]')!;
      type(el, 'input[type="search"]', 'couriers');
      await waitUntil(() => status.textContent?.trim(), 'one result should be announced', { timeout: 3000 });
      expectNoEnglish(el, 'one result announced');
      type(el, 'input[type="search"]', 'o');
      await waitUntil(() => !status.textContent?.includes('[1 '), 'several results should be announced', { timeout: 3000 });
      expectNoEnglish(el, 'several results announced');
      type(el, 'input[type="search"]', 'zzz');
      await el.updateComplete;
      expect($(el, '.empty')).to.not.equal(null);
      expectNoEnglish(el, 'no results');
      const select = $(el, 'select') as HTMLSelectElement;
      select.value = 'debate';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expectNoEnglish(el, 'filtered by type');
      // "My agenda" with nothing starred: how to star.
      localStorage.clear();
      const fresh = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
      await settle(fresh, '[part~="item"]');
      ($(fresh, '.filters .toggle') as HTMLButtonElement).click();
      await fresh.updateComplete;
      expect($(fresh, '.empty')).to.not.equal(null);
      expectNoEnglish(fresh, 'my agenda, nothing starred');
    });

    it('items with the same title, what runs now hidden by a filter, filters cleared', async () => {
      const programme = richProgramme();
      const items = programme['items'] as Record<string, unknown>[];
      // Two items titled alike at the same time in two rooms: told apart by time and room.
      for (const item of items) if (item['id'] === 'close') item['title'] = 'Case studies';
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${programme} now=${richAt('09:45')}></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      expectNoEnglish(el, 'same titles');
      const select = $(el, 'select') as HTMLSelectElement;
      select.value = 'debate';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      ($(el, '.jump') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '.notice')).to.not.equal(null);
      expectNoEnglish(el, 'what runs now hidden');
      const status = $(el, '[role="status"]')!;
      await waitUntil(() => status.textContent?.includes('[1 ') || /\d/.test(status.textContent ?? ''), 'the filtered count', { timeout: 3000 });
      ($(el, '.notice button') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '.notice') === null && /\d/.test(status.textContent ?? '') && !status.textContent?.includes('[1 '), 'the restored count', { timeout: 3000 });
      expectNoEnglish(el, 'filters cleared');
      // A programme of one item: filtered out, then cleared (the singular).
      const single = { ...richProgramme(), items: items.filter((item) => item['id'] === 'a1') };
      const one = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${single}></seminar-agenda>`);
      await settle(one, '[part~="item"]');
      const oneStatus = $(one, '[role="status"]')!;
      type(one, 'input[type="search"]', 'zzz');
      await waitUntil(() => /\d/.test(oneStatus.textContent ?? ''), 'none shown', { timeout: 3000 });
      const none = oneStatus.textContent;
      type(one, 'input[type="search"]', '');
      await waitUntil(() => oneStatus.textContent !== none, 'the restored count of one', { timeout: 3000 });
      expectNoEnglish(one, 'filters cleared, one item');
    });

    it('item statuses, links of every kind, the livestream while it runs and the recording after', async () => {
      const p = withStatusesAndLinks();
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${p} now=${richAt('08:00')}></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      expect($(el, '#item-b1 [part="status"]')).to.not.equal(null);
      expectNoEnglish(el, 'statuses, plain links');
      el.now = richAt('09:45');
      await el.updateComplete;
      expect($(el, '#item-a1 .featured')).to.not.equal(null);
      expectNoEnglish(el, 'livestream featured');
      el.now = richAt('11:00');
      await el.updateComplete;
      expect($(el, '#item-a1 .featured.recording')).to.not.equal(null);
      expectNoEnglish(el, 'recording featured');
    });

    it('a followed programme that changes: every mark in words, each announcement', async () => {
      const id = await published(richProgramme());
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda live live-interval="0.1" now=${richAt('08:00')} src=${`/__test/live?id=${id}`}></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      const next = richProgramme() as { event: Record<string, unknown>; items: Record<string, unknown>[] };
      const item = (itemId: string) => next.items.find((i) => i['id'] === itemId)!;
      item('a1')['start'] = '09:45'; // moved
      item('b1')['end'] = '10:45'; // ends later
      item('keynote')['room'] = 'b'; // new room
      item('keynote')['day'] = '2030-10-29'; // and another day
      item('keynote')['start'] = '11:00';
      item('keynote')['end'] = '12:00';
      item('open')['title'] = 'Coffee'; // edited
      next.items.push({ id: 'extra', type: 'talk', day: '2030-10-30', start: '14:30', end: '15:00', title: 'Lunch' }); // new
      await changeTo(el, id, next);
      expect($(el, '#item-extra [part="change"]')).to.not.equal(null);
      expectNoEnglish(el, 'changes marked, several announced');
      item('open')['title'] = 'Opening';
      await changeTo(el, id, next);
      expectNoEnglish(el, 'one change announced');
      next.event['subtitle'] = 'Coffee';
      await changeTo(el, id, next);
      expectNoEnglish(el, 'the event changed, no item');
    });

    it('an item’s "add to calendar" menu, and the subscribe links of a published calendar', async () => {
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()} calendar-feed="/programme.ics"></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      ($(el, '#item-a1 .calendar') as HTMLButtonElement).click();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.calendar-menu a').length === 3, 'the item’s calendar links');
      ($(el, '.subscribe-toggle') as HTMLButtonElement).click();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('#subscribe a').length === 4, 'the subscribe links');
      expectNoEnglish(el, 'calendar menus open');
    });

    describe('share my agenda', () => {
      const page = () => location.href.split('#')[0];
      const status = (el: Element) => $(el, '.agenda > [role="status"]')?.textContent?.trim() ?? '';
      afterEach(() => {
        history.replaceState(null, '', page());
        localStorage.clear();
      });

      it('a shared agenda opened: the question (plural, already starred, unknown ids), accepted', async () => {
        const mine = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
        await settle(mine, '[part~="item"]');
        ($(mine, '#item-a1 .favourite') as HTMLButtonElement).click();
        await mine.updateComplete;
        mine.remove();
        history.replaceState(null, '', `${page()}#starred=a1,open,gone,lost`);
        const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
        await settle(el, '[part~="item"]');
        await waitUntil(() => $(el, '[part="share-offer"]') && status(el), 'the question is asked and said');
        expectNoEnglish(el, 'a shared agenda: the question');
        const asked = status(el);
        ($(el, '.accept-share') as HTMLButtonElement).click();
        await waitUntil(() => !$(el, '[part="share-offer"]') && status(el) && status(el) !== asked, 'the addition is said');
        expectNoEnglish(el, 'a shared agenda: accepted');
      });

      it('a shared agenda of one item, and of none this programme has', async () => {
        history.replaceState(null, '', `${page()}#starred=a1`);
        const one = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
        await settle(one, '[part~="item"]');
        await waitUntil(() => $(one, '[part="share-offer"]'), 'the question is asked');
        expectNoEnglish(one, 'a shared agenda of one item');
        one.remove();
        history.replaceState(null, '', `${page()}#starred=gone`);
        const none = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
        await settle(none, '[part~="item"]');
        await waitUntil(() => $(none, '[part="share-offer"]'), 'the question is asked');
        expectNoEnglish(none, 'a shared agenda of unknown items');
      });

      it('the share panel: copied, not copied, the QR code loading, drawn, too long, not loaded; sharing not loaded', async () => {
        const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
        await settle(el, '[part~="item"]');
        ($(el, '#item-a1 .favourite') as HTMLButtonElement).click();
        await el.updateComplete;
        ($(el, '.share-toggle') as HTMLButtonElement).click();
        await waitUntil(() => $(el, '.share-panel'), 'the panel opens');
        const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
        const { load } = qrCode;
        const share = shareCode.load;
        try {
          Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.resolve() } });
          ($(el, '.copy-link') as HTMLButtonElement).click();
          await waitUntil(() => $(el, '.share-status')?.textContent?.trim(), 'copied');
          expectNoEnglish(el, 'share panel: copied');
          Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
          ($(el, '.copy-link') as HTMLButtonElement).click();
          await waitUntil(() => $(el, '.share-status')?.textContent?.trim(), 'not copied');
          await el.updateComplete;
          expectNoEnglish(el, 'share panel: not copied');
          const qr = () => $(el, '.show-qr') as HTMLButtonElement;
          qrCode.load = () => new Promise(() => undefined);
          qr().click();
          await waitUntil(() => $(el, '.qr-wait'), 'the QR code is on its way');
          expectNoEnglish(el, 'share panel: QR code loading');
          qr().click();
          await el.updateComplete;
          qrCode.load = () => Promise.reject(new Error('offline'));
          qr().click();
          await waitUntil(() => $(el, '.share-panel .notice'), 'the QR code failed');
          expectNoEnglish(el, 'share panel: QR code not loaded');
          qr().click();
          await el.updateComplete;
          qrCode.load = load;
          qr().click();
          await waitUntil(() => $(el, '.qr svg'), 'the QR code is drawn');
          expectNoEnglish(el, 'share panel: QR code');
          const many = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
          // a1 is starred already (the favourites are the programme's, kept in storage).
          await settle(many, '[part~="item"]');
          ($(many, '.share-toggle') as HTMLButtonElement).click();
          await waitUntil(() => $(many, '.share-panel'), 'the panel opens');
          qrCode.load = () => load().then((module) => ({ ...module, qrDrawing: () => { throw new RangeError('too long'); } }));
          ($(many, '.show-qr') as HTMLButtonElement).click();
          await waitUntil(() => $(many, '.share-panel .notice'), 'too long for a QR code');
          expectNoEnglish(many, 'share panel: too long for a QR code');
          const offline = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
          await settle(offline, '[part~="item"]');
          shareCode.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
          ($(offline, '.share-toggle') as HTMLButtonElement).click();
          await waitUntil(() => status(offline), 'the failure is said');
          expectNoEnglish(offline, 'sharing not loaded');
        } finally {
          delete (navigator as unknown as Record<string, unknown>)['clipboard'];
          Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
          qrCode.load = load;
          shareCode.load = share;
        }
      });
    });

    it('the speaker dialog, with its nested card', async () => {
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      ($(el, '#item-a1 .speaker') as HTMLButtonElement).click();
      await waitUntil(() => $(el, 'speaker-card')?.shadowRoot?.querySelector('[part="sessions"]'), 'the card should render in the dialog');
      await settle($(el, 'speaker-card') as SpeakerCard, '[part="sessions"]');
      expectNoEnglish(el, 'dialog open');
    });

    it('a speaker dialog whose card code cannot be fetched', async () => {
      const el = await pseudo<SeminarAgenda>(html`<seminar-agenda .programme=${richProgramme()}></seminar-agenda>`);
      await settle(el, '[part~="item"]');
      const { load } = speakerCardCode;
      speakerCardCode.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        ($(el, '#item-a1 .speaker') as HTMLButtonElement).click();
        await waitUntil(() => $(el, '[role="status"]')!.textContent?.trim(), 'the failure should be announced', { timeout: 3000 });
      } finally {
        speakerCardCode.load = load;
      }
      expect(($(el, 'dialog') as HTMLDialogElement).open, 'no empty dialog').to.equal(false);
      expectNoEnglish(el, 'speaker card code not fetched');
    });
  });

  describe('<speaker-card>', () => {
    it('loading, HTTP error, not found', async () => {
      const loading = await pseudo<SpeakerCard>(html`<speaker-card src="/__test/programme?delay=2000&amp;id=pseudo-card-loading" speaker="x"></speaker-card>`);
      await settle(loading, '.skeleton');
      expectNoEnglish(loading, 'loading');
      const http = await pseudo<SpeakerCard>(html`<speaker-card src="/__test/programme?status=404&amp;id=pseudo-card-404" speaker="x"></speaker-card>`);
      await settle(http, '[part="error"]');
      expectNoEnglish(http, 'HTTP error');
      // An unknown speaker shows nothing at all (the editor has the console and the event).
      const missing = await pseudo<SpeakerCard>(html`<speaker-card .programme=${richProgramme()} speaker="ana-lopes"></speaker-card>`);
      await missing.updateComplete;
      expect(missing.shadowRoot!.textContent.trim()).to.equal('');
    });

    it('every failure kind', async () => {
      const el = await pseudo<SpeakerCard>(html`<speaker-card .programme=${richProgramme()} speaker="ana-lopez"></speaker-card>`);
      await settle(el, '[part="name"]');
      for (const [name, failure] of FORCED) {
        await forceFailure(el, failure);
        expectNoEnglish(el, name);
      }
    });

    it('full, with links, sessions and roles; bio expanded', async () => {
      for (const speaker of ['ana-lopez', 'bo-chen', 'chiara-rossi', 'dieter-braun']) {
        const el = await pseudo<SpeakerCard>(html`<speaker-card .programme=${richProgramme()} speaker=${speaker} agenda-href="/agenda"></speaker-card>`);
        await settle(el, '[part="name"]');
        expectNoEnglish(el, `full (${speaker})`);
        const toggle = $(el, '.toggle') as HTMLButtonElement | null;
        if (toggle) {
          toggle.click();
          await el.updateComplete;
          expectNoEnglish(el, `bio expanded (${speaker})`);
        }
      }
    });

    it('compact, and from attributes alone', async () => {
      const compact = await pseudo<SpeakerCard>(html`<speaker-card .programme=${richProgramme()} speaker="ana-lopez" variant="compact"></speaker-card>`);
      await settle(compact, '[part="name"]');
      // Name, job title and photo are all content: no UI text to find, none to miss.
      expectNoEnglish(compact, 'compact', false);
      const attributes = await pseudo<SpeakerCard>(
        html`<speaker-card name="Ada Test" job-title="Engineer" organisation="Example" country="FR" photo="data:," photo-alt="Portrait"></speaker-card>`,
      );
      await settle(attributes, '[part="name"]');
      expectNoEnglish(attributes, 'attributes only', false);
    });
  });

  describe('<speaker-list>', () => {
    it('loading, HTTP error, item not found, every failure kind', async () => {
      const loading = await pseudo<SpeakerList>(html`<speaker-list src="/__test/programme?delay=2000&amp;id=pseudo-list-loading"></speaker-list>`);
      await settle(loading, '[aria-busy]');
      expectNoEnglish(loading, 'loading');
      const http = await pseudo<SpeakerList>(html`<speaker-list src="/__test/programme?status=500&amp;id=pseudo-list-500"></speaker-list>`);
      await settle(http, '[part="error"]');
      expectNoEnglish(http, 'HTTP error');
      const missing = await pseudo<SpeakerList>(html`<speaker-list .programme=${richProgramme()} item="a2"></speaker-list>`);
      await missing.updateComplete;
      expect(missing.shadowRoot!.textContent.trim(), 'an unknown item shows nothing').to.equal('');
      for (const [name, failure] of FORCED) {
        await forceFailure(http, failure);
        expectNoEnglish(http, name);
      }
    });

    it('all speakers, one item’s speakers, compact', async () => {
      const all = await pseudo<SpeakerList>(html`<speaker-list .programme=${richProgramme()}></speaker-list>`);
      await settle(all, 'speaker-card');
      await Promise.all([...all.shadowRoot!.querySelectorAll('speaker-card')].map((card) => settle(card, '[part="name"]')));
      expectNoEnglish(all, 'all speakers');
      const item = await pseudo<SpeakerList>(html`<speaker-list .programme=${richProgramme()} item="b1" variant="compact"></speaker-list>`);
      await settle(item, 'speaker-card');
      expectNoEnglish(item, 'one item, compact');
    });

    it('with the filter: counts, no match', async () => {
      const el = await pseudo<SpeakerList>(html`<speaker-list .programme=${richProgramme()} filter></speaker-list>`);
      await settle(el, '[part="count"]');
      expectNoEnglish(el, 'filter, 4 speakers');
      type(el, '[part="filter"]', 'ana');
      await el.updateComplete;
      expectNoEnglish(el, 'filter, 1 speaker');
      type(el, '[part="filter"]', 'zzz');
      await el.updateComplete;
      expect($(el, '.empty')).to.not.equal(null);
      expectNoEnglish(el, 'filter, no match');
    });
  });

  describe('<session-timer>', () => {
    const timer = async (template: TemplateResult, selector = '[part="base"]') => {
      const el = await pseudo<SessionTimer>(template);
      await settle(el, selector);
      return el;
    };
    const tick = async (el: SessionTimer, time: string) => {
      el.now = time;
      await el.updateComplete;
    };

    it('loading, HTTP error, session not found, invalid times, every failure kind', async () => {
      const loading = await timer(html`<session-timer src="/__test/programme?delay=2000&amp;id=pseudo-timer-loading"></session-timer>`);
      expectNoEnglish(loading, 'loading');
      const http = await timer(html`<session-timer src="/__test/programme?status=404&amp;id=pseudo-timer-404"></session-timer>`, '[part="error"]');
      expectNoEnglish(http, 'HTTP error');
      const missing = await timer(html`<session-timer .programme=${richProgramme()} session="keynot"></session-timer>`, '[part="error"]');
      expectNoEnglish(missing, 'session not found');
      const bad = await timer(html`<session-timer start="tomorrow" end="2030-10-29T09:00+05:45"></session-timer>`, '[part="error"]');
      expectNoEnglish(bad, 'invalid start');
      const backwards = await timer(html`<session-timer start="2030-10-29T10:00+05:45"></session-timer>`, '[part="error"]');
      expectNoEnglish(backwards, 'missing end');
      // A property given a value no element expects (it throws when read): the update's own error.
      const broken = await timer(html`<session-timer start="2030-10-29T09:00+05:45" end="2030-10-29T10:00+05:45"></session-timer>`);
      (broken as unknown as { label: unknown }).label = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('trap');
          },
          get() {
            throw new Error('trap');
          },
        },
      );
      await waitUntil(() => broken.shadowRoot!.querySelector('[part="error"]'), 'the update’s error');
      expectNoEnglish(broken, 'an update that threw');
      for (const [name, failure] of FORCED) {
        await forceFailure(missing, failure);
        expectNoEnglish(missing, name);
      }
    });

    it('upcoming (far, tomorrow, countdown), running, warning, ended, overtime', async () => {
      const el = await timer(html`<session-timer .programme=${richProgramme()} session="a1" warn-before="5" now=${richAt('10:00', '2030-10-19')}></session-timer>`);
      expectNoEnglish(el, 'upcoming far away');
      await tick(el, richAt('18:00', '2030-10-28'));
      expectNoEnglish(el, 'upcoming tomorrow');
      await tick(el, richAt('09:10'));
      expectNoEnglish(el, 'countdown');
      await tick(el, richAt('09:45'));
      expect(el.getAttribute('state')).to.equal('running');
      expectNoEnglish(el, 'running (announces the start)');
      await tick(el, richAt('10:27'));
      expect(el.hasAttribute('warning')).to.equal(true);
      expectNoEnglish(el, 'warning (announces it)');
      await tick(el, richAt('10:31'));
      expectNoEnglish(el, 'ended (announces it)');
      el.overtime = true;
      await el.updateComplete;
      expectNoEnglish(el, 'overtime');
    });

    it('the clock and compact variants', async () => {
      for (const format of ['clock', 'compact']) {
        const el = await timer(html`<session-timer .programme=${richProgramme()} session="a1" variant=${format} now=${richAt('09:10')}></session-timer>`);
        expectNoEnglish(el, `${format}, upcoming`);
        await tick(el, richAt('09:45'));
        expectNoEnglish(el, `${format}, running`);
        await tick(el, richAt('11:00'));
        expectNoEnglish(el, `${format}, ended`, format === 'clock');
        el.overtime = true;
        await el.updateComplete;
        expectNoEnglish(el, `${format}, overtime`, format === 'clock');
      }
    });

    it('a followed session that gets a new time', async () => {
      const id = await published(richProgramme());
      const el = await timer(html`<session-timer live live-interval="0.1" session="a1" now=${richAt('09:45')} src=${`/__test/live?id=${id}`}></session-timer>`);
      const next = richProgramme() as { items: Record<string, unknown>[] };
      next.items.find((i) => i['id'] === 'a1')!['end'] = '10:45';
      await changeTo(el, id, next);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/\S/);
      expectNoEnglish(el, 'a new time announced');
    });

    it('a cancelled session, long and compact', async () => {
      const p = withStatusesAndLinks();
      for (const format of ['full', 'compact']) {
        const el = await timer(html`<session-timer .programme=${p} session="b1" variant=${format} now=${richAt('09:45')}></session-timer>`);
        expect(el.hasAttribute('cancelled')).to.equal(true);
        expectNoEnglish(el, `${format}, cancelled`);
      }
    });

    it('mode="next": next, now and what follows', async () => {
      const el = await timer(html`<session-timer .programme=${richProgramme()} mode="next" now=${richAt('08:00')}></session-timer>`);
      expectNoEnglish(el, 'next');
      await tick(el, richAt('09:10'));
      expectNoEnglish(el, 'now, with what is next');
    });

    it('a standalone timer without a label: announcements without a title', async () => {
      const el = await timer(html`<session-timer start="2030-10-29T09:00+05:45" end="2030-10-29T10:00+05:45" warn-before="PT10M" now=${richAt('08:59')}></session-timer>`);
      await tick(el, richAt('09:01'));
      expectNoEnglish(el, 'started');
      await tick(el, richAt('09:51'));
      expectNoEnglish(el, 'warning');
      await tick(el, richAt('10:01'));
      expectNoEnglish(el, 'ended');
    });
  });

  describe('the studio (docs/studio.md)', () => {
    /** Cells as pasted: a header row, a day-first date, an end that is no time (C3), a row without a start (5:5). */
    const SHEET = ['Jour\tDébut\tFin\tTitre\tSalle', '04/03/2025\t09:00\t10:00\tOuverture\tAuditorium', '04/03/2025\t10:00\tvers midi\tTable ronde\tSalle B', '\t\t\tPause\t'].join('\n');
    const ONE_WARNING = 'Day\tStart\tEnd\tTitle\n2025-03-04\t09:00\t10:00\tOuverture';
    let saved: Storage['setItem'] | undefined;

    before(() => {
      // What the organiser pastes, the names of languages in their own language (the interface menu),
      // the files it names, and the importer's default title, are content.
      for (const text of [...SHEET.split(/[\t\n]/), 'Day', 'Start', 'End', 'Title', '2025-03-04', 'Programme', 'programme.json', 'programme.ics', 'example.json', 'Mars/Base']) content.add(text);
      // A blank programme is written in the interface's language: here the pseudo-locale, named by its tag.
      content.add('el-x-pseudo');
      // The name of a tool's format, as the tool writes it.
      content.add('pretalx / frab schedule.json');
      for (const text of ['English', 'français', 'Deutsch', 'español', 'italiano']) content.add(text);
      contentWords = latinWords(content);
    });
    beforeEach(() => { localStorage.removeItem(DRAFT_KEY); });
    afterEach(() => {
      if (saved) delete (localStorage as { setItem?: unknown }).setItem;
      saved = undefined;
      localStorage.removeItem(DRAFT_KEY);
    });

    const studio = (example = '/nowhere.json') => pseudo<SeminarStudio>(html`<seminar-studio example-url=${example}></seminar-studio>`);
    /** The preview speaks the pseudo-locale too (its menu offers the shipped languages only). */
    async function pseudoPreview(el: SeminarStudio): Promise<void> {
      (el as unknown as { previewLang: string }).previewLang = PSEUDO;
      await el.updateComplete;
      const agenda = el.shadowRoot!.querySelector<SeminarAgenda>('seminar-agenda');
      if (agenda) await settle(agenda);
    }
    const button = (el: SeminarStudio, text: RegExp | string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof text === 'string' ? b.id === text : text.test(b.className)))!;
    async function read(el: SeminarStudio, text: string): Promise<void> {
      (el.shadowRoot!.querySelector('#paste') as HTMLTextAreaElement).value = text;
      el.shadowRoot!.querySelector<HTMLButtonElement>('form button')!.click();
      await el.updateComplete;
      await pseudoPreview(el);
    }
    async function edit(el: SeminarStudio, selector: string, value: string): Promise<void> {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }

    it('starting: nothing pasted, the example missing', async () => {
      const el = await studio();
      expectNoEnglish(el, 'start');
      await read(el, '  ');
      expectNoEnglish(el, 'nothing pasted');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      const before = status.textContent;
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')[1].click();
      await waitUntil(() => status.textContent !== before, 'the example should fail');
      expectNoEnglish(el, 'example missing');
    });

    it('an address: none typed, not a web address, each failure, read', async () => {
      const el = await studio();
      const at = async (address: string, done: () => boolean, during?: () => void) => {
        el.shadowRoot!.querySelector<HTMLInputElement>('#source-url')!.value = address;
        el.shadowRoot!.querySelector<HTMLButtonElement>('form.url button')!.click();
        await el.updateComplete;
        during?.();
        await waitUntil(done, `the address ${address} should be read`);
        await el.updateComplete;
      };
      const problem = () => el.shadowRoot!.querySelector('#source-url-problem')?.textContent ?? '';
      const changed = (before: string) => () => problem() !== '' && problem() !== before;
      await at('', () => problem() !== '');
      expectNoEnglish(el, 'no address');
      await at('javascript:alert(1)', changed(problem()));
      expectNoEnglish(el, 'not a web address');
      await at('/__test/programme?status=500', changed(problem()));
      expectNoEnglish(el, 'HTTP error');
      await at('/__test/stream?id=pseudo-studio&endless=1', changed(problem()));
      expectNoEnglish(el, 'too large');
      const other = new URL('/examples/digital-era-seminar.json', location.href);
      other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      await at(other.href, changed(problem()));
      expectNoEnglish(el, 'refused (CORS)');
      el.fetchTimeout = 200;
      await at('/__test/programme?delay=2000&id=pseudo-studio-slow', changed(problem()), () => { expectNoEnglish(el, 'fetching'); });
      expectNoEnglish(el, 'too slow');
      content.add('__test');
      contentWords = latinWords(content);
      await at('/__test/programme?id=pseudo-studio-read', () => !!el.shadowRoot!.querySelector('#result-heading'));
      await pseudoPreview(el);
      expectNoEnglish(el, 'read from an address');
    });

    it('the forms: each list and its form, their actions, undo and redo, texts in two languages', async () => {
      const el = await studio();
      const root = el.shadowRoot!;
      const q = (selector: string) => root.querySelector<HTMLElement>(selector)!;
      const click = async (target: HTMLElement) => {
        target.click();
        await el.updateComplete;
        await el.updateComplete;
      };
      const set = async (selector: string, value: string) => {
        const control = q(selector) as HTMLInputElement;
        control.value = value;
        control.dispatchEvent(new Event('change'));
        await el.updateComplete;
      };
      // Names typed in, and the ids the studio gives new entries (shown until they have a name).
      const names = ['javascript:alert(1)', 'Ana', 'Bob', 'Auditorium', 'Politique', 'Institut', 'Mécène', 'speaker-1', 'speaker-2', 'room-1', 'track-1', 'item-1', 'item-1-2'];
      for (const name of names) content.add(name);
      contentWords = latinWords(content);
      await click(root.querySelectorAll<HTMLButtonElement>('.actions button')[0]);
      await pseudoPreview(el);
      expectNoEnglish(el, 'blank: every list empty');
      await click(q('#undo'));
      expectNoEnglish(el, 'nothing to undo');
      await click(q('#redo'));
      expectNoEnglish(el, 'nothing to redo');
      // An item's form before there are speakers.
      await click(q('button.edit-item'));
      expectNoEnglish(el, 'an item, no speakers yet');
      // Each list: an entry added (no name yet), then named.
      const lists: [string, string, string][] = [
        ['organisers', '/event/organisers/0/name', 'Institut'],
        ['partners', '/event/partners/0/name', 'Mécène'],
        ['speakers', '/speakers/0/name', 'Ana'],
        ['rooms', '/rooms/0/name', 'Auditorium'],
        ['tracks', '/tracks/0/name', 'Politique'],
      ];
      for (const [list, path, name] of lists) {
        await click(q(`[data-list="${list}"] button.add`));
        expectNoEnglish(el, `${list}: added`);
        await set(`[data-path="${path}"]`, name);
        expectNoEnglish(el, `${list}: named`);
      }
      await click(q('[data-list="speakers"] button.add'));
      await set('[data-path="/speakers/1/name"]', 'Bob');
      // The item (its form still open): a room, a track, two speakers (moved, one taken out), a link (added, removed).
      await set('[data-path="/items/0/room"]', 'room-1');
      await set('[data-path="/items/0/track"]', 'track-1');
      await click(q('#items-form button.add-speaker'));
      expectNoEnglish(el, 'a speaker added to the item');
      await click(q('#items-form button.add-speaker'));
      const speakers = [...root.querySelectorAll<HTMLElement>('#items-form .sub-entry.row')];
      await click(speakers[1].querySelectorAll<HTMLButtonElement>('button')[0]);
      expectNoEnglish(el, 'the item’s speakers moved');
      await click(q('#items-form .sub-entry.row button.remove'));
      expectNoEnglish(el, 'a speaker taken out of the item');
      await click(q('#items-form button.add-link'));
      expectNoEnglish(el, 'a link added');
      await click(q('#items-form .sub-entry:not(.row) button.remove'));
      expectNoEnglish(el, 'a link removed');
      // Entry actions: duplicate, move, delete (an item; a speaker, a room and a track named by it).
      await click(q('#items-form button.duplicate'));
      expectNoEnglish(el, 'an item duplicated');
      await click(q('#items-form button.move-up'));
      expectNoEnglish(el, 'an item moved');
      await set('[data-path="/items/0/title"]', '');
      expectNoEnglish(el, 'an item without a title');
      await click(q('#items-form button.delete'));
      expectNoEnglish(el, 'an item without a title deleted');
      await click(q('#undo'));
      expectNoEnglish(el, 'undone');
      await click(q('#redo'));
      expectNoEnglish(el, 'redone');
      /** Opens the first entry of a list (a click on an open one closes it). */
      const first = async (list: string) => {
        const entry = q(`[data-list="${list}"] button.entry`);
        if (entry.getAttribute('aria-expanded') !== 'true') await click(entry);
      };
      for (const list of ['speakers', 'rooms', 'tracks']) {
        await first(list);
        await click(q(`#${list}-form button.delete`));
        expectNoEnglish(el, `${list}: one named by an item deleted`);
      }
      await first('speakers');
      await click(q('#speakers-form button.delete'));
      expectNoEnglish(el, 'a speaker named by no item deleted');
      // A problem at a speaker's field flags it in its list.
      await click(q('[data-list="speakers"] button.add'));
      await set('[data-path="/speakers/0/name"]', 'Ana');
      await set('[data-path="/speakers/0/photo/url"]', 'javascript:alert(1)');
      await click(q('#speakers-form button.close'));
      expectNoEnglish(el, 'a speaker to fix, in its list');
      // Two languages: each text side by side, the missing ones flagged.
      const second = q('input[type="checkbox"][data-lang="fr"]') as HTMLInputElement;
      second.checked = true;
      second.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expectNoEnglish(el, 'texts in two languages, translations missing');
    });

    it('the preview of each element, the snippets, copying them, the static HTML', async () => {
      const el = await studio();
      const root = el.shadowRoot!;
      const q = (selector: string) => root.querySelector<HTMLElement>(selector)!;
      const settled = async () => {
        await el.updateComplete;
        await el.updateComplete;
      };
      // The command shown names the file downloaded, named after the (pseudo-locale) title.
      for (const text of ['Ana', 'npx seminar-widgets render new-rogra-e.json --element agenda']) content.add(text);
      contentWords = latinWords(content);
      root.querySelectorAll<HTMLButtonElement>('.actions button')[0].click();
      await settled();
      await pseudoPreview(el);
      expectNoEnglish(el, 'publish: a programme without speakers');
      for (const element of ['card', 'list', 'timer']) {
        const menu = q('#preview-element') as HTMLSelectElement;
        menu.value = element;
        menu.dispatchEvent(new Event('change'));
        await settled();
        const shown = root.querySelector<SpeakerList | SessionTimer>('.frame > :is(speaker-list, session-timer)');
        if (shown) await settle(shown);
        expectNoEnglish(el, `the preview of the ${element}`);
      }
      root.querySelector<HTMLButtonElement>('[data-list="speakers"] button.add')!.click();
      await settled();
      const name = q('[data-path="/speakers/0/name"]') as HTMLInputElement;
      name.value = 'Ana';
      name.dispatchEvent(new Event('change'));
      await settled();
      const menu = q('#preview-element') as HTMLSelectElement;
      menu.value = 'card';
      menu.dispatchEvent(new Event('change'));
      await settled();
      expectNoEnglish(el, 'the preview of a speaker card');
      // Copying: to the clipboard, or, where it is refused, selected for Ctrl+C.
      const copy = async (writeText: () => Promise<void>, state: string) => {
        // The page's own clipboard, for this test only (the browser's stays on Navigator.prototype).
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
        try {
          q('button.copy').click();
          await waitUntil(() => !!root.querySelector('[role="status"]')?.textContent, 'copied');
          await settled();
          expectNoEnglish(el, state);
        } finally {
          delete (navigator as { clipboard?: unknown }).clipboard;
        }
      };
      await copy(() => Promise.resolve(), 'a snippet copied');
      await copy(() => Promise.reject(new DOMException('refused', 'NotAllowedError')), 'a snippet selected for Ctrl+C');
      // The static HTML: from the studio's server; without @lit-labs/ssr there; from a static host.
      const original = window.fetch.bind(window);
      const html = async (status: number, state: string) => {
        window.fetch = () => Promise.resolve(new Response('no', { status }));
        try {
          const status = q('[role="status"]');
          const before = status.textContent;
          q('button.static-html').click();
          await waitUntil(() => status.textContent !== before, state);
          await settled();
          expectNoEnglish(el, state);
        } finally {
          window.fetch = original;
        }
      };
      await html(501, 'static HTML: @lit-labs/ssr missing');
      await html(404, 'static HTML: not from the studio’s server');
    });

    it('a sheet: its columns, problems at a cell, a row and a column, one error, downloads, starting over', async () => {
      const el = await studio();
      await read(el, SHEET);
      expectNoEnglish(el, 'sheet read');
      await edit(el, '#event-timeZone', 'Mars/Base');
      expectNoEnglish(el, 'one error');
      await edit(el, '#event-timeZone', 'Europe/Paris');
      HTMLAnchorElement.prototype.click = () => undefined;
      try {
        button(el, 'download-json').click();
      } finally {
        delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
      }
      await el.updateComplete;
      expectNoEnglish(el, 'downloaded');
      button(el, 'start-over').click();
      await el.updateComplete;
      expectNoEnglish(el, 'start over?');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm button')!.click();
      await el.updateComplete;
      expectNoEnglish(el, 'discarded');
    });

    it('one warning; more rows than are shown; storage refused', async () => {
      const el = await studio();
      await read(el, ONE_WARNING);
      expectNoEnglish(el, 'one warning');
      button(el, 'start-over').click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm button')!.click();
      await el.updateComplete;
      saved = localStorage.setItem.bind(localStorage);
      Object.defineProperty(localStorage, 'setItem', {
        configurable: true,
        value: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      });
      const rows = Array.from({ length: 305 }, (_, i) => `2025-03-04\t${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}\t\tOuverture`);
      await read(el, ['Day\tStart\tEnd\tTitle', ...rows].join('\n'));
      expectNoEnglish(el, 'many rows, no storage');
    });

    it('sources that cannot be read: one problem, several', async () => {
      const el = await studio();
      await read(el, 'Day,Start,Title\n2025-03-04,"09:00,Ouverture');
      expectNoEnglish(el, 'one problem');
      button(el, 'start-over').click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm button')!.click();
      await el.updateComplete;
      await read(el, '{"schedule": {"conference": {"days": [{}]}}}');
      expectNoEnglish(el, 'several problems');
    });

    it('a blank programme, pretalx widget JSON, programme JSON', async () => {
      let el = await studio();
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')[0].click();
      await el.updateComplete;
      await pseudoPreview(el);
      expectNoEnglish(el, 'blank');
      el.remove();
      localStorage.removeItem(DRAFT_KEY);
      el = await studio();
      const widget = await (await fetch('/test/fixtures/schedules/pretalx-widget-democon.json')).text();
      // Its talks are content too.
      for (const text of contentStrings(JSON.parse(widget))) content.add(text);
      // A `not-imported` warning quotes the source's value as it is, in no language: here `true`
      // (never English such as "the boolean true").
      content.add('true');
      contentWords = latinWords(content);
      await read(el, widget);
      expectNoEnglish(el, 'pretalx widget JSON');
      el.remove();
      localStorage.removeItem(DRAFT_KEY);
      el = await studio(SEED);
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')[1].click();
      await waitUntil(() => el.shadowRoot!.querySelector('#result-heading'), 'the example should be read');
      await pseudoPreview(el);
      expectNoEnglish(el, 'programme JSON, from the example');
    });

    it('problems at every event field and at an item without a title', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({
          version: 1,
          unsaved: true,
          programme: {
            version: 1,
            event: { title: '', timeZone: 'Mars/Base', days: ['2025-13-45'], location: { name: '' } },
            items: [{ id: 'a', type: 'talk', day: '2025-13-45', start: '09:00', title: '' }],
          },
        }),
      );
      const el = await studio();
      await pseudoPreview(el);
      expectNoEnglish(el, 'errors at every field');
    });
  });

  // Mocha runs a suite's own tests before its nested suites: this one comes last as a suite of its own.
  describe('coverage', () => {
    it('has seen every message of the sources in some state above', () => {
      const missing = messages
        .map((m) => ({ id: m.id, english: m.parts.map((p) => p ?? '{…}').join('') }))
        .filter((m) => !coverage.seen.has(m.id) && !NOT_SHOWN.includes(m.english))
        .map((m) => m.english);
      expect(missing, 'messages no state above shows: add the state').to.deep.equal([]);
    });

    it('cannot replace a shipped locale’s strings, nor take a malformed tag', () => {
      expect(() => {
        registerLocaleForTesting('fr', {});
      }).to.throw(/shipped/);
      expect(() => {
        registerLocaleForTesting('not a tag', {});
      }).to.throw(RangeError);
    });

    it('the pseudo-locale matches its own tag only', async () => {
      const el = await pseudo<SpeakerCard>(html`<speaker-card src="/__test/programme?status=404&amp;id=pseudo-card-en" speaker="x" lang="el"></speaker-card>`);
      // Wait on the state: the error event may have fired before the fixture resolved.
      await settle(el, '[part="error"]');
      expect($(el, '.retry')!.textContent.trim()).to.equal('Try again');
    });
  });
});
