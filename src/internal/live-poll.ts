/**
 * The polls of followed URLs (see shared-fetch.ts), loaded the first time an
 * element follows one: a page that never follows never downloads this.
 */
import { DEFAULT_TIMEOUT_MS, entries, pollSettings, readText, request, type Entry } from './shared-fetch.js';

function hidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

/** The shortest interval the followers ask for. */
function interval(entry: Entry): number {
  let shortest = Infinity;
  for (const follower of entry.followers) shortest = Math.min(shortest, follower.interval);
  return shortest;
}

/** Set (or clear) the entry's next poll. */
export function schedule(entry: Entry): void {
  watchPage();
  clearTimeout(entry.timer);
  entry.timer = undefined;
  if (!entry.followers.size || !entry.settled || entry.polling || hidden() || entries.get(entry.url) !== entry) return;
  const base = interval(entry);
  const wait = Math.min(base * 2 ** entry.failures, Math.max(base, pollSettings.maxBackoff));
  const jitter = 1 + (Math.random() * 2 - 1) * pollSettings.jitter;
  const due = Math.max(entry.lastPoll + wait * jitter, entry.notBefore);
  entry.timer = setTimeout(
    () => {
      void poll(entry);
    },
    Math.max(0, due - Date.now()),
  );
}

async function poll(entry: Entry): Promise<void> {
  entry.timer = undefined;
  if (!entry.followers.size || hidden()) return;
  const { url } = entry;
  const controller = new AbortController();
  entry.polling = controller;
  try {
    const sameOrigin = typeof location !== 'undefined' && new URL(url).origin === location.origin;
    const headers: Record<string, string> = {};
    if (sameOrigin && entry.etag) headers['If-None-Match'] = entry.etag;
    if (sameOrigin && entry.lastModified) headers['If-Modified-Since'] = entry.lastModified;
    // Same origin: our own validators, the browser's cache left aside, so a 304 reaches us.
    // Another origin: those headers would need a preflight; the browser revalidates its cache instead.
    const response = await request(url, { headers, cache: sameOrigin ? 'no-store' : 'no-cache' }, controller, DEFAULT_TIMEOUT_MS);
    if (response.status === 304) {
      entry.failures = 0;
      return;
    }
    if (!response.ok) entry.notBefore = retryAfter(response);
    const text = await readText(url, response, entry, controller);
    entry.failures = 0;
    if (text === entry.text) return;
    entry.text = text;
    entry.promise = Promise.resolve(text);
    for (const follower of [...entry.followers]) {
      try {
        follower.onText(text);
      } catch (error) {
        // One broken follower must not stop the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  } catch {
    entry.failures = Math.min(entry.failures + 1, 10);
  } finally {
    entry.polling = undefined;
    entry.lastPoll = Date.now();
    schedule(entry);
  }
}

/** When a 429 or 503 says to come back (`Retry-After` in seconds or as a date); 0 when it does not. */
function retryAfter(response: Response): number {
  const value = response.headers.get('Retry-After');
  if (!value || (response.status !== 429 && response.status !== 503)) return 0;
  const seconds = Number(value);
  const until = Number.isFinite(seconds) ? Date.now() + seconds * 1000 : Date.parse(value);
  // Never more than the longest back-off: a wrong header must not stop the page for good.
  return Number.isFinite(until) ? Math.min(until, Date.now() + pollSettings.maxBackoff) : 0;
}

let watching = false;

/** Pause while the page is hidden, poll what is due when it is shown, and at once when back online. */
function watchPage(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('visibilitychange', () => {
    for (const entry of entries.values()) schedule(entry);
  });
  window.addEventListener('online', () => {
    for (const entry of entries.values()) {
      if (entry.failures === 0) continue;
      entry.failures = 0;
      entry.notBefore = 0;
      entry.lastPoll = 0;
      schedule(entry);
    }
  });
}
