/**
 * What the browser tests share: the seed programme, queries in an element's
 * shadow root, text as it reads, and waiting for an element to settle.
 * (Accessibility helpers are in a11y/helpers.ts, hostile-input checks in
 * hostile/safety.ts.)
 */
import type { Programme } from '../../src/model/types.js';

/** The seed programme (8 July 2016, Europe/Paris, 08:45–13:30), served from `examples/`. */
export const SEED = '/examples/digital-era-seminar.json';

let seedJson: Promise<unknown> | undefined;

/** A fresh copy of the seed programme's JSON, to change at will (fetched once per test file). */
export async function seed<T = Record<string, unknown>>(): Promise<T> {
  seedJson ??= fetch(SEED).then((response) => response.json() as Promise<unknown>);
  return structuredClone(await seedJson) as T;
}

/**
 * The seed programme, parsed. (src/model.js is imported here, when asked: it
 * pulls in the importers, which a test of lazy loading must not see loaded.)
 */
export async function seedProgramme(): Promise<Programme> {
  const { parseProgramme } = await import('../../src/model.js');
  return parseProgramme(await seed());
}

/** The first match of `selector` in `el`'s shadow root. */
export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Every match of `selector` in `el`'s shadow root. */
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** `value` with runs of white space made one space, trimmed. */
export const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** The text of `node`, white space squashed. */
export const text = (node: Element | null | undefined) => squash(node?.textContent);

/**
 * The text of `node` with runs of ASCII white space squashed, keeping the
 * no-break and narrow no-break spaces that `Intl` puts in times and numbers.
 */
export const textKeepingNbsp = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** After the tasks queued now. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** After the next animation frame. */
export const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `el` once its update, and any update that update queued, are done. */
export async function settled<T extends Element & { updateComplete: Promise<unknown> }>(el: T): Promise<T> {
  await el.updateComplete;
  await nextTask();
  await el.updateComplete;
  return el;
}

/** Types `value` into the input `selector` of `el`'s shadow root, as a user would (one `input` event). */
export function type(el: Element, selector: string, value: string): void {
  const input = $(el, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

let pageStyle: HTMLStyleElement | undefined;

/** The host page's own style sheet: `css` replaces the one set before. */
export function hostPage(css: string): void {
  pageStyle?.remove();
  pageStyle = document.createElement('style');
  pageStyle.textContent = css;
  document.head.append(pageStyle);
}

/** Removes the style sheet `hostPage` set. */
export function resetHostPage(): void {
  pageStyle?.remove();
  pageStyle = undefined;
}
