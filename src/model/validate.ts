/**
 * Validation of a programme (format version 1).
 *
 * `analyseProgramme` never throws: whatever it is given (a JSON string, an
 * object, garbage), it returns every problem it finds, each with a stable
 * `code`, a JSON pointer `path` (RFC 6901; the root is `""`), `params`, and a
 * `message` written by the `Describe` function it is given from what the
 * checker noted (finding.ts). No sentence is written here: the English ones,
 * naming the bad value and what was expected, are in validate-messages.ts
 * (`validateProgramme` in model.ts uses them), and the elements describe
 * problems in their own words, so their bundles carry none of that prose.
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
  ITEM_STATUSES,
  ITEM_TYPES,
  LINK_KINDS,
  SPEAKER_ROLES,
  type Instant,
  type Problem,
  type ProblemCode,
  type ValidationResult,
} from './types.js';
import { Opaque, isJsonObject, snapshot, type Json, type JsonObject } from './snapshot.js';
import type { Describe, IdKind, Note, Subject, TypeRule } from './finding.js';
import { SUGGESTION_CELLS, closest, slugify, type SuggestionBudget } from './suggest.js';
import { checkUrl } from './url.js';
import { VALIDATION_WARNING_CODES } from './problem-codes.js';
import { COLOR_PATTERN, ID_PATTERN, at, clip, typeOf } from './values.js';
import {
  isInstantInRange,
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
const WARNING_CODES: ReadonlySet<ProblemCode> = new Set(VALIDATION_WARNING_CODES);

/** Speaker ids: lowercase ASCII slugs. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;
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
const STATUS_SYNONYMS: Readonly<Record<string, string>> = {
  canceled: 'cancelled',
  cancel: 'cancelled',
  annulled: 'cancelled',
  rescheduled: 'moved',
  changed: 'moved',
  unconfirmed: 'tentative',
  provisional: 'tentative',
  tbc: 'tentative',
  tbd: 'tentative',
  scheduled: 'confirmed',
  planned: 'confirmed',
  accepted: 'confirmed',
};
const LINK_KIND_SYNONYMS: Readonly<Record<string, string>> = {
  stream: 'livestream',
  live: 'livestream',
  'live-stream': 'livestream',
  video: 'recording',
  replay: 'recording',
  slide: 'slides',
  presentation: 'slides',
  deck: 'slides',
  register: 'registration',
  signup: 'registration',
  'sign-up': 'registration',
  tickets: 'registration',
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

/**
 * Checks a programme (an object or a JSON string), lists every problem found
 * with its message written by `describe`, and returns the checked copy and
 * the item timings.
 */
export function analyseProgramme(input: unknown, describe: Describe): Analysis {
  const checker = new ProgrammeChecker(new Report(describe));
  let root: Json | undefined;
  try {
    root = typeof input === 'string' ? parseJson(input, checker.report) : snapshot(input);
    if (typeof input !== 'string' || root !== undefined) {
      checker.run(root ?? new Opaque('undefined', 'undefined'));
    }
  } catch (error) {
    // Not expected: every check is written not to throw. Report rather than crash.
    checker.report.add('invalid-type', '', { id: 'unchecked', error: String(error) });
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
    report.add('invalid-json', '', { id: 'invalid-json', reason }, { reason: clip(reason) });
    return undefined;
  }
  return snapshot(parsed);
}

/* ------------------------------------------------------------------ */
/* Reporting                                                          */
/* ------------------------------------------------------------------ */

/** The problems found so far, each described as soon as it is added. */
class Report {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(private readonly describe: Describe) {}

  add(code: ProblemCode, path: string, note: Note, params?: Problem['params']): void {
    const message = this.describe(params ? { code, path, params, note } : { code, path, note });
    const problem: Problem = params ? { code, path, message, params } : { code, path, message };
    (WARNING_CODES.has(code) ? this.warnings : this.errors).push(problem);
  }

  /** `code` for `value`, which is not one the programme allows, with a close one that is when there is one. */
  suggest(code: ProblemCode, path: string, note: Note, value: string, suggestion: string | undefined, params: Record<string, string> = {}): void {
    const all = { value: clip(value), ...params };
    this.add(code, path, note, suggestion === undefined ? all : { ...all, suggestion });
  }
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
  /** `duration` as written, for messages. */
  durationValue?: string | number;
  room?: string;
}

class ProgrammeChecker {
  readonly timings = new Map<number, ItemTiming>();
  private timeZone?: string;
  private readonly days = new Map<string, string>();
  private readonly speakers = new Map<string, string>();
  private readonly usedSpeakers = new Set<string>();
  private readonly rooms = new Map<string, string>();
  private readonly tracks = new Map<string, string>();
  private readonly itemIds = new Map<string, string>();
  private readonly items = new Map<number, ItemFacts>();
  /** "Did you mean" comparisons left (bounded: see suggest.ts). */
  private readonly budget: SuggestionBudget = { cells: SUGGESTION_CELLS };
  /** The known ids of a map, listed once for all the messages that name them. */
  private readonly listed = new WeakMap<ReadonlyMap<string, string>, string[]>();

  constructor(readonly report: Report) {}

  run(root: Json): void {
    if (!isJsonObject(root)) {
      this.report.add('not-an-object', '', { id: 'not-an-object', value: root }, {
        expected: 'object',
        actual: typeOf(root),
      });
      return;
    }
    this.object(root, '', 'programme', {
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
  /** A field that holds an object of `shape`. */
  private nested(subject: Subject, shape: Shape): Field {
    return { check: (v, p) => this.object(v, p, subject, shape) };
  }

  private object(value: Json, path: string, subject: Subject, shape: Shape): JsonObject | undefined {
    if (!isJsonObject(value)) {
      this.invalidType(value, path, 'object', { object: subject });
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(shape, key)) continue;
      const suggestion = closest(key, Object.keys(shape));
      this.report.suggest('unknown-field', at(path, key), { id: 'unknown-field', subject }, key, suggestion);
    }
    for (const [key, field] of Object.entries(shape)) {
      const fieldValue = Object.hasOwn(value, key) ? value[key] : undefined;
      if (fieldValue !== undefined) {
        field.check(fieldValue, at(path, key));
      } else if (field.required) {
        this.report.add('missing-field', at(path, key), { id: 'missing-field', subject }, { field: key });
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

  /** Reports a value of the wrong JSON type; `rule` says more than "Expected a <type>". */
  private invalidType(value: Json, path: string, expected: string, rule?: TypeRule): void {
    const note: Note = rule === undefined ? { id: 'invalid-type', value } : { id: 'invalid-type', value, rule };
    this.report.add('invalid-type', path, note, { expected, actual: typeOf(value) });
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
      this.report.add('empty-text', path, { id: 'blank-text' });
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
      this.invalidType(value, path, 'string or object', 'text');
      return;
    }
    const languages = Object.keys(value);
    if (languages.length === 0) {
      this.report.add('empty-text', path, { id: 'no-language' });
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
    this.report.add('invalid-language', path, { id: 'invalid-language' }, { value: clip(tag) });
  }

  private url(value: Json, path: string): void {
    const url = this.string(value, path);
    if (url === undefined) return;
    const result = checkUrl(url);
    if (result.ok) return;
    this.report.add(
      result.kind === 'unsafe' ? 'unsafe-url' : 'invalid-url',
      path,
      { id: 'invalid-url' },
      { value: clip(url), reason: result.reason },
    );
  }

  private date(value: Json, path: string): string | undefined {
    const date = this.string(value, path);
    if (date === undefined) return undefined;
    if (parseIsoDate(date)) return date;
    this.report.add('invalid-date', path, { id: 'invalid-date' }, { value: clip(date) });
    return undefined;
  }

  /** An id (a lowercase slug for speakers), unique among `seen`, which it is added to. */
  private id(
    value: Json,
    path: string,
    kind: IdKind,
    seen: Map<string, string> | undefined,
    suggestion?: string,
  ): string | undefined {
    const id = this.string(value, path);
    if (id === undefined) return undefined;
    if (!(kind === 'speaker' ? SLUG_PATTERN : ID_PATTERN).test(id)) {
      this.report.suggest('invalid-id', path, { id: 'invalid-id', kind }, id, suggestion || undefined);
      return undefined;
    }
    const first = seen?.get(id);
    if (first !== undefined) {
      this.report.add('duplicate-id', path, { id: 'duplicate-id', kind }, { value: id, first });
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
  ): string | undefined {
    const id = this.string(value, path);
    if (id === undefined || known.has(id)) return id;
    const suggestion = closest(id, known.keys(), this.budget);
    this.report.suggest(code, path, { id: code, known: this.list(known) }, id, suggestion);
    return id;
  }

  /** One of `allowed`, else `code` with a suggestion from `synonyms` or spelling. */
  private oneOf(
    value: Json,
    path: string,
    allowed: readonly string[],
    synonyms: Readonly<Record<string, string>>,
    code: 'unknown-item-type' | 'unknown-speaker-role' | 'unknown-item-status' | 'unknown-link-kind',
  ): void {
    const text = this.string(value, path);
    if (text === undefined || allowed.includes(text)) return;
    const key = text.toLowerCase();
    const suggestion =
      (Object.hasOwn(synonyms, key) ? synonyms[key] : undefined) ?? closest(text, allowed);
    this.report.suggest(code, path, { id: code }, text, suggestion, { expected: allowed.join(', ') });
  }

  /* ----------------------------- event ----------------------------- */

  private version(value: Json, path: string): void {
    if (typeof value !== 'number') {
      this.invalidType(value, path, 'number', 'version');
    } else if (value !== 1) {
      this.report.add('unsupported-version', path, { id: 'unsupported-version' }, { value, supported: 1 });
    }
  }

  private event(value: Json, path: string): void {
    this.object(value, path, 'event', {
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
    this.report.suggest('invalid-time-zone', path, { id: 'invalid-time-zone' }, zone, suggestion);
  }

  private dayList(value: Json, path: string): void {
    if (Array.isArray(value) && value.length === 0) {
      this.report.add('missing-field', path, { id: 'no-days' }, { field: 'days' });
      return;
    }
    this.array(value, path, (day, dayPath) => {
      if (typeof day === 'string') {
        this.addDay(this.date(day, dayPath), dayPath);
        return;
      }
      if (!isJsonObject(day)) {
        this.invalidType(day, dayPath, 'string or object', 'day-entry');
        return;
      }
      let date: string | undefined;
      this.object(day, dayPath, 'day', {
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
      this.report.add('duplicate-id', path, { id: 'duplicate-day' }, { value: date, first });
    } else {
      this.days.set(date, path);
    }
  }

  private organisation(value: Json, path: string): void {
    this.object(value, path, 'organisation', {
      name: { required: true, check: (v, p) => this.text(v, p) },
      role: { check: (v, p) => this.text(v, p) },
      url: { check: (v, p) => this.url(v, p) },
    });
  }

  private location(value: Json, path: string): void {
    this.object(value, path, 'location', {
      name: { required: true, check: (v, p) => this.text(v, p) },
      address: { check: (v, p) => this.text(v, p) },
      url: { check: (v, p) => this.url(v, p) },
    });
  }

  private link(value: Json, path: string): void {
    this.object(value, path, 'link', {
      url: { required: true, check: (v, p) => this.url(v, p) },
      label: { check: (v, p) => this.text(v, p) },
      kind: { check: (v, p) => this.oneOf(v, p, LINK_KINDS, LINK_KIND_SYNONYMS, 'unknown-link-kind') },
    });
  }

  /* -------------------- speakers, rooms, tracks -------------------- */

  private speaker(value: Json, path: string): void {
    const name = isJsonObject(value) && typeof value.name === 'string' ? value.name : undefined;
    this.object(value, path, 'speaker', {
      id: {
        required: true,
        check: (v, p) => {
          const id = this.id(v, p, 'speaker', this.speakers, slugify(name ?? (typeof v === 'string' ? v : '')));
          if (id !== undefined) this.speakers.set(id, path);
        },
      },
      name: { required: true, check: (v, p) => this.nonEmptyString(v, p) },
      sortName: { check: (v, p) => this.nonEmptyString(v, p) },
      title: { check: (v, p) => this.text(v, p) },
      organisation: this.nested('speaker-organisation', {
        name: { required: true, check: (v, p) => this.text(v, p) },
        url: { check: (v, p) => this.url(v, p) },
      }),
      country: { check: (v, p) => this.country(v, p) },
      bio: { check: (v, p) => this.text(v, p) },
      photo: this.nested('photo', {
        url: { required: true, check: (v, p) => this.url(v, p) },
        alt: { check: (v, p) => this.text(v, p) },
      }),
      links: { check: (v, p) => this.array(v, p, (l, lp) => this.link(l, lp)) },
    });
  }

  private country(value: Json, path: string): void {
    const code = this.string(value, path);
    if (code === undefined) return;
    if (COUNTRY_PATTERN.test(code) && isKnownRegion(code)) return;
    const upper = code.toUpperCase();
    const suggestion = upper !== code && COUNTRY_PATTERN.test(upper) && isKnownRegion(upper) ? upper : undefined;
    this.report.suggest('invalid-country', path, { id: 'invalid-country' }, code, suggestion);
  }

  private room(value: Json, path: string): void {
    this.object(value, path, 'room', {
      id: { required: true, check: (v, p) => this.id(v, p, 'room', this.rooms) },
      name: { required: true, check: (v, p) => this.text(v, p) },
    });
  }

  private track(value: Json, path: string): void {
    this.object(value, path, 'track', {
      id: { required: true, check: (v, p) => this.id(v, p, 'track', this.tracks) },
      name: { required: true, check: (v, p) => this.text(v, p) },
      color: { check: (v, p) => this.color(v, p) },
    });
  }

  private color(value: Json, path: string): void {
    const color = this.string(value, path);
    if (color === undefined || COLOR_PATTERN.test(color)) return;
    this.report.add('invalid-color', path, { id: 'invalid-color' }, { value: clip(color) });
  }

  /* ----------------------------- items ----------------------------- */

  private itemList(value: Json, path: string): void {
    if (Array.isArray(value) && value.length === 0) {
      this.report.add('no-items', path, { id: 'no-items' });
    }
    this.array(value, path, (item, itemPath, index) => this.item(item, itemPath, index));
  }

  private item(value: Json, path: string, index: number): void {
    const facts: ItemFacts = { index, path };
    const speakersSeen = new Set<string>();
    const checked = this.object(value, path, { item: index }, {
      id: { required: true, check: (v, p) => (facts.id = this.id(v, p, 'item', this.itemIds)) },
      type: {
        required: true,
        check: (v, p) => this.oneOf(v, p, ITEM_TYPES, ITEM_TYPE_SYNONYMS, 'unknown-item-type'),
      },
      day: { check: (v, p) => (facts.day = this.itemDay(v, p) ?? null) },
      start: { required: true, check: (v, p) => (facts.start = this.timeValue(v, p, 'start')) },
      end: { check: (v, p) => (facts.end = this.timeValue(v, p, 'end')) },
      duration: {
        check: (v, p) => {
          facts.duration = this.duration(v, p);
          if (typeof v === 'string' || typeof v === 'number') facts.durationValue = v;
        },
      },
      title: { required: true, check: (v, p) => this.text(v, p) },
      subtitle: { check: (v, p) => this.text(v, p) },
      description: { check: (v, p) => this.text(v, p) },
      speakers: {
        check: (v, p) => this.array(v, p, (s, sp) => this.itemSpeaker(s, sp, speakersSeen)),
      },
      room: {
        check: (v, p) => (facts.room = this.reference(v, p, this.rooms, 'unknown-room')),
      },
      track: { check: (v, p) => this.reference(v, p, this.tracks, 'unknown-track') },
      language: { check: (v, p) => this.language(v, p) },
      tags: { check: (v, p) => this.array(v, p, (t, tp) => this.nonEmptyString(t, tp)) },
      links: { check: (v, p) => this.array(v, p, (l, lp) => this.link(l, lp)) },
      status: { check: (v, p) => this.oneOf(v, p, ITEM_STATUSES, STATUS_SYNONYMS, 'unknown-item-status') },
    });
    if (checked) this.items.set(index, facts);
  }

  private itemDay(value: Json, path: string): string | undefined {
    const day = this.date(value, path);
    if (day === undefined || this.days.has(day)) return day;
    this.report.add('unknown-day', path, { id: 'unknown-day', days: this.knownDays() }, { value: day });
    return undefined;
  }

  private timeValue(value: Json, path: string, which: 'start' | 'end'): TimeValue | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    if (parseLocalTime(text, { allowEndOfDay: which === 'end' })) return { kind: 'local', text };
    const dateTime = parseOffsetDateTime(text);
    if (dateTime) return { kind: 'absolute', text, instant: dateTime.instant };
    this.report.add('invalid-time', path, { id: 'invalid-time', text, which }, { value: clip(text) });
    return undefined;
  }

  private duration(value: Json, path: string): number | undefined {
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.invalidType(value, path, 'string or number', 'duration');
      return undefined;
    }
    const milliseconds = parseDuration(value);
    if (milliseconds !== undefined && milliseconds > 0) return milliseconds;
    let fault: 'zero' | 'calendar-units' | 'syntax' = 'syntax';
    if (milliseconds === 0) fault = 'zero';
    else if (typeof value === 'string' && usesCalendarUnits(value)) fault = 'calendar-units';
    this.report.add('invalid-duration', path, { id: 'invalid-duration', fault }, {
      value: typeof value === 'number' ? value : clip(value),
    });
    return undefined;
  }

  private itemSpeaker(value: Json, path: string, seen: Set<string>): void {
    this.object(value, path, 'item-speaker', {
      id: {
        required: true,
        check: (v, p) => {
          const id = this.string(v, p);
          if (id === undefined) return;
          if (seen.has(id)) {
            this.report.add('duplicate-speaker', path, { id: 'duplicate-speaker' }, { value: clip(id) });
          }
          seen.add(id);
          this.speakerReference(id, p);
        },
      },
      role: {
        check: (v, p) => this.oneOf(v, p, SPEAKER_ROLES, ROLE_SYNONYMS, 'unknown-speaker-role'),
      },
      topic: { check: (v, p) => this.text(v, p) },
    });
  }

  private speakerReference(id: string, path: string): void {
    if (this.speakers.has(id)) {
      this.usedSpeakers.add(id);
      return;
    }
    const suggestion = closest(id, this.speakers.keys(), this.budget);
    this.report.suggest('unknown-speaker', path, { id: 'unknown-speaker', speakersDefined: this.speakers.size > 0 }, id, suggestion);
  }

  /* ---------------------------- schedule --------------------------- */

  /** Resolves every item's instants, derives missing ends, and looks for overlaps. */
  private schedule(): void {
    const timeZone = this.timeZone;
    if (timeZone === undefined) return;
    const unusableDays = this.daysOutOfRange(timeZone);
    const slots: Slot[] = [];
    for (const facts of this.items.values()) {
      const slot = this.slot(facts, timeZone, unusableDays);
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

  /** The days whose start or end (midnight to midnight in the zone) is out of range, each reported. */
  private daysOutOfRange(timeZone: string): Set<string> {
    const unusable = new Set<string>();
    for (const [date, path] of this.days) {
      // The first and last day of the calendar are out whatever the zone (and not converted: Intl has no year 0).
      const inside = date >= '0001-01-02' && date <= '9999-12-30';
      if (
        inside &&
        isInstantInRange(zonedToInstant(date, '00:00', timeZone).instant) &&
        isInstantInRange(zonedToInstant(date, '24:00', timeZone).instant)
      ) {
        continue;
      }
      unusable.add(date);
      this.report.add('out-of-range', path, { id: 'out-of-range', what: 'day' }, { value: date });
    }
    return unusable;
  }

  private slot(facts: ItemFacts, timeZone: string, unusableDays: ReadonlySet<string>): Slot | undefined {
    if (!facts.start) return undefined;
    const startPath = at(facts.path, 'start');
    // An absolute start out of range has no day to look for (its date may not even have four digits).
    if (facts.start.kind === 'absolute' && !this.inRange(facts.start.instant, startPath, 'start', facts.start.text)) return undefined;
    const day = this.itemDate(facts, facts.start, timeZone);
    if (day === undefined || unusableDays.has(day)) return undefined;
    const start = this.instant(facts.start, day, startPath, timeZone);
    if (!this.inRange(start, startPath, 'start', facts.start.text)) return undefined;
    let end = facts.end && this.instant(facts.end, day, at(facts.path, 'end'), timeZone);
    if (end !== undefined && facts.end) {
      if (!this.inRange(end, at(facts.path, 'end'), 'end', facts.end.text)) return undefined;
      if (end <= start) {
        this.endBeforeStart(facts, facts.end.text, end === start);
        return undefined;
      }
      if (facts.duration !== undefined && end - start !== facts.duration) {
        this.report.add(
          'end-and-duration',
          at(facts.path, 'duration'),
          { id: 'end-and-duration' },
          {
            end: clip(facts.end.text),
            durationMinutes: facts.duration / MINUTE,
            actualMinutes: (end - start) / MINUTE,
          },
        );
      }
    } else if (facts.duration !== undefined) {
      end = start + facts.duration;
      if (!this.inRange(end, at(facts.path, 'duration'), 'duration', facts.durationValue ?? '')) return undefined;
    }
    return { index: facts.index, day, start, end, room: facts.room };
  }

  /** True when `instant` is one a calendar can hold; otherwise reports it at `path`. */
  private inRange(instant: Instant, path: string, what: 'start' | 'end' | 'duration', value: string | number): boolean {
    if (isInstantInRange(instant)) return true;
    this.report.add('out-of-range', path, { id: 'out-of-range', what }, { value: typeof value === 'number' ? value : clip(value) });
    return false;
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
        { id: 'missing-day', days: this.knownDays() },
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
        { id: 'day-mismatch', start: start.text, timeZone },
        { value: facts.day, expected: day },
      );
      return undefined;
    }
    if (this.days.has(day)) return day;
    this.report.add(
      'unknown-day',
      at(facts.path, 'start'),
      { id: 'start-on-unknown-day', start: start.text, timeZone, days: this.knownDays() },
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
      this.report.add('nonexistent-local-time', path, { id: 'nonexistent-local-time' }, {
        ...params,
        readAs: wallTime(instant, timeZone),
      });
    } else if (status === 'ambiguous') {
      this.report.add('ambiguous-local-time', path, { id: 'ambiguous-local-time' }, params);
    }
    return instant;
  }

  private endBeforeStart(facts: ItemFacts, endText: string, equal: boolean): void {
    const start = facts.start?.text ?? '';
    this.report.add(
      'end-before-start',
      at(facts.path, 'end'),
      { id: 'end-before-start', equal },
      { value: clip(endText), start: clip(start) },
    );
  }

  private openEnd(facts: ItemFacts | undefined): void {
    if (!facts) return;
    this.report.add('open-end', at(facts.path, 'end'), { id: 'open-end' }, { item: facts.id ?? facts.index });
  }

  private overlap(index: number, otherIndex: number, room: string | undefined): void {
    const item = this.items.get(index);
    const other = this.items.get(otherIndex);
    if (!item || !other) return;
    const params = { item: item.id ?? index, other: other.id ?? otherIndex };
    this.report.add(
      'overlap',
      at(item.path, 'start'),
      { id: 'overlap' },
      room === undefined ? params : { ...params, room: clip(room) },
    );
  }

  /** The event's days, for messages (listed once: the days are all known before the items are read). */
  private knownDays(): string[] {
    return this.list(this.days);
  }

  private list(known: ReadonlyMap<string, string>): string[] {
    let listed = this.listed.get(known);
    if (!listed || listed.length !== known.size) {
      listed = [...known.keys()];
      this.listed.set(known, listed);
    }
    return listed;
  }

  private unusedSpeakers(): void {
    for (const [id, path] of this.speakers) {
      if (this.usedSpeakers.has(id)) continue;
      this.report.add('unused-speaker', path, { id: 'unused-speaker' }, { value: id });
    }
  }
}

/* ------------------------------------------------------------------ */
/* Helpers                                                            */
/* ------------------------------------------------------------------ */

/** A zone's wall-clock time at `instant` as HH:MM, for `params.readAs` (formatted by Intl). */
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
