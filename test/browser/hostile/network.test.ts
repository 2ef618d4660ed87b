/**
 * Network faults for `src`: HTTP errors, invalid JSON, a request that never
 * answers, a cross-origin URL without CORS, 100 rapid `src` changes, and
 * offline then online. Every case: a clear, localised message, a retry where
 * a retry can help, nothing thrown, and the page still usable.
 *
 * Endpoints (web-test-runner.config.mjs): `/__test/programme?delay=MS&status=CODE&id=X&file=…`
 * and `/__test/count?id=X`; offline comes from the `fail-requests` command
 * (test/plugins/emulation.mjs).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/session-timer.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarErrorDetail } from '../../../src/internal/programme-controller.js';
import { acquire, DEFAULT_TIMEOUT_MS, LoadError } from '../../../src/internal/shared-fetch.js';
import { alertOf, assertSafeDom, renderedLang, waitSettled, watchErrors } from './safety.js';

/** Waits for `condition`, generously (a loaded machine), with a message saying what did not happen. */
const waitFor = (condition: () => unknown, what: string) => waitUntil(condition, what, { timeout: 8000, interval: 10 });
/** `promise`, or a clear failure after 8 s. */
function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      setTimeout(() => {
        reject(new Error(`Timeout: ${what}`));
      }, 8000);
    }),
  ]);
}

let unique = 0;
const key = (name: string) => `net-${name}-${Date.now()}-${++unique}`;
const count = async (id: string) => ((await (await fetch(`/__test/count?id=${id}`)).json()) as { count: number }).count;
const title = (el: Element) => (el.shadowRoot?.querySelector('.event-title')?.textContent ?? '').trim();
const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');

async function agendaFor(src: string): Promise<{ el: SeminarAgenda; failure: Promise<CustomEvent<SeminarErrorDetail>> }> {
  const el = document.createElement('seminar-agenda');
  el.lang = 'en';
  const failure = oneEvent<CustomEvent<SeminarErrorDetail>>(el, 'seminar-error');
  el.src = src;
  document.body.append(el);
  await el.updateComplete;
  return { el, failure };
}

/** The message in English, then in French, and a working retry when `retry`. */
async function expectFailure(el: SeminarAgenda, english: RegExp, french: RegExp, retry: boolean): Promise<void> {
  await waitSettled([el], 'the agenda');
  expect(alertOf(el)?.title).to.match(english);
  expect(Boolean(retryButton(el)), 'retry button').to.equal(retry);
  assertSafeDom(el, 'error state');
  el.lang = 'fr';
  await waitFor(() => renderedLang(el) === 'fr', 'the error switches to French');
  expect(alertOf(el)?.title).to.match(french);
  el.lang = 'en';
  await waitFor(() => renderedLang(el) === 'en', 'and back');
}

describe('network faults for src', function () {
  this.timeout(15_000);
  let watcher: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    watcher = watchErrors();
  });
  afterEach(() => {
    watcher.stop();
    document.querySelectorAll('seminar-agenda, session-timer').forEach((el) => {
      el.remove();
    });
    expect(watcher.errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const status of [404, 500]) {
    it(`HTTP ${status}: names the status, in both languages; retry asks again`, async () => {
      const id = key(String(status));
      const { el, failure } = await agendaFor(`/__test/programme?status=${status}&id=${id}`);
      const { detail } = await within(failure, 'seminar-error');
      expect(detail).to.include({ kind: 'http', status });
      await expectFailure(el, new RegExp(`server answered ${status}`), new RegExp(`${status}`), true);
      expect(await count(id)).to.equal(1);
      const again = oneEvent(el, 'seminar-error');
      retryButton(el)!.click();
      await within(again, 'seminar-error after the retry');
      expect(await count(id)).to.equal(2);
    });
  }

  it('invalid JSON: the localised error names the path, no retry', async () => {
    const { el, failure } = await agendaFor(`/__test/programme?file=test/fixtures/broken.json&id=${key('json')}`);
    const { detail } = await within(failure, 'seminar-error');
    expect(detail.kind).to.equal('invalid');
    expect(detail.errors[0]).to.include({ code: 'invalid-json', path: '' });
    await expectFailure(el, /programme has (an|1) error/, /erreur/, false);
    expect(alertOf(el)!.paths).to.deep.equal(['/']);
  });

  it(`a request that never answers times out (after ${DEFAULT_TIMEOUT_MS / 1000} s, shortened here) with a clear message and a retry`, async () => {
    const id = key('hang');
    // The element has no timeout seam: shorten the shared fetch's own timer while it starts.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the very function, to put it back as it was
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
      realSetTimeout(handler, delay === DEFAULT_TIMEOUT_MS ? 200 : delay, ...rest)) as typeof window.setTimeout;
    let started: Awaited<ReturnType<typeof agendaFor>>;
    try {
      started = await agendaFor(`/__test/programme?delay=5000&id=${id}`);
    } finally {
      window.setTimeout = realSetTimeout;
    }
    const { detail } = await within(started.failure, 'seminar-error');
    expect(detail.kind).to.equal('timeout');
    await expectFailure(started.el, /took too long/, /trop de temps|trop long/, true);
  });

  it('the shared fetch rejects with a timeout LoadError after its limit', async () => {
    const lease = acquire(`/__test/programme?delay=3000&id=${key('lease')}`, 100);
    const error = await lease.text.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    lease.release();
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('timeout');
  });

  it('a cross-origin URL without CORS headers: a network failure, and the request did go out', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const id = key('cors');
    const { el, failure } = await agendaFor(`${location.protocol}//${other}:${location.port}/__test/programme?id=${id}`);
    const { detail } = await within(failure, 'seminar-error');
    expect(detail.kind).to.equal('network');
    expect(detail.url).to.contain(other);
    await expectFailure(el, /check the address and your connection/, /connexion/, true);
    expect(await count(id)).to.equal(1);
  });

  it('100 src changes in one go: one request, for the last', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => key(`burst${i}`));
    const el = document.createElement('seminar-agenda');
    document.body.append(el);
    for (const id of ids) el.src = `/__test/programme?id=${id}`;
    await waitFor(() => title(el) !== '', 'the last programme shows');
    const counts = await Promise.all(ids.map(count));
    expect(counts.slice(0, 99).every((c) => c === 0)).to.equal(true);
    expect(counts[99]).to.equal(1);
  });

  it('100 src changes, each rendered: only the last programme shows, earlier answers never land', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => key(`rapid${i}`));
    const el = document.createElement('seminar-agenda');
    const loads: string[] = [];
    el.addEventListener('seminar-load', (event) => loads.push(event.detail.programme.event.id ?? ''));
    document.body.append(el);
    for (const [i, id] of ids.entries()) {
      // Every earlier answer is slow; the last one is quick and a different programme.
      el.src = i < 99 ? `/__test/programme?delay=300&id=${id}` : `/__test/programme?file=test/fixtures/two-rooms.json&id=${id}`;
      await el.updateComplete;
    }
    await waitFor(() => title(el) === 'Autumn school', 'the last programme shows');
    // Past the slow answers' delay: none of them replaces it.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(title(el)).to.equal('Autumn school');
    expect(loads).to.deep.equal(['autumn-school-2016']);
    const counts = await Promise.all(ids.map(count));
    // Each change asked once (its request then aborted); nothing was asked twice.
    expect(counts.every((c) => c <= 1), counts.join(',')).to.equal(true);
    expect(counts[99]).to.equal(1);
  });

  it('offline, then online: the failure offers a retry, and the retry loads', async () => {
    const id = key('offline');
    const src = `/__test/programme?id=${id}&offline=1`;
    await executeServerCommand('fail-requests', { contains: 'offline=1' });
    let started: Awaited<ReturnType<typeof agendaFor>>;
    try {
      started = await agendaFor(src);
      await waitFor(() => alertOf(started.el), 'the offline failure shows');
      const { detail } = await within(started.failure, 'seminar-error');
      expect(detail.kind).to.equal('network');
      await expectFailure(started.el, /check the address and your connection/, /connexion/, true);
      expect(await count(id), 'offline: nothing reached the server').to.equal(0);
    } finally {
      await executeServerCommand('fail-requests', { contains: null });
    }
    const { el } = started;
    retryButton(el)!.click();
    await waitFor(() => title(el) !== '', 'the programme shows after the retry');
    expect(alertOf(el)).to.equal(undefined);
    expect(await count(id)).to.equal(1);
  });

  it('widgets sharing a failed src each offer a retry, and each recovers', async () => {
    const id = key('shared');
    const src = `/__test/programme?id=${id}&offline=1`;
    await executeServerCommand('fail-requests', { contains: 'offline=1' });
    const agenda = document.createElement('seminar-agenda');
    const timer = document.createElement('session-timer');
    try {
      agenda.src = src;
      timer.src = src;
      timer.session = 'session-1';
      document.body.append(agenda, timer);
      await waitFor(() => alertOf(agenda) && alertOf(timer), 'both fail');
    } finally {
      await executeServerCommand('fail-requests', { contains: null });
    }
    retryButton(agenda)!.click();
    await waitFor(() => title(agenda) !== '', 'the agenda loads');
    retryButton(timer)!.click();
    await waitFor(() => timer.hasAttribute('state'), 'the timer loads');
    expect(alertOf(agenda)).to.equal(undefined);
    expect(alertOf(timer)).to.equal(undefined);
  });
});
