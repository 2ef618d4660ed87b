/**
 * Server rendering and hydration, written once for every element.
 *
 * On the server (`@lit-labs/ssr`), an element renders what it would render in
 * the browser — from its `programme` property, in the language of its `lang`
 * attribute (a server cannot see the page around the element) — and puts first
 * in its shadow root a hidden record of what it rendered from: its status, the
 * programme (in the programme format), the failure, its language and the time.
 *
 * In the browser, the element's first update renders that record again, so it
 * renders exactly what the server did (with Lit's hydration support loaded,
 * Lit then adopts the server's nodes instead of making its own), without
 * waiting for a fetch or a module. The update after it renders the browser's
 * own state — the clock, the visitor's favourites and time zone, a programme
 * the page set meanwhile — and changes only what differs. While rendering on
 * the server or hydrating, the visitor's time zone is taken to be the event's,
 * and there are no favourites yet.
 *
 * An element drawn by another element (the list's cards) records no
 * programme: the outer element gives it its programme again as it hydrates.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { SeminarErrorDetail } from '../events/seminar-error.js';

/** What an element rendered from on the server. */
export interface HydrationRecord {
  /** The status it rendered in. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The programme, in the programme format (status `ready`, when the element was not given it by another). */
  programme?: unknown;
  /** The failure it showed (status `error`). */
  failure?: SeminarErrorDetail;
  /** The language tag it rendered in. */
  lang: string;
  /** The instant it rendered at (epoch ms). */
  now: number;
}

const MARK = 'data-seminar-hydration';
const STATUSES: readonly string[] = ['idle', 'loading', 'ready', 'error'];

/** Records of the elements hydrating now, until their first update is done. */
const hydrating = new WeakMap<Element, HydrationRecord>();

/** What each element's programme controller says it rendered from (see `recordSource`). */
type RecordPart = Pick<HydrationRecord, 'status' | 'programme' | 'failure'>;
const sources = new WeakMap<Element, () => RecordPart>();

/** The programme controller of `host` says what it renders from, for the server's record. */
export function recordSource(host: Element, part: () => RecordPart): void {
  sources.set(host, part);
}

/** On the server: the record of what `host` renders from, in `lang` at `now`. */
export function serverRecord(host: Element, lang: string, now: number): HydrationRecord {
  return { ...(sources.get(host)?.() ?? { status: 'idle' }), lang, now };
}

/**
 * The hidden node that carries `record` (first in the shadow root): JSON as
 * the text of a hidden element, which Lit escapes as text and the browser
 * gives back as it was. `nothing` in the browser once hydrated.
 */
export function renderRecord(record: HydrationRecord | undefined): TemplateResult | typeof nothing {
  return record ? html`<div hidden data-seminar-hydration>${JSON.stringify(record)}</div>` : nothing;
}

/**
 * Reads the record a server rendering left in `host`'s shadow root (call it
 * before the first update); `hydrationOf(host)` gives it until `endHydration`.
 */
export function startHydration(host: Element): HydrationRecord | undefined {
  if (isServer || hydrating.has(host)) return hydrating.get(host);
  const node = [...(host.shadowRoot?.children ?? [])].find((child) => child.hasAttribute(MARK));
  const record = node ? parseRecord(node.textContent ?? '') : undefined;
  if (record) hydrating.set(host, record);
  return record;
}

/** The record `host` is hydrating from, during its first update. */
export function hydrationOf(host: Element): HydrationRecord | undefined {
  return hydrating.get(host);
}

/** What to do once `host` is hydrated (its controllers turn to the browser's own state). */
const whenDone = new WeakMap<Element, (() => void)[]>();

/** Runs `callback` once `host` is hydrated (at once when it is not hydrating). */
export function afterHydration(host: Element, callback: () => void): void {
  if (!hydrating.has(host)) {
    callback();
    return;
  }
  const callbacks = whenDone.get(host) ?? [];
  callbacks.push(callback);
  whenDone.set(host, callbacks);
}

/** The first update is done: from now on `host` renders its own state. */
export function endHydration(host: Element): void {
  hydrating.delete(host);
  const callbacks = whenDone.get(host) ?? [];
  whenDone.delete(host);
  for (const callback of callbacks) callback();
}

/** The record, if the text is one (the programme in it is checked like any other). */
function parseRecord(text: string): HydrationRecord | undefined {
  try {
    const record = JSON.parse(text) as HydrationRecord;
    return typeof record.lang === 'string' && typeof record.now === 'number' && STATUSES.includes(record.status) ? record : undefined;
  } catch {
    return undefined;
  }
}
