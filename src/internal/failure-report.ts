/**
 * FailureReport: what an element does when it cannot show the programme,
 * written once for every element.
 *
 * Visitors get a short human message (and the host's own fallback content);
 * the editor of the site gets the details — the failure's kind, HTTP status,
 * URL, each problem with its JSON path — in the console, in the
 * `seminar-error` event and in a collapsed "details" in the element.
 *
 * Announced once per source: the elements of a page that fail because of the
 * same `src` form a group; the first of them in the page is the one whose
 * message is a `role="alert"`, and it names what else could not be shown
 * ("Also not shown: 3 speaker cards and the timer"). The others show their
 * message without announcing it. The console, likewise, hears of each
 * failure once.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isInnerElement } from '../events/emit.js';
import { renderWith, SOURCE_LOCALE } from './localize.js';
import { failureText } from './messages.js';
import type { SeminarErrorDetail } from './programme-controller.js';

/** What kind of element failed: how the group's announcement names it. */
export type WidgetKind = 'agenda' | 'speaker-card' | 'speaker-list' | 'timer';

type Host = ReactiveControllerHost & HTMLElement;

interface Group {
  members: Map<FailureReport, WidgetKind>;
  /** The member that announces: the first in the page's order. */
  announcer: FailureReport;
}

/** The one of `a` and `b` that comes first in the page (the flat tree's order is close enough: document order of hosts). */
function first(a: FailureReport, b: FailureReport): FailureReport {
  return a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_PRECEDING ? b : a;
}

/** Failures by source (a URL), or by element for a programme given inline or as a property. */
const groups = new Map<unknown, Group>();

export class FailureReport implements ReactiveController {
  readonly host: Host;
  private readonly kind: WidgetKind;
  private key: unknown;
  /** What the failure shown is, to tell a new failure from the same one rendered again. */
  private failure: string | undefined;

  constructor(host: Host, kind: WidgetKind) {
    this.host = host;
    this.kind = kind;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /**
   * The element shows `failure` (call before each render of the error state;
   * the same failure again changes nothing). Logs it to the console the first
   * time its source fails.
   */
  report(failure: SeminarErrorDetail): void {
    // Drawn inside another of the library's elements: that one speaks for the programme.
    if (isInnerElement(this.host)) return;
    const key = failure.url ?? this;
    const signature = JSON.stringify([failure.kind, failure.url, failure.status, failure.errors.map((e) => [e.path, e.code, e.params])]);
    if (isServer) {
      // Server rendering: each element alone (a server renders many pages), logged for the site's editor.
      if (this.failure !== signature) logFailure(this.host, failure);
      this.failure = signature;
      return;
    }
    if (this.failure === signature && this.key === key) return;
    this.clear();
    this.failure = signature;
    this.key = key;
    let group = groups.get(key);
    if (!group) {
      group = { members: new Map(), announcer: this };
      groups.set(key, group);
      logFailure(this.host, failure);
    }
    group.members.set(this, this.kind);
    const previous = group.announcer;
    group.announcer = first(previous, this);
    // The announcer names the others: tell it (or the one it replaces, which stops announcing).
    if (previous !== this) previous.host.requestUpdate();
  }

  /** The element no longer shows a failure. */
  clear(): void {
    if (this.failure === undefined) return;
    const group = groups.get(this.key);
    this.failure = undefined;
    if (!group) return;
    group.members.delete(this);
    if (!group.members.size) {
      groups.delete(this.key);
    } else if (group.announcer === this) {
      // Announced already: the next member takes the role for later updates.
      group.announcer = [...group.members.keys()].reduce(first);
      group.announcer.host.requestUpdate();
    }
  }

  /** True when this element announces its group's failure. */
  get announces(): boolean {
    return isServer || groups.get(this.key)?.announcer === this;
  }

  /** The other members of this element's group, by kind with their count (for the announcer). */
  others(): [WidgetKind, number][] {
    const group = groups.get(this.key);
    if (!group || group.announcer !== this) return [];
    const counts = new Map<WidgetKind, number>();
    // In the page's order, whichever reported first (their code may come at different times).
    const members = [...group.members].sort(([a], [b]) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const [member, kind] of members) if (member !== this) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return [...counts];
  }
}

/**
 * Tell the site's editor, in the console: what failed, where, and every
 * problem with its path, in English (like the messages of the event).
 */
function logFailure(host: HTMLElement, failure: SeminarErrorDetail): void {
  const headline = renderWith(SOURCE_LOCALE, () => failureText(failure));
  const lines = failure.errors.map((problem) => `\n  ${problem.path || '/'}: ${problem.message} (${problem.code})`);
  const source = failure.url ? ` ${failure.url}` : '';
  console.error(`seminar-widgets <${host.localName}>: ${headline}${source}${lines.join('')}`, failure);
}

/** Tell the editor that an element was given an id its programme does not have (it shows nothing). */
export function logNotFound(host: HTMLElement, failure: SeminarErrorDetail): void {
  const [problem] = failure.errors;
  console.warn(`seminar-widgets <${host.localName}>: ${problem?.message ?? ''} It shows nothing.`, failure);
}
