/**
 * Progressive rendering of the agenda's items: the first screen at once, the
 * rest in slices, each in a task of its own, so that a page with a thousand
 * items shows its first ones in a few dozen milliseconds and never freezes
 * (not on the first render, not when a search is cleared or a day changes).
 * The whole DOM is there in the end, for find-in-page, print, search engines
 * and `#item-` links.
 *
 * Each update, the agenda asks `plan(shown)` which of the items it shows (all
 * days, in order) to draw: every one already drawn that is still shown, and
 * the first ones not drawn yet, a slice's worth. Items already in the DOM cost
 * nothing to keep (the agenda draws them by blocks it skips when unchanged),
 * so typing in the search, which only removes items, is never cut short;
 * clearing it, going back to all days, or the first render, is. After the
 * update, if some items are left, the next slice is scheduled (`setTimeout`),
 * sized so that it takes about `SLICE_BUDGET` ms.
 *
 * Everything is drawn at once when `all` is set: printing, and rendering on
 * a server.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** New items drawn by an update the visitor caused (or the first one): the first screen and more. */
const FIRST = 30;
/**
 * Up to this many items shown, all are drawn at once: for most seminars (10
 * to 100 items) a second update and a second layout of everything would cost
 * more than the items they put off.
 */
const AT_ONCE = 150;
/** The target script time of a later slice, ms: well under the 50 ms of a "long task". */
const SLICE_BUDGET = 30;
/**
 * Bounds of a later slice, in new items. Each item is laid out on its own
 * (see the styles), but every frame between two slices still pays a share
 * that grows with everything drawn (paint properties, hit testing), so the
 * lower bound grows too, a quarter of what is drawn: a programme of
 * thousands takes a dozen slices, not hundreds. (Slices sized on their frame
 * too, each in a frame of its own, were measured: their frames stayed as
 * long, and 5,000 items took four times as long.)
 */
const MIN_SLICE = 20;
const MAX_SLICE = 400;
/** The first later slice after an update the visitor caused (or the first one), in new items. */
const FIRST_SLICE = 100;

export class ItemSlices implements ReactiveController {
  /** Ids drawn by the last update. */
  private drawn: ReadonlySet<string> = new Set<string>();
  /** How many of the shown items the current update draws, and how many it shows. */
  private count = 0;
  private total = 0;
  /** How many items the current update draws that the one before did not. */
  private created = 0;
  private slice = FIRST_SLICE;
  private sliceDue = false;
  private sliceStarted = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Ids to draw whatever the slice (an `#item-` link, "jump to now"). */
  private readonly wanted = new Set<string>();
  private waiting: { id: string | undefined; resolve: () => void }[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Which of `shown` (every item the agenda shows, in order) to draw in this
   * update, by id: those drawn already, and the next new ones (every one
   * before a wanted item, too). Call it once per update, before rendering.
   */
  plan(shown: readonly { id: string }[], all: boolean): ReadonlySet<string> {
    const allowance = all || shown.length <= AT_ONCE ? Infinity : this.sliceDue ? this.slice : FIRST;
    // Not a slice: the next one is sized afresh (not after the last slices of another view).
    if (!this.sliceDue) this.slice = FIRST_SLICE;
    this.sliceDue = false;
    let last = -1;
    if (this.wanted.size) {
      shown.forEach((item, index) => {
        if (this.wanted.has(item.id)) last = index;
      });
    }
    const before = this.drawn;
    const drawn = new Set<string>();
    let created = 0;
    shown.forEach(({ id }, index) => {
      if (before.has(id)) drawn.add(id);
      else if (created < allowance || index <= last) {
        drawn.add(id);
        created++;
      }
    });
    this.count = drawn.size;
    this.total = shown.length;
    this.created = created;
    this.drawn = drawn;
    return drawn;
  }

  /** True while some shown items are not drawn yet. */
  get pending(): boolean {
    return this.count < this.total;
  }

  /**
   * Draw the item `id` (and everything before it) in the next update, and
   * resolve once it is drawn, or once an update shows it is not shown at all.
   */
  reveal(id: string): Promise<void> {
    this.wanted.add(id);
    this.host.requestUpdate();
    return new Promise((resolve) => this.waiting.push({ id, resolve }));
  }

  /** Resolves when every shown item is drawn. */
  whenComplete(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ id: undefined, resolve }));
  }

  hostUpdated(): void {
    if (this.sliceStarted) {
      // Size the next slice after this one's duration, per item it drew.
      const elapsed = Math.max(1, performance.now() - this.sliceStarted);
      const floor = Math.max(MIN_SLICE, Math.round(this.count / 4));
      this.slice = Math.round(Math.min(MAX_SLICE, Math.max(floor, (Math.max(1, this.created) * SLICE_BUDGET) / elapsed)));
      this.sliceStarted = 0;
    }
    this.wanted.clear();
    const waiting = this.waiting;
    this.waiting = [];
    for (const waiter of waiting) {
      if (waiter.id === undefined ? !this.pending : true) waiter.resolve();
      else this.waiting.push(waiter);
    }
    if (this.pending && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.sliceDue = true;
        this.sliceStarted = performance.now();
        this.host.requestUpdate();
      }, 0);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.sliceDue = false;
    this.drawn = new Set();
    for (const waiter of this.waiting) waiter.resolve();
    this.waiting = [];
  }

  hostConnected(): void {
    if (this.pending) this.host.requestUpdate();
  }
}
