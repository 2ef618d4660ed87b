/**
 * The edits the studio's form makes to a programme, as pure functions: each
 * returns a new programme and leaves the one given unchanged (the draft, the
 * preview and undo keep their own).
 *
 * Pure and DOM-free.
 */
import type { ItemInput, LocalisedText, ProgrammeInput } from '../model/types.js';

/** The language plain texts of `programme` are written in. */
export function defaultLanguageOf(programme: ProgrammeInput): string {
  return programme.event.defaultLanguage ?? 'en';
}

/** The text of `text` in `lang`: a plain string is in the default language; `''` when there is none. */
export function textIn(text: LocalisedText | undefined, lang: string, defaultLanguage: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return lang === defaultLanguage ? text : '';
  return typeof text[lang] === 'string' ? text[lang] : '';
}

/** `text` with its `lang` version set to `value` (removed when empty, unless it is the only one). */
export function withText(text: LocalisedText | undefined, lang: string, defaultLanguage: string, value: string): LocalisedText {
  if (text === undefined || text === null || (typeof text === 'string' && lang === defaultLanguage)) return value;
  const versions: Record<string, string> = typeof text === 'string' ? { [defaultLanguage]: text } : { ...text };
  const others = Object.entries(versions).filter(([key]) => key !== lang);
  return value === '' && others.length > 0 ? Object.fromEntries(others) : { ...versions, [lang]: value };
}

/** The event fields the form edits as text. */
export type EventTextField = 'title' | 'timeZone' | 'venue';

/** `programme` with one event field set to `value`, in `lang` for texts. */
export function withEventField(programme: ProgrammeInput, field: EventTextField, value: string, lang: string): ProgrammeInput {
  const event = { ...programme.event };
  const defaultLanguage = defaultLanguageOf(programme);
  if (field === 'title') event.title = withText(event.title, lang, defaultLanguage, value);
  else if (field === 'timeZone') event.timeZone = value.trim();
  else if (value.trim() === '' && (typeof event.location?.name === 'string' || event.location === undefined)) delete event.location;
  else event.location = { ...event.location, name: withText(event.location?.name, lang, defaultLanguage, value) };
  return { ...programme, event };
}

/** The item fields the form edits. */
export type ItemField = 'title' | 'day' | 'start' | 'end';

/** `programme` with one field of its item `index` set to `value` (an empty optional field is removed). */
export function withItemField(programme: ProgrammeInput, index: number, field: ItemField, value: string, lang: string): ProgrammeInput {
  const old = programme.items[index];
  if (!old) return programme;
  let item: ItemInput = { ...old };
  if (field === 'title') item.title = withText(item.title, lang, defaultLanguageOf(programme), value);
  else if (field === 'start') item.start = value.trim();
  else if (value.trim() !== '') item[field] = value.trim();
  else item = Object.fromEntries(Object.entries(item).filter(([key]) => key !== field)) as unknown as ItemInput;
  const items = programme.items.slice();
  items[index] = item;
  return { ...programme, items };
}

/** A blank programme to start from: one day, today, in `timeZone`, one item to fill in. */
export function blankProgramme(title: string, timeZone: string, today: string, lang: string): ProgrammeInput {
  return {
    version: 1,
    event: { title, timeZone, days: [today], defaultLanguage: lang },
    items: [{ id: 'item-1', type: 'talk', day: today, start: '09:00', end: '10:00', title }],
  };
}

/* ------------------------------------------------------------------ */
/* Any field, by its path                                             */
/* ------------------------------------------------------------------ */

/** Where a value sits in a programme: keys and array indexes (`['speakers', 2, 'photo', 'url']`). */
export type Path = readonly (string | number)[];

/** The JSON pointer of `path` (`/speakers/2/photo/url`), as the validator names places. */
export function pointer(path: Path): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The value at `path`, `undefined` when any step is missing. */
export function getIn(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

const isEmptyObject = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;

/**
 * `root` with `value` at `path` (copies along the path; the rest shared). An
 * `undefined` value removes the key, and an object left empty by that is
 * removed too (a photo without its URL and alt is no photo); array entries
 * are never removed this way.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container: unknown = root ?? (typeof key === 'number' ? [] : {});
  const current = (container as Record<string | number, unknown>)[key];
  let next = rest.length ? setIn(current, rest, value) : value;
  if (Array.isArray(container)) {
    const copy = container.slice();
    copy[key as number] = next;
    return copy as T;
  }
  if (rest.length && isEmptyObject(next)) next = undefined;
  const copy = Object.entries(container as Record<string, unknown>).filter(([k]) => k !== String(key));
  if (next !== undefined) copy.push([String(key), next]);
  // The key keeps its place among the others when it is replaced.
  const order = Object.keys(container as Record<string, unknown>);
  copy.sort(([a], [b]) => (order.includes(a) ? order.indexOf(a) : order.length) - (order.includes(b) ? order.indexOf(b) : order.length));
  return Object.fromEntries(copy) as T;
}

/**
 * `programme` with the text at `path` set to `value` in `lang` (see
 * `withText`). An optional text emptied in its only language is removed; a
 * required one (a title) stays, empty, for the validator to point at.
 */
export function setTextAt(programme: ProgrammeInput, path: Path, lang: string, value: string, required: boolean): ProgrammeInput {
  const old = getIn(programme, path) as LocalisedText | undefined;
  const text = withText(old, lang, defaultLanguageOf(programme), value);
  const empty = text === '' || (typeof text === 'object' && Object.values(text).every((v) => v === ''));
  return setIn(programme, path, empty && !required ? undefined : text);
}

/** `programme` with the plain value at `path` set (trimmed; an empty optional value removed). */
export function setValueAt(programme: ProgrammeInput, path: Path, value: string | number | undefined, required = false): ProgrammeInput {
  const v = typeof value === 'string' ? value.trim() : value;
  return setIn(programme, path, (v === '' || v === undefined) && !required ? undefined : (v ?? ''));
}

/* ------------------------------------------------------------------ */
/* Lists: add, reorder, duplicate, delete                             */
/* ------------------------------------------------------------------ */

/** The lists the studio edits, and where each sits in the programme. */
export const LISTS = {
  items: ['items'],
  speakers: ['speakers'],
  rooms: ['rooms'],
  tracks: ['tracks'],
  organisers: ['event', 'organisers'],
  partners: ['event', 'partners'],
} as const satisfies Record<string, Path>;
export type ListName = keyof typeof LISTS;

/** The lists whose entries other parts refer to by id (and the item field that does). */
const REFERRED: Partial<Record<ListName, 'speakers' | 'room' | 'track'>> = { speakers: 'speakers', rooms: 'room', tracks: 'track' };

function entries(programme: ProgrammeInput, list: ListName): unknown[] {
  const value = getIn(programme, LISTS[list]);
  return Array.isArray(value) ? value : [];
}

function withEntries(programme: ProgrammeInput, list: ListName, values: unknown[]): ProgrammeInput {
  return setIn(programme, LISTS[list], values.length || list === 'items' ? values : undefined);
}

/** The ids used in a list. */
export function idsOf(programme: ProgrammeInput, list: ListName): Set<string> {
  return new Set(entries(programme, list).map((e) => (e as { id?: unknown }).id).filter((id): id is string => typeof id === 'string'));
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  const stem = base.replace(/-\d+$/, '') || 'id';
  if (!taken.has(base) && base !== '') return base;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** `programme` with `entry` added at the end of `list`. */
export function addEntry(programme: ProgrammeInput, list: ListName, entry: unknown): ProgrammeInput {
  return withEntries(programme, list, [...entries(programme, list), entry]);
}

/** `programme` with entry `index` of `list` moved by `by` places (kept within the list). */
export function moveEntry(programme: ProgrammeInput, list: ListName, index: number, by: number): ProgrammeInput {
  const values = entries(programme, list).slice();
  const to = Math.max(0, Math.min(values.length - 1, index + by));
  if (index < 0 || index >= values.length || to === index) return programme;
  const [moved] = values.splice(index, 1);
  values.splice(to, 0, moved);
  return withEntries(programme, list, values);
}

/** `programme` with a copy of entry `index` of `list` after it, under a new id when entries have ids. */
export function duplicateEntry(programme: ProgrammeInput, list: ListName, index: number): ProgrammeInput {
  const values = entries(programme, list).slice();
  const original = values[index];
  if (original === undefined) return programme;
  const copy = structuredClone(original) as { id?: unknown };
  if (typeof copy.id === 'string') copy.id = uniqueId(`${copy.id}-2`, idsOf(programme, list));
  values.splice(index + 1, 0, copy);
  return withEntries(programme, list, values);
}

/**
 * `programme` without entry `index` of `list`. A speaker, room or track
 * deleted is also taken out of the items that named it (an item does not
 * point at what no longer exists); `removedFrom` counts those items.
 */
export function deleteEntry(programme: ProgrammeInput, list: ListName, index: number): { programme: ProgrammeInput; removedFrom: number } {
  const values = entries(programme, list).slice();
  const [gone] = values.splice(index, 1) as [{ id?: unknown } | undefined];
  if (gone === undefined) return { programme, removedFrom: 0 };
  let next = withEntries(programme, list, values);
  const field = REFERRED[list];
  let removedFrom = 0;
  if (field && typeof gone.id === 'string' && !values.some((v) => (v as { id?: unknown }).id === gone.id)) {
    const id = gone.id;
    const items = next.items.map((item) => {
      if (field === 'speakers') {
        if (!item.speakers?.some((s) => s.id === id)) return item;
        removedFrom++;
        const speakers = item.speakers.filter((s) => s.id !== id);
        return setIn(item, ['speakers'], speakers.length ? speakers : undefined);
      }
      if (item[field] !== id) return item;
      removedFrom++;
      return setIn(item, [field], undefined);
    });
    next = { ...next, items };
  }
  return { programme: next, removedFrom };
}

/** `programme` with the id of entry `index` of `list` changed to `id`, and the items that named the old id following. */
export function renameEntry(programme: ProgrammeInput, list: ListName, index: number, id: string): ProgrammeInput {
  const old = (entries(programme, list)[index] as { id?: unknown } | undefined)?.id;
  let next = setIn(programme, [...LISTS[list], index, 'id'], id.trim());
  const field = REFERRED[list];
  if (!field || typeof old !== 'string' || old === id.trim() || entries(programme, list).filter((e) => (e as { id?: unknown }).id === old).length > 1) return next;
  const items = next.items.map((item) => {
    if (field === 'speakers') {
      if (!item.speakers?.some((s) => s.id === old)) return item;
      return { ...item, speakers: item.speakers.map((s) => (s.id === old ? { ...s, id: id.trim() } : s)) };
    }
    return item[field] === old ? { ...item, [field]: id.trim() } : item;
  });
  next = { ...next, items };
  return next;
}

/* ------------------------------------------------------------------ */
/* Languages                                                          */
/* ------------------------------------------------------------------ */

function textsOf(value: unknown, found: Set<string>, depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if ((key === 'title' || key === 'name' || key === 'subtitle' || key === 'description' || key === 'bio' || key === 'alt' || key === 'label' || key === 'role' || key === 'topic' || key === 'address') && child && typeof child === 'object' && !Array.isArray(child)) {
      for (const [lang, text] of Object.entries(child as Record<string, unknown>)) if (typeof text === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) found.add(lang);
    }
    textsOf(child, found, depth + 1);
  }
}

/**
 * The languages the programme's texts are written in, the default first:
 * those it declares (`event.languages`), else those its texts have.
 */
export function programmeLanguages(programme: ProgrammeInput): string[] {
  const first = defaultLanguageOf(programme);
  const declared = programme.event.languages?.filter((l) => typeof l === 'string' && l !== '') ?? [];
  const found = new Set<string>(declared);
  if (!declared.length) textsOf(programme, found);
  found.delete(first);
  return [first, ...found];
}

/** The languages of `languages` that `text` has no version in (none when it has no text at all). */
export function missingLanguages(text: LocalisedText | undefined, languages: readonly string[], defaultLanguage: string): string[] {
  if (text === undefined || text === null || text === '') return [];
  if (typeof text === 'string') return languages.filter((l) => l !== defaultLanguage);
  if (Object.values(text).every((v) => v === '')) return [];
  return languages.filter((l) => typeof text[l] !== 'string' || text[l] === '');
}

/** `programme` declaring `languages` (the first becomes the default language; plain texts are kept in it). */
export function withLanguages(programme: ProgrammeInput, languages: string[]): ProgrammeInput {
  const event = { ...programme.event };
  if (languages.length > 1) event.languages = languages;
  else delete event.languages;
  return { ...programme, event };
}
