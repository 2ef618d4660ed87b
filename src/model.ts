/**
 * The pure programme model: types, validation, normalisation, time zones,
 * formatting helpers, iCalendar and JSON-LD. No DOM: importable in Node.
 *
 * `validateProgramme` and `parseProgramme` are defined here: they run the
 * checker with the English messages of model/validate-messages.ts. The
 * elements run it with the English of their own short texts instead
 * (internal/messages.ts), so those sentences are in this entry point only,
 * never in the elements' bundles.
 *
 * @packageDocumentation
 */
import type { Programme, ValidationResult } from './model/types.js';
import { analyseProgramme } from './model/validate.js';
import { parseProgrammeWith, ProgrammeError } from './model/parse.js';
import { englishMessage } from './model/validate-messages.js';
import { readNormalised, withCarriedWarnings } from './model/normalised.js';

export * from './model/types.js';
export { ProgrammeError } from './model/parse.js';
export { localise, baseLanguage } from './model/text.js';
export { parseLongText } from './model/long-text.js';
export { isSafeUrl } from './model/url.js';
export { isValidTimeZone, zonedToInstant, parseDuration } from './model/time.js';
export {
  formatDate,
  formatTime,
  formatTimeRange,
  formatCountry,
  formatTimeZoneName,
  type FormatOptions,
} from './model/format.js';
export { formatDuration } from './model/duration-format.js';
export { toICalendar, eventTexts, type ICalendarOptions, type EventTexts } from './model/ical.js';
export {
  calendarLink,
  subscribeLinks,
  CALENDAR_SERVICES,
  type CalendarService,
  type CalendarLinkOptions,
} from './model/calendar-links.js';
export { toJsonLd, type JsonLdOptions } from './model/jsonld.js';
export {
  diffProgrammes,
  changedItemCount,
  changedFields,
  isUnchanged,
  type ProgrammeChanges,
  type ItemChange,
  type ItemField,
} from './model/diff.js';
// The importers, with their options, problems and spreadsheet helpers: model/import/index.ts says which.
export * from './model/import/index.js';

/**
 * Checks a programme (an object or a JSON string) and lists every problem
 * found, each with a `code`, a JSON-pointer `path`, `params` and an English
 * `message` naming the bad value and what was expected. Never throws.
 *
 * A normalised programme (marker `normalised: 1`, see `Programme`) is checked
 * as the programme it stands for, its own warnings kept.
 */
export function validateProgramme(input: unknown): ValidationResult {
  const copy = readNormalised(input);
  const { ok, errors, warnings } = analyseProgramme(copy ? copy.input : input, englishMessage);
  return { ok, errors, warnings: copy ? withCarriedWarnings(warnings, copy.warnings) : warnings };
}

/**
 * Validates and normalises a programme (an object or a JSON string). A
 * normalised programme may be given back, also as a copy (a structured
 * clone, JSON, a proxy): it is read by its marker `normalised: 1` and checked
 * again, its own warnings kept.
 *
 * @throws ProgrammeError when the programme has errors (warnings do not stop it;
 *   they are returned in `warnings`).
 */
export function parseProgramme(input: unknown): Programme {
  const copy = readNormalised(input);
  if (!copy) return parseProgrammeWith(input, englishMessage);
  try {
    const programme = parseProgrammeWith(copy.input, englishMessage);
    return { ...programme, warnings: withCarriedWarnings(programme.warnings, copy.warnings) };
  } catch (error) {
    if (!(error instanceof ProgrammeError)) throw error;
    throw new ProgrammeError(error.errors, withCarriedWarnings(error.warnings, copy.warnings));
  }
}
