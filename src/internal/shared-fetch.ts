/**
 * One request per URL per page, however many widgets ask for it.
 *
 * `acquire(url)` returns the shared response text and a `release` function.
 * A request still in flight is aborted when its last user releases it (a
 * widget whose `src` changed, or that left the page). A successful response
 * is kept for the page's lifetime; a failed one is forgotten so a retry
 * fetches again.
 */

import type { LoadFailureKind } from '../events/seminar-error.js';

/** Why a load failed, for the message the widget shows. */
export type { LoadFailureKind };

export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly kind: LoadFailureKind,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${kind} error loading ${url}${status ? ` (HTTP ${status})` : ''}`);
  }
}

/** Default time limit for one request. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Largest programme we accept, in characters. */
export const MAX_PROGRAMME_SIZE = 5_000_000;

interface Entry {
  promise: Promise<string>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

function start(url: string, timeoutMs: number): Entry {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new LoadError('timeout', url));
  }, timeoutMs);
  const entry: Entry = { controller, users: 0, settled: false, promise: Promise.resolve('') };
  entry.promise = fetch(url, { signal: controller.signal, credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok) throw new LoadError('http', url, response.status);
      const text = await response.text();
      if (text.length > MAX_PROGRAMME_SIZE) throw new LoadError('too-large', url);
      return text;
    })
    .catch((error: unknown) => {
      if (error instanceof LoadError) throw error;
      const reason: unknown = controller.signal.reason;
      throw reason instanceof LoadError ? reason : new LoadError('network', url);
    })
    .finally(() => {
      clearTimeout(timer);
      entry.settled = true;
    });
  // A failure is not kept: the next acquire fetches again.
  entry.promise.catch(() => {
    if (entries.get(url) === entry) entries.delete(url);
  });
  return entry;
}

export interface Lease {
  readonly text: Promise<string>;
  release(): void;
}

/** Share the request for `url` (resolved against the document) with other users. */
export function acquire(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Lease {
  let entry = entries.get(url);
  if (!entry) {
    entry = start(url, timeoutMs);
    entries.set(url, entry);
  }
  const held = entry;
  held.users++;
  let released = false;
  return {
    text: held.promise,
    release() {
      if (released) return;
      released = true;
      held.users--;
      if (held.users === 0 && !held.settled) {
        held.controller.abort();
        if (entries.get(url) === held) entries.delete(url);
      }
    },
  };
}

/** Forget a URL's cached response (used by "retry"). */
export function invalidate(url: string): void {
  const entry = entries.get(url);
  if (entry?.settled) entries.delete(url);
}
