/**
 * How every element of the library fires its events: from itself, once.
 *
 * An element that another element of the library draws in its shadow root
 * (the agenda's speaker card, the list's cards) fires nothing: the outer
 * element speaks for the programme, and the page's listeners — even capturing
 * ones on `document` — never hear the inner element's `seminar-load` as if it
 * were the outer one's. Elements are recognised by a registered symbol, so
 * this holds across two copies of the library and under other tag names.
 */
import { isServer } from 'lit';

const ELEMENT = Symbol.for('seminar-widgets.element');

/** Marks `element` as one of the library's (SeminarElement does it for every element). */
export function markLibraryElement(element: object): void {
  Object.defineProperty(element, ELEMENT, { value: true });
}

function isLibraryElement(node: unknown): boolean {
  return typeof node === 'object' && node !== null && ELEMENT in node;
}

/** Whether `element` is drawn inside the shadow root of another of the library's elements. */
export function isInnerElement(element: Element): boolean {
  const root = element.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot && isLibraryElement(root.host);
}

/**
 * Dispatches `event` from `element`, unless another of the library's elements
 * drew it (see above). On the server (server rendering), nothing is fired.
 */
export function emit(element: Element, event: Event): void {
  if (!isServer && !isInnerElement(element)) element.dispatchEvent(event);
}
