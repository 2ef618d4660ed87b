/**
 * When a tag is already taken (another copy of this library, or a host's own
 * element of that name), the define modules leave it alone and say so — once
 * per page, however many tags and copies: the flag lives on `globalThis`
 * under a registered symbol, so every copy of the library shares it.
 */
const WARNED = Symbol.for('seminar-widgets.tag-taken');

export function warnTagTaken(tag: string): void {
  const page = globalThis as { [WARNED]?: boolean };
  if (page[WARNED]) return;
  page[WARNED] = true;
  console.warn(
    `seminar-widgets: <${tag}> is already defined by other code (another copy of this library?); this copy's elements are not registered (other tags in the same case are not reported).`,
  );
}
