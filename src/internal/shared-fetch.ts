/**
 * One request per URL per page, however many widgets ask for it — and one poll
 * per URL for the widgets that follow its changes.
 *
 * `acquire(url)` returns the shared response text and a `release` function.
 * A request still in flight is aborted when its last user releases it (a
 * widget whose `src` changed, or that left the page). A successful response
 * is kept for the page's lifetime (the newest text, once followed); a failed
 * one is forgotten so a retry fetches again.
 *
 * `lease.follow(onText, interval)` polls the URL while at least one lease
 * follows it, every `interval` (the shortest asked for) give or take 20 %, so
 * that many pages open on the same programme do not all ask at the same
 * second. Nothing is polled while the page is hidden: when it is shown again,
 * a poll that is due runs at once. Polls are conditional: on the page's own
 * origin they send `If-None-Match` / `If-Modified-Since` from the last
 * response and a `304 Not Modified` ends there (nothing read, nothing
 * parsed); on another origin (where those headers would need a CORS
 * preflight) the browser's cache revalidates, and a text equal to the last one
 * ends there too. A failed poll waits twice as long as the last (up to 15
 * minutes, or the server's `Retry-After`), and the page coming back online
 * polls at once. Only a new text reaches the followers.
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

/**
 * Limits of the polls. Tests shorten `minInterval` (nothing else should).
 * @internal
 */
export const pollSettings = {
  /** No follower polls more often than this (ms). */
  minInterval: 15_000,
  /** The longest wait after failures (ms). */
  maxBackoff: 15 * 60_000,
  /** ± this fraction of the interval, at random. */
  jitter: 0.2,
};

type OnText = (text: string) => void;

/** @internal */
export interface Follower {
  onText: OnText;
  interval: number;
}

/** What the page knows of one URL. @internal */
export interface Entry {
  url: string;
  promise: Promise<string>;
  controller: AbortController;
  users: number;
  settled: boolean;
  /** The request failed: the entry is dropped when its last user lets it go. */
  failed?: boolean;
  /** The newest text and the validators that came with it. */
  text?: string;
  etag?: string;
  lastModified?: string;
  followers: Set<Follower>;
  /** The next poll, when one is scheduled. */
  timer?: ReturnType<typeof setTimeout>;
  /** A poll in flight. */
  polling?: AbortController;
  /** When the last response (or failure) came. */
  lastPoll: number;
  /** Failed polls in a row. */
  failures: number;
  /** No poll before this time (the server's `Retry-After`). */
  notBefore: number;
}

/** @internal */
export const entries = new Map<string, Entry>();

/** The polling code: loaded when some element first follows a URL (most page views never do). */
let polling: Promise<typeof import('./live-poll.js')> | undefined;
function schedule(entry: Entry): void {
  if (!entry.followers.size && !entry.timer) return;
  polling ??= import('./live-poll.js');
  void polling.then((module) => {
    module.schedule(entry);
  });
}

/**
 * A request the autoloader started for an element's `src` before the
 * element's code came (see autoloader.ts), under the same rules as ours:
 * a GET with the page's credentials for its own origin only. @internal
 */
export interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
}

/** Where the autoloader leaves its early requests, by URL (`href`): a global, as the autoloader shares no module with the elements. @internal */
export const EARLY_REQUESTS = Symbol.for('seminar-widgets.early-requests');

/** The early request for `url`, taken (each is used once), if the autoloader started one. */
function takeEarly(url: string): EarlyRequest | undefined {
  const early = (globalThis as { [EARLY_REQUESTS]?: Map<string, EarlyRequest> })[EARLY_REQUESTS];
  if (!early?.size) return undefined;
  let key: string;
  try {
    key = new URL(url).href;
  } catch {
    return undefined;
  }
  const found = early.get(key);
  early.delete(key);
  return found;
}

/**
 * A fetch with the time limit, its errors as `LoadError`s. `early`: the
 * response of a request already under way for the same URL (the autoloader's),
 * used instead of a new one, under the same time limit; aborting `controller`
 * aborts it. @internal
 */
export async function request(url: string, init: RequestInit, controller: AbortController, timeoutMs: number, early?: EarlyRequest): Promise<Response> {
  const timer = setTimeout(() => {
    controller.abort(new LoadError('timeout', url));
  }, timeoutMs);
  try {
    if (early) {
      // Aborting ours (the time limit, the last user gone) aborts it, and stops waiting for it.
      const { signal } = controller;
      const aborted = new Promise<never>((_, reject) => {
        const abort = (): void => {
          early.controller.abort(signal.reason);
          reject(new Error('aborted'));
        };
        if (signal.aborted) abort();
        else signal.addEventListener('abort', abort, { once: true });
      });
      return await Promise.race([early.response, aborted]);
    }
    return await fetch(url, { ...init, signal: controller.signal, credentials: 'same-origin' });
  } catch {
    const reason: unknown = controller.signal.reason;
    throw reason instanceof LoadError ? reason : new LoadError('network', url);
  } finally {
    clearTimeout(timer);
  }
}

/** The body of a successful response, within the size limit; keeps its validators. @internal */
export async function readText(url: string, response: Response, entry: Entry, controller: AbortController): Promise<string> {
  if (!response.ok) throw new LoadError('http', url, response.status);
  const text = await readLimited(response, url, controller);
  const etag = response.headers.get('ETag');
  const lastModified = response.headers.get('Last-Modified');
  if (etag) entry.etag = etag;
  else delete entry.etag;
  if (lastModified) entry.lastModified = lastModified;
  else delete entry.lastModified;
  return text;
}

function start(url: string, timeoutMs: number): Entry {
  const controller = new AbortController();
  const entry: Entry = {
    url,
    controller,
    users: 0,
    settled: false,
    promise: Promise.resolve(''),
    followers: new Set(),
    lastPoll: 0,
    failures: 0,
    notBefore: 0,
  };
  entry.promise = request(url, {}, controller, timeoutMs, takeEarly(url))
    .then((response) => readText(url, response, entry, controller))
    .catch((error: unknown) => {
      if (error instanceof LoadError) throw error;
      const reason: unknown = controller.signal.reason;
      throw reason instanceof LoadError ? reason : new LoadError('network', url);
    })
    .then((text) => {
      entry.text = text;
      return text;
    })
    .finally(() => {
      entry.settled = true;
      entry.lastPoll = Date.now();
      schedule(entry);
    });
  // A failure is not kept once nobody holds it (see `release`): the next acquire fetches again.
  // While held (an agenda's early request, until its controller takes it over), it is shared.
  entry.promise.catch(() => {
    entry.failed = true;
    if (entry.users === 0 && entries.get(url) === entry) entries.delete(url);
  });
  return entry;
}

/**
 * The body as text, read chunk by chunk and abandoned (the request aborted)
 * as soon as it passes `MAX_PROGRAMME_SIZE` characters: a response that
 * streams without end, or past the limit without a `Content-Length`, is cut
 * while it is read, not after it has all arrived. A `Content-Length` beyond
 * what the limit can take (4 bytes a character in UTF-8) is refused before
 * reading anything.
 */
async function readLimited(response: Response, url: string, controller: AbortController): Promise<string> {
  const tooLarge = (): LoadError => {
    const error = new LoadError('too-large', url);
    controller.abort(error);
    return error;
  };
  if (Number(response.headers.get('content-length')) > MAX_PROGRAMME_SIZE * 4) throw tooLarge();
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (text.length > MAX_PROGRAMME_SIZE) throw new LoadError('too-large', url);
    return text;
  }
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const part = decoder.decode(chunk.value, { stream: true });
    length += part.length;
    if (length > MAX_PROGRAMME_SIZE) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(part);
  }
  parts.push(decoder.decode());
  const text = parts.join('');
  if (text.length > MAX_PROGRAMME_SIZE) throw tooLarge();
  return text;
}

export interface Lease {
  readonly text: Promise<string>;
  /**
   * Follow the URL's changes: `onText` hears each new text (never the same one
   * twice). The URL is polled every `interval` ms (at least
   * `pollSettings.minInterval`) while some lease follows it. Returns the
   * function that stops following; `release` stops it too.
   */
  follow(onText: OnText, interval: number): () => void;
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
  let follower: Follower | undefined;
  const unfollow = (): void => {
    if (!follower) return;
    held.followers.delete(follower);
    follower = undefined;
    schedule(held);
  };
  return {
    get text() {
      return held.promise;
    },
    follow(onText, interval) {
      unfollow();
      if (released) return unfollow;
      follower = { onText, interval: Math.max(pollSettings.minInterval, interval) };
      held.followers.add(follower);
      schedule(held);
      return unfollow;
    },
    release() {
      if (released) return;
      released = true;
      unfollow();
      held.users--;
      if (held.users === 0 && !held.settled) {
        held.controller.abort();
        if (entries.get(url) === held) entries.delete(url);
      } else if (held.users === 0 && held.failed && entries.get(url) === held) entries.delete(url);
    },
  };
}

/** Forget a URL's cached response (used by "retry"). */
export function invalidate(url: string): void {
  const entry = entries.get(url);
  if (entry?.settled && entry.followers.size === 0) entries.delete(url);
}

