/**
 * <session-timer> on the real, shared clock: what it costs, and what it does
 * while the page is hidden or the element is out of the document. These tests
 * count wake-ups and events over a few real seconds; they do not assert timing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/session-timer.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { clockIsScheduled, clockStats } from '../../../src/internal/clock.js';
import { sleep } from '../helpers.js';

const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
const MIN = 60_000;
const value = (el: Element) => (el.shadowRoot!.querySelector('[part="value"]')?.textContent ?? '').trim();

/** Pretend the page is hidden (or visible again) and tell the document. */
function setHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as { visibilityState?: unknown }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

async function timer(start: number, end: number, extra: Partial<SessionTimer> = {}): Promise<SessionTimer> {
  const el = await fixture<SessionTimer>(html`<session-timer start=${iso(start)} end=${iso(end)} label="Talk"></session-timer>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

describe('<session-timer> on the shared clock', () => {
  afterEach(() => {
    if (document.visibilityState === 'hidden') setHidden(false);
  });

  it('100 running timers cost one wake-up per second, and all of them tick', async () => {
    const start = iso(-10 * MIN);
    const end = iso(30 * MIN);
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 100 }, () => html`<session-timer variant="compact" start=${start} end=${end}></session-timer>`)}
    </div>`);
    const timers = [...wrapper.querySelectorAll('session-timer')];
    await Promise.all(timers.map((el) => el.updateComplete));
    const before = timers.map(value);
    expect(before[0]).to.match(/^\d\d:\d\d$/);
    expect(clockIsScheduled()).to.equal(true);
    const wakeUps = clockStats.wakeUps;
    await sleep(2500);
    const woken = clockStats.wakeUps - wakeUps;
    expect(woken, 'wake-ups in 2.5 s for 100 timers').to.be.within(1, 3);
    await Promise.all(timers.map((el) => el.updateComplete));
    expect(timers.filter((el, index) => value(el) === before[index]), 'timers that did not tick').to.have.length(0);
  });

  it('a far-away countdown wakes the page once a minute at most', async () => {
    const el = await timer(3 * 24 * 60 * MIN, 3 * 24 * 60 * MIN + 60 * MIN);
    expect(value(el)).to.equal('in 3 days');
    expect(clockIsScheduled()).to.equal(true);
    const wakeUps = clockStats.wakeUps;
    await sleep(2500);
    expect(clockStats.wakeUps - wakeUps).to.be.at.most(1);
  });

  it('the clock variant ticks every second even far away', async () => {
    const el = await timer(3 * 24 * 60 * MIN, 3 * 24 * 60 * MIN + 60 * MIN, { variant: 'clock' });
    const first = value(el);
    await waitUntil(() => value(el) !== first, 'the digits should tick', { timeout: 2500 });
  });

  it('an ended timer schedules nothing, unless it counts the overtime', async () => {
    const el = await timer(-60 * MIN, -MIN);
    expect(el.state).to.equal('ended');
    expect(clockIsScheduled()).to.equal(false);
    el.overtime = true;
    await el.updateComplete;
    expect(clockIsScheduled()).to.equal(true);
    const first = value(el);
    await waitUntil(() => value(el) !== first, 'the overtime should count up', { timeout: 2500 });
  });

  it('a fixed `now` schedules nothing', async () => {
    const el = await timer(-MIN, MIN, { now: Date.now() });
    expect(el.state).to.equal('running');
    expect(clockIsScheduled()).to.equal(false);
  });

  it('fires start from the real clock', async () => {
    const el = await timer(400, 60 * MIN);
    expect(el.state).to.equal('upcoming');
    const log: string[] = [];
    el.addEventListener('seminar-timer-start', () => log.push('start'));
    await waitUntil(() => log.length > 0, 'start should fire', { timeout: 3000 });
    expect(el.state).to.equal('running');
    expect(log).to.deep.equal(['start']);
  });

  it('schedules nothing while the page is hidden, and is right again the moment it is visible', async () => {
    const el = await timer(-MIN, 60 * MIN);
    expect(clockIsScheduled()).to.equal(true);
    setHidden(true);
    expect(clockIsScheduled()).to.equal(false);
    const stale = value(el);
    const wakeUps = clockStats.wakeUps;
    await sleep(1300);
    expect(clockStats.wakeUps).to.equal(wakeUps);
    expect(value(el), 'no work while hidden').to.equal(stale);
    setHidden(false);
    await el.updateComplete;
    expect(value(el), 'updated on becoming visible, without waiting for a tick').to.not.equal(stale);
    expect(clockIsScheduled()).to.equal(true);
  });

  it('fires the transitions that happened while the page was hidden, once each, in order', async () => {
    const el = await timer(300, 700, { warnBefore: 'PT0.2S' });
    const log: string[] = [];
    const noticed: number[] = [];
    for (const type of ['seminar-timer-start', 'seminar-timer-warning', 'seminar-timer-end'] as const) {
      el.addEventListener(type, (event) => {
        log.push(type);
        noticed.push(event.detail.now - event.detail.at);
      });
    }
    setHidden(true);
    await sleep(1200);
    expect(log, 'nothing while hidden').to.deep.equal([]);
    expect(el.state, 'not recomputed while hidden').to.equal('upcoming');
    setHidden(false);
    await el.updateComplete;
    expect(log).to.deep.equal(['seminar-timer-start', 'seminar-timer-warning', 'seminar-timer-end']);
    expect(noticed.every((late) => late > 0), 'detail.now tells they were noticed late').to.equal(true);
    expect(el.state).to.equal('ended');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal('Ended: Talk.');
    await sleep(1100);
    expect(log).to.have.length(3);
    expect(clockIsScheduled(), 'ended: nothing left to tick').to.equal(false);
  });

  it('disconnecting stops its work; reconnecting resumes it', async () => {
    const el = await timer(-MIN, 60 * MIN);
    const parent = el.parentNode!;
    expect(clockIsScheduled()).to.equal(true);
    el.remove();
    expect(clockIsScheduled()).to.equal(false);
    const stale = value(el);
    const wakeUps = clockStats.wakeUps;
    await sleep(1300);
    expect(clockStats.wakeUps).to.equal(wakeUps);
    expect(value(el)).to.equal(stale);
    parent.appendChild(el);
    await el.updateComplete;
    expect(value(el), 'shows the time now at once').to.not.equal(stale);
    expect(clockIsScheduled()).to.equal(true);
    const first = value(el);
    await waitUntil(() => value(el) !== first, 'ticks again', { timeout: 2500 });
  });
});
