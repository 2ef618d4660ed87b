/**
 * The English messages of the validator: `englishMessage` turns a finding
 * (finding.ts) into the sentence of its `Problem.message`, naming the bad
 * value and what was expected. The public API (`validateProgramme`,
 * `parseProgramme` in model.ts) writes every message with it; the elements
 * never import it, so none of this text is in their bundles.
 *
 * A message reads the problem's `params` (the bad value, a suggestion…) and
 * its `note` (which sentence, and what else it needs). Quoted values are
 * shortened to `MAX_QUOTED` characters.
 */
import { ITEM_STATUSES, ITEM_TYPES, LINK_KINDS, SPEAKER_ROLES } from './types.js';
import { Opaque, type Json } from './snapshot.js';
import type { Finding, Subject, TypeRule } from './finding.js';
import { MAX_QUOTED, clip, quote } from './values.js';


/** The English message of a finding. */
export function englishMessage(finding: Finding): string {
  const { note } = finding;
  const value = param(finding, 'value');
  const hint = suggestionHint(finding.params?.['suggestion']);
  switch (note.id) {
    case 'unchecked':
      return `The programme could not be checked: ${note.error}.`;
    case 'invalid-json':
      return `The programme is not valid JSON: ${note.reason}.`;
    case 'not-an-object':
      return `The programme must be a JSON object with "version", "event" and "items", got ${describe(note.value)}.`;
    case 'invalid-type':
      return `${expectation(note.rule, param(finding, 'expected'))}, got ${describe(note.value)}.`;
    case 'unknown-field':
      return `Unknown field ${quote(value)} in ${subjectName(note.subject)}: it is ignored.${hint}`;
    case 'missing-field':
      return `Missing required field "${param(finding, 'field')}" in ${subjectName(note.subject)}.`;
    case 'no-days':
      return 'The event must list at least one day, e.g. ["2016-07-08"].';
    case 'blank-text':
      return 'This text is empty: write something or leave the field out.';
    case 'no-language':
      return 'This text has no language in it: give at least one, e.g. {"en": "…"}.';
    case 'invalid-language':
      return `${quote(value)} is not a valid language tag: expected a BCP 47 tag such as "en", "fr" or "fr-CA".`;
    case 'invalid-url':
      return `The URL ${quote(value)} cannot be used: ${param(finding, 'reason')}.`;
    case 'invalid-date':
      return `${quote(value)} is not a valid date: expected a real calendar date written YYYY-MM-DD, e.g. "2016-07-08".`;
    case 'day-mismatch':
      return `The day ${value} does not match the start ${quote(note.start)}, which falls on ${param(finding, 'expected')} in ${note.timeZone}.`;
    case 'invalid-id': {
      const expected =
        note.kind === 'speaker'
          ? 'a lowercase ASCII slug (a–z, 0–9, single hyphens)'
          : 'letters, digits, "-", "_" and "." (starting with a letter or digit)';
      const suggestion = finding.params?.['suggestion'];
      const example = suggestion === undefined ? '' : `, e.g. "${suggestion}"`;
      return `The ${note.kind} id ${quote(value)} is not valid: expected ${expected}${example}.`;
    }
    case 'duplicate-id':
      return `The ${note.kind} id "${value}" is already used at ${param(finding, 'first')}.`;
    case 'duplicate-day':
      return `The day ${value} is listed twice (first at ${param(finding, 'first')}).`;
    case 'unknown-room':
    case 'unknown-track': {
      const what = note.id === 'unknown-room' ? 'room' : 'track';
      const defined = note.known.length === 0 ? `no ${what}s are defined` : `known ${what}s: ${list(note.known)}`;
      return `Unknown ${what} ${quote(value)} (${defined}).${hint}`;
    }
    case 'unknown-item-type':
      return `Unknown item type ${quote(value)}: expected one of ${list(ITEM_TYPES)}.${hint}`;
    case 'unknown-speaker-role':
      return `Unknown speaker role ${quote(value)}: expected one of ${list(SPEAKER_ROLES)}.${hint}`;
    case 'unknown-item-status':
      return `Unknown item status ${quote(value)}: expected one of ${list(ITEM_STATUSES)} (leave it out for "confirmed").${hint}`;
    case 'unknown-link-kind':
      return `Unknown link kind ${quote(value)}: expected one of ${list(LINK_KINDS)} (leave it out for a plain link).${hint}`;
    case 'unsupported-version':
      return `Format version ${value} is not supported: this library reads version 1.`;
    case 'invalid-time-zone':
      return `${quote(value)} is not a known time zone: expected an IANA zone such as "Europe/Paris" or "America/Toronto".${hint}`;
    case 'invalid-country':
      return `${quote(value)} is not a known country code: expected an ISO 3166-1 alpha-2 code in capitals, such as "FR" or "CA".${hint}`;
    case 'invalid-color':
      return `${quote(value)} is not a supported colour: expected a hex colour "#rgb" or "#rrggbb", e.g. "#0a7d5a".`;
    case 'no-items':
      return 'The programme has no items yet: the widgets will show an empty programme.';
    case 'unknown-day':
      return `The day ${value} is not one of the event's days (${list(note.days)}).`;
    case 'start-on-unknown-day':
      return `The start ${quote(note.start)} falls on ${value} in ${note.timeZone}, which is not one of the event's days (${list(note.days)}).`;
    case 'missing-day':
      return `The event has ${note.days.length} days and the start ${quote(param(finding, 'start'))} is a local time: say which day with "day" (one of ${list(note.days)}).`;
    case 'invalid-time':
      return `${quote(note.text)} is not a valid ${note.which} time: ${timeHint(note.text, note.which)}`;
    case 'invalid-duration': {
      const shown = typeof finding.params?.['value'] === 'number' ? value : quote(value);
      return `${shown} is not a valid duration: ${DURATION_HINTS[note.fault]}`;
    }
    case 'out-of-range': {
      const what =
        note.what === 'duration'
          ? `The duration ${typeof finding.params?.['value'] === 'number' ? value : quote(value)} makes the item end at a time that`
          : `The ${note.what} ${quote(value)}`;
      return `${what} falls outside the dates a calendar can hold: every time must be between 0001-01-02 and 9999-12-30 (UTC), so that it is in the years 0001–9999 in every time zone.`;
    }
    case 'duplicate-speaker':
      return `The speaker "${clip(value, MAX_QUOTED)}" is listed twice in this item: the repeat is ignored.`;
    case 'unknown-speaker': {
      const defined = note.speakersDefined ? ' in "speakers"' : ' (no speakers are defined)';
      return `There is no speaker with id ${quote(value)}${defined}.${hint}`;
    }
    case 'end-and-duration':
      return `Both "end" (${quote(param(finding, 'end'))}) and "duration" are given and they disagree: "end" is used, "duration" is ignored.`;
    case 'end-before-start':
      return `The end ${quote(value)} is ${note.equal ? 'the same as' : 'before'} the start ${quote(param(finding, 'start'))}: an item must end after it starts (an item that runs past midnight needs a date-time with offset for its end, or a duration).`;
    case 'nonexistent-local-time':
      return `${value} does not exist on ${param(finding, 'date')} in ${param(finding, 'timeZone')} (the clocks skip it); it is read as ${param(finding, 'readAs')}, moved forward by the length of the change.`;
    case 'ambiguous-local-time':
      return `${value} happens twice on ${param(finding, 'date')} in ${param(finding, 'timeZone')} (the clocks go back); the earlier one is used. Write a date-time with an offset to choose.`;
    case 'open-end':
      return `Item "${param(finding, 'item')}" is the last of its day and has no "end" or "duration": its end cannot be derived, so it is shown without one.`;
    case 'overlap': {
      const room = finding.params?.['room'];
      const where = room === undefined ? 'both without a room' : `both in room "${clip(String(room), MAX_QUOTED)}"`;
      return `Item "${param(finding, 'item')}" starts before item "${param(finding, 'other')}" ends (${where}).`;
    }
    case 'unused-speaker':
      return `The speaker "${value}" takes part in no item.`;
  }
}

/* ------------------------------------------------------------------ */
/* Helpers                                                            */
/* ------------------------------------------------------------------ */

/** A param of the finding as text (`""` when absent). */
function param(finding: Finding, key: string): string {
  const value = finding.params?.[key];
  return value === undefined ? '' : String(value);
}

/** Up to ten values, quoted: `"a", "b", "c"`. */
function list(values: readonly string[]): string {
  const shown = values.slice(0, 10).map((value) => `"${clip(value, MAX_QUOTED)}"`);
  return values.length > 10 ? `${shown.join(', ')}…` : shown.join(', ');
}

function suggestionHint(suggestion: string | number | undefined): string {
  return suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
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

/** The objects of the format, as named in messages (an item by its index). */
const SUBJECT_NAMES: Readonly<Record<Exclude<Subject, { item: number }>, string>> = {
  programme: 'the programme',
  event: 'the event',
  location: 'the location',
  organisation: 'an organisation',
  day: 'a day',
  speaker: 'a speaker',
  'speaker-organisation': 'the organisation',
  photo: 'the photo',
  link: 'a link',
  room: 'a room',
  track: 'a track',
  'item-speaker': 'an item speaker',
};

function subjectName(subject: Subject): string {
  return typeof subject === 'object' ? `item ${subject.item}` : SUBJECT_NAMES[subject];
}

/** What a value should have been, for the rules that say more than "Expected a <type>". */
const RULES: Readonly<Record<Exclude<TypeRule, { object: Subject }>, string>> = {
  text: 'Expected a text: a string, or an object of language → string such as {"en": "…", "fr": "…"}',
  duration: 'A duration must be an ISO 8601 duration string or a number of minutes',
  version: 'The format version must be the number 1',
  'day-entry': 'A day must be a date "YYYY-MM-DD" or an object {"date": …}',
};

/** What a value of the wrong type should have been: "Expected a <type>", or what `rule` says. */
function expectation(rule: TypeRule | undefined, expected: string): string {
  if (rule === undefined) return `Expected ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;
  if (typeof rule === 'string') return RULES[rule];
  const name = subjectName(rule.object);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} must be an object`;
}

function timeHint(text: string, which: 'start' | 'end'): string {
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(text)) {
    return 'a date-time needs an offset, e.g. "+02:00" or "Z" at the end.';
  }
  if (which === 'start' && /^24:00(?::00)?$/.test(text)) {
    return '"24:00" is only allowed as an end.';
  }
  return 'expected a local time "HH:MM" (00:00–23:59) or an ISO date-time with offset such as "2016-07-08T09:15:00+02:00".';
}

/** Why a duration is not valid, by `fault`. */
const DURATION_HINTS = {
  syntax: 'expected an ISO 8601 duration such as "PT45M" or "PT1H30M", or a positive number of minutes.',
  zero: 'a duration must be longer than zero.',
  'calendar-units': 'years and months have no fixed length; use days, hours and minutes (e.g. "P1DT2H").',
} as const;
