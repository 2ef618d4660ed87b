/**
 * What the importers share about their results: the formats, the options,
 * `ImportResult`, `ImportError`, and `Problems`, which collects the errors and
 * warnings of one import with a path into the source for each.
 */
import type { Problem, ProblemCode, ProgrammeInput } from '../types.js';
import { Opaque } from '../snapshot.js';
import { isValidTimeZone } from '../time.js';
import { clip, quote, typeOf } from '../values.js';
import type { DomParserConstructor } from './xml.js';
import type { DateOrder, SpreadsheetColumn } from './columns.js';

/** The formats an importer reads (`native` is the programme format itself). */
export type SourceFormat = 'frab-json' | 'schedule2' | 'pentabarf-xml' | 'sessionize' | 'pretalx-widget' | 'icalendar' | 'csv';
export type ImportFormat = 'native' | SourceFormat;

/** Every format `importProgramme` accepts, `auto` excepted. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  'native',
  'frab-json',
  'schedule2',
  'pentabarf-xml',
  'sessionize',
  'pretalx-widget',
  'icalendar',
  'csv',
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
  /**
   * Spreadsheets (`csv`): what each column holds, in order (`null` ignores a
   * column); default: guessed from the header row, else from the values.
   */
  columns?: readonly (SpreadsheetColumn | null)[];
  /** Spreadsheets: whether the first row names the columns; default: guessed. */
  header?: boolean;
  /** Spreadsheets: how to read dates such as `03/04/2025`; default: from the values, else day first. */
  dateOrder?: DateOrder;
  /** Spreadsheets: the day (`YYYY-MM-DD`) of rows that give none (a one-day programme without a date column). */
  date?: string;
  /**
   * Spreadsheets and iCalendar: the language the texts are written in (a tag
   * such as `fr`). Default: the language of a spreadsheet's headers, else `en`.
   */
  language?: string;
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
  'pretalx-widget': "pretalx's schedule widget JSON",
  icalendar: 'iCalendar (.ics)',
  csv: 'spreadsheet (CSV, TSV or pasted cells)',
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



/** Errors and warnings of one import. */
/**
 * The start of each importer of text (XML, iCalendar): checks the options,
 * and stops (throws its ImportError) unless the source is a string, which the
 * error describes as `expected`.
 */
export function openText(format: ImportFormat, input: unknown, options: ImportOptions, expected: string): { problems: Problems; text: string } {
  checkOptions(options);
  const problems = new Problems(format);
  if (typeof input !== 'string') problems.invalidType('', input, expected);
  problems.check();
  return { problems, text: input as string };
}

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
      value: literal(value),
      reason,
    });
  }

  /** A source value the programme format has no place for. */
  notImported(path: string, field: string, value: unknown): void {
    this.warn(
      'not-imported',
      path,
      `${quote(field)} (${describe(value)}) is not imported: the programme format has no place for it.`,
      { field: clip(field), value: literal(value) },
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

/**
 * A source value for a problem's `params`, in no language (an interface
 * quotes it as it is, in any of its languages): a string as it is, any other
 * value as JSON (`true`, `42`, `["a","b"]`, `{"url":"…"}`), a value that
 * could not be copied by its type code (`circular`, `function`…).
 */
export function literal(value: unknown): string {
  if (value instanceof Opaque) return value.type;
  if (typeof value === 'string') return clip(value);
  try {
    return clip(JSON.stringify(value) ?? String(value));
  } catch {
    return typeOf(value);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value for a message: `the number 42`, `the string "x"`, `an array`… */
export function describe(value: unknown): string {
  if (value instanceof Opaque) return value.description;
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
