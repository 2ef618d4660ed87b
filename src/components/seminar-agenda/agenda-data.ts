/**
 * What the agenda derives from a programme, computed once per data change
 * (never per render): items grouped by day, the filter choices the programme
 * offers, a search text per item, and the filtering itself. Pure functions,
 * no DOM.
 */
import { localise } from '../../model/text.js';
import type { Item, ItemType, LocalisedText, Programme, Room, Track } from '../../model/types.js';

export interface AgendaFilters {
  /** Free text: titles, subtitles, speaker names and organisations. */
  query: string;
  /** Item type, or '' for all. */
  type: ItemType | '';
  /** Ids of the rooms not shown (items without a room are always shown). */
  hiddenRooms: readonly string[];
  /** Track id, or '' for all. */
  track: string;
  /** Language of the item, or '' for all. */
  language: string;
  /** Only the visitor's favourites. */
  favouritesOnly: boolean;
}

export const NO_FILTERS: AgendaFilters = { query: '', type: '', hiddenRooms: [], track: '', language: '', favouritesOnly: false };

export interface AgendaData {
  programme: Programme;
  /**
   * Day dates in order, each with its items in time order, and the same items
   * cut into blocks of `BLOCK` (the last one shorter): the agenda draws a
   * block as one unit, and an item stays in its block whatever the filters.
   */
  days: { date: string; items: Item[]; blocks: Item[][] }[];
  /** Item types present, in the order of ITEM_TYPES as met. */
  types: ItemType[];
  /** Rooms that items use, in the programme's order. */
  rooms: Room[];
  /** Tracks that items use, in the programme's order. */
  tracks: Track[];
  /** Item languages present. */
  languages: string[];
  /** Whether items run in parallel rooms (the grid view is useful). */
  parallel: boolean;
  /** Search text per item id, folded, in the language it was built for. */
  search: Map<string, string>;
  /** The language the search text was built for. */
  searchLanguage: string;
  /** Items whose title another item shares, with what tells them apart (see `distinctions`). */
  distinct: Map<string, Distinction>;
}

/**
 * What an item's accessible names add to its title when another item has the
 * same one ("Debate" three times): its time; the date too when such items are
 * on several days; the room too when they are at the same time.
 */
export interface Distinction {
  date: boolean;
  room: boolean;
}

/** Lowercase, without accents: "César" matches "cesar". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Items per block (see `AgendaData.days`). */
export const BLOCK = 25;

function blocksOf(items: Item[]): Item[][] {
  const blocks: Item[][] = [];
  for (let start = 0; start < items.length; start += BLOCK) blocks.push(items.slice(start, start + BLOCK));
  return blocks;
}

export function buildAgendaData(programme: Programme, lang: string): AgendaData {
  const days = programme.days.map((day) => {
    const items = programme.items.filter((i) => i.day === day.date);
    return { date: day.date, items, blocks: blocksOf(items) };
  });
  const types = [...new Set(programme.items.map((i) => i.type))];
  const usedRooms = new Set(programme.items.flatMap((i) => (i.room ? [i.room.id] : [])));
  const usedTracks = new Set(programme.items.flatMap((i) => (i.track ? [i.track.id] : [])));
  const languages = [...new Set(programme.items.flatMap((i) => (i.language ? [i.language] : [])))];
  return {
    programme,
    days,
    types,
    rooms: programme.rooms.filter((r) => usedRooms.has(r.id)),
    tracks: programme.tracks.filter((t) => usedTracks.has(t.id)),
    languages,
    parallel: usedRooms.size > 1,
    search: searchIndex(programme, lang),
    searchLanguage: lang,
    distinct: distinctions(programme, lang),
  };
}

/** The items that share their title (in `lang`) with another, and what tells them apart. */
export function distinctions(programme: Programme, lang: string): Map<string, Distinction> {
  const byTitle = new Map<string, Item[]>();
  for (const item of programme.items) {
    const title = fold(localise(item.title, lang, programme.event.defaultLanguage)?.text.trim() ?? '');
    const group = byTitle.get(title);
    if (group) group.push(item);
    else byTitle.set(title, [item]);
  }
  const result = new Map<string, Distinction>();
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const date = new Set(group.map((item) => item.day)).size > 1;
    const times = new Map<string, number>();
    for (const item of group) times.set(`${item.start} ${item.end}`, (times.get(`${item.start} ${item.end}`) ?? 0) + 1);
    for (const item of group) result.set(item.id, { date, room: (times.get(`${item.start} ${item.end}`) ?? 0) > 1 });
  }
  return result;
}

/** The folded text a search looks in, per item. */
export function searchIndex(programme: Programme, lang: string): Map<string, string> {
  const text = (value: LocalisedText | undefined) => (value ? (localise(value, lang, programme.event.defaultLanguage)?.text ?? '') : '');
  return new Map(
    programme.items.map((item) => [
      item.id,
      fold(
        [
          text(item.title),
          text(item.subtitle),
          ...item.speakers.flatMap(({ speaker, topic }) => [speaker.name, text(speaker.organisation?.name), text(topic)]),
          ...item.tags,
        ].join('\n'),
      ),
    ]),
  );
}

/** Whether an item passes every filter (made once, for many items). */
export function itemFilter(data: AgendaData, filters: AgendaFilters, favourites: ReadonlySet<string>): (item: Item) => boolean {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  const hidden = new Set(filters.hiddenRooms);
  return (item) => {
    if (filters.type && item.type !== filters.type) return false;
    if (item.room && hidden.has(item.room.id)) return false;
    if (filters.track && item.track?.id !== filters.track) return false;
    if (filters.language && item.language !== filters.language) return false;
    if (filters.favouritesOnly && !favourites.has(item.id)) return false;
    if (words.length) {
      const haystack = data.search.get(item.id) ?? '';
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  };
}

/** True when some filter is set. */
export function isFiltered(filters: AgendaFilters): boolean {
  return Boolean(filters.query.trim() || filters.type || filters.hiddenRooms.length || filters.track || filters.language || filters.favouritesOnly);
}

/** The items running at `now` (start ≤ now < end); a cancelled item never runs. */
export function currentItems(items: readonly Item[], now: number): Item[] {
  return items.filter((item) => item.start <= now && now < item.end && item.status !== 'cancelled');
}

/**
 * The grid view of one day: a time column, then a column per room in use
 * (several side by side for a room whose items overlap), rows between the
 * distinct start and end instants. Every item gets its own cells: no two
 * items ever share one. An item without a room spans every room when nothing
 * else runs at that time (a plenary, a break); otherwise it goes in a column
 * of its own, first, for items whose room is not given.
 *
 * Lines are CSS grid lines: column 1 is the time column, rooms start at 2;
 * row 1 is the first time.
 */
export interface GridLayout {
  /** Room columns in order; `room` is undefined for the column of items without a room. */
  columns: { room: Room | undefined; column: number; columnEnd: number }[];
  /** The last grid line of the room columns. */
  columnEnd: number;
  /** Number of rows. */
  rows: number;
  /** Every row with the instant it starts at, and whether an item starts then (the time column labels those). */
  times: { row: number; instant: number; starts: boolean }[];
  place: Map<string, { row: number; rowEnd: number; column: number; columnEnd: number }>;
}

interface Lanes {
  room: Room | undefined;
  /** Per lane, the items in it. */
  lanes: Item[][];
}

const overlaps = (a: Item, b: Item) => a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);

/** Spread a room's items on as few lanes as possible (the first lane that is free at the item's start). */
function lanesOf(room: Room | undefined, items: Item[]): Lanes {
  const lanes: Item[][] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const free = lanes.find((lane) => !lane.some((other) => overlaps(item, other)));
    if (free) free.push(item);
    else lanes.push([item]);
  }
  return { room, lanes };
}

export function gridLayout(items: readonly Item[]): GridLayout {
  const byRoom = new Map<string, { room: Room; items: Item[] }>();
  const roomless: Item[] = [];
  for (const item of items) {
    if (!item.room) {
      roomless.push(item);
      continue;
    }
    const entry = byRoom.get(item.room.id) ?? { room: item.room, items: [] };
    entry.items.push(item);
    byRoom.set(item.room.id, entry);
  }
  const roomed = items.filter((item) => item.room);
  // Without a room and alone at its time: across every room. Otherwise in the column of items without a room.
  const across = roomless.filter((item) => !roomed.some((other) => overlaps(item, other)));
  const apart = roomless.filter((item) => !across.includes(item));
  const groups: Lanes[] = [
    ...(apart.length ? [lanesOf(undefined, apart)] : []),
    ...[...byRoom.values()].map(({ room, items: own }) => lanesOf(room, own)),
  ];
  const instants = [...new Set(items.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
  const lineOf = new Map(instants.map((instant, index) => [instant, index + 1]));
  const rowOf = (item: Item) => {
    const row = lineOf.get(item.start) ?? 1;
    return { row, rowEnd: Math.max(lineOf.get(item.end) ?? row + 1, row + 1) };
  };
  const place: GridLayout['place'] = new Map();
  const columns: GridLayout['columns'] = [];
  let line = 2;
  for (const { room, lanes } of groups) {
    columns.push({ room, column: line, columnEnd: line + Math.max(lanes.length, 1) });
    lanes.forEach((lane, index) => {
      for (const item of lane) {
        // Widen the item over the next lanes while they are free during it.
        let end = index + 1;
        while (end < lanes.length && !lanes[end]?.some((other) => overlaps(item, other))) end++;
        place.set(item.id, { ...rowOf(item), column: line + index, columnEnd: line + end });
      }
    });
    line += Math.max(lanes.length, 1);
  }
  const columnEnd = Math.max(line, 3);
  for (const item of across) place.set(item.id, { ...rowOf(item), column: 2, columnEnd });
  const starts = new Set(items.map((i) => i.start));
  const rows = Math.max(1, ...[...place.values()].map((p) => p.rowEnd - 1));
  const times = instants.slice(0, rows).map((instant, index) => ({ row: index + 1, instant, starts: starts.has(instant) }));
  return { columns, columnEnd, rows, times, place };
}
