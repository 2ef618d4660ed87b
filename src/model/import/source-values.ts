/**
 * Reading a source's values, which nothing vouches for: texts, links, kinds
 * and statuses, languages, colours, item types and the time zone, each read
 * as the programme format needs it or reported (`Problems`) and left out.
 */
import { ITEM_TYPES, type ItemStatus, type ItemType, type LinkInput, type LinkKind } from '../types.js';
import { snapshot } from '../snapshot.js';
import { SAFE_URL_PROTOCOLS, WEB_URL_PROTOCOLS, checkUrl, resolveUrl, type UrlCheck } from '../url.js';
import { isValidTimeZone } from '../time.js';
import { COLOR_PATTERN, at, clip, withoutUndefined } from '../values.js';
import { toPlainLine, toPlainText } from './markup.js';
import { DEFAULT_IMPORT_TIME_ZONE, Problems, checkOptions, type ImportFormat, type ImportOptions } from './problems.js';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Calls `each` for every entry of an optional array (with its path). Nothing
 * when the value is absent or `null`; any other value that is not an array,
 * even an empty one, is reported with `reason` (`'links must be an array'`).
 */
export function eachEntry(
  problems: Problems,
  value: unknown,
  path: string,
  each: (entry: unknown, path: string) => void,
  reason = 'expected an array',
): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    problems.unusable(path, value, reason);
    return;
  }
  value.forEach((entry, index) => {
    each(entry, at(path, index));
  });
}

/**
 * Calls `use` for every entry of an optional list of named things (a
 * conference's tracks or rooms): `{ "name", … }` objects (given with the name)
 * or plain names. An entry without a name is reported.
 */
export function eachNamed(
  problems: Problems,
  value: unknown,
  path: string,
  kind: 'track' | 'room',
  use: (name: string, entry: JsonRecord | undefined, path: string) => void,
): void {
  eachEntry(problems, value, path, (entry, entryPath) => {
    const record = isRecord(entry) ? entry : undefined;
    const name = line(record ? get(record, 'name') : entry);
    if (name === undefined) problems.unusable(entryPath, entry, `a ${kind} needs a name`);
    else use(name, record, entryPath);
  }, `${kind}s must be an array`);
}

/**
 * An event of the source (a session, a talk): an object, else reported as not
 * `what`; with its title, reported when it has none.
 */
export function titledEvent(problems: Problems, value: unknown, path: string, what: string): { event?: JsonRecord; title?: string | undefined } {
  if (!isRecord(value)) {
    problems.invalidType(path, value, what);
    return {};
  }
  return { event: value, title: requiredLine(problems, value, 'title', path, 'a title') };
}

/** Calls `each` for every object of an optional array (with its path); anything else is reported. */
export function eachRecord(problems: Problems, value: unknown, path: string, each: (entry: JsonRecord, path: string) => void): void {
  eachEntry(problems, value, path, (entry, entryPath) => {
    if (isRecord(entry)) each(entry, entryPath);
    else problems.unusable(entryPath, entry, 'expected an object');
  });
}

/** An own property, or `undefined` (never one from the prototype). */
export function get(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A string (or number) as a trimmed string; `undefined` when absent or blank. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A one-line text (title, name) from a source value; `undefined` when there is none. */
export function line(value: unknown): string | undefined {
  const text = str(value);
  return text === undefined ? undefined : toPlainLine(text);
}

/** Long text from a source value, markup removed; `undefined` when there is none. */
export function longText(value: unknown): string | undefined {
  const text = str(value);
  return text === undefined ? undefined : toPlainText(text);
}

/** A required one-line text (a title, a name): an error when it is missing or blank. */
export function requiredLine(problems: Problems, record: JsonRecord, key: string, path: string, what: string): string | undefined {
  const value = get(record, key);
  const text = line(value);
  if (text === undefined) problems.invalidType(at(path, key), value, `${what} (a non-empty string)`);
  return text;
}

/** Texts joined as paragraphs, each once: an abstract and a description. */
export function paragraphs(...texts: (string | undefined)[]): string | undefined {
  const unique = [...new Set(texts.filter((text): text is string => text !== undefined))];
  return unique.length ? unique.join('\n\n') : undefined;
}

/** True when a value holds something (not null, blank, false, or empty). */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (isRecord(value)) return Object.values(value).some(hasContent);
  return true;
}

/**
 * A detached, plain copy of a source (snapshot.ts): what the importers read,
 * so that a Proxy, a getter that throws, a cycle, nesting thousands deep or
 * parts shared a million times cannot throw, overflow the stack or hang
 * them. Values JSON cannot hold (and those nested too deeply) become
 * `Opaque` placeholders, reported like any value that cannot be used.
 */
export function plain(input: unknown): unknown {
  return typeof input === 'object' && input !== null ? snapshot(input) : input;
}

/**
 * Parses JSON text (a byte-order mark is ignored) into a plain copy (`plain`);
 * an object is copied. Records `invalid-json` and returns `undefined` on bad JSON.
 */
export function readJson(input: unknown, problems: Problems): unknown {
  if (typeof input !== 'string') return plain(input);
  try {
    return plain(JSON.parse(input.replace(/^\uFEFF/, '')) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.error('invalid-json', '', `The source is not valid JSON: ${reason}.`, { reason: clip(reason) });
    return undefined;
  }
}

/**
 * The start of each JSON importer: checks the options, reads the source
 * (`readJson`), and stops (throws its ImportError) unless it is an object,
 * which the error describes as `expected`.
 */
export function openJson(format: ImportFormat, input: unknown, options: ImportOptions, expected: string): { problems: Problems; root: JsonRecord } {
  checkOptions(options);
  const problems = new Problems(format);
  const root = readJson(input, problems);
  problems.check();
  if (!isRecord(root)) problems.invalidType('', root, expected);
  problems.check();
  return { problems, root: root as JsonRecord };
}

/**
 * Reports every field of `record` with content that is neither `used` nor
 * `ignored` (identifiers and layout hints documented in docs/importing.md).
 */
export function reportUnused(
  problems: Problems,
  record: JsonRecord,
  path: string,
  used: readonly string[],
  ignored: readonly string[] = [],
): void {
  for (const [key, value] of Object.entries(record)) {
    if (used.includes(key) || ignored.includes(key) || !hasContent(value)) continue;
    problems.notImported(at(path, key), key, value);
  }
}

/**
 * A link of the source when the URL is http, https or mailto, as the URL
 * parser reads it — relative to `base` (the source's own base URL, frab's
 * `base_url`) when given, else absolute; otherwise a warning. Its kind is
 * `kind`, or read from its label ("Slides", "Video recording", "Livestream",
 * "Registration"…).
 */
export function link(problems: Problems, url: unknown, label: unknown, path: string, base?: string, kind?: LinkKind): LinkInput | undefined {
  const given = str(url);
  if (given === undefined) {
    if (hasContent(url)) problems.unusable(path, url, 'a URL must be a string');
    return undefined;
  }
  const checked = programmeUrl(given, base, SAFE_URL_PROTOCOLS);
  if (!checked.ok) {
    problems.unusable(path, given, checked.reason);
    return undefined;
  }
  const shown = line(label);
  const found = kind ?? linkKind(shown);
  return withoutUndefined({ url: checked.url, label: shown, kind: found });
}

/** Words of link labels and link types, per kind (English, German, French, Spanish, Italian). */
const LINK_KIND_WORDS: readonly [RegExp, LinkKind][] = [
  [/\b(live ?stream|stream|live|en direct|diretta|en vivo)\b/i, 'livestream'],
  [/\b(recording|recordings|video|videos|vod|replay|aufzeichnung|enregistrement|vidéo|grabación|registrazione)\b/i, 'recording'],
  [/\b(slides?|slide ?deck|folien|diapositives?|diapositivas?|présentation)\b/i, 'slides'],
  [/\b(registration|register|sign[ -]?up|tickets?|anmeldung|inscription|inscripción|iscrizione)\b/i, 'registration'],
];

/** The kind of a link from its label or the source's link type; `undefined` for anything else. */
export function linkKind(label: string | undefined): LinkKind | undefined {
  if (label === undefined) return undefined;
  const words = label.replace(/[_-]+/g, ' ');
  return LINK_KIND_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

/** Markers of a cancelled item at the start of a title: `CANCELLED: …`, `[Abgesagt] …`, `ANNULÉ - …`. */
const CANCELLED_TITLE = /^\s*[[(]?\s*(?:cancell?ed|abgesagt|entf(?:ä|ae)llt|annul(?:é|e)e?s?|cancelad[oa]|annullat[oa])\s*[\])]?\s*(?:[:\-–—|]\s*)?(?=\S)/iu;

/**
 * A title without its cancellation marker, and whether it had one: some
 * exports cancel a talk by renaming it "CANCELLED: …" rather than deleting it.
 */
export function cancelledTitle(title: string): { title: string; cancelled: boolean } {
  const match = CANCELLED_TITLE.exec(title);
  return match ? { title: title.slice(match[0].length), cancelled: true } : { title, cancelled: false };
}

/**
 * The item status a source's `state` or `status` field gives (`canceled`,
 * `withdrawn`, `confirmed`…); a value it does not know is reported, not dropped.
 */
export function statusField(problems: Problems, record: JsonRecord, path: string, keys: readonly string[] = ['state', 'status']): ItemStatus | undefined {
  for (const key of keys) {
    const value = get(record, key);
    if (!hasContent(value)) continue;
    const status = itemStatus(value);
    if (status === undefined) problems.unusable(at(path, key), value, 'the status of an item must be confirmed, tentative, moved or cancelled');
    return status;
  }
  return undefined;
}

/** A source's state of a talk (`canceled`, `withdrawn`, `confirmed`…) as an item status, when it says one. */
export function itemStatus(value: unknown): ItemStatus | undefined {
  const text = str(value)?.toLowerCase();
  if (text === undefined) return undefined;
  // Sessionize says `Accept_Queue`, `Decline_Queue`, `Nominated`, `Waitlisted` for sessions on their way.
  if (/^(cancell?ed|withdrawn|deleted|declined|decline_queue)$/.test(text)) return 'cancelled';
  if (/^(tentative|unconfirmed|provisional|tbc|tbd|nominated|waitlisted)$/.test(text)) return 'tentative';
  if (/^(moved|rescheduled)$/.test(text)) return 'moved';
  if (/^(confirmed|accepted|accept_queue|scheduled)$/.test(text)) return 'confirmed';
  return undefined;
}

/** A photo URL: absolute http or https only. */
export function photoUrl(problems: Problems, url: unknown, path: string): string | undefined {
  const text = str(url);
  if (text === undefined) return undefined;
  const checked = programmeUrl(text, undefined, WEB_URL_PROTOCOLS);
  if (checked.ok) return checked.url;
  problems.unusable(path, text, checked.reason);
  return undefined;
}

/** The parsed URL when it is allowed and fits the programme format (`mailto:a b@c` does not). */
function programmeUrl(text: string, base: string | undefined, protocols: readonly string[]): UrlCheck {
  const resolved = resolveUrl(text, base, protocols);
  return resolved.ok ? checkUrl(resolved.url) : resolved;
}

/** Language names some sources use instead of tags. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en', anglais: 'en', englisch: 'en',
  french: 'fr', 'français': 'fr', francais: 'fr', 'französisch': 'fr',
  german: 'de', deutsch: 'de', allemand: 'de',
  spanish: 'es', 'español': 'es', espagnol: 'es', italian: 'it', italiano: 'it',
  dutch: 'nl', nederlands: 'nl', portuguese: 'pt', 'português': 'pt', polish: 'pl', polski: 'pl',
  czech: 'cs', swedish: 'sv', danish: 'da', norwegian: 'no', finnish: 'fi', russian: 'ru',
  ukrainian: 'uk', japanese: 'ja', chinese: 'zh', korean: 'ko', arabic: 'ar', turkish: 'tr',
};

/** A canonical BCP 47 tag for a source's language (`EN`, `en_US`, `English`); `undefined` if none. */
export function languageTag(problems: Problems, value: unknown, path: string): string | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const named = LANGUAGE_NAMES[text.toLowerCase()];
  const candidate = named ?? text.replace(/_/g, '-');
  try {
    const [tag] = Intl.getCanonicalLocales(candidate);
    if (tag !== undefined && /^[a-z]{2,3}(?:-|$)/i.test(tag)) return tag;
  } catch {
    // Reported below.
  }
  problems.unusable(path, text, 'it is not a language tag such as "en" or "de"');
  return undefined;
}

/** A CSS hex colour (`#f9b000`; a missing `#` is added); `undefined` with a warning otherwise. */
export function color(problems: Problems, value: unknown, path: string): string | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const withHash = text.startsWith('#') ? text : `#${text}`;
  if (COLOR_PATTERN.test(withHash)) return withHash;
  problems.unusable(path, text, 'a colour must be a hex colour "#rgb" or "#rrggbb"');
  return undefined;
}

/**
 * Item type rules, tried in order on the lowercased source type. They cover
 * the types of the tools we import: frab (`lecture`, `workshop`, `podium`,
 * `lightning_talk`, `meeting`, `film`, `concert`, `djset`, `performance`),
 * FOSDEM's Pentabarf (`maintrack`, `devroom`, `lightningtalk`, `keynote`,
 * `certification`, `bof`, `keysigning`, `standtrack`, `junior`, `infodesk`),
 * pretalx's free-text session types ("Talk 30 min + 10min Q&A", "Workshop
 * 110min") and Sessionize formats ("Session", "Lightning talk", "Workshop").
 */
const TYPE_RULES: readonly (readonly [RegExp, ItemType])[] = [
  [/keynote/, 'keynote'],
  [/panel|podium/, 'panel'],
  [/debate|discussion/, 'debate'],
  [/round.?table/, 'roundtable'],
  [/lunch|dinner|breakfast|meal/, 'meal'],
  [/break|coffee|pause/, 'break'],
  [/welcome|opening/, 'welcome'],
  [/closing|recap|conclusion|wrap.?up/, 'recap'],
  [/^intro/, 'introduction'],
  // Taking part rather than listening: workshops, meetings, exams, children's workshops (FOSDEM "junior").
  [/workshop|tutorial|hands.?on|session|meet.?up|meeting|bof|birds|certification|exam|key.?signing|junior|\blab\b/, 'session'],
  // Talks, however a tool names them: FOSDEM's main tracks, developer rooms and stand talks.
  [/talk|lecture|presentation|lightning|vortrag|devroom|dev.?room|main.?track|stand.?track|track.?talk/, 'talk'],
];

/**
 * Maps a source's item type to ours: `lecture` → `talk`, `Workshop 60 Min` →
 * `session`, `performance` → `other`. Also returns the original as a tag when
 * it says more than the mapped type.
 */
export function itemType(source: string | undefined, fallback: ItemType): { type: ItemType; tag?: string } {
  if (source === undefined) return { type: fallback };
  const lower = source.toLowerCase();
  const exact = ITEM_TYPES.find((type) => type === lower.replace(/[\s_]+/g, '-'));
  if (exact) return { type: exact };
  const rule = TYPE_RULES.find(([pattern]) => pattern.test(lower));
  return { type: rule ? rule[1] : 'other', tag: source };
}

/** The time zone to use: the source's when valid, else `options.timeZone`, else UTC (with a warning). */
export function chooseTimeZone(
  problems: Problems,
  sourceZone: unknown,
  path: string,
  options: ImportOptions,
): string {
  const named = str(sourceZone);
  if (named !== undefined) {
    if (isValidTimeZone(named)) return named;
    problems.unusable(path, named, 'it is not a known IANA time zone');
  }
  const zone = options.timeZone ?? DEFAULT_IMPORT_TIME_ZONE;
  const advice =
    options.timeZone === undefined
      ? " Give the event's zone to show its local times (the time-zone attribute of the elements, the timeZone option, or --time-zone)."
      : '';
  problems.warn(
    'assumed-time-zone',
    path,
    `The source names no time zone: the programme is set in ${zone} (${options.timeZone === undefined ? 'the default' : 'as given'}), and times without an offset are read in it.${advice}`,
    { timeZone: zone },
  );
  return zone;
}
