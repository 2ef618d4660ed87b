/**
 * What every importer shares: the result and error types, the problem
 * collector, reading helpers for untrusted JSON, time conversion, and
 * `ProgrammeBuilder`, which turns what an importer read into a programme
 * (format version 1) that validates: ids made unique and valid, speakers given
 * slugs, texts keyed by the language they are written in, days collected.
 */
import {
  ITEM_TYPES,
  type EventInput,
  type Instant,
  type ItemInput,
  type ItemSpeakerInput,
  type ItemType,
  type LinkInput,
  type LocalisedText,
  type Problem,
  type ProblemCode,
  type ProgrammeInput,
  type RoomInput,
  type SpeakerInput,
  type SpeakerRole,
  type TrackInput,
} from '../types.js';
import { slugify } from '../suggest.js';
import { checkUrl } from '../url.js';
import {
  isValidTimeZone,
  parseIsoDate,
  parseLocalTime,
  parseOffsetDateTime,
  zonedDate,
  zonedToInstant,
} from '../time.js';
import { toPlainLine, toPlainText } from './markup.js';
import type { DomParserConstructor } from './xml.js';

/** The formats an importer reads (`native` is the programme format itself). */
export type SourceFormat = 'frab-json' | 'schedule2' | 'pentabarf-xml' | 'sessionize';
export type ImportFormat = 'native' | SourceFormat;

/** Every format `importProgramme` accepts, `auto` excepted. */
export const IMPORT_FORMATS: readonly ImportFormat[] = ['native', 'frab-json', 'schedule2', 'pentabarf-xml', 'sessionize'];

/** Problem codes that only importers report. */
export const IMPORT_PROBLEM_CODES: readonly ProblemCode[] = [
  'invalid-xml',
  'unknown-format',
  'assumed-time-zone',
  'not-imported',
  'unusable-value',
  'renamed-id',
];

/** The time zone used for sources that name none, unless `timeZone` is given. */
export const DEFAULT_IMPORT_TIME_ZONE = 'UTC';

export interface ImportOptions {
  /** The source's format; `auto` (default) detects it. */
  format?: 'auto' | ImportFormat;
  /**
   * The IANA time zone of a source that names none (FOSDEM XML, rC3,
   * Sessionize). Default `UTC`. A source that names its zone keeps it.
   */
  timeZone?: string;
  /** The event's title when the source has none (Sessionize). Default "Programme". */
  title?: string;
  /**
   * A DOM parser for XML, such as `DOMParser` from `@xmldom/xmldom`. Default:
   * the platform's `DOMParser` in browsers, `@xmldom/xmldom` in Node (≥ 20.16).
   */
  domParser?: DomParserConstructor;
}

export interface ImportResult {
  /** The programme, in the programme format (version 1). */
  programme: ProgrammeInput;
  /** The format the source was read as (what `auto` chose). */
  format: ImportFormat;
  /** What could not be imported, or was assumed; each `path` points into the source. */
  warnings: Problem[];
}

/** Names of the formats, for messages. */
export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  native: 'programme (format version 1)',
  'frab-json': 'c3voc schedule.json (frab, pretalx)',
  schedule2: 'c3voc schedule2 JSON',
  'pentabarf-xml': 'Pentabarf/frab schedule XML',
  sessionize: 'Sessionize "All data" JSON',
};

/**
 * Thrown by the importers on a source they cannot read. `errors` lists every
 * problem found, each with a path into the source: a JSON pointer for JSON
 * (`/schedule/conference/days/0/date`), an XPath for XML
 * (`/schedule/day[1]/room[2]/event[3]/start`).
 */
export class ImportError extends Error {
  readonly errors: Problem[];
  readonly warnings: Problem[];
  /** The format the source was read as, when one was chosen. */
  readonly format: ImportFormat | undefined;

  constructor(errors: Problem[], warnings: Problem[] = [], format?: ImportFormat) {
    super(summarise(errors, format));
    this.name = 'ImportError';
    this.errors = errors;
    this.warnings = warnings;
    this.format = format;
  }
}

function summarise(errors: readonly Problem[], format: ImportFormat | undefined): string {
  const what = format ? `this ${FORMAT_NAMES[format]}` : 'this source';
  const first = errors[0];
  if (!first) return `Cannot import ${what}.`;
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  return `Cannot import ${what} (${count}). First, at ${first.path || 'the root'}: ${first.message}`;
}

/** The error for a format name that is not one of `IMPORT_FORMATS` (or `auto`). */
export function unknownFormat(format: string): ImportError {
  return new ImportError([
    {
      code: 'unknown-format',
      path: '',
      message: `Unknown format ${quote(format)}: expected auto, ${IMPORT_FORMATS.join(', ')}.`,
      params: { value: clip(format) },
    },
  ]);
}

/* ------------------------------------------------------------------ */
/* Problems                                                           */
/* ------------------------------------------------------------------ */

const MAX_QUOTED = 60;
const MAX_PARAM = 200;

export function clip(text: string, length = MAX_PARAM): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function quote(text: string): string {
  return JSON.stringify(clip(text, MAX_QUOTED));
}

/** Errors and warnings of one import. */
export class Problems {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(readonly format: ImportFormat) {}

  error(code: ProblemCode, path: string, message: string, params?: Problem['params']): void {
    this.errors.push(params ? { code, path, message, params } : { code, path, message });
  }

  warn(code: ProblemCode, path: string, message: string, params?: Problem['params']): void {
    this.warnings.push(params ? { code, path, message, params } : { code, path, message });
  }

  /** Throws an `ImportError` when there are errors. */
  check(): void {
    if (this.errors.length > 0) throw new ImportError(this.errors, this.warnings, this.format);
  }

  /** A source value that is there but cannot be used: it is left out. */
  unusable(path: string, value: unknown, reason: string): void {
    const shown = describe(value);
    this.warn('unusable-value', path, `${capitalise(shown)} cannot be used: ${reason}. It is not imported.`, {
      value: typeof value === 'string' ? clip(value) : clip(shown),
      reason,
    });
  }

  /** A source value the programme format has no place for. */
  notImported(path: string, field: string, value: unknown): void {
    this.warn(
      'not-imported',
      path,
      `${quote(field)} (${describe(value)}) is not imported: the programme format has no place for it.`,
      { field: clip(field), value: clip(describe(value)) },
    );
  }

  /** A wrong JSON type for a required value. */
  invalidType(path: string, value: unknown, expected: string): void {
    if (value === undefined) {
      this.error('missing-field', path, `Missing ${expected} at ${path || 'the root'}.`, { expected });
      return;
    }
    this.error('invalid-type', path, `Expected ${expected}, got ${describe(value)}.`, {
      expected,
      actual: typeOf(value),
    });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The JSON type of a value, for `params.actual`. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A value for a message: `the number 42`, `the string "x"`, `an array`… */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
    case 'boolean':
      return `the ${typeof value} ${String(value)}`;
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/* ------------------------------------------------------------------ */
/* Reading untrusted JSON                                             */
/* ------------------------------------------------------------------ */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON pointer of `key` inside `path` (RFC 6901 escaping). */
export function at(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
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
 * Parses JSON text (a byte-order mark is ignored); an object is returned as it
 * is. Records `invalid-json` and returns `undefined` on bad JSON.
 */
export function readJson(input: unknown, problems: Problems): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.error('invalid-json', '', `The source is not valid JSON: ${reason}.`, { reason: clip(reason) });
    return undefined;
  }
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

/* ------------------------------------------------------------------ */
/* Values                                                             */
/* ------------------------------------------------------------------ */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** The WHATWG URL parser, present in browsers and in Node (the model compiles without their types). */
const UrlParser = (globalThis as unknown as { URL: new (url: string, base?: string) => { href: string } }).URL;

/** A relative URL resolved against the source's base URL (frab's `base_url`); others unchanged. */
export function resolveUrl(url: string, base: string | undefined): string {
  if (base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    return new UrlParser(url, base).href;
  } catch {
    return url;
  }
}

/**
 * A link when the URL is absolute http, https or mailto (a relative one is
 * resolved against `base` when given); otherwise a warning.
 */
export function link(problems: Problems, url: unknown, label: unknown, path: string, base?: string): LinkInput | undefined {
  const given = str(url);
  if (given === undefined) {
    if (hasContent(url)) problems.unusable(path, url, 'a URL must be a string');
    return undefined;
  }
  const text = resolveUrl(given, base);
  const checked = checkUrl(text);
  if (!checked.ok) {
    problems.unusable(path, text, checked.reason);
    return undefined;
  }
  const shown = line(label);
  return shown === undefined ? { url: text } : { url: text, label: shown };
}

/** A photo URL: absolute http or https only. */
export function photoUrl(problems: Problems, url: unknown, path: string): string | undefined {
  const text = str(url);
  if (text === undefined) return undefined;
  const checked = checkUrl(text);
  if (checked.ok && /^https?:/i.test(text)) return text;
  problems.unusable(path, text, checked.ok ? 'a photo must be an http or https URL' : checked.reason);
  return undefined;
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

/** Checks a time zone given in the options. */
export function checkOptions(options: ImportOptions): void {
  if (options.timeZone !== undefined && !isValidTimeZone(options.timeZone)) {
    throw new ImportError([
      {
        code: 'invalid-time-zone',
        path: '',
        message: `The time zone option ${quote(options.timeZone)} is not a known IANA time zone such as "Europe/Brussels".`,
        params: { value: clip(options.timeZone) },
      },
    ]);
  }
}

/* ------------------------------------------------------------------ */
/* Times                                                              */
/* ------------------------------------------------------------------ */

/** When something happens, and how to write it in the programme. */
export interface TimePoint {
  instant: Instant;
  /** The calendar date in the event's zone. */
  date: string;
  /** `HH:MM` on `date` (local), or a date-time with offset (absolute). */
  text: string;
  local: boolean;
}

/**
 * A date-time with offset (`2019-08-21T11:00:00+02:00`); also accepted: a
 * space for `T`, an offset without colon (`+0200`). `undefined` otherwise.
 */
export function absoluteTime(value: unknown, timeZone: string): TimePoint | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const normalised = text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const parsed = parseOffsetDateTime(normalised);
  if (!parsed) return undefined;
  return { instant: parsed.instant, date: zonedDate(parsed.instant, timeZone), text: normalised, local: false };
}

/** A local time (`HH:MM` or `HH:MM:SS`) on `date` in `timeZone`; `undefined` if either is invalid. */
export function localTime(date: string, time: unknown, timeZone: string): TimePoint | undefined {
  const text = str(time);
  if (text === undefined || !parseIsoDate(date)) return undefined;
  const padded = /^\d:/.test(text) ? `0${text}` : text;
  if (!parseLocalTime(padded)) return undefined;
  const { instant } = zonedToInstant(date, padded, timeZone);
  return { instant, date, text: padded.length > 5 && padded.endsWith(':00') ? padded.slice(0, 5) : padded, local: true };
}

/** A local date-time without offset (`2019-10-10T09:00:00`, Sessionize) in `timeZone`. */
export function localDateTime(value: unknown, timeZone: string): TimePoint | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/.exec(text);
  return match ? localTime(match[1] ?? '', match[2], timeZone) : absoluteTime(text, timeZone);
}

/** The next calendar date: `2019-08-21` → `2019-08-22`. */
export function nextDate(date: string): string {
  const day = parseIsoDate(date);
  if (!day) return date;
  return new Date(Date.UTC(day.year, day.month - 1, day.day + 1)).toISOString().slice(0, 10);
}

/** A clock duration (`00:30`, `1:30`, `01:30:00`) in milliseconds; `undefined` if it is not one. */
export function clockDuration(value: unknown): number | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const match = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  if (!match) return undefined;
  return ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0)) * 1000;
}

/** Milliseconds as an ISO 8601 duration: `PT1H30M`. */
export function isoDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || seconds === 0 ? `${rest}S` : ''}`;
}

/* ------------------------------------------------------------------ */
/* Building the programme                                             */
/* ------------------------------------------------------------------ */

export interface SpeakerDraft {
  name: string;
  /** How the name sorts, when the source says (Sessionize's last name: "García López, Ana"). */
  sortName?: string | undefined;
  bio?: string | undefined;
  photo?: string | undefined;
  title?: string | undefined;
  links?: LinkInput[] | undefined;
}

export interface ItemDraft {
  /** Where the item is in the source. */
  path: string;
  /** The source's id (made valid and unique). */
  id: string | undefined;
  type: ItemType;
  start: TimePoint;
  end?: TimePoint | undefined;
  /** Where the end is in the source, for a warning when it is not after the start. */
  endPath?: string | undefined;
  /** Used when there is no `end`. */
  duration?: number | undefined;
  title: string;
  subtitle?: string | undefined;
  description?: string | undefined;
  /** Keys of speakers added with `speaker()`, with a role other than `speaker`. */
  speakers?: readonly (string | { key: string; role: SpeakerRole })[];
  room?: string | undefined;
  track?: string | undefined;
  language?: string | undefined;
  tags?: readonly (string | undefined)[];
  links?: readonly (LinkInput | undefined)[];
}

interface SpeakerEntry extends SpeakerDraft {
  key: string;
  path: string;
  order: number;
}

/**
 * Collects what an importer reads and builds the programme. Rooms and tracks
 * are keyed by name; speakers by the source's key (an id, a guid, a name).
 */
export class ProgrammeBuilder {
  readonly event: Partial<Omit<EventInput, 'timeZone' | 'days'>> = {};
  private readonly days = new Set<string>();
  private readonly rooms = new Map<string, RoomInput>();
  private readonly tracks = new Map<string, TrackInput>();
  private readonly speakers = new Map<string, SpeakerEntry>();
  private readonly items: ItemDraft[] = [];
  private readonly languages: string[] = [];
  private readonly usedRoomIds = new Set<string>();
  private readonly usedTrackIds = new Set<string>();

  constructor(
    private readonly problems: Problems,
    readonly timeZone: string,
  ) {}

  /** A day of the event (an ISO date), even without items. */
  day(date: string): void {
    if (parseIsoDate(date)) this.days.add(date);
  }

  /** A language of the event's content, in order of preference. */
  language(tag: string | undefined): void {
    if (tag !== undefined) this.languages.push(tag);
  }

  /** The room's id (adding it on first use). */
  room(name: string): string {
    const key = name.trim();
    let room = this.rooms.get(key);
    if (!room) {
      room = { id: uniqueId(slugify(key) || 'room', this.usedRoomIds), name: key };
      this.rooms.set(key, room);
    }
    return room.id;
  }

  /** The track's id (adding it on first use); a colour is kept from the first mention that has one. */
  track(name: string, trackColor?: string): string {
    const key = name.trim();
    let track = this.tracks.get(key);
    if (!track) {
      track = { id: uniqueId(slugify(key) || 'track', this.usedTrackIds), name: key };
      this.tracks.set(key, track);
    }
    if (trackColor !== undefined && track.color === undefined) track.color = trackColor;
    return track.id;
  }

  /** Adds or completes a speaker; returns the key items refer to it by. */
  speaker(key: string, draft: SpeakerDraft, path: string): string {
    const known = this.speakers.get(key);
    if (!known) {
      this.speakers.set(key, { ...draft, key, path, order: this.speakers.size });
      return key;
    }
    known.sortName ??= draft.sortName;
    known.bio ??= draft.bio;
    known.photo ??= draft.photo;
    known.title ??= draft.title;
    if (draft.links?.length) known.links = mergeLinks(known.links, draft.links);
    return key;
  }

  /** How many days the programme has so far. */
  get dayCount(): number {
    return this.days.size;
  }

  item(draft: ItemDraft): void {
    this.items.push(draft);
    this.days.add(draft.start.date);
  }

  build(): ProgrammeInput {
    const itemLanguages = this.itemLanguages();
    // The source's default, else its first declared language, else the most common item language.
    const defaultLanguage = this.event.defaultLanguage ?? this.languages[0] ?? itemLanguages[0] ?? 'en';
    const languages = [...new Set([defaultLanguage, ...this.languages, ...itemLanguages])];
    const speakerIds = this.speakerIds();
    const usedItemIds = new Set<string>();
    const items = this.items
      .map((draft, index) => ({ draft, index }))
      .sort((a, b) => a.draft.start.instant - b.draft.start.instant || a.index - b.index)
      .map(({ draft, index }) => this.toItem(draft, index, usedItemIds, speakerIds, defaultLanguage));
    const speakers = [...this.speakers.values()]
      .filter((entry) => speakerIds.get(entry.key)?.owner === entry)
      .map((entry) => toSpeaker(entry, speakerIds.get(entry.key)?.id ?? ''));
    const eventId = this.event.id;
    const event: EventInput = withoutUndefined({
      id: eventId === undefined || ID_PATTERN.test(eventId) ? eventId : slugify(eventId) || undefined,
      title: this.event.title ?? 'Programme',
      subtitle: this.event.subtitle,
      description: this.event.description,
      timeZone: this.timeZone,
      days: [...this.days].sort(),
      defaultLanguage,
      languages: languages.length > 1 ? languages : undefined,
      organisers: this.event.organisers,
      partners: this.event.partners,
      location: this.event.location,
      url: this.event.url,
    });
    return withoutUndefined({
      version: 1 as const,
      event,
      speakers: speakers.length ? speakers : undefined,
      rooms: this.rooms.size ? [...this.rooms.values()] : undefined,
      tracks: this.tracks.size ? [...this.tracks.values()] : undefined,
      items,
    });
  }

  /** The item languages, most common first. */
  private itemLanguages(): string[] {
    const counts = new Map<string, number>();
    for (const item of this.items) {
      if (item.language) counts.set(item.language, (counts.get(item.language) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
  }

  /**
   * Slugs for speakers. Entries with the same name are one speaker when they
   * do not contradict each other (at most one bio and one photo, or the same
   * ones): exports often give a person a new id in each event. Otherwise the
   * later ones get `-2`, `-3`… suffixes.
   */
  private speakerIds(): Map<string, { id: string; owner: SpeakerEntry }> {
    const result = new Map<string, { id: string; owner: SpeakerEntry }>();
    const byName = new Map<string, SpeakerEntry[]>();
    const used = new Set<string>();
    for (const entry of this.speakers.values()) {
      const owners = byName.get(entry.name) ?? [];
      const owner = owners.find((candidate) => compatible(candidate, entry));
      if (owner) {
        owner.bio ??= entry.bio;
        owner.photo ??= entry.photo;
        owner.title ??= entry.title;
        if (entry.links?.length) owner.links = mergeLinks(owner.links, entry.links);
        result.set(entry.key, { id: result.get(owner.key)?.id ?? '', owner });
        continue;
      }
      owners.push(entry);
      byName.set(entry.name, owners);
      result.set(entry.key, { id: uniqueId(slugify(entry.name) || 'speaker', used), owner: entry });
    }
    return result;
  }

  private toItem(
    draft: ItemDraft,
    index: number,
    used: Set<string>,
    speakerIds: ReadonlyMap<string, { id: string }>,
    defaultLanguage: string,
  ): ItemInput {
    const id = this.itemId(draft, index, used);
    const text = (value: string | undefined): LocalisedText | undefined =>
      value === undefined ? undefined : localised(value, draft.language, defaultLanguage);
    const speakers: ItemSpeakerInput[] = [];
    for (const entry of draft.speakers ?? []) {
      const { key, role } = typeof entry === 'string' ? { key: entry, role: 'speaker' as SpeakerRole } : entry;
      const speakerId = speakerIds.get(key)?.id;
      if (speakerId && !speakers.some((speaker) => speaker.id === speakerId)) {
        speakers.push(role === 'speaker' ? { id: speakerId } : { id: speakerId, role });
      }
    }
    const tags = [...new Set(draft.tags?.filter((tag): tag is string => tag !== undefined && tag.trim() !== ''))];
    const links = mergeLinks([], draft.links?.filter((entry): entry is LinkInput => entry !== undefined) ?? []);
    return withoutUndefined({
      id,
      type: draft.type,
      day: draft.start.local ? draft.start.date : undefined,
      start: draft.start.text,
      ...this.ending(draft),
      title: text(draft.title) ?? draft.title,
      subtitle: text(draft.subtitle),
      description: text(draft.description),
      speakers: speakers.length ? speakers : undefined,
      room: draft.room === undefined ? undefined : this.room(draft.room),
      track: draft.track === undefined ? undefined : this.track(draft.track),
      language: draft.language,
      tags: tags.length ? tags : undefined,
      links: links.length ? links : undefined,
    });
  }

  /** `end` (local on the same day, or absolute) or `duration`. */
  private ending(draft: ItemDraft): { end?: string; duration?: string } {
    const { start, end, duration } = draft;
    if (end !== undefined && end.instant > start.instant) {
      if (!end.local) return { end: end.text };
      if (end.date === start.date) return { end: end.text };
      if (end.date === nextDate(start.date) && end.text === '00:00') return { end: '24:00' };
      return { duration: isoDuration(end.instant - start.instant) };
    }
    if (end !== undefined) {
      this.problems.unusable(draft.endPath ?? draft.path, end.text, 'the end is not after the start');
    }
    if (duration !== undefined && duration > 0) return { duration: isoDuration(duration) };
    return {};
  }

  private itemId(draft: ItemDraft, index: number, used: Set<string>): string {
    const source = draft.id;
    const candidate = source !== undefined && ID_PATTERN.test(source) ? source : slugify(source ?? '') || `item-${index + 1}`;
    const id = uniqueId(candidate, used);
    if (source !== undefined && id !== source) {
      const reason = candidate === source ? 'is already used by another item' : 'is not a valid item id (letters, digits, "-", "_", ".")';
      this.problems.warn('renamed-id', draft.path, `The id ${quote(source)} ${reason}: the item is imported as ${quote(id)}.`, {
        value: clip(source),
        id,
      });
    }
    return id;
  }
}

/** `candidate`, or `candidate-2`, `candidate-3`… whichever is free; marks it used. */
function uniqueId(candidate: string, used: Set<string>): string {
  let id = candidate;
  for (let n = 2; used.has(id); n++) id = `${candidate}-${n}`;
  used.add(id);
  return id;
}

/** Text in a language other than the programme's default is keyed by it. */
function localised(text: string, language: string | undefined, defaultLanguage: string): LocalisedText {
  return language === undefined || language === defaultLanguage ? text : { [language]: text };
}

function compatible(a: SpeakerDraft, b: SpeakerDraft): boolean {
  const agree = (x: string | undefined, y: string | undefined) => x === undefined || y === undefined || x === y;
  return agree(a.bio, b.bio) && agree(a.photo, b.photo);
}

function mergeLinks(a: readonly LinkInput[] | undefined, b: readonly LinkInput[]): LinkInput[] {
  const result = [...(a ?? [])];
  for (const entry of b) if (!result.some((known) => known.url === entry.url)) result.push(entry);
  return result;
}

function toSpeaker(entry: SpeakerEntry, id: string): SpeakerInput {
  return withoutUndefined({
    id,
    name: entry.name,
    sortName: entry.sortName,
    title: entry.title,
    bio: entry.bio,
    photo: entry.photo === undefined ? undefined : { url: entry.photo },
    links: entry.links?.length ? entry.links : undefined,
  });
}

/** `value` without its `undefined` properties. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
