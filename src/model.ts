/**
 * The pure programme model: types, validation, normalisation, time zones,
 * formatting helpers, iCalendar and JSON-LD. No DOM: importable in Node.
 *
 * @packageDocumentation
 */
export * from './model/types.js';
export { validateProgramme } from './model/validate.js';
export { parseProgramme, ProgrammeError } from './model/parse.js';
export { localise, parseLongText, baseLanguage } from './model/text.js';
export { isSafeUrl } from './model/url.js';
export { isValidTimeZone, zonedToInstant, parseDuration } from './model/time.js';
export {
  formatDate,
  formatTime,
  formatTimeRange,
  formatDuration,
  formatCountry,
  formatTimeZoneName,
  type FormatOptions,
} from './model/format.js';
export { toICalendar, type ICalendarOptions } from './model/ical.js';
export { toJsonLd, type JsonLdOptions } from './model/jsonld.js';
export {
  importProgramme,
  detectFormat,
  importFrabJson,
  importSchedule2,
  importPentabarfXml,
  importSessionize,
  ImportError,
  IMPORT_FORMATS,
  IMPORT_PROBLEM_CODES,
  DEFAULT_IMPORT_TIME_ZONE,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
  type SourceFormat,
  type DomParserConstructor,
} from './model/import/index.js';
