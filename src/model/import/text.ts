/**
 * The importers of text formats, for the elements: a page whose source is
 * text that is neither JSON nor XML loads this one chunk, which tells an
 * iCalendar file from a spreadsheet (the elements themselves carry no
 * sniffing code for them).
 */
import { ImportError, type ImportOptions, type ImportResult } from './problems.js';
import { clip } from '../values.js';
import { importICalendar } from './icalendar.js';
import { importSpreadsheet } from './spreadsheet.js';
import { looksDelimited, looksLikeICalendar } from '../sniff.js';

/**
 * Reads text in `format` (`icalendar`, `csv`, or `auto`: detected). Text of
 * neither kind is reported as the programme format reports text that is not
 * JSON (`invalid-json`).
 */
export function importText(format: string, input: unknown, options: ImportOptions = {}): ImportResult {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : '';
  const start = text.trimStart();
  const chosen = format === 'icalendar' || format === 'csv' ? format : looksLikeICalendar(start) ? 'icalendar' : looksDelimited(start) ? 'csv' : undefined;
  if (chosen === 'icalendar') return importICalendar(input, options);
  if (chosen === 'csv') return importSpreadsheet(input, options);
  let reason = 'unexpected text';
  try {
    JSON.parse(text);
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  throw new ImportError([{ code: 'invalid-json', path: '', message: `The source is not valid JSON: ${reason}.`, params: { reason: clip(reason) } }]);
}
