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
import { NORMALISED_VERSION, PROBLEM_CODES, type Problem, type ProblemCode } from './types.js';
import { isJsonObject, snapshot, type Json, type JsonObject } from './snapshot.js';

/** A normalised programme read back: the input it stands for, and the warnings it carried. */
export interface NormalisedCopy {
  /** The programme in the programme format, to validate and normalise. */
  input: JsonObject;
  /** Its warnings of the shape of a problem (some cannot be found again: an import's, an unknown field's). */
  warnings: Problem[];
}

/**
 * When `value` (an object, or its JSON text) carries the marker of the
 * normalised form this version reads, the programme it stands for and its
 * warnings; otherwise `undefined`. Reads a detached copy (see snapshot.ts):
 * proxies and getters are read once and never trusted.
 */
export function readNormalised(value: unknown): NormalisedCopy | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    if (!value.includes('"normalised"')) return undefined;
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const copy = snapshot(parsed);
  if (!isJsonObject(copy) || copy['normalised'] !== NORMALISED_VERSION) return undefined;
  return { input: toProgrammeInput(copy), warnings: carriedWarnings(copy) };
}

/** `warnings` with those of `carried` that are not already there (same code and path). */
export function withCarriedWarnings(warnings: Problem[], carried: readonly Problem[]): Problem[] {
  const found = new Set(warnings.map((w) => `${w.code} ${w.path}`));
  return [...warnings, ...carried.filter((w) => !found.has(`${w.code} ${w.path}`))];
}

/** `object` without `keys`; anything else as it is (for the validator to report). */
function omit(value: Json | undefined, keys: readonly string[], extra: Record<string, Json | undefined> = {}): Json | undefined {
  if (!isJsonObject(value)) return value;
  const entries = Object.entries({ ...value, ...extra }).filter(([key, entry]) => !keys.includes(key) && entry !== undefined);
  return Object.fromEntries(entries) as JsonObject;
}

/** Each entry of an array through `each`; anything else as it is. */
function each(value: Json | undefined, map: (entry: Json) => Json | undefined): Json | undefined {
  return Array.isArray(value) ? value.map((entry) => map(entry) ?? null) : value;
}

/** An instant (epoch milliseconds) as an ISO date-time in UTC; anything else as it is. */
function iso(value: Json | undefined): Json | undefined {
  return typeof value === 'number' && Math.abs(value) < 8.64e15 ? new Date(value).toISOString() : value;
}

/** A resolved reference (`{ id, … }`) as its id; anything else as it is. */
function id(value: Json | undefined): Json | undefined {
  return isJsonObject(value) ? value['id'] : value;
}

/**
 * A programme in the normalised form, back in the programme format: instants
 * as ISO date-times, references as ids; what normalisation computes (days'
 * midnights, the event's start and end, derived ends, each speaker's items)
 * is left out, to be computed again. Values of the wrong shape are passed on
 * as they are, so that the validator names them with their path.
 */
function toProgrammeInput(programme: JsonObject): JsonObject {
  const days = each(programme['days'], (day) => omit(day, ['start']));
  const item = (value: Json) => {
    const source = isJsonObject(value) ? value : {};
    // A derived or open end is derived again; a given one is kept.
    const derived = source['endDerived'] === true || source['openEnd'] === true;
    return omit(value, ['endDerived', 'openEnd', 'pause', ...(derived ? ['end'] : [])], {
      start: iso(source['start']),
      end: derived ? undefined : iso(source['end']),
      speakers: each(source['speakers'], (entry) => omit(entry, ['speaker'], { id: id(isJsonObject(entry) ? entry['speaker'] : undefined) })),
      room: id(source['room']),
      track: id(source['track']),
    });
  };
  return omit(programme, ['normalised', 'days', 'warnings'], {
    event: omit(programme['event'], ['start', 'end'], { days }),
    speakers: each(programme['speakers'], (speaker) => omit(speaker, ['items'])),
    items: each(programme['items'], item),
  }) as JsonObject;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

/** The warnings a normalised programme carries (from its first parse or import), those with a known code. */
function carriedWarnings(programme: JsonObject): Problem[] {
  const warnings = programme['warnings'];
  if (!Array.isArray(warnings)) return [];
  const result: Problem[] = [];
  for (const warning of warnings) {
    if (!isJsonObject(warning)) continue;
    const { code, path, message, params } = warning;
    if (typeof code !== 'string' || !KNOWN_CODES.has(code) || typeof path !== 'string' || typeof message !== 'string') continue;
    const problem: Problem = { code: code as ProblemCode, path, message };
    if (isJsonObject(params)) {
      const entries = Object.entries(params).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number');
      problem.params = Object.fromEntries(entries);
    }
    result.push(problem);
  }
  return result;
}
