/**
 * Every problem code, once: what the validator reports as an error or as a
 * warning, and what only the importers report. The stable codes are
 * documented in docs/programme-format.md and docs/importing.md; every message
 * table is keyed by `ProblemCode`, so a code without its text fails to compile.
 */

/** Codes the validator reports as errors. */
const VALIDATION_ERROR_CODES = [
  'invalid-json',
  'not-an-object',
  'unsupported-version',
  'missing-field',
  'invalid-type',
  'empty-text',
  'invalid-language',
  'invalid-time-zone',
  'invalid-date',
  'invalid-time',
  'invalid-duration',
  'out-of-range',
  'end-before-start',
  'duplicate-id',
  'invalid-id',
  'unknown-item-type',
  'unknown-speaker-role',
  'unknown-item-status',
  'unknown-link-kind',
  'unknown-speaker',
  'unknown-item',
  'unknown-room',
  'unknown-track',
  'unknown-day',
  'missing-day',
  'invalid-url',
  'unsafe-url',
  'invalid-country',
  'invalid-color',
] as const;

/** Codes the validator reports as warnings: the programme is still usable. */
export const VALIDATION_WARNING_CODES = [
  'no-items',
  'unknown-field',
  'overlap',
  'open-end',
  'duplicate-speaker',
  'nonexistent-local-time',
  'ambiguous-local-time',
  'end-and-duration',
  'unused-speaker',
] as const;

/** Problem codes that only importers report (errors and warnings). */
export const IMPORT_PROBLEM_CODES = [
  'invalid-xml',
  'invalid-csv',
  'invalid-ics',
  'unknown-format',
  'assumed-time-zone',
  'assumed-date-order',
  'not-imported',
  'unusable-value',
  'renamed-id',
  'unsupported-feature',
] as const;

/** Stable problem codes. */
export const PROBLEM_CODES = [...VALIDATION_ERROR_CODES, ...VALIDATION_WARNING_CODES, ...IMPORT_PROBLEM_CODES] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
