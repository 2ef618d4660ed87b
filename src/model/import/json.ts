/**
 * The JSON importers together, for the elements: a page that shows a pretalx,
 * frab or Sessionize export loads this one chunk (the XML importer is
 * separate, and pages with programme JSON load neither).
 */
import { plain } from './source-values.js';
import { unknownFormat, type ImportOptions, type ImportResult } from './problems.js';
import { detectFormat } from './detect.js';
import { importFrabJson } from './frab-json.js';
import { importSchedule2 } from './schedule2.js';
import { importSessionize } from './sessionize.js';
import { importPretalxWidget } from './pretalx-widget.js';

const JSON_IMPORTERS: Readonly<Record<string, (input: unknown, options: ImportOptions) => ImportResult>> = {
  'frab-json': importFrabJson,
  schedule2: importSchedule2,
  sessionize: importSessionize,
  'pretalx-widget': importPretalxWidget,
};

/**
 * Reads a JSON source in `format` (`frab-json`, `schedule2`, `sessionize` or
 * `pretalx-widget`; `auto` detects one of them).
 *
 * @throws ImportError for a source that cannot be read, or in another format (`unknown-format`).
 */
export function importJson(format: string, input: unknown, options: ImportOptions = {}): ImportResult {
  const source = plain(input);
  const chosen = format === 'auto' ? (detectFormat(source) ?? format) : format;
  const importer = Object.hasOwn(JSON_IMPORTERS, chosen) ? JSON_IMPORTERS[chosen] : undefined;
  if (importer) return importer(source, options);
  throw unknownFormat(chosen);
}
