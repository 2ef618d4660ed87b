/**
 * Marks on the items of a followed programme that just changed ("New",
 * "Moved to 11:00", "Now ends at 10:15", "New room", "Updated"), kept for a while (`MARK_FOR`)
 * and then dropped. Pure: the agenda keeps the map and re-renders when the
 * first mark expires. Loaded with the first change (a lazy chunk).
 */
import { changedItemCount, type ProgrammeChanges } from '../../model/diff.js';

export { changedItemCount };

/** How long a changed item stays marked (ms). */
export const MARK_FOR = 10 * 60_000;

export interface ItemMark {
  /** The item is new in the programme. */
  added?: true;
  /** Its start changed: the new start. */
  movedTo?: number;
  /** It moved to another day. */
  newDay?: true;
  /** Only its end changed (running late, or cut short): the new end. */
  endsAt?: number;
  /** Its room changed. */
  room?: true;
  /** It was cancelled (its status badge says so; the mark only highlights it). */
  cancelled?: true;
  /** Anything else changed (title, speakers, links, a cancellation lifted…). */
  edited?: true;
  /** When the mark goes (epoch ms). */
  until: number;
}

/** `marks` with those of `changes` added (a newer change of an item replaces its mark) and the expired ones dropped. */
export function withChanges(marks: ReadonlyMap<string, ItemMark>, changes: ProgrammeChanges, now: number): Map<string, ItemMark> {
  const result = current(marks, now);
  const until = now + MARK_FOR;
  for (const item of changes.added) result.set(item.id, { added: true, until });
  for (const id of changes.removed.map((item) => item.id)) result.delete(id);
  const byId = new Map<string, ItemMark>();
  for (const { item, fields } of [...changes.moved, ...changes.edited]) {
    const mark = byId.get(item.id) ?? { until };
    if (fields.includes('start') || fields.includes('day')) mark.movedTo = item.start;
    else if (fields.includes('end')) mark.endsAt = item.end;
    if (fields.includes('day')) mark.newDay = true;
    if (fields.includes('room')) mark.room = true;
    if (fields.includes('status') && item.status === 'cancelled') mark.cancelled = true;
    else if (fields.some((field) => !['start', 'end', 'day', 'room'].includes(field))) mark.edited = true;
    byId.set(item.id, mark);
  }
  for (const [id, mark] of byId) result.set(id, mark);
  return result;
}

/** The marks still in force at `now`. */
export function current(marks: ReadonlyMap<string, ItemMark>, now: number): Map<string, ItemMark> {
  return new Map([...marks].filter(([, mark]) => mark.until > now));
}

/** When the next mark expires, if any. */
export function nextExpiry(marks: ReadonlyMap<string, ItemMark>): number | undefined {
  let first: number | undefined;
  for (const mark of marks.values()) first = first === undefined ? mark.until : Math.min(first, mark.until);
  return first;
}
