/**
 * `repeat` for lists an element renders, safe on the server.
 *
 * Lit's server renderer calls a directive's callbacks after the element's
 * `render()` has returned, so the templates `repeat` makes there would be
 * made outside the element's language (localize.ts `renderWith`: a French
 * agenda's type badges in English) and would then not match what the browser
 * renders as it hydrates. On the server the templates are made at once; the
 * markup is the same, and the browser hydrates it with `repeat`.
 */
import { isServer } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export function keyedList<T>(items: readonly T[], key: (item: T, index: number) => unknown, template: (item: T, index: number) => unknown): unknown {
  return isServer ? items.map(template) : repeat(items, key, template);
}
