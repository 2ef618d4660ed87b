/**
 * The define modules register each element under its usual tag unless the
 * page registered its class under a tag of its own already (`classes.js`).
 * When a tag is already taken (another copy of this library, or a host's own
 * element of that name), they leave it alone and say so — once
 * per page, however many tags and copies: the flag lives on `globalThis`
 * under a registered symbol, so every copy of the library shares it.
 */
import { isServer } from 'lit';

const WARNED = Symbol.for('seminar-widgets.tag-taken');

/** Whether `tag` is to be defined for `element` now: neither is registered yet (warns when other code holds the tag). */
export function unregistered(tag: string, element: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing && existing !== element) warnTagTaken(tag);
  return !existing && !customElements.getName(element);
}

function warnTagTaken(tag: string): void {
  const page = globalThis as { [WARNED]?: boolean };
  if (page[WARNED]) return;
  page[WARNED] = true;
  if (isServer) {
    // Frameworks load server and client code as separate copies in one process (Next.js):
    // harmless here, and nothing registered on a server reaches the browser.
    console.warn(
      `seminar-widgets: <${tag}> is already registered on this server by another copy of seminar-widgets (frameworks load server and client code separately). Harmless for server rendering; but what server code registers never reaches the browser: register the elements in client code ('use client' in Next.js). See docs/frameworks.md#nextjs-server-and-client.`,
    );
    return;
  }
  console.warn(
    `seminar-widgets: <${tag}> is already defined by other code (another copy of this library?); this copy's elements are not registered (other tags in the same case are not reported).`,
  );
}
