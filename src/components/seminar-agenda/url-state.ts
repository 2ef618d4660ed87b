/**
 * The agenda's view and shared agendas in the page's URL fragment: pure
 * functions, no DOM (the element reads and writes `location`).
 *
 * The fragment is a list of `key=value` pairs joined by `&`, each key and
 * value percent-encoded (`encodeURIComponent`); list values are comma-joined,
 * each entry encoded on its own (so an id may hold a comma). With a name
 * (`url-state="talks"`) every key is prefixed: `talks.day=…`. Keys of other
 * agendas and of the page are kept as they are.
 *
 *   day      a date of the programme (`2026-05-12`), or `all`
 *   type     an item type          track  a track id        lang  a language
 *   hide     ids of hidden rooms   mine   `1`: only "my agenda"
 *   q        the search text       starred  ids of a shared agenda
 *
 * Hostile fragments are read safely: a fragment over 16,000 characters is
 * ignored whole; a pair that does not decode (bad percent-encoding), an
 * unknown key, a value the programme does not know, a search over 200
 * characters or a list over 1,000 entries is ignored.
 */
import type { AgendaFilters } from './agenda-data.js';

/** Longest fragment read at all (a shared agenda of a few hundred items fits). */
export const MAX_FRAGMENT = 16_000;
/** Longest search text read from a fragment. */
export const MAX_QUERY = 200;
/** Most entries read from a list value. */
export const MAX_LIST = 1_000;

/** One `key=value` pair of a fragment: decoded key and value, and the raw text (kept when rewriting). */
interface Pair {
  key: string | undefined;
  value: string;
  raw: string;
}

/** The pairs of a fragment (`#` optional); a pair that does not decode has no `key`. */
function pairs(fragment: string): Pair[] {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text) return [];
  return text.split('&').map((raw) => {
    const at = raw.indexOf('=');
    const key = at < 0 ? raw : raw.slice(0, at);
    const value = at < 0 ? '' : raw.slice(at + 1);
    try {
      return { key: decodeURIComponent(key), value, raw };
    } catch {
      return { key: undefined, value, raw };
    }
  });
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The decoded entries of a comma-joined list; entries that do not decode are left out. */
function list(value: string): string[] {
  return value
    .split(',')
    .slice(0, MAX_LIST)
    .map(decode)
    .filter((entry): entry is string => entry !== undefined && entry !== '');
}

/** The raw value of `key` (last one wins), or `undefined`; nothing for a fragment over the limit. */
function raw(fragment: string, key: string): string | undefined {
  if (fragment.length > MAX_FRAGMENT) return undefined;
  let found: string | undefined;
  for (const pair of pairs(fragment)) if (pair.key === key) found = pair.value;
  return found;
}

/** The key `name` under the namespace `ns` ('' for none). */
export function keyOf(ns: string, name: string): string {
  return ns ? `${ns}.${name}` : name;
}

/** What a programme offers to choose from: values in a fragment outside these are ignored. */
export interface ViewChoices {
  days: readonly string[];
  types: readonly string[];
  tracks: readonly string[];
  languages: readonly string[];
  rooms: readonly string[];
}

/** The view a fragment gives: `day` is `undefined` when the fragment names none (the element's default then). */
export interface ViewState {
  day: string | null | undefined;
  filters: AgendaFilters;
}

/** The view named by `fragment` under `ns`; what it does not name (or names wrongly) is the default. */
export function readView(fragment: string, ns: string, choices: ViewChoices): ViewState {
  const get = (name: string) => {
    const value = raw(fragment, keyOf(ns, name));
    return value === undefined ? undefined : decode(value);
  };
  const pick = (value: string | undefined, allowed: readonly string[]) => (value !== undefined && allowed.includes(value) ? value : '');
  const day = get('day');
  const query = get('q') ?? '';
  const hide = raw(fragment, keyOf(ns, 'hide'));
  return {
    day: day === 'all' ? null : day !== undefined && choices.days.includes(day) ? day : undefined,
    filters: {
      query: query.length <= MAX_QUERY ? query : '',
      type: pick(get('type'), choices.types) as AgendaFilters['type'],
      track: pick(get('track'), choices.tracks),
      language: pick(get('lang'), choices.languages),
      hiddenRooms: hide === undefined ? [] : choices.rooms.filter((room) => list(hide).includes(room)),
      favouritesOnly: get('mine') === '1',
    },
  };
}

/** The pairs of a view, in a fixed order; `defaultDay` (the element's own `day`) is not written. */
export function viewPairs(ns: string, view: { day: string | null; filters: AgendaFilters }, defaultDay: string | null): [string, string][] {
  const f = view.filters;
  const out: [string, string][] = [];
  if (view.day !== defaultDay) out.push(['day', view.day ?? 'all']);
  if (f.type) out.push(['type', f.type]);
  if (f.track) out.push(['track', f.track]);
  if (f.language) out.push(['lang', f.language]);
  if (f.hiddenRooms.length) out.push(['hide', f.hiddenRooms.map(encodeURIComponent).join(',')]);
  if (f.favouritesOnly) out.push(['mine', '1']);
  if (f.query) out.push(['q', f.query]);
  return out.map(([name, value]) => [keyOf(ns, name), name === 'hide' ? value : encodeURIComponent(value)]);
}

/** The keys the agenda writes under `ns` (all of them are replaced on each write). */
function ownKeys(ns: string): Set<string> {
  return new Set(['day', 'type', 'track', 'lang', 'hide', 'mine', 'q'].map((name) => keyOf(ns, name)));
}

/**
 * Whether the agenda may rewrite `fragment`: it is empty, an `#item-…` link
 * (already followed), or `key=value` pairs. Any other fragment is the page's
 * own (an anchor, a router's path) and is left alone.
 */
export function isOurs(fragment: string): boolean {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text || text.startsWith('item-')) return true;
  return text.length <= MAX_FRAGMENT && text.split('&').every((part) => /^[^=/]+=/.test(part));
}

/**
 * `fragment` (without `#`) with the view's pairs under `ns` replacing the
 * agenda's earlier ones; other pairs stay, in their order. An `#item-…` link
 * is dropped (the view now says where the visitor is).
 */
export function writeView(fragment: string, ns: string, view: { day: string | null; filters: AgendaFilters }, defaultDay: string | null): string {
  const own = ownKeys(ns);
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const kept = text.startsWith('item-') ? [] : pairs(text).filter((p) => p.raw && (p.key === undefined || !own.has(p.key))).map((p) => p.raw);
  return [...kept, ...viewPairs(ns, view, defaultDay).map(([key, value]) => `${encodeURIComponent(key)}=${value}`)].join('&');
}

/** The item ids of a shared agenda in `fragment` under `ns`, or `undefined` when it has none. */
export function readShared(fragment: string, ns: string): string[] | undefined {
  const value = raw(fragment, keyOf(ns, 'starred'));
  if (value === undefined) return undefined;
  const ids = [...new Set(list(value))];
  return ids.length ? ids : undefined;
}

/** The fragment (without `#`) that shares `ids` under `ns`: `starred=a,b,c`. */
export function sharedFragment(ids: Iterable<string>, ns: string): string {
  return `${encodeURIComponent(keyOf(ns, 'starred'))}=${[...ids].map(encodeURIComponent).join(',')}`;
}

/** `fragment` (without `#`) without the shared agenda under `ns`. */
export function withoutShared(fragment: string, ns: string): string {
  const key = keyOf(ns, 'starred');
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return pairs(text)
    .filter((p) => p.raw && p.key !== key)
    .map((p) => p.raw)
    .join('&');
}
