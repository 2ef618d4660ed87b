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

/** Elements that render others declare them: usual tag → class (as Shoelace's `static dependencies`). */
export type Dependencies = Record<string, CustomElementConstructor>;

/**
 * The tag an inner element (the list's cards, the agenda dialog's card) is
 * drawn under: the page's own name for its class when it has one (a site that
 * registers the classes under names of its own via `classes.js` gets working
 * inner elements); else the class is registered now under `usual`, or, when
 * other code holds that name, under the first free `usual-2`, `usual-3`…
 * The class is the one `host`'s `static dependencies` names under `usual` (a
 * subclass may name its own), else `element`.
 */
export function dependencyTag(host: Element, usual: string, element?: CustomElementConstructor): string {
  const declared = (host.constructor as { dependencies?: Dependencies }).dependencies?.[usual] ?? element;
  if (!declared) return usual;
  const registry = customElements;
  const named = registry.getName(declared);
  if (named) return named;
  let tag = usual;
  for (let n = 2; registry.get(tag); n++) tag = `${usual}-${n}`;
  registry.define(tag, declared);
  return tag;
}

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
