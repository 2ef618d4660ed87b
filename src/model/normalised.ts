/**
 * The normalised programme given back as input, by value.
 *
 * A `Programme` (what `parseProgramme` returns and what `seminar-load`
 * carries) says what it is with a marker: `normalised: 1`, the version of the
 * normalised form (distinct from `version`, the version of the programme
 * format). Any object with that marker — the very object, a structured clone,
 * a copy that went through JSON (a server component's props), a framework's
 * reactive proxy — is read as a programme in the normalised form: it is turned
 * back into the programme format (`toProgrammeInput`) and then validated like
 * any other input, so a forged or damaged copy is reported, never trusted.
 *
 * A later normalised form will have another number; a marker this version
 * does not know is left to the validator (as an unknown field).
 */
import type { Problem } from './types.js';
import { PROBLEM_CODES } from './types.js';
import { isJsonObject, type Json, type JsonObject } from './snapshot.js';

/** The version of the normalised form, in every `Programme`'s `normalised` field. */
export const NORMALISED_VERSION = 1;

/** Whether a (snapshot of a) value carries the marker of the normalised form this version reads. */
export function isNormalisedForm(value: Json | undefined): value is JsonObject {
  return isJsonObject(value) && value['normalised'] === NORMALISED_VERSION;
}

const has = (object: JsonObject, key: string): boolean => Object.hasOwn(object, key) && object[key] !== undefined;

/** `object` with only `keys` (those present), in that order. */
function pick(object: JsonObject, keys: readonly string[]): JsonObject {
  const result: JsonObject = Object.create(null) as JsonObject;
  for (const key of keys) if (has(object, key)) result[key] = object[key];
  return result;
}

/** Each entry of an array through `each` (anything else is left for the validator to report). */
function mapArray(value: Json | undefined, each: (entry: Json) => Json): Json | undefined {
  return Array.isArray(value) ? value.map(each) : value;
}

/** An object through `each` (anything else is left as it is, for the validator to report). */
function mapObject(value: Json, each: (object: JsonObject) => Json): Json {
  return isJsonObject(value) ? each(value) : value;
}

/** An instant (epoch milliseconds) as an ISO date-time in UTC; anything else unchanged. */
function isoInstant(value: Json | undefined): Json | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** A reference (`{ id, … }`) as its id; anything else unchanged. */
function idOf(value: Json | undefined): Json | undefined {
  return isJsonObject(value) && has(value, 'id') ? value['id'] : value;
}

const LINK = ['url', 'label'];
const EVENT = ['id', 'title', 'subtitle', 'description', 'timeZone', 'defaultLanguage', 'languages', 'organisers', 'partners', 'location', 'url'];
const SPEAKER = ['id', 'name', 'title', 'organisation', 'country', 'bio', 'photo'];
const ITEM = ['id', 'type', 'day', 'title', 'subtitle', 'description', 'language', 'tags'];

/** `object` without its `undefined` entries. */
function withoutEmpty(object: Record<string, Json | undefined>): JsonObject {
  const result: JsonObject = Object.create(null) as JsonObject;
  for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
  return result;
}

/**
 * A programme in the normalised form, back in the programme format: instants
 * as ISO date-times, references as ids, derived ends and computed fields left
 * out (they are derived again). Values of the wrong shape are passed on as
 * they are, so that the validator names them with their path.
 */
export function toProgrammeInput(programme: JsonObject): JsonObject {
  const days = Array.isArray(programme['days'])
    ? programme['days'].map((day) => (isJsonObject(day) ? pick(day, ['date', 'title']) : day))
    : undefined;
  const event = programme['event'] === undefined ? undefined : mapObject(programme['event'], (e) => withoutEmpty(Object.assign(pick(e, EVENT), { days })));
  const links = (value: Json | undefined) => mapArray(value, (l) => mapObject(l, (link) => pick(link, LINK)));
  const input: JsonObject = Object.create(null) as JsonObject;
  input['version'] = programme['version'] ?? null;
  if (event !== undefined) input['event'] = event;
  for (const key of ['speakers', 'rooms', 'tracks', 'items'] as const) {
    const value = programme[key];
    if (value === undefined) continue;
    input[key] =
      key === 'speakers'
        ? (mapArray(value, (s) => mapObject(s, (speaker) => withoutEmpty(Object.assign(pick(speaker, SPEAKER), { links: links(speaker['links']) })))) ?? null)
        : key === 'items'
          ? (mapArray(value, (i) => mapObject(i, item)) ?? null)
          : value;
  }
  return input;

  function item(source: JsonObject): JsonObject {
    const result = pick(source, ITEM);
    result['start'] = isoInstant(source['start']) ?? null;
    // A derived or open end is derived again; a given one is kept.
    if (source['endDerived'] !== true && source['openEnd'] !== true && has(source, 'end')) {
      result['end'] = isoInstant(source['end']) ?? null;
    }
    const speakers = mapArray(source['speakers'], (entry) =>
      mapObject(entry, (e) => withoutEmpty(Object.assign(pick(e, ['role', 'topic']), { id: idOf(e['speaker']) }))),
    );
    return withoutEmpty(
      Object.assign(result, {
        speakers,
        room: idOf(source['room']),
        track: idOf(source['track']),
        links: links(source['links']),
      }),
    );
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

/**
 * The warnings a normalised programme carries (from its first parse or
 * import), those of a known shape: kept beside the warnings of checking it
 * again, since some (an import's, an unknown field's) cannot be found again.
 */
export function carriedWarnings(programme: JsonObject): Problem[] {
  const warnings = programme['warnings'];
  if (!Array.isArray(warnings)) return [];
  const result: Problem[] = [];
  for (const warning of warnings) {
    if (!isJsonObject(warning)) continue;
    const { code, path, message, params } = warning;
    if (typeof code !== 'string' || !KNOWN_CODES.has(code) || typeof path !== 'string' || typeof message !== 'string') continue;
    const problem: Problem = { code: code as Problem['code'], path, message };
    if (isJsonObject(params)) {
      const entries = Object.entries(params).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number');
      problem.params = Object.fromEntries(entries);
    }
    result.push(problem);
  }
  return result;
}
