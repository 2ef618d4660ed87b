/**
 * What the validator records for each problem, before it has words: the
 * `code`, `path` and `params` every `Problem` carries, and a `note` naming the
 * sentence that describes it (`note.id`) with whatever that sentence needs
 * beyond `params`. No prose here or in the checker: a `Describe` function
 * turns a finding into the problem's `message` — the English sentences of
 * validate-messages.ts for the public API, the English of the elements' own
 * short texts (internal/messages.ts) for the elements, so the validator's
 * sentences never reach their bundles.
 */
import type { Problem, ProblemCode } from './types.js';
import type { Json } from './snapshot.js';

/** The objects of the format a message can name (`item` is its index in `items`). */
export type Subject =
  | 'programme'
  | 'event'
  | 'location'
  | 'organisation'
  | 'day'
  | 'speaker'
  | 'speaker-organisation'
  | 'photo'
  | 'link'
  | 'room'
  | 'track'
  | 'item-speaker'
  | { item: number };

/** The kinds of id a message can name. */
export type IdKind = 'event' | 'speaker' | 'room' | 'track' | 'item';

/**
 * What a value of the wrong type should have been, when the message says more
 * than "Expected a <type>": an object of the format, or one of these values.
 */
export type TypeRule = { object: Subject } | 'text' | 'duration' | 'version' | 'day-entry';

/** Which sentence describes a problem, and what it needs beyond the problem's `params`. */
export type Note =
  | { id: 'unchecked'; error: string }
  | { id: 'invalid-json'; reason: string }
  | { id: 'not-an-object'; value: Json }
  | { id: 'invalid-type'; value: Json; rule?: TypeRule }
  | { id: 'unknown-field'; subject: Subject }
  | { id: 'missing-field'; subject: Subject }
  | { id: 'no-days' }
  | { id: 'blank-text' }
  | { id: 'no-language' }
  | { id: 'invalid-language' }
  | { id: 'invalid-url' }
  | { id: 'invalid-date' }
  | { id: 'day-mismatch'; start: string; timeZone: string }
  | { id: 'invalid-id'; kind: IdKind }
  | { id: 'duplicate-id'; kind: IdKind }
  | { id: 'duplicate-day' }
  | { id: 'unknown-room' | 'unknown-track'; known: string[] }
  | { id: 'unknown-item-type' | 'unknown-speaker-role' | 'unknown-item-status' | 'unknown-link-kind' }
  | { id: 'unsupported-version' }
  | { id: 'invalid-time-zone' }
  | { id: 'invalid-country' }
  | { id: 'invalid-color' }
  | { id: 'no-items' }
  | { id: 'unknown-day'; days: string[] }
  | { id: 'start-on-unknown-day'; start: string; timeZone: string; days: string[] }
  | { id: 'missing-day'; days: string[] }
  | { id: 'invalid-time'; text: string; which: 'start' | 'end' }
  | { id: 'invalid-duration'; fault: 'zero' | 'calendar-units' | 'syntax' }
  | { id: 'out-of-range'; what: 'start' | 'end' | 'duration' | 'day' }
  | { id: 'duplicate-speaker' }
  | { id: 'unknown-speaker'; speakersDefined: boolean }
  | { id: 'end-and-duration' }
  | { id: 'end-before-start'; equal: boolean }
  | { id: 'nonexistent-local-time' }
  | { id: 'ambiguous-local-time' }
  | { id: 'open-end' }
  | { id: 'overlap' }
  | { id: 'unused-speaker' };

/** One problem as the validator found it: a `Problem` without its `message`, and a `note`. */
export interface Finding {
  code: ProblemCode;
  path: string;
  params?: Problem['params'];
  note: Note;
}

/** Writes the `message` of a finding. */
export type Describe = (finding: Finding) => string;
