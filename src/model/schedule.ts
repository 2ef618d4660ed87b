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

/**
 * The end of every slot, keyed by input index. Linear after the sort: each day
 * is walked backwards once, group of equal starts by group, keeping the first
 * later slot of each room, of no room, and of any room.
 */
export function deriveEnds(slots: readonly Slot[]): Map<number, SlotTiming> {
  const timings = new Map<number, SlotTiming>();
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort(byStart)) {
    const day = days.get(slot.day);
    if (day) day.push(slot);
    else days.set(slot.day, [slot]);
  }
  for (const sorted of days.values()) {
    /** The first slot (in time order) of each room that starts after the group being read. */
    const nextInRoom = new Map<string, Slot>();
    let nextWithoutRoom: Slot | undefined;
    let nextAny: Slot | undefined;
    let groupEnd = sorted.length;
    while (groupEnd > 0) {
      let groupStart = groupEnd - 1;
      while (groupStart > 0 && sorted[groupStart - 1].start === sorted[groupEnd - 1].start) groupStart--;
      const group = sorted.slice(groupStart, groupEnd);
      for (const slot of group) timings.set(slot.index, timingOf(slot, next(slot)));
      // Then this group becomes "later" for the groups before it; its first slots come first.
      for (let position = group.length - 1; position >= 0; position--) {
        const slot = group[position];
        nextAny = slot;
        if (slot.room === undefined) nextWithoutRoom = slot;
        else nextInRoom.set(slot.room, slot);
      }
      groupEnd = groupStart;
    }

    /** The slot whose start ends `slot`: the next in its room or without a room, else the next of any room. */
    function next(slot: Slot): Slot | undefined {
      if (slot.room === undefined) return nextAny;
      const inRoom = nextInRoom.get(slot.room);
      const first = inRoom && nextWithoutRoom ? (byStart(inRoom, nextWithoutRoom) <= 0 ? inRoom : nextWithoutRoom) : (inRoom ?? nextWithoutRoom);
      return first ?? nextAny;
    }
  }
  return timings;
}

function timingOf(slot: Slot, next: Slot | undefined): SlotTiming {
  if (slot.end !== undefined) return { end: slot.end, endDerived: false, openEnd: false };
  return next
    ? { end: next.start, endDerived: true, openEnd: false }
    : { end: slot.start, endDerived: false, openEnd: true };
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
