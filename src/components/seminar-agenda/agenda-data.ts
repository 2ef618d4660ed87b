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
  /** Search text per item id, folded, in the language it was built for (built on first use). */
  readonly search: Map<string, string>;
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
  return inLanguage(
    {
      programme,
      days,
      types,
      rooms: programme.rooms.filter((r) => usedRooms.has(r.id)),
      tracks: programme.tracks.filter((t) => usedTracks.has(t.id)),
      languages,
      parallel: usedRooms.size > 1,
    },
    lang,
  );
}

/**
 * `data` for `lang`: the titles told apart in that language, and the search
 * text, built when first searched (most visits never search: the first
 * screen does not wait for it, and the page does not hold it).
 */
export function inLanguage(data: Omit<AgendaData, 'search' | 'searchLanguage' | 'distinct'>, lang: string): AgendaData {
  const { programme, days, types, rooms, tracks, languages, parallel } = data;
  let search: Map<string, string> | undefined;
  return {
    programme,
    days,
    types,
    rooms,
    tracks,
    languages,
    parallel,
    get search() {
      return (search ??= searchIndex(programme, lang));
    },
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
