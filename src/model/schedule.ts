/**
 * Scheduling rules shared by validation and normalisation: deriving the end of
 * items that give none, and finding items that overlap in the same room.
 *
 * Deriving an end: an item without `end` or `duration` ends when the next item
 * of the same day starts (the next one with a later start). When parallel rooms
 * exist, an item in a room ends at the next item in that room or the next item
 * without a room (a plenary or a break), whichever comes first; failing both,
 * at the next item of any room. An item without a room ends at the next item
 * of any room. The last item of a day has an open end (`end === start`).
 */
import type { Instant } from './types.js';

/** What scheduling needs to know about an item. */
export interface Slot {
  /** Position in the input `items` array. */
  index: number;
  day: string;
  start: Instant;
  /** Given (`end`) or computed from `duration`. */
  end?: Instant;
  /** Room id; undefined for items without a room. */
  room?: string;
}

export interface SlotTiming {
  end: Instant;
  endDerived: boolean;
  openEnd: boolean;
}

/** Slots in time order: by start, then by position in the input. */
export function byStart(a: Slot, b: Slot): number {
  return a.start - b.start || a.index - b.index;
}

/** The end of every slot, keyed by input index. */
export function deriveEnds(slots: readonly Slot[]): Map<number, SlotTiming> {
  const timings = new Map<number, SlotTiming>();
  const sorted = [...slots].sort(byStart);
  sorted.forEach((slot, position) => {
    if (slot.end !== undefined) {
      timings.set(slot.index, { end: slot.end, endDerived: false, openEnd: false });
      return;
    }
    const next = nextSlot(slot, sorted, position + 1);
    timings.set(
      slot.index,
      next
        ? { end: next.start, endDerived: true, openEnd: false }
        : { end: slot.start, endDerived: false, openEnd: true },
    );
  });
  return timings;
}

/** The slot whose start ends `slot`, looking at `sorted` from position `from` on. */
function nextSlot(slot: Slot, sorted: readonly Slot[], from: number): Slot | undefined {
  let firstLater: Slot | undefined;
  for (let position = from; position < sorted.length; position++) {
    const other = sorted[position];
    if (other.day !== slot.day || other.start <= slot.start) continue;
    firstLater ??= other;
    if (slot.room === undefined || other.room === slot.room || other.room === undefined) {
      return other;
    }
  }
  return firstLater;
}

export interface Overlap {
  /** Input index of the item that starts while `other` is still running. */
  index: number;
  other: number;
  room?: string;
}

/**
 * Pairs of items in the same room (or both without a room) whose times overlap.
 * Back-to-back items do not overlap. Each item is reported at most once,
 * against the earlier item that runs the longest.
 */
export function findOverlaps(
  slots: readonly Slot[],
  timings: ReadonlyMap<number, SlotTiming>,
): Overlap[] {
  const overlaps: Overlap[] = [];
  const rooms = new Map<string | undefined, Slot[]>();
  for (const slot of slots) {
    const inRoom = rooms.get(slot.room);
    if (inRoom) inRoom.push(slot);
    else rooms.set(slot.room, [slot]);
  }
  for (const [room, inRoom] of rooms) {
    const endOf = (slot: Slot): Instant => timings.get(slot.index)?.end ?? slot.start;
    inRoom.sort((a, b) => a.start - b.start || endOf(b) - endOf(a) || a.index - b.index);
    let longest: Slot | undefined;
    for (const slot of inRoom) {
      if (longest && slot.start < endOf(longest)) {
        overlaps.push({ index: slot.index, other: longest.index, room });
      }
      if (!longest || endOf(slot) > endOf(longest)) longest = slot;
    }
  }
  return overlaps.sort((a, b) => a.index - b.index);
}
