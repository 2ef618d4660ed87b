/**
 * What the agenda derives from a programme, computed once per data change
 * (never per render): items grouped by day, the filter choices the programme
 * offers, a search text per item, and the filtering itself. Pure functions,
 * no DOM.
 */
import { localise } from '../../model/text.js';
import type { Item, ItemType, LocalisedText, Programme } from '../../model/types.js';

export interface AgendaFilters {
  /** Free text: titles, subtitles, speaker names and organisations. */
  query: string;
  /** Item type, or '' for all. */
  type: ItemType | '';
  /** Room or track id (prefixed `room:` / `track:`), or '' for all. */
  place: string;
  /** Language of the item, or '' for all. */
  language: string;
  /** Only the visitor's favourites. */
  favouritesOnly: boolean;
}

export const NO_FILTERS: AgendaFilters = { query: '', type: '', place: '', language: '', favouritesOnly: false };

export interface AgendaData {
  programme: Programme;
  /** Day dates in order, each with its items in time order. */
  days: { date: string; items: Item[] }[];
  /** Item types present, in the order of ITEM_TYPES as met. */
  types: ItemType[];
  /** Rooms and tracks present (`room:<id>` / `track:<id>` with their names). */
  places: { value: string; name: LocalisedText }[];
  /** Item languages present. */
  languages: string[];
  /** Whether items run in parallel rooms (the grid view is useful). */
  parallel: boolean;
  /** Search text per item id, folded, in the language it was built for. */
  search: Map<string, string>;
  /** The language the search text was built for. */
  searchLanguage: string;
}

/** Lowercase, without accents: "César" matches "cesar". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function buildAgendaData(programme: Programme, lang: string): AgendaData {
  const days = programme.days.map((day) => ({ date: day.date, items: programme.items.filter((i) => i.day === day.date) }));
  const types = [...new Set(programme.items.map((i) => i.type))];
  const places = [
    ...programme.rooms.filter((r) => programme.items.some((i) => i.room === r)).map((r) => ({ value: `room:${r.id}`, name: r.name })),
    ...programme.tracks.filter((t) => programme.items.some((i) => i.track === t)).map((t) => ({ value: `track:${t.id}`, name: t.name })),
  ];
  const languages = [...new Set(programme.items.flatMap((i) => (i.language ? [i.language] : [])))];
  const rooms = new Set(programme.items.flatMap((i) => (i.room ? [i.room.id] : [])));
  return {
    programme,
    days,
    types,
    places,
    languages,
    parallel: rooms.size > 1,
    search: searchIndex(programme, lang),
    searchLanguage: lang,
  };
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

/** The items of `items` that pass every filter. */
export function filterItems(data: AgendaData, items: readonly Item[], filters: AgendaFilters, favourites: ReadonlySet<string>): Item[] {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filters.type && item.type !== filters.type) return false;
    if (filters.place && filters.place !== `room:${item.room?.id ?? ''}` && filters.place !== `track:${item.track?.id ?? ''}`) return false;
    if (filters.language && item.language !== filters.language) return false;
    if (filters.favouritesOnly && !favourites.has(item.id)) return false;
    if (words.length) {
      const haystack = data.search.get(item.id) ?? '';
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

/** True when some filter is set. */
export function isFiltered(filters: AgendaFilters): boolean {
  return Boolean(filters.query.trim() || filters.type || filters.place || filters.language || filters.favouritesOnly);
}

/** The items running at `now` (start ≤ now < end); a cancelled item never runs. */
export function currentItems(items: readonly Item[], now: number): Item[] {
  return items.filter((item) => item.start <= now && now < item.end && item.status !== 'cancelled');
}

/**
 * Grid placement for a day: columns are the rooms in use (items without a
 * room span them all), rows are the distinct start/end instants.
 */
export interface GridLayout {
  columns: { id: string; name: LocalisedText }[];
  rows: number;
  place: Map<string, { row: number; rowEnd: number; column: number; columnEnd: number }>;
}

export function gridLayout(items: readonly Item[]): GridLayout {
  const columns: GridLayout['columns'] = [];
  for (const item of items) {
    if (item.room && !columns.some((c) => c.id === item.room?.id)) columns.push({ id: item.room.id, name: item.room.name });
  }
  const instants = [...new Set(items.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
  const line = (instant: number) => instants.indexOf(instant) + 2; // row 1 holds the room headers
  const place: GridLayout['place'] = new Map();
  for (const item of items) {
    const column = item.room ? columns.findIndex((c) => c.id === item.room?.id) + 1 : 1;
    place.set(item.id, {
      row: line(item.start),
      rowEnd: Math.max(line(item.end), line(item.start) + 1),
      column,
      columnEnd: item.room ? column + 1 : Math.max(columns.length, 1) + 1,
    });
  }
  return { columns, rows: instants.length, place };
}
