/**
 * Importers: programmes exported by pretalx, frab, Pentabarf (FOSDEM) and
 * Sessionize, pretalx's widget JSON, iCalendar files and spreadsheets (CSV,
 * TSV, pasted cells), read into the programme format (version 1).
 *
 * `importProgramme` detects the format (or is told it), reads the source and
 * returns the programme with warnings for whatever could not be imported. It
 * never changes the input. What each importer keeps is documented in
 * docs/importing.md.
 */
import {
  IMPORT_FORMATS,
  ImportError,
  unknownFormat,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from './problems.js';
import { clip } from '../values.js';
import { plain } from './source-values.js';
import type { ProgrammeInput } from '../types.js';
import { detectFormat } from './detect.js';
import { importFrabJson } from './frab-json.js';
import { importSchedule2 } from './schedule2.js';
import { importPentabarfXml } from './pentabarf-xml.js';
import { importSessionize } from './sessionize.js';
import { importJson } from './json.js';
import { importPretalxWidget } from './pretalx-widget.js';
import { importICalendar } from './icalendar.js';
import { importSpreadsheet } from './spreadsheet.js';

export {
  IMPORT_FORMATS,
  DEFAULT_IMPORT_TIME_ZONE,
  ImportError,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
  type SourceFormat,
} from './problems.js';
export { IMPORT_PROBLEM_CODES } from '../problem-codes.js';
export type { DomParserConstructor } from './xml.js';
export { detectFormat, importFrabJson, importSchedule2, importPentabarfXml, importSessionize, importPretalxWidget, importICalendar, importSpreadsheet };
export { parseDelimited, sniffDelimiter, columnName, type DelimitedRow, type DelimitedText, type Delimiter } from './delimited.js';
export {
  SPREADSHEET_FIELDS,
  TRANSLATABLE_FIELDS,
  guessColumns,
  guessHeader,
  guessHeaderLanguage,
  looksLikeHeader,
  type SpreadsheetField,
  type SpreadsheetColumn,
  type DateOrder,
} from './columns.js';

/** Formats read from text that is neither JSON nor XML. */
const TEXT_FORMATS: readonly string[] = ['pentabarf-xml', 'icalendar', 'csv'];

/**
 * Reads a programme in any supported format: a c3voc `schedule.json` (frab,
 * pretalx), a c3voc schedule2 JSON, Pentabarf/frab XML (FOSDEM) or a
 * Sessionize "All data" export — as text, or as parsed JSON — or the
 * programme format itself (`native`, passed through unchanged).
 *
 * @throws ImportError when the source cannot be read: not JSON or XML, a
 *   format that cannot be told (`unknown-format`), or missing or wrong
 *   required values; `errors` lists each with its path in the source.
 */
export function importProgramme(input: unknown, options: ImportOptions = {}): ImportResult {
  const format: string = options.format ?? 'auto';
  if (format !== 'auto' && !IMPORT_FORMATS.includes(format as ImportFormat)) throw unknownFormat(format);
  let source = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : input;
  const sniffed = format === 'auto' && typeof source === 'string' ? detectFormat(source) : undefined;
  if (typeof source === 'string' && !TEXT_FORMATS.includes(format) && !(sniffed && TEXT_FORMATS.includes(sniffed))) {
    try {
      source = JSON.parse(source) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ImportError([
        { code: 'invalid-json', path: '', message: `The source is not valid JSON: ${reason}.`, params: { reason: clip(reason) } },
      ]);
    }
  }
  // Read through a plain copy (a Proxy or a cycle cannot throw or hang here); `native` is returned as given.
  const copy = plain(source);
  const chosen = format === 'auto' ? (sniffed ?? detectFormat(copy)) : (format as ImportFormat);
  if (chosen === undefined) {
    throw new ImportError([
      {
        code: 'unknown-format',
        path: '',
        message:
          'Cannot tell the format of this source: it is not a programme ("version", "event", "items"), a c3voc schedule ("schedule" with "conference"), a Sessionize export ("sessions" with "speakers"), pretalx widget JSON ("talks"), Pentabarf XML (<schedule>), iCalendar (BEGIN:VCALENDAR) or a spreadsheet (CSV or TSV).',
      },
    ]);
  }
  if (chosen === 'native') return { programme: source as ProgrammeInput, format: 'native', warnings: [] };
  if (chosen === 'pentabarf-xml') return importPentabarfXml(copy, options);
  if (chosen === 'icalendar') return importICalendar(copy, options);
  if (chosen === 'csv') return importSpreadsheet(copy, options);
  return importJson(chosen, copy, options);
}
