/**
 * What changed between two versions of a programme, item by item: pure data,
 * no DOM. The elements use it when a followed `src` changes (to mark changed
 * items, to say how many changed, and in `seminar-change`); it works as well
 * in Node, e.g. to write release notes of a programme.
 *
 * Items are matched by `id`. An item is *moved* when its time (start, end or
 * day, as shown) or its room changed, and *edited* when anything else an
 * attendee sees changed (status, title, speakers, links…); one item can be
 * both. Speakers' own details (a bio) are not item changes, nor is a new
 * derived end (an item without `end` or `duration` ends when the next one
 * starts: it is that one that moved).
 */
import type { Item, ItemSpeaker, Link, LocalisedText, Programme } from './types.js';

/** The parts of an item that can change, as reported in `fields`. */
export type ItemField =
  | 'start'
  | 'end'
  | 'day'
  | 'room'
  | 'status'
  | 'type'
  | 'title'
  | 'subtitle'
  | 'description'
  | 'speakers'
  | 'track'
  | 'language'
  | 'tags'
  | 'links';

/** One item in both versions, and which of its parts changed. */
export interface ItemChange {
  item: Item;
  previous: Item;
  fields: ItemField[];
}

export interface ProgrammeChanges {
  /** Items in the new version only, in time order. */
  added: Item[];
  /** Items in the old version only (as they were), in their old order. */
  removed: Item[];
  /** Items whose time or room changed, in new time order. */
  moved: ItemChange[];
  /** Items with other changes (status, title, speakers, links…), in new time order. */
  edited: ItemChange[];
  /** The event's own texts, dates or days changed. */
  event: boolean;
}

/** The fields that make a change a move; the others make it an edit. */
const MOVE_FIELDS: ReadonlySet<ItemField> = new Set(['start', 'end', 'day', 'room']);

/** What changed from `before` to `after`. */
export function diffProgrammes(before: Programme, after: Programme): ProgrammeChanges {
  const old = new Map(before.items.map((item) => [item.id, item]));
  const ids = new Set(after.items.map((item) => item.id));
  const changes: ProgrammeChanges = {
    added: [],
    removed: before.items.filter((item) => !ids.has(item.id)),
    moved: [],
    edited: [],
    event: !sameEvent(before, after),
  };
  for (const item of after.items) {
    const previous = old.get(item.id);
    if (!previous) {
      changes.added.push(item);
      continue;
    }
    const fields = changedFields(previous, item);
    if (fields.some((field) => MOVE_FIELDS.has(field))) changes.moved.push({ item, previous, fields });
    if (fields.some((field) => !MOVE_FIELDS.has(field))) changes.edited.push({ item, previous, fields });
  }
  return changes;
}

/** How many items changed (an item both moved and edited counts once). */
export function changedItemCount(changes: ProgrammeChanges): number {
  const ids = new Set([...changes.moved, ...changes.edited].map((change) => change.item.id));
  return changes.added.length + changes.removed.length + ids.size;
}

/** Whether nothing an attendee sees changed. */
export function isUnchanged(changes: ProgrammeChanges): boolean {
  return !changes.event && changedItemCount(changes) === 0;
}

/** The parts of `item` that differ from `previous`. */
export function changedFields(previous: Item, item: Item): ItemField[] {
  const fields: ItemField[] = [];
  const check = (field: ItemField, same: boolean) => {
    if (!same) fields.push(field);
  };
  check('start', previous.start === item.start);
  // An end that follows the next item (derived, before and after) changes when that item moves: not a change of this one.
  check('end', (previous.end === item.end && previous.openEnd === item.openEnd) || (previous.endDerived && item.endDerived));
  check('day', previous.day === item.day);
  check('room', previous.room?.id === item.room?.id && sameText(previous.room?.name, item.room?.name));
  check('status', previous.status === item.status);
  check('type', previous.type === item.type);
  check('title', sameText(previous.title, item.title));
  check('subtitle', sameText(previous.subtitle, item.subtitle));
  check('description', sameText(previous.description, item.description));
  check('speakers', sameList(previous.speakers, item.speakers, sameSpeaker));
  check('track', previous.track?.id === item.track?.id && sameText(previous.track?.name, item.track?.name) && previous.track?.color === item.track?.color);
  check('language', previous.language === item.language);
  check('tags', sameList(previous.tags, item.tags, (a, b) => a === b));
  check('links', sameList(previous.links, item.links, sameLink));
  return fields;
}

function sameEvent(before: Programme, after: Programme): boolean {
  const a = before.event;
  const b = after.event;
  return (
    sameText(a.title, b.title) &&
    sameText(a.subtitle, b.subtitle) &&
    sameText(a.description, b.description) &&
    a.timeZone === b.timeZone &&
    sameText(a.location?.name, b.location?.name) &&
    sameText(a.location?.address, b.location?.address) &&
    sameList(before.days, after.days, (x, y) => x.date === y.date && sameText(x.title, y.title))
  );
}

/** Two localised texts with the same strings in the same languages. */
function sameText(a: LocalisedText | undefined, b: LocalisedText | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || typeof a === 'string' || typeof b === 'string') return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((value, index) => same(value, b[index]));
}

function sameSpeaker(a: ItemSpeaker, b: ItemSpeaker): boolean {
  return a.speaker.id === b.speaker.id && a.speaker.name === b.speaker.name && a.role === b.role && sameText(a.topic, b.topic);
}

function sameLink(a: Link, b: Link): boolean {
  return a.url === b.url && a.kind === b.kind && sameText(a.label, b.label);
}
