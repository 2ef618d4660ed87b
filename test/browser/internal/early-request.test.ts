/**
 * The request the autoloader starts for an element's `src` before the
 * element's code has come (src/autoloader.ts), taken over by the shared
 * fetch (src/internal/shared-fetch.ts): used once instead of a new request,
 * under the same time limit, size limit and errors, and aborted with it.
 */
import { expect } from '@open-wc/testing';
import { acquire, EARLY_REQUESTS, type EarlyRequest, LoadError } from '../../../src/internal/shared-fetch.js';

let unique = 0;
/** An absolute URL on this origin that nothing serves: a real request for it would fail. */
const url = (name: string) => new URL(`/__test/early-${name}-${Date.now()}-${++unique}.json`, location.href).href;

function registry(): Map<string, EarlyRequest> {
  const global = globalThis as { [EARLY_REQUESTS]?: Map<string, EarlyRequest> };
  return (global[EARLY_REQUESTS] ??= new Map<string, EarlyRequest>());
}

/** Leaves an early request for `href` whose response is `response`. */
function early(href: string, response: Promise<Response>): AbortController {
  const controller = new AbortController();
  registry().set(href, { response, controller });
  return controller;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );

describe('the early request for src', function () {
  this.timeout(10_000);
  let fetches = 0;
  const realFetch = window.fetch.bind(window);
  beforeEach(() => {
    fetches = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      fetches++;
      return realFetch(...args);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('is taken over, once: its text is read and no second request goes out', async () => {
    const href = url('taken');
    early(href, Promise.resolve(new Response('{"early":true}', { headers: { ETag: '"v1"' } })));
    const lease = acquire(href);
    expect(await lease.text).to.equal('{"early":true}');
    expect(fetches, 'no request of its own').to.equal(0);
    expect(registry().has(href), 'used once').to.equal(false);
    lease.release();
  });

  it('is found by the resolved URL', async () => {
    const href = url('resolved');
    early(href, Promise.resolve(new Response('resolved')));
    // The same URL as another spelling of it gives it (a default port).
    const spelled = href.replace(`//${location.host}/`, `//${location.hostname}:${location.port || (location.protocol === 'https:' ? '443' : '80')}/`);
    const lease = acquire(spelled);
    expect(await lease.text).to.equal('resolved');
    lease.release();
  });

  it('keeps the time limit: an answer that never comes is a timeout, and the early request is aborted', async () => {
    const href = url('never');
    const controller = early(href, new Promise<Response>(() => undefined));
    const lease = acquire(href, 100);
    const error = await failure(lease.text);
    lease.release();
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('timeout');
    expect(controller.signal.aborted, 'the early request is aborted').to.equal(true);
  });

  it('is aborted when its last user leaves before it came', async () => {
    const href = url('left');
    const controller = early(href, new Promise<Response>(() => undefined));
    const lease = acquire(href);
    lease.text.catch(() => undefined);
    lease.release();
    await Promise.resolve();
    expect(controller.signal.aborted).to.equal(true);
  });

  it('an HTTP error in it is the same error as in a request of our own', async () => {
    const href = url('status');
    early(href, Promise.resolve(new Response('gone', { status: 410 })));
    const lease = acquire(href);
    const error = await failure(lease.text);
    lease.release();
    expect(error).to.be.instanceOf(LoadError);
    expect([(error as LoadError).kind, (error as LoadError).status]).to.deep.equal(['http', 410]);
  });

  it('a network failure in it is a network error', async () => {
    const href = url('offline');
    early(href, Promise.reject(new TypeError('Failed to fetch')));
    const lease = acquire(href);
    const error = await failure(lease.text);
    lease.release();
    expect((error as LoadError).kind).to.equal('network');
  });

  it('without one, the shared fetch asks itself', async () => {
    const href = url('none');
    const lease = acquire(href);
    await failure(lease.text);
    lease.release();
    expect(fetches).to.equal(1);
  });
});
