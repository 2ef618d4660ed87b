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
 * sized so that it takes about `SLICE_BUDGET` ms; after a visitor's change,
 * never more than `MAX_AFTER_CHANGE` new items, one slice per frame, so that
 * each frame stays short.
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
/**
 * The largest later slice after a visitor's change (clearing a search, back to
 * all days): the frame after a slice lays out and paints its new items, so
 * that frame stays short while the visitor may type again. Traced at 1,000
 * items, one slice per frame, the longest tasks: clearing a search 70–100 ms
 * instead of 120–150, back to all days 100–140 instead of 140–230 (each frame
 * there also walks the day shown below the new items). The first render
 * keeps its larger slices: done sooner, with no visitor input to answer yet.
 */
const MAX_AFTER_CHANGE = 60;
/** After a visitor's change, each slice waits for a frame, or this long (ms) in a page that draws none. */
const FRAME_WAIT = 100;

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
  /** Whether the slices under way follow a visitor's change (see MAX_AFTER_CHANGE). */
  private afterChange = false;
  private sliceStarted = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
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
    if (!this.sliceDue) {
      // Other items shown than before, some drawn already: a visitor's change (not the first
      // render, nor an update of another kind during its slices, such as a favourite).
      if (shown.length !== this.total) this.afterChange = this.drawn.size > 0;
      this.slice = this.afterChange ? MAX_AFTER_CHANGE : FIRST_SLICE;
    }
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
      const floor = this.afterChange ? MIN_SLICE : Math.max(MIN_SLICE, Math.round(this.count / 4));
      const max = this.afterChange ? MAX_AFTER_CHANGE : MAX_SLICE;
      this.slice = Math.round(Math.min(max, Math.max(floor, (Math.max(1, this.created) * SLICE_BUDGET) / elapsed)));
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
      const next = () => {
        this.stop();
        this.sliceDue = true;
        this.sliceStarted = performance.now();
        this.host.requestUpdate();
      };
      if (this.afterChange) {
        // One slice per frame: two slices drawn before one frame would make it twice as long.
        // A page that draws no frames (a tab in the background) still gets its slices.
        this.timer = setTimeout(next, FRAME_WAIT);
        this.frame = requestAnimationFrame(() => {
          clearTimeout(this.timer);
          this.timer = setTimeout(next, 0);
        });
      } else {
        this.timer = setTimeout(next, 0);
      }
    }
  }

  /** Cancels the next slice's timer and frame. */
  private stop(): void {
    clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.timer = undefined;
    this.frame = undefined;
  }

  hostDisconnected(): void {
    this.stop();
    this.sliceDue = false;
    // Connected again, it draws everything anew: a first render, not a visitor's change.
    this.afterChange = false;
    this.drawn = new Set();
    for (const waiter of this.waiting) waiter.resolve();
    this.waiting = [];
  }

  hostConnected(): void {
    if (this.pending) this.host.requestUpdate();
  }
}
