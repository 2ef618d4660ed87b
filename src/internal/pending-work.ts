/**
 * Work an element waits for before it is settled: the code that reads its
 * programme on its way, an importer. Its `updateComplete` resolves only once
 * that work is done and rendered (seminar-element.ts), and an element
 * hydrating a server's rendering waits for it before its first update.
 */

const pending = new WeakMap<Element, Promise<unknown>>();

/** `host` is not settled until `work` is done. */
export function waitFor(host: Element, work: Promise<unknown>): void {
  const all: Promise<unknown> = Promise.all([pending.get(host), work.catch(() => undefined)]).then(() => {
    if (pending.get(host) === all) pending.delete(host);
  });
  pending.set(host, all);
}

/** What `host` still waits for, if anything. */
export function pendingOf(host: Element): Promise<unknown> | undefined {
  return pending.get(host);
}
