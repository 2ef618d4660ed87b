/**
 * The inner elements an element draws (the list's cards, the agenda dialog's
 * card), under the tag the page gave their class, or registered now.
 */
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
