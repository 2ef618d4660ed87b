// Following a programme that changes while the page is open, against the test
// server's /__test/live endpoint (web-test-runner.config.mjs): one poll per URL
// for every element, 304s that cost nothing, no poll while the page is hidden,
// back-off on errors, and changes shown in place — marked, announced once, in
// `seminar-change` — without losing focus, open details, filters or favourites.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/session-timer.js';
import '../../../src/define/speaker-card.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { pollSettings } from '../../../src/internal/shared-fetch.js';
import { liveMode, type SeminarChangeDetail, type SeminarErrorDetail } from '../../../src/internal/programme-controller.js';
import { seed, $, text, sleep } from '../helpers.js';

interface Stats {
  requests: number;
  notModified: number;
  full: number;
  failed: number;
  conditional: number;
  times: number[];
  statuses: number[];
}

let counter = 0;
/** A fresh id on the live endpoint for each test (the server keeps its versions per id). */
const freshId = () => `live-${Date.now()}-${counter++}`;
const url = (id: string, extra = '') => `/__test/live?id=${id}${extra}`;
const stats = async (id: string): Promise<Stats> => (await fetch(`/__test/live-stats?id=${id}`)).json() as Promise<Stats>;
async function publish(id: string, programme: unknown): Promise<void> {
  await fetch(url(id), { method: 'PUT', body: typeof programme === 'string' ? programme : JSON.stringify(programme) });
}
async function failNext(id: string, count: number, status = 503, retryAfter?: number): Promise<void> {
  await fetch(`${url(id)}&fail=${count}&status=${status}${retryAfter === undefined ? '' : `&retryAfter=${retryAfter}`}`, { method: 'PUT' });
}

/** Make the page look hidden (or visible again) to the Page Visibility API. */
function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

const INTERVAL = 150;
const DURING = '2016-07-08T09:20:00+02:00';

describe('live programmes', () => {
  const saved = { ...pollSettings };
  beforeEach(() => {
    localStorage.clear();
    pollSettings.minInterval = 50;
    pollSettings.jitter = 0;
    pollSettings.maxBackoff = 2000;
  });
  afterEach(() => {
    Object.assign(pollSettings, saved);
    setHidden(false);
    delete (document as { visibilityState?: unknown }).visibilityState;
    delete (document as { hidden?: unknown }).hidden;
  });

  it('reads the live attribute: absent or auto, on (or alone), off', () => {
    expect([null, undefined, 'auto', 'AUTO', 'sometimes'].map(liveMode)).to.deep.equal(['auto', 'auto', 'auto', 'auto', 'auto']);
    expect(['', 'on', 'true', ' On ', true].map(liveMode)).to.deep.equal(['on', 'on', 'on', 'on', 'on']);
    expect(['off', 'false', false].map(liveMode)).to.deep.equal(['off', 'off', 'off']);
  });

  it('one poll for every element on a src; conditional requests, 304s that re-render nothing', async () => {
    const id = freshId();
    const src = url(id);
    const page = await fixture<HTMLDivElement>(html`<div>
      <seminar-agenda live live-interval="0.15" now=${DURING} src=${src}></seminar-agenda>
      <session-timer live live-interval="0.15" session="session-2" now=${DURING} src=${src}></session-timer>
      <speaker-card live live-interval="0.15" speaker="kristy-milland" src=${src}></speaker-card>
    </div>`);
    const agenda = page.querySelector('seminar-agenda')!;
    await waitUntil(() => $(agenda, '#item-welcome'), 'the agenda renders');
    let changes = 0;
    page.addEventListener('seminar-change', () => changes++);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    for (const el of page.children) observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await waitUntil(async () => (await stats(id)).notModified >= 4, 'polls answered 304', { timeout: 5000 });
    observer.disconnect();
    const s = await stats(id);
    expect(s.full).to.equal(1, 'only the first load has a body');
    expect(s.conditional).to.equal(s.requests - 1, 'every poll is conditional');
    expect(changes).to.equal(0);
    expect(mutations).to.have.length(0, 'a 304 re-renders nothing');
    // One poll for the three elements: never two requests at once.
    const gaps = s.times.slice(1).map((t, i) => t - s.times[i]);
    expect(Math.min(...gaps)).to.be.greaterThan(INTERVAL / 2, `gaps ${gaps.join(', ')}`);
  });

  it('shows a change in place: marks, one announcement, seminar-change; focus, open details, filters and favourites kept', async () => {
    const id = freshId();
    const page = await fixture<HTMLDivElement>(html`<div>
      <seminar-agenda live live-interval="0.15" now=${DURING} src=${url(id)}></seminar-agenda>
      <session-timer live live-interval="0.15" session="session-2" now=${DURING} src=${url(id)}></session-timer>
    </div>`);
    const el = page.querySelector<SeminarAgenda>('seminar-agenda')!;
    const timer = page.querySelector<SessionTimer>('session-timer')!;
    await waitUntil(() => $(el, '#item-debate-1'), 'the agenda renders');
    await waitUntil(() => timer.hasAttribute('state'));
    // The visitor's state: a favourite, a search, open details, focus on a button.
    ($(el, '#item-debate-1 .favourite') as HTMLButtonElement).click();
    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'e';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const details = $(el, '#item-opening-talk details.description') as HTMLDetailsElement | null;
    if (details) details.open = true;
    const star = $(el, '#item-debate-1 .favourite')!;
    star.focus();
    const welcome = $(el, '#item-welcome');
    const region = $(el, '.agenda > [role="status"]')!;
    // The search's own count is said first (after a pause in typing): it is not part of the change.
    await waitUntil(() => text(region).includes('shown'), 'the search count is announced', { timeout: 3000 });
    const said: string[] = [];
    new MutationObserver(() => said.push(text(region))).observe(region, { childList: true, subtree: true, characterData: true });

    const next = await seed<{ event: Record<string, unknown>; items: Record<string, unknown>[] }>();
    const item = (itemId: string) => next.items.find((i) => i['id'] === itemId)!;
    item('session-2')['start'] = '11:00';
    item('session-2')['end'] = '11:15';
    item('session-2')['status'] = 'moved';
    item('session-3')['status'] = 'cancelled';
    item('recap')['title'] = { en: 'Closing words', fr: 'Mot de clôture' };
    next.items = next.items.filter((i) => i['id'] !== 'debate-3');
    next.items.push({ id: 'late-news', type: 'talk', start: '12:40', end: '12:55', title: 'Late news' });
    const changed = oneEvent(el, 'seminar-change');
    await publish(id, next);
    const { detail } = (await changed) as CustomEvent<SeminarChangeDetail>;
    expect(detail.added.map((i) => i.id)).to.deep.equal(['late-news']);
    expect(detail.removed.map((i) => i.id)).to.deep.equal(['debate-3']);
    expect(detail.moved.map((c) => c.item.id)).to.include('session-2');
    expect(detail.moved.find((c) => c.item.id === 'session-2')!.fields).to.include.members(['start', 'end']);
    expect(detail.edited.map((c) => c.item.id)).to.include.members(['session-3', 'recap', 'session-2']);
    expect(detail.previous.items.find((i) => i.id === 'session-2')!.start).to.equal(Date.parse('2016-07-08T10:15:00+02:00'));
    // The marks come with their code, loaded on the first change.
    await waitUntil(() => $(el, '#item-late-news [part="change"]'), 'the changes should be marked');

    // In place: the same nodes, the same state.
    expect($(el, '#item-welcome')).to.equal(welcome);
    expect(el.shadowRoot!.activeElement).to.equal(star);
    expect($(el, '#item-debate-1 .favourite')!.getAttribute('aria-pressed')).to.equal('true');
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('e');
    if (details) expect(($(el, '#item-opening-talk details.description') as HTMLDetailsElement).open).to.equal(true);
    // Marked, in words.
    expect(text($(el, '#item-session-2 [part="change"]'))).to.equal('Moved to 11:00, Updated');
    expect(text($(el, '#item-late-news [part="change"]'))).to.equal('New');
    expect(text($(el, '#item-recap [part="change"]'))).to.equal('Updated');
    expect($(el, '#item-session-3')!.getAttribute('part')).to.contain('changed');
    expect(text($(el, '#item-session-3 [part="status"]'))).to.equal('Cancelled');
    expect($(el, '#item-debate-3')).to.equal(null);
    // Said once.
    await waitUntil(() => said.length > 0);
    await sleep(INTERVAL * 3);
    expect(said).to.deep.equal(['The programme has been updated: 5 items changed.']);
    await expect(el).to.be.accessible();
    // The timer follows the session to its new time and says it once.
    await timer.updateComplete;
    expect(text($(timer, '[part="details"]'))).to.match(/11:00/);
    expect(text($(timer, '[role="status"]'))).to.match(/^New time for Creating new unions for self-employed workers: 11:00\s?–\s?11:15\.$/);
  });

  it('focus in an item that is removed moves to the item that takes its place', async () => {
    const id = freshId();
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda live live-interval="0.15" now=${DURING} src=${url(id)}></seminar-agenda>`);
    await waitUntil(() => $(el, '#item-debate-2'));
    ($(el, '#item-debate-2 .favourite') as HTMLButtonElement).focus();
    const next = await seed<{ event: Record<string, unknown>; items: Record<string, unknown>[] }>();
    next.items = next.items.filter((i) => i['id'] !== 'debate-2');
    await publish(id, next);
    await oneEvent(el, 'seminar-change');
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'item-coffee-break', 'focus moves to the next item');
  });

  it('nothing is polled while the page is hidden; a due poll runs when it is shown', async () => {
    const id = freshId();
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda live live-interval="0.15" src=${url(id)}></seminar-agenda>`);
    await waitUntil(() => $(el, '#item-welcome'));
    await waitUntil(async () => (await stats(id)).requests >= 2, 'it polls', { timeout: 5000 });
    setHidden(true);
    await sleep(50);
    const before = (await stats(id)).requests;
    await sleep(INTERVAL * 5);
    expect((await stats(id)).requests).to.be.at.most(before + 1, 'at most the request already in flight');
    const hiddenCount = (await stats(id)).requests;
    setHidden(false);
    await waitUntil(async () => (await stats(id)).requests > hiddenCount, 'a poll as soon as the page is shown', { timeout: 1000 });
  });

  it('backs off on errors (and keeps the programme shown), then polls at its pace again', async () => {
    const id = freshId();
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda live live-interval="0.1" src=${url(id)}></seminar-agenda>`);
    await waitUntil(() => $(el, '#item-welcome'));
    await failNext(id, 4, 500);
    await waitUntil(async () => (await stats(id)).failed >= 4 && (await stats(id)).notModified >= 1, 'four failures then a success', { timeout: 8000 });
    const { times, requests, statuses } = await stats(id);
    // The waits after each failure double: 200, 400, 800, 1,600 ms (the 100 ms pace × 2, 4, 8, 16).
    // Lower bounds only: a timer is never early, but a busy machine may make any wait longer,
    // and a longer wait must not make the next one look too short (a ratio between waits did).
    const first = statuses.indexOf(500);
    const waits = [1, 2, 3, 4].map((n) => times[first + n] - times[first + n - 1]);
    expect(statuses.slice(first, first + 5)).to.deep.equal([500, 500, 500, 500, 304]);
    [200, 400, 800, 1600].forEach((least, n) => expect(waits[n]).to.be.at.least(least - 10, `waits ${waits.join(', ')}`));
    expect($(el, '#item-welcome')).to.not.equal(null);
    expect($(el, '[role="alert"]')).to.equal(null);
    // Back at its pace after the success.
    await waitUntil(async () => (await stats(id)).times.length > first + 5, 'a poll after the success', { timeout: 3000 });
    const after = (await stats(id)).times;
    expect(after[first + 5] - after[first + 4]).to.be.lessThan(waits[3]);
    expect(requests).to.be.at.least(first + 5);
  });

  it('waits as long as a 503 says in Retry-After', async () => {
    const id = freshId();
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda live live-interval="0.1" src=${url(id)}></seminar-agenda>`);
    await waitUntil(() => $(el, '#item-welcome'));
    await failNext(id, 1, 503, 1);
    await waitUntil(async () => (await stats(id)).failed === 1, 'the 503', { timeout: 3000 });
    const failedAt = (await stats(id)).times.at(-1)!;
    await waitUntil(async () => (await stats(id)).times.at(-1)! > failedAt, 'a request after the 503', { timeout: 4000 });
    const after = (await stats(id)).times.at(-1)!;
    expect(after - failedAt).to.be.at.least(900);
  });

  it('live="off" never polls; "auto" polls only while the event runs', async () => {
    const off = freshId();
    const auto = freshId();
    const before = freshId();
    const page = await fixture<HTMLDivElement>(html`<div>
      <seminar-agenda live="off" live-interval="0.1" now=${DURING} src=${url(off)}></seminar-agenda>
      <seminar-agenda live-interval="0.1" now=${DURING} src=${url(auto)}></seminar-agenda>
      <seminar-agenda live-interval="0.1" now="2016-07-01T09:00:00+02:00" src=${url(before)}></seminar-agenda>
    </div>`);
    await waitUntil(() => [...page.children].every((el) => el.shadowRoot?.querySelector('#item-welcome')));
    await waitUntil(async () => (await stats(auto)).requests >= 3, 'auto polls during the event', { timeout: 5000 });
    expect((await stats(off)).requests).to.equal(1);
    expect((await stats(before)).requests).to.equal(1);
    // The clock reaches the event: `auto` starts following.
    page.children[2].setAttribute('now', DURING);
    await waitUntil(async () => (await stats(before)).requests >= 2, 'auto starts when the event does', { timeout: 5000 });
  });

  it('an update that is not a valid programme keeps the one shown, with a seminar-error marked live', async () => {
    const id = freshId();
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda live live-interval="0.1" now=${DURING} src=${url(id)}></seminar-agenda>`);
    await waitUntil(() => $(el, '#item-welcome'));
    const errors: SeminarErrorDetail[] = [];
    el.addEventListener('seminar-error', (event) => errors.push(event.detail));
    await publish(id, '{"version": 1, "event": ');
    await waitUntil(() => errors.length === 1, 'one error for the broken update');
    expect(errors[0].live).to.equal(true);
    expect(errors[0].kind).to.equal('invalid');
    expect($(el, '#item-welcome')).to.not.equal(null);
    expect($(el, '[role="alert"]')).to.equal(null);
    // The same broken text is not read (nor reported) again at each poll.
    const { notModified } = await stats(id);
    await waitUntil(async () => (await stats(id)).notModified >= notModified + 2, '', { timeout: 3000 });
    expect(errors).to.have.length(1);
    // Fixed: shown.
    const fixed = await seed<{ event: Record<string, unknown>; items: Record<string, unknown>[] }>();
    fixed.items[0]['title'] = 'Welcome, again';
    await publish(id, fixed);
    await waitUntil(() => text($(el, '#item-welcome .title')) === 'Welcome, again');
  });

  it('with Last-Modified only, polls ask If-Modified-Since and get 304s; a reformatted file changes nothing', async () => {
    const id = freshId();
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda live live-interval="0.1" now=${DURING} src=${url(id, '&validators=last-modified')}></seminar-agenda>`);
    await waitUntil(() => $(el, '#item-welcome'));
    await waitUntil(async () => (await stats(id)).notModified >= 2, '304s from If-Modified-Since', { timeout: 5000 });
    let changes = 0;
    el.addEventListener('seminar-change', () => changes++);
    const full = (await stats(id)).full;
    await publish(id, JSON.stringify(await seed<{ event: Record<string, unknown>; items: Record<string, unknown>[] }>(), null, 4));
    await waitUntil(async () => (await stats(id)).full > full, 'the new text is fetched', { timeout: 3000 });
    await sleep(300);
    expect(changes).to.equal(0, 'the same programme, written differently');
  });

  it('a later element on a followed src gets the newest version', async () => {
    const id = freshId();
    const first = await fixture<SeminarAgenda>(html`<seminar-agenda live live-interval="0.1" now=${DURING} src=${url(id)}></seminar-agenda>`);
    await waitUntil(() => $(first, '#item-welcome'));
    const next = await seed<{ event: Record<string, unknown>; items: Record<string, unknown>[] }>();
    next.items[0]['title'] = 'Welcome, updated';
    await publish(id, next);
    await oneEvent(first, 'seminar-change');
    const later = await fixture<SeminarAgenda>(html`<seminar-agenda live="off" src=${url(id)}></seminar-agenda>`);
    await waitUntil(() => $(later, '#item-welcome'));
    expect(text($(later, '#item-welcome .title'))).to.equal('Welcome, updated');
  });
});
