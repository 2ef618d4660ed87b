/**
 * Reading a programme source: the heavy half of the programme machinery
 * (validation, normalisation, the reader of normalised copies, the choice of
 * an importer), kept out of the elements' own code.
 *
 * In the browser, programme-controller.ts loads this module with a dynamic
 * `import()` the first time an element has a programme to read — at the same
 * time as it starts fetching `src`, not after — so a `<speaker-card>` given by
 * attributes alone never downloads it. On the server, ssr.ts imports it up
 * front and hands it over (`programmeReading.use`), because a server render
 * cannot wait for a module.
 */
import { isServer } from 'lit';
import { parseProgrammeWith, ProgrammeError } from '../model/parse.js';
import { closest } from '../model/suggest.js';
import { NORMALISED_VERSION, type Problem, type Programme } from '../model/types.js';
import type { ImportError, ImportOptions, ImportResult } from '../model/import/problems.js';
import { snapshot } from '../model/snapshot.js';
import { readNormalised } from '../model/normalised.js';
import { MAX_PROGRAMME_SIZE } from './shared-fetch.js';
import { englishProblemText, withEnglishText } from './messages.js';
import type { SeminarErrorDetail } from '../events/seminar-error.js';

export { closest };

/** What reading a source gave: a programme, or the problems that stop it. */
export type Outcome = { programme: Programme; zoneAssumed: boolean; recorded?: unknown } | { failure: SeminarErrorDetail };

type Importer = (input: unknown, options: ImportOptions) => ImportResult;

/**
 * The importer of `format`, loaded on first use: one chunk for XML, one for
 * the other text formats (iCalendar, spreadsheets: `text` tells them apart),
 * one for the JSON formats.
 */
const TEXT_FORMATS = new Set(['text', 'icalendar', 'csv']);
export const loadImporter = (format: string): Promise<Importer> =>
  format === 'pentabarf-xml'
    ? import('../model/import/pentabarf-xml.js').then((m) => m.importPentabarfXml)
    : TEXT_FORMATS.has(format)
      ? import('../model/import/text.js').then((m) => (input, options) => m.importText(format, input, options))
      : import('../model/import/json.js').then((m) => (input, options) => m.importJson(format, input, options));

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Reads a source (an object or a text): imports it when it is another format,
 * then validates and normalises it. `parsed` hears of each programme read.
 */
export function interpret(
  input: unknown,
  format: string,
  timeZone: string | undefined,
  url: string | undefined,
  parsed: (programme: Programme) => void,
): Outcome | Promise<Outcome> {
  const where = url ? { url } : {};
  // The same limit as for `src`, for a JSON string given as a property or inline.
  if (typeof input === 'string' && input.length > MAX_PROGRAMME_SIZE) return { failure: { kind: 'too-large', errors: [], ...where } };
  let source = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : input;
  // Every later look at an object given from script goes through a detached,
  // plain copy (snapshot.ts): a Proxy with throwing traps, a revoked Proxy,
  // getters that throw, cycles and shared parts cannot throw or hang here.
  if (isObject(source)) source = snapshot(source);
  let chosen = format || 'auto';
  if (chosen === 'auto' && typeof source === 'string') {
    if (source.trimStart().startsWith('<')) chosen = 'pentabarf-xml';
    else {
      try {
        source = JSON.parse(source) as unknown;
      } catch {
        // Not JSON: an iCalendar file, a spreadsheet, or else an error (the text importers tell).
        chosen = 'text';
      }
    }
  }
  // Only a c3voc schedule, a Sessionize export or pretalx widget JSON loads the JSON importers (which tell them apart).
  if (
    chosen === 'auto' &&
    !(isObject(source) && (('talks' in source && !('items' in source)) || (!('version' in source) && ('schedule' in source || 'sessions' in source))))
  ) {
    chosen = 'native';
  }
  const invalid = (errors: Problem[]): Outcome => ({ failure: { kind: 'invalid', errors, ...where } });
  if (chosen === 'native' && isObject(source) && (source as { normalised?: unknown }).normalised === NORMALISED_VERSION) {
    // A copy of a normalised programme: read back to the programme format, then checked again.
    const read = readNormalised(source);
    return read ? parse(read.input, read.warnings, invalid, parsed) : parse(source, [], invalid, parsed);
  }
  if (chosen === 'native') return parse(source, [], invalid, parsed);
  return loadImporter(chosen)
    .then((importer) => importer(source, timeZone ? { timeZone } : {}))
    .then(
      (result) => parse(result.programme, result.warnings, invalid, parsed),
      (error: unknown) => {
        // An ImportError lists the source's problems; anything else (a chunk that failed to load) is one.
        const errors = (error as Partial<ImportError>).errors;
        return invalid(errors ? errors.map(withEnglishText) : [{ code: 'invalid-type', path: '', message: String(error) }]);
      },
    );
}

/** Validates and normalises a programme; `warnings` (from an import) are appended to its own. */
function parse(source: unknown, warnings: Problem[], invalid: (errors: Problem[]) => Outcome, parsed: (programme: Programme) => void): Outcome {
  let programme: Programme;
  try {
    programme = parseProgrammeWith(source, englishProblemText);
  } catch (error) {
    return invalid(error instanceof ProgrammeError ? error.errors : [{ code: 'invalid-type', path: '', message: String(error) }]);
  }
  programme.warnings.push(...warnings.map(withEnglishText));
  parsed(programme);
  const zoneAssumed = warnings.some((warning) => warning.code === 'assumed-time-zone');
  // On the server, the programme as read (in the programme format) goes into the hydration record.
  if (isServer) return { programme, zoneAssumed, recorded: typeof source === 'string' ? JSON.parse(source) : snapshot(source) };
  return { programme, zoneAssumed };
}
