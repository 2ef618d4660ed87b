/**
 * Validation of a programme (format version 1).
 *
 * `validateProgramme` never throws: whatever it is given (a JSON string, an
 * object, garbage), it returns every problem it finds, each with a stable
 * `code`, a JSON pointer `path` (RFC 6901; the root is `""`), an English
 * message naming the bad value and what was expected, and `params`.
 *
 * The input is first copied by `snapshot` (which survives cycles, throwing
 * getters and the like); everything below works on that plain copy. The checks
 * run in document order: the event, then speakers, rooms and tracks (which
 * items refer to), then items, then the schedule as a whole (days, instants,
 * derived ends, overlaps) and finally unused speakers.
 */
/* eslint-disable @typescript-eslint/no-confusing-void-expression --
   The shape tables below map each field to its check in one line: `(v, p) => this.text(v, p)`. */
import {
  ITEM_TYPES,
  SPEAKER_ROLES,
  type Instant,
  type Problem,
  type ProblemCode,
  type ValidationResult,
} from './types.js';
import { Opaque, isJsonObject, snapshot, type Json, type JsonObject } from './snapshot.js';
import { closest, slugify } from './suggest.js';
import { checkUrl } from './url.js';
import {
  isValidTimeZone,
  parseDuration,
  parseIsoDate,
  parseLocalTime,
  parseOffsetDateTime,
  usesCalendarUnits,
  zonedDate,
  zonedToInstant,
} from './time.js';
import { deriveEnds, findOverlaps, type Slot, type SlotTiming } from './schedule.js';

/** The problem codes reported as warnings; every other code is an error. */
export const WARNING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'no-items',
  'unknown-field',
  'overlap',
  'open-end',
  'duplicate-speaker',
  'nonexistent-local-time',
  'ambiguous-local-time',
  'end-and-duration',
  'unused-speaker',
]);

/** Item ids, room ids, track ids and the event id. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Speaker ids: lowercase ASCII slugs. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/** Longest bad value quoted in a message or copied into `params`. */
const MAX_QUOTED = 60;
const MAX_PARAM = 200;
const MINUTE = 60_000;

/** Common words for item types and roles that are not in the format. */
const ITEM_TYPE_SYNONYMS: Readonly<Record<string, string>> = {
  breakfast: 'meal',
  lunch: 'meal',
  dinner: 'meal',
  coffee: 'break',
  'coffee-break': 'break',
  pause: 'break',
  opening: 'welcome',
  closing: 'recap',
  conclusion: 'recap',
  workshop: 'session',
  discussion: 'debate',
  'round-table': 'roundtable',
};
const ROLE_SYNONYMS: Readonly<Record<string, string>> = {
  presenter: 'speaker',
  panelist: 'speaker',
  panellist: 'speaker',
  host: 'moderator',
  facilitator: 'moderator',
  chairperson: 'chair',
  chairman: 'chair',
  chairwoman: 'chair',
  respondent: 'discussant',
};

/** When and where an item happens, as resolved by validation. */
export interface ItemTiming extends SlotTiming {
  day: string;
  start: Instant;
}

/** The full outcome of checking: the result, plus what `parseProgramme` builds on. */
export interface Analysis extends ValidationResult {
  /** The detached copy of the input that was checked (when it was an object). */
  input?: JsonObject;
  /** Resolved times of the items, by position in the input `items` array. */
  timings: Map<number, ItemTiming>;
}

/** Checks a programme (an object or a JSON string) and lists every problem found. */
export function validateProgramme(input: unknown): ValidationResult {
  const { ok, errors, warnings } = analyseProgramme(input);
  return { ok, errors, warnings };
}

/** Like `validateProgramme`, and also returns the checked copy and the item timings. */
export function analyseProgramme(input: unknown): Analysis {
  const checker = new ProgrammeChecker();
  let root: Json | undefined;
  try {
    root = typeof input === 'string' ? parseJson(input, checker.report) : snapshot(input);
    if (typeof input !== 'string' || root !== undefined) {
      checker.run(root ?? new Opaque('undefined', 'undefined'));
    }
  } catch (error) {
    // Not expected: every check is written not to throw. Report rather than crash.
    checker.report.add('invalid-type', '', `The programme could not be checked: ${String(error)}.`);
  }
  const { errors, warnings } = checker.report;
  return {
    ok: errors.length === 0,
    errors,
    warnings,
    input: isJsonObject(root) ? root : undefined,
    timings: checker.timings,
  };
}

function parseJson(text: string, report: Report): Json | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report.add('invalid-json', '', `The programme is not valid JSON: ${reason}.`, {
      reason: clip(reason),
    });
    return undefined;
  }
  return snapshot(parsed);
}

/* ------------------------------------------------------------------ */
/* Reporting                                                          */
/* ------------------------------------------------------------------ */

class Report {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  add(code: ProblemCode, path: string, message: string, params?: Problem['params']): void {
    const problem: Problem = params ? { code, path, message, params } : { code, path, message };
    (WARNING_CODES.has(code) ? this.warnings : this.errors).push(problem);
  }
}

/** The JSON pointer of `key` inside `path` (RFC 6901 escaping). */
function at(path: string, key: string | number): string {
  const text = String(key);
  // Most keys need no escaping: skip the two replacements (this runs for every value checked).
  if (!text.includes('~') && !text.includes('/')) return `${path}/${text}`;
  return `${path}/${text.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function clip(text: string, length = MAX_PARAM): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function quote(text: string): string {
  return JSON.stringify(clip(text, MAX_QUOTED));
}

/** The JSON type of a value, for `params.actual`. */
function typeOf(value: Json): string {
  if (value instanceof Opaque) return value.type;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A value for a message: `the number 42`, `the string "x"`, `an array`… */
function describe(value: Json): string {
  if (value instanceof Opaque) return value.description;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    default:
      return 'an object';
  }
}

/** Up to ten values, quoted: `"a", "b", "c"`. */
function list(values: Iterable<string>): string {
  const all = [...values];
  const shown = all.slice(0, 10).map((value) => `"${clip(value, MAX_QUOTED)}"`);
  return all.length > 10 ? `${shown.join(', ')}…` : shown.join(', ');
}

function suggestionHint(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
}

function withSuggestion(
  params: Record<string, string | number>,
  suggestion: string | undefined,
): Record<string, string | number> {
  return suggestion === undefined ? params : { ...params, suggestion };
}

/** Tags already found well-formed: a programme repeats a few tags in every text. */
const languageTags = new Set<string>();

function isLanguageTag(tag: string): boolean {
  if (languageTags.has(tag)) return true;
  try {
    if (Intl.getCanonicalLocales(tag).length !== 1) return false;
  } catch {
    return false;
  }
  // Bounded: tags come from untrusted input.
  if (languageTags.size < 1_000) languageTags.add(tag);
  return true;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for a two-letter region that CLDR names (`ZZ`, "Unknown Region", excepted). */
function isKnownRegion(code: string): boolean {
  return code !== 'ZZ' && regionNames.of(code) !== undefined;
}

/* ------------------------------------------------------------------ */
/* The checker                                                        */
/* ------------------------------------------------------------------ */

type Check = (value: Json, path: string) => void;

interface Field {
  required?: boolean;
  check: Check;
}

type Shape = Readonly<Record<string, Field>>;

/** A start or end as written: a local time on the item's day, or an absolute date-time. */
type TimeValue = { kind: 'local'; text: string } | { kind: 'absolute'; text: string; instant: Instant };

/** What an item says about its time and place, once its fields are checked. */
interface ItemFacts {
  index: number;
  path: string;
  id?: string;
  /** `day` as given: a known day, or `null` when given but unusable. */
  day?: string | null;
  start?: TimeValue;
  end?: TimeValue;
  duration?: number;
  room?: string;
}

class ProgrammeChecker {
  readonly report = new Report();
  readonly timings = new Map<number, ItemTiming>();
  private timeZone?: string;
  private readonly days = new Map<string, string>();
  private readonly speakers = new Map<string, string>();
  private readonly usedSpeakers = new Set<string>();
  private readonly rooms = new Map<string, string>();
  private readonly tracks = new Map<string, string>();
  private readonly itemIds = new Map<string, string>();
  private readonly items = new Map<number, ItemFacts>();

  run(root: Json): void {
    if (!isJsonObject(root)) {
      this.report.add(
        'not-an-object',
        '',
        `The programme must be a JSON object with "version", "event" and "items", got ${describe(root)}.`,
        { expected: 'object', actual: typeOf(root) },
      );
      return;
    }
    this.object(root, '', 'the programme', {
      $schema: { check: (value, path) => this.string(value, path) },
      version: { required: true, check: (value, path) => this.version(value, path) },
      event: { required: true, check: (value, path) => this.event(value, path) },
      speakers: { check: (value, path) => this.array(value, path, (s, p) => this.speaker(s, p)) },
      rooms: { check: (value, path) => this.array(value, path, (r, p) => this.room(r, p)) },
      tracks: { check: (value, path) => this.array(value, path, (t, p) => this.track(t, p)) },
      items: { required: true, check: (value, path) => this.itemList(value, path) },
    });
    this.schedule();
    this.unusedSpeakers();
  }

  /* ---------------------------- generic ---------------------------- */

  /** Checks an object's fields against `shape`; unknown fields are warned about. */
  private object(value: Json, path: string, what: string, shape: Shape): JsonObject | undefined {
    if (!isJsonObject(value)) {
      this.invalidType(value, path, 'object', `${what.charAt(0).toUpperCase()}${what.slice(1)} must be an object`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(shape, key)) continue;
      const suggestion = closest(key, Object.keys(shape));
      this.report.add(
        'unknown-field',
        at(path, key),
        `Unknown field ${quote(key)} in ${what}: it is ignored.${suggestionHint(suggestion)}`,
        withSuggestion({ value: clip(key) }, suggestion),
      );
    }
    for (const [key, field] of Object.entries(shape)) {
      const fieldValue = Object.hasOwn(value, key) ? value[key] : undefined;
      if (fieldValue !== undefined) {
        field.check(fieldValue, at(path, key));
      } else if (field.required) {
        this.report.add('missing-field', at(path, key), `Missing required field "${key}" in ${what}.`, {
          field: key,
        });
      }
    }
    return value;
  }

  private array(value: Json, path: string, each: (entry: Json, path: string, index: number) => void): void {
    if (!Array.isArray(value)) {
      this.invalidType(value, path, 'array');
      return;
    }
    for (const [index, entry] of value.entries()) each(entry, at(path, index), index);
  }

  /** Reports a value of the wrong JSON type; `expectation` replaces "Expected a <type>". */
  private invalidType(value: Json, path: string, expected: string, expectation?: string): void {
    const article = /^[aeiou]/.test(expected) ? 'an' : 'a';
    this.report.add(
      'invalid-type',
      path,
      `${expectation ?? `Expected ${article} ${expected}`}, got ${describe(value)}.`,
      { expected, actual: typeOf(value) },
    );
  }

  private string(value: Json, path: string): string | undefined {
    if (typeof value === 'string') return value;
    this.invalidType(value, path, 'string');
    return undefined;
  }

  /** A string that must not be blank. */
  private nonEmptyString(value: Json, path: string): string | undefined {
    const text = this.string(value, path);
    if (text !== undefined && text.trim() === '') {
      this.report.add('empty-text', path, 'This text is empty: write something or leave the field out.');
      return undefined;
    }
    return text;
  }

  /** Localised text: a string, or an object mapping language tags to strings. */
  private text(value: Json, path: string): void {
    if (typeof value === 'string') {
      this.nonEmptyString(value, path);
      return;
    }
    if (!isJsonObject(value)) {
      this.invalidType(
        value,
        path,
        'string or object',
        'Expected a text: a string, or an object of language → string such as {"en": "…", "fr": "…"}',
      );
      return;
    }
    const languages = Object.keys(value);
    if (languages.length === 0) {
      this.report.add('empty-text', path, 'This text has no language in it: give at least one, e.g. {"en": "…"}.');
    }
    for (const language of languages) {
      const languagePath = at(path, language);
      if (!isLanguageTag(language)) this.invalidLanguage(language, languagePath);
      this.nonEmptyString(value[language], languagePath);
    }
  }

  private language(value: Json, path: string): string | undefined {
    const tag = this.string(value, path);
    if (tag === undefined || isLanguageTag(tag)) return tag;
    this.invalidLanguage(tag, path);
    return undefined;
  }

  private invalidLanguage(tag: string, path: string): void {
    this.report.add(
      'invalid-language',
      path,
      `${quote(tag)} is not a valid language tag: expected a BCP 47 tag such as "en", "fr" or "fr-CA".`,
      { value: clip(tag) },
    );
  }

  private url(value: Json, path: string): void {
    const url = this.string(value, path);
    if (url === undefined) return;
    const result = checkUrl(url);
    if (result.ok) return;
    this.report.add(
      result.kind === 'unsafe' ? 'unsafe-url' : 'invalid-url',
      path,
      `The URL ${quote(url)} cannot be used: ${result.reason}.`,
      { value: clip(url), reason: result.reason },
    );
  }

  private date(value: Json, path: string): string | undefined {
    const date = this.string(value, path);
    if (date === undefined) return undefined;
    if (parseIsoDate(date)) return date;
    this.report.add(
      'invalid-date',
      path,
      `${quote(date)} is not a valid date: expected a real calendar date written YYYY-MM-DD, e.g. "2016-07-08".`,
      { value: clip(date) },
    );
    return undefined;
  }

  /** An id (a lowercase slug for speakers), unique among `seen`, which it is added to. */
  private id(
    value: Json,
    path: string,
    what: string,
    seen: Map<string, string> | undefined,
    suggestion?: string,
  ): string | undefined {
    const id = this.string(value, path);
    if (id === undefined) return undefined;
    const isSpeaker = what === 'speaker';
    if (!(isSpeaker ? SLUG_PATTERN : ID_PATTERN).test(id)) {
      const expected = isSpeaker
        ? 'a lowercase ASCII slug (a–z, 0–9, single hyphens)'
        : 'letters, digits, "-", "_" and "." (starting with a letter or digit)';
      const hint = suggestion ? `, e.g. "${suggestion}"` : '';
      this.report.add(
        'invalid-id',
        path,
        `The ${what} id ${quote(id)} is not valid: expected ${expected}${hint}.`,
        withSuggestion({ value: clip(id) }, suggestion || undefined),
      );
      return undefined;
    }
    const first = seen?.get(id);
    if (first !== undefined) {
      this.report.add('duplicate-id', path, `The ${what} id "${id}" is already used at ${first}.`, {
        value: id,
        first,
      });
      return undefined;
    }
    seen?.set(id, path);
    return id;
  }

  /** A reference to one of `known` (rooms, tracks). */
  private reference(
    value: Json,
    path: string,
    known: ReadonlyMap<string, string>,
    code: 'unknown-room' | 'unknown-track',
    what: string,
  ): string | undefined {
    const id = this.string(value, path);
    if (id === undefined || known.has(id)) return id;
    const suggestion = closest(id, known.keys());
    const defined = known.size === 0 ? `no ${what}s are defined` : `known ${what}s: ${list(known.keys())}`;
    this.report.add(
      code,
      path,
      `Unknown ${what} ${quote(id)} (${defined}).${suggestionHint(suggestion)}`,
      withSuggestion({ value: clip(id) }, suggestion),
    );
    return id;
  }

  /** One of `allowed`, else `code` with a suggestion from `synonyms` or spelling. */
  private oneOf(
    value: Json,
    path: string,
    allowed: readonly string[],
    synonyms: Readonly<Record<string, string>>,
    code: 'unknown-item-type' | 'unknown-speaker-role',
    what: string,
  ): void {
    const text = this.string(value, path);
    if (text === undefined || allowed.includes(text)) return;
    const key = text.toLowerCase();
    const suggestion =
      (Object.hasOwn(synonyms, key) ? synonyms[key] : undefined) ?? closest(text, allowed);
    this.report.add(
      code,
      path,
      `Unknown ${what} ${quote(text)}: expected one of ${list(allowed)}.${suggestionHint(suggestion)}`,
      withSuggestion({ value: clip(text), expected: allowed.join(', ') }, suggestion),
    );
  }

  /* ----------------------------- event ----------------------------- */

  private version(value: Json, path: string): void {
    if (typeof value !== 'number') {
      this.invalidType(value, path, 'number', 'The format version must be the number 1');
    } else if (value !== 1) {
      this.report.add(
        'unsupported-version',
        path,
        `Format version ${value} is not supported: this library reads version 1.`,
        { value, supported: 1 },
      );
    }
  }

  private event(value: Json, path: string): void {
    this.object(value, path, 'the event', {
      id: { check: (v, p) => this.id(v, p, 'event', undefined) },
      title: { required: true, check: (v, p) => this.text(v, p) },
      subtitle: { check: (v, p) => this.text(v, p) },
      description: { check: (v, p) => this.text(v, p) },
      timeZone: { required: true, check: (v, p) => this.timeZoneField(v, p) },
      days: { required: true, check: (v, p) => this.dayList(v, p) },
      defaultLanguage: { check: (v, p) => this.language(v, p) },
      languages: { check: (v, p) => this.array(v, p, (l, lp) => this.language(l, lp)) },
      organisers: { check: (v, p) => this.array(v, p, (o, op) => this.organisation(o, op)) },
      partners: { check: (v, p) => this.array(v, p, (o, op) => this.organisation(o, op)) },
      location: { check: (v, p) => this.location(v, p) },
      url: { check: (v, p) => this.url(v, p) },
    });
  }

  private timeZoneField(value: Json, path: string): void {
    const zone = this.string(value, path);
    if (zone === undefined) return;
    if (isValidTimeZone(zone)) {
      this.timeZone = zone;
      return;
    }
    const suggestion = suggestTimeZone(zone);
    this.report.add(
      'invalid-time-zone',
      path,
      `${quote(zone)} is not a known time zone: expected an IANA zone such as "Europe/Paris" or "America/Toronto".${suggestionHint(suggestion)}`,
      withSuggestion({ value: clip(zone) }, suggestion),
    );
  }

  private dayList(value: Json, path: string): void {
    if (Array.isArray(value) && value.length === 0) {
      this.report.add('missing-field', path, 'The event must list at least one day, e.g. ["2016-07-08"].', {
        field: 'days',
      });
      return;
    }
    this.array(value, path, (day, dayPath) => {
      if (typeof day === 'string') {
        this.addDay(this.date(day, dayPath), dayPath);
        return;
      }
      if (!isJsonObject(day)) {
        const expectation = 'A day must be a date "YYYY-MM-DD" or an object {"date": …}';
        this.invalidType(day, dayPath, 'string or object', expectation);
        return;
      }
      let date: string | undefined;
      this.object(day, dayPath, 'a day', {
        date: { required: true, check: (v, p) => (date = this.date(v, p)) },
        title: { check: (v, p) => this.text(v, p) },
      });
      this.addDay(date, at(dayPath, 'date'));
    });
  }

  private addDay(date: string | undefined, path: string): void {
    if (date === undefined) return;
    const first = this.days.get(date);
    if (first !== undefined) {
      this.report.add('duplicate-id', path, `The day ${date} is listed twice (first at ${first}).`, {
        value: date,
        first,
      });
    } else {
      this.days.set(date, path);
    }
  }

  private organisation(value: Json, path: string): void {
    this.object(value, path, 'an organisation', {
      name: { required: true, check: (v, p) => this.text(v, p) },
      role: { check: (v, p) => this.text(v, p) },
      url: { check: (v, p) => this.url(v, p) },
    });
  }

  private location(value: Json, path: string): void {
    this.object(value, path, 'the location', {
      name: { required: true, check: (v, p) => this.text(v, p) },
      address: { check: (v, p) => this.text(v, p) },
      url: { check: (v, p) => this.url(v, p) },
    });
  }

  private link(value: Json, path: string): void {
    this.object(value, path, 'a link', {
      url: { required: true, check: (v, p) => this.url(v, p) },
      label: { check: (v, p) => this.text(v, p) },
    });
  }

  /* -------------------- speakers, rooms, tracks -------------------- */

  private speaker(value: Json, path: string): void {
    const name = isJsonObject(value) && typeof value.name === 'string' ? value.name : undefined;
    this.object(value, path, 'a speaker', {
      id: {
        required: true,
        check: (v, p) => {
          const id = this.id(v, p, 'speaker', this.speakers, slugify(name ?? (typeof v === 'string' ? v : '')));
          if (id !== undefined) this.speakers.set(id, path);
        },
      },
      name: { required: true, check: (v, p) => this.nonEmptyString(v, p) },
      title: { check: (v, p) => this.text(v, p) },
      organisation: {
        check: (v, p) =>
          this.object(v, p, 'the organisation', {
            name: { required: true, check: (nv, np) => this.text(nv, np) },
            url: { check: (uv, up) => this.url(uv, up) },
          }),
      },
      country: { check: (v, p) => this.country(v, p) },
      bio: { check: (v, p) => this.text(v, p) },
      photo: {
        check: (v, p) =>
          this.object(v, p, 'the photo', {
            url: { required: true, check: (uv, up) => this.url(uv, up) },
            alt: { check: (av, ap) => this.text(av, ap) },
          }),
      },
      links: { check: (v, p) => this.array(v, p, (l, lp) => this.link(l, lp)) },
    });
  }

  private country(value: Json, path: string): void {
    const code = this.string(value, path);
    if (code === undefined) return;
    if (COUNTRY_PATTERN.test(code) && isKnownRegion(code)) return;
    const upper = code.toUpperCase();
    const suggestion = upper !== code && COUNTRY_PATTERN.test(upper) && isKnownRegion(upper) ? upper : undefined;
    this.report.add(
      'invalid-country',
      path,
      `${quote(code)} is not a known country code: expected an ISO 3166-1 alpha-2 code in capitals, such as "FR" or "CA".${suggestionHint(suggestion)}`,
      withSuggestion({ value: clip(code) }, suggestion),
    );
  }

  private room(value: Json, path: string): void {
    this.object(value, path, 'a room', {
      id: { required: true, check: (v, p) => this.id(v, p, 'room', this.rooms) },
      name: { required: true, check: (v, p) => this.text(v, p) },
    });
  }

  private track(value: Json, path: string): void {
    this.object(value, path, 'a track', {
      id: { required: true, check: (v, p) => this.id(v, p, 'track', this.tracks) },
      name: { required: true, check: (v, p) => this.text(v, p) },
      color: { check: (v, p) => this.color(v, p) },
    });
  }

  private color(value: Json, path: string): void {
    const color = this.string(value, path);
    if (color === undefined || COLOR_PATTERN.test(color)) return;
    this.report.add(
      'invalid-color',
      path,
      `${quote(color)} is not a supported colour: expected a hex colour "#rgb" or "#rrggbb", e.g. "#0a7d5a".`,
      { value: clip(color) },
    );
  }

  /* ----------------------------- items ----------------------------- */

  private itemList(value: Json, path: string): void {
    if (Array.isArray(value) && value.length === 0) {
      this.report.add('no-items', path, 'The programme has no items yet: the widgets will show an empty programme.');
    }
    this.array(value, path, (item, itemPath, index) => this.item(item, itemPath, index));
  }

  private item(value: Json, path: string, index: number): void {
    const facts: ItemFacts = { index, path };
    const speakersSeen = new Set<string>();
    const checked = this.object(value, path, `item ${index}`, {
      id: { required: true, check: (v, p) => (facts.id = this.id(v, p, 'item', this.itemIds)) },
      type: {
        required: true,
        check: (v, p) => this.oneOf(v, p, ITEM_TYPES, ITEM_TYPE_SYNONYMS, 'unknown-item-type', 'item type'),
      },
      day: { check: (v, p) => (facts.day = this.itemDay(v, p) ?? null) },
      start: { required: true, check: (v, p) => (facts.start = this.timeValue(v, p, 'start')) },
      end: { check: (v, p) => (facts.end = this.timeValue(v, p, 'end')) },
      duration: { check: (v, p) => (facts.duration = this.duration(v, p)) },
      title: { required: true, check: (v, p) => this.text(v, p) },
      subtitle: { check: (v, p) => this.text(v, p) },
      description: { check: (v, p) => this.text(v, p) },
      speakers: {
        check: (v, p) => this.array(v, p, (s, sp) => this.itemSpeaker(s, sp, speakersSeen)),
      },
      room: {
        check: (v, p) => (facts.room = this.reference(v, p, this.rooms, 'unknown-room', 'room')),
      },
      track: { check: (v, p) => this.reference(v, p, this.tracks, 'unknown-track', 'track') },
      language: { check: (v, p) => this.language(v, p) },
      tags: { check: (v, p) => this.array(v, p, (t, tp) => this.nonEmptyString(t, tp)) },
      links: { check: (v, p) => this.array(v, p, (l, lp) => this.link(l, lp)) },
    });
    if (checked) this.items.set(index, facts);
  }

  private itemDay(value: Json, path: string): string | undefined {
    const day = this.date(value, path);
    if (day === undefined || this.days.has(day)) return day;
    this.report.add(
      'unknown-day',
      path,
      `The day ${day} is not one of the event's days (${this.knownDays()}).`,
      { value: day },
    );
    return undefined;
  }

  private timeValue(value: Json, path: string, which: 'start' | 'end'): TimeValue | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    if (parseLocalTime(text, { allowEndOfDay: which === 'end' })) return { kind: 'local', text };
    const dateTime = parseOffsetDateTime(text);
    if (dateTime) return { kind: 'absolute', text, instant: dateTime.instant };
    this.report.add(
      'invalid-time',
      path,
      `${quote(text)} is not a valid ${which} time: ${timeHint(text, which)}`,
      { value: clip(text) },
    );
    return undefined;
  }

  private duration(value: Json, path: string): number | undefined {
    if (typeof value !== 'string' && typeof value !== 'number') {
      const expectation = 'A duration must be an ISO 8601 duration string or a number of minutes';
      this.invalidType(value, path, 'string or number', expectation);
      return undefined;
    }
    const milliseconds = parseDuration(value);
    if (milliseconds !== undefined && milliseconds > 0) return milliseconds;
    const shown = typeof value === 'number' ? String(value) : quote(value);
    let hint = 'expected an ISO 8601 duration such as "PT45M" or "PT1H30M", or a positive number of minutes.';
    if (milliseconds === 0) hint = 'a duration must be longer than zero.';
    else if (typeof value === 'string' && usesCalendarUnits(value)) {
      hint = 'years and months have no fixed length; use days, hours and minutes (e.g. "P1DT2H").';
    }
    this.report.add('invalid-duration', path, `${shown} is not a valid duration: ${hint}`, {
      value: typeof value === 'number' ? value : clip(value),
    });
    return undefined;
  }

  private itemSpeaker(value: Json, path: string, seen: Set<string>): void {
    this.object(value, path, 'an item speaker', {
      id: {
        required: true,
        check: (v, p) => {
          const id = this.string(v, p);
          if (id === undefined) return;
          if (seen.has(id)) {
            this.report.add(
              'duplicate-speaker',
              path,
              `The speaker "${clip(id, MAX_QUOTED)}" is listed twice in this item: the repeat is ignored.`,
              { value: clip(id) },
            );
          }
          seen.add(id);
          this.speakerReference(id, p);
        },
      },
      role: {
        check: (v, p) => this.oneOf(v, p, SPEAKER_ROLES, ROLE_SYNONYMS, 'unknown-speaker-role', 'speaker role'),
      },
      topic: { check: (v, p) => this.text(v, p) },
    });
  }

  private speakerReference(id: string, path: string): void {
    if (this.speakers.has(id)) {
      this.usedSpeakers.add(id);
      return;
    }
    const suggestion = closest(id, this.speakers.keys());
    const defined = this.speakers.size === 0 ? ' (no speakers are defined)' : ' in "speakers"';
    this.report.add(
      'unknown-speaker',
      path,
      `There is no speaker with id ${quote(id)}${defined}.${suggestionHint(suggestion)}`,
      withSuggestion({ value: clip(id) }, suggestion),
    );
  }

  /* ---------------------------- schedule --------------------------- */

  /** Resolves every item's instants, derives missing ends, and looks for overlaps. */
  private schedule(): void {
    const timeZone = this.timeZone;
    if (timeZone === undefined) return;
    const slots: Slot[] = [];
    for (const facts of this.items.values()) {
      const slot = this.slot(facts, timeZone);
      if (slot) slots.push(slot);
    }
    const timings = deriveEnds(slots);
    for (const slot of slots) {
      const timing = timings.get(slot.index);
      if (!timing) continue;
      this.timings.set(slot.index, { ...timing, day: slot.day, start: slot.start });
      if (timing.openEnd) this.openEnd(this.items.get(slot.index));
    }
    for (const overlap of findOverlaps(slots, timings)) this.overlap(overlap.index, overlap.other, overlap.room);
  }

  private slot(facts: ItemFacts, timeZone: string): Slot | undefined {
    if (!facts.start) return undefined;
    const day = this.itemDate(facts, facts.start, timeZone);
    if (day === undefined) return undefined;
    const start = this.instant(facts.start, day, at(facts.path, 'start'), timeZone);
    let end = facts.end && this.instant(facts.end, day, at(facts.path, 'end'), timeZone);
    if (end !== undefined && facts.end) {
      if (end <= start) {
        this.endBeforeStart(facts, facts.end.text, end === start);
        return undefined;
      }
      if (facts.duration !== undefined && end - start !== facts.duration) {
        this.report.add(
          'end-and-duration',
          at(facts.path, 'duration'),
          `Both "end" (${quote(facts.end.text)}) and "duration" are given and they disagree: "end" is used, "duration" is ignored.`,
          {
            end: clip(facts.end.text),
            durationMinutes: facts.duration / MINUTE,
            actualMinutes: (end - start) / MINUTE,
          },
        );
      }
    } else if (facts.duration !== undefined) {
      end = start + facts.duration;
    }
    return { index: facts.index, day, start, end, room: facts.room };
  }

  /** The item's day: from `day`, from the only day, or from an absolute start. */
  private itemDate(facts: ItemFacts, start: TimeValue, timeZone: string): string | undefined {
    if (start.kind === 'absolute') return this.dayOfAbsoluteStart(facts, start, timeZone);
    if (facts.day !== undefined) return facts.day ?? undefined;
    if (this.days.size === 1) return [...this.days.keys()][0];
    if (this.days.size > 1) {
      this.report.add(
        'missing-day',
        at(facts.path, 'day'),
        `The event has ${this.days.size} days and the start ${quote(start.text)} is a local time: say which day with "day" (one of ${this.knownDays()}).`,
        { start: clip(start.text) },
      );
    }
    return undefined;
  }

  private dayOfAbsoluteStart(
    facts: ItemFacts,
    start: TimeValue & { kind: 'absolute' },
    timeZone: string,
  ): string | undefined {
    const day = zonedDate(start.instant, timeZone);
    if (typeof facts.day === 'string' && facts.day !== day) {
      this.report.add(
        'invalid-date',
        at(facts.path, 'day'),
        `The day ${facts.day} does not match the start ${quote(start.text)}, which falls on ${day} in ${timeZone}.`,
        { value: facts.day, expected: day },
      );
      return undefined;
    }
    if (this.days.has(day)) return day;
    this.report.add(
      'unknown-day',
      at(facts.path, 'start'),
      `The start ${quote(start.text)} falls on ${day} in ${timeZone}, which is not one of the event's days (${this.knownDays()}).`,
      { value: day },
    );
    return undefined;
  }

  /** The instant of a start or end; warns when a local time falls in a DST change. */
  private instant(value: TimeValue, day: string, path: string, timeZone: string): Instant {
    if (value.kind === 'absolute') return value.instant;
    const { instant, status } = zonedToInstant(day, value.text, timeZone);
    const params = { value: value.text, date: day, timeZone };
    if (status === 'gap') {
      this.report.add(
        'nonexistent-local-time',
        path,
        `${value.text} does not exist on ${day} in ${timeZone} (the clocks skip it); it is read as ${wallTime(instant, timeZone)}, moved forward by the length of the change.`,
        { ...params, readAs: wallTime(instant, timeZone) },
      );
    } else if (status === 'ambiguous') {
      this.report.add(
        'ambiguous-local-time',
        path,
        `${value.text} happens twice on ${day} in ${timeZone} (the clocks go back); the earlier one is used. Write a date-time with an offset to choose.`,
        params,
      );
    }
    return instant;
  }

  private endBeforeStart(facts: ItemFacts, endText: string, equal: boolean): void {
    const start = facts.start?.text ?? '';
    this.report.add(
      'end-before-start',
      at(facts.path, 'end'),
      `The end ${quote(endText)} is ${equal ? 'the same as' : 'before'} the start ${quote(start)}: an item must end after it starts (an item that runs past midnight needs a date-time with offset for its end, or a duration).`,
      { value: clip(endText), start: clip(start) },
    );
  }

  private openEnd(facts: ItemFacts | undefined): void {
    if (!facts) return;
    this.report.add(
      'open-end',
      at(facts.path, 'end'),
      `Item "${facts.id ?? facts.index}" is the last of its day and has no "end" or "duration": its end cannot be derived, so it is shown without one.`,
      { item: facts.id ?? facts.index },
    );
  }

  private overlap(index: number, otherIndex: number, room: string | undefined): void {
    const item = this.items.get(index);
    const other = this.items.get(otherIndex);
    if (!item || !other) return;
    const where = room === undefined ? 'both without a room' : `both in room "${clip(room, MAX_QUOTED)}"`;
    const params = { item: item.id ?? index, other: other.id ?? otherIndex };
    this.report.add(
      'overlap',
      at(item.path, 'start'),
      `Item "${params.item}" starts before item "${params.other}" ends (${where}).`,
      room === undefined ? params : { ...params, room: clip(room) },
    );
  }

  /** The event's days, for messages. */
  private knownDays(): string {
    return list(this.days.keys());
  }

  private unusedSpeakers(): void {
    for (const [id, path] of this.speakers) {
      if (this.usedSpeakers.has(id)) continue;
      this.report.add('unused-speaker', path, `The speaker "${id}" takes part in no item.`, { value: id });
    }
  }
}

/* ------------------------------------------------------------------ */
/* Message helpers                                                    */
/* ------------------------------------------------------------------ */

function timeHint(text: string, which: 'start' | 'end'): string {
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(text)) {
    return 'a date-time needs an offset, e.g. "+02:00" or "Z" at the end.';
  }
  if (which === 'start' && /^24:00(?::00)?$/.test(text)) {
    return '"24:00" is only allowed as an end.';
  }
  return 'expected a local time "HH:MM" (00:00–23:59) or an ISO date-time with offset such as "2016-07-08T09:15:00+02:00".';
}

/** A zone's wall-clock time at `instant` as HH:MM, for messages (formatted by Intl). */
function wallTime(instant: Instant, timeZone: string): string {
  const options = { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  return new Intl.DateTimeFormat('en-GB', options).format(instant);
}

/** A known zone matching a city name (`paris` → `Europe/Paris`) or close in spelling. */
function suggestTimeZone(zone: string): string | undefined {
  const zones = Intl.supportedValuesOf('timeZone');
  const city = zone.trim().toLowerCase().replace(/ /g, '_');
  return zones.find((known) => known.toLowerCase().endsWith(`/${city}`)) ?? closest(zone, zones);
}
