#!/usr/bin/env node
// seminar-widgets: check, convert, export and render programmes from the
// command line. Node ≥ 20.19, ESM. Reads a file or standard input (`-`), writes
// standard output (or --out). Exit codes: 0 done, 1 the programme has errors
// (or the input cannot be read at all), 2 usage error (or a package the
// command needs is not installed).
//
// Everything printed that comes from the input (paths made of its keys,
// values quoted in messages, parser messages, file names) has its control
// characters escaped: a programme cannot forge output lines or drive the
// terminal. JSON output is escaped the same way (still valid JSON).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  IMPORT_FORMATS,
  SPREADSHEET_FIELDS,
  ImportError,
  ProgrammeError,
  importProgramme,
  parseProgramme,
  toICalendar,
  validateProgramme,
} from '../dist/model.js';
import { RENDERED_ELEMENTS } from './render.mjs';

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

/**
 * Text for a terminal: every control character (C0, DEL, C1), line and
 * paragraph separator and bidirectional control written as an escape
 * (`\x1b`, `\n`, `\u202e`), so that one problem stays one line and nothing
 * from the input reaches the terminal as a command.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\\]/g;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/**
 * JSON, indented, with the characters `JSON.stringify` leaves as they are but
 * a terminal may act on (C1 controls, separators, bidirectional controls)
 * written as `\u` escapes: the same JSON, safe to print.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const HELP = `Usage: seminar-widgets <command> <file|-> [options]

Commands:
  validate <file|->   Check a programme; exit 0 when valid, 1 with every problem
                      (code, path, message) on stderr.
  convert <file|->    Convert a pretalx/frab schedule.json, c3voc schedule2, Pentabarf
                      (FOSDEM) XML, Sessionize export, pretalx widget JSON,
                      iCalendar (.ics) file or spreadsheet (CSV, TSV) to
                      programme JSON.
  studio              Open the programme studio in the browser: paste a spreadsheet,
                      open an export or an address, fix what it reports, edit it in
                      forms, preview, download the programme JSON, .ics and static
                      HTML, copy embed snippets (see "studio --help").
  ics <file|->        Write the programme as an iCalendar (.ics) file. To publish it
                      beside the JSON for calendar subscriptions, write it with --out
                      each time the programme changes: events keep their UIDs, and
                      those that changed get a higher SEQUENCE, so updates replace them.
  render <file|->     Write an element's server-rendered HTML (declarative shadow DOM):
                      the programme in a static page, or as the fallback of visitors
                      without JavaScript, taken over by the element when it loads.
                      Needs @lit-labs/ssr (npm install @lit-labs/ssr).

Options:
  --from FORMAT       The input's format: auto (default), ${IMPORT_FORMATS.join(', ')}.
  --time-zone ZONE    IANA zone of a source that names none (FOSDEM XML, rC3,
                      Sessionize), e.g. Europe/Brussels. Default UTC, with a warning.
  --title TEXT        The event's title when the source has none (Sessionize).
  --out FILE          Write to FILE instead of standard output (convert, ics, render).
  --items ID,ID       ics: only these items.
  --element NAME      render: agenda, speakers, speaker or timer.
  --speaker ID        render --element speaker: the speaker's id.
  --session ID        render --element timer: the item's id (default: the whole event).
  --now INSTANT       render --element timer: its state at this ISO instant
                      (default: now), e.g. 2025-03-04T10:00:00+01:00.
  --lang TAG          ics, render: the language of the texts, e.g. fr. convert,
                      validate: the language a spreadsheet's or calendar's
                      texts are written in (default: from the headers, else en).
  --previous FILE     ics: the calendar published before (default: the --out file, when
                      it exists). Unchanged events keep their SEQUENCE and DTSTAMP
                      (an unchanged programme gives the same file), changed ones get +1.
  --columns LIST      Spreadsheets: what each column holds, in order, e.g.
                      day,start,end,title,speakers,-,room (- skips a column;
                      title:fr a title in French). Default: from the headers.
  --date-order ORDER  Spreadsheets: dmy, mdy or ymd for dates like 03/04/2025.
  --date YYYY-MM-DD   Spreadsheets: the day of rows that give none.
  --no-header         Spreadsheets: the first row is data, not column names.
  --json              validate: print the result as JSON on standard output.
  --quiet             Do not print warnings.
  -h, --help          Show this help.
  -v, --version       Show the version.

A file named - is standard input. Examples:
  npx seminar-widgets validate programme.json
  curl -s https://pretalx.example.org/democon/schedule/export/schedule.json \\
    | npx seminar-widgets convert - --out programme.json
  npx seminar-widgets convert fosdem.xml --time-zone Europe/Brussels > programme.json
  npx seminar-widgets convert programme.csv --time-zone Europe/Paris --title "Séminaire" --out programme.json
  npx seminar-widgets convert calendar.ics --out programme.json
  npx seminar-widgets ics programme.json --lang fr --items keynote,debate-1 > agenda.ics
  npx seminar-widgets ics programme.json --out public/programme.ics
  npx seminar-widgets render programme.json --element agenda --lang fr --out agenda.html
  npx seminar-widgets render programme.json --element speaker --speaker kristy-milland
`;

const OPTIONS = {
  from: { type: 'string' },
  'time-zone': { type: 'string' },
  title: { type: 'string' },
  out: { type: 'string' },
  items: { type: 'string' },
  element: { type: 'string' },
  speaker: { type: 'string' },
  session: { type: 'string' },
  now: { type: 'string' },
  lang: { type: 'string' },
  previous: { type: 'string' },
  columns: { type: 'string' },
  'date-order': { type: 'string' },
  date: { type: 'string' },
  'no-header': { type: 'boolean' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** Options that say how to read a spreadsheet or a calendar. */
const SOURCE_OPTIONS = ['lang', 'columns', 'date-order', 'date', 'no-header'];

/** Which options each command accepts. */
const COMMAND_OPTIONS = {
  validate: ['from', 'time-zone', 'title', 'json', 'quiet', ...SOURCE_OPTIONS],
  convert: ['from', 'time-zone', 'title', 'out', 'quiet', ...SOURCE_OPTIONS],
  ics: ['from', 'time-zone', 'title', 'out', 'items', 'lang', 'previous', 'quiet', 'columns', 'date-order', 'date', 'no-header'],
  render: ['from', 'time-zone', 'title', 'out', 'element', 'speaker', 'session', 'now', 'lang', 'quiet', 'columns', 'date-order', 'date', 'no-header'],
};


class UsageError extends Error {}

process.stdout.on('error', (error) => {
  // A closed pipe (`… | head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

const argv = process.argv.slice(2);
try {
  process.exitCode = argv[0] === 'studio' ? await studio(argv.slice(1)) : await run(argv);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`seminar-widgets: ${terminalSafe(error.message)}\nTry "seminar-widgets --help".\n`);
    process.exitCode = EXIT_USAGE;
  } else if (error?.code === 'SEMINAR_MISSING_PACKAGE') {
    // An optional peer dependency this input needs (@xmldom/xmldom for XML).
    process.stderr.write(`seminar-widgets: ${terminalSafe(error.message)}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    // Not expected (the model reports bad input as problems): still about this
    // input, still a message rather than a stack trace.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`seminar-widgets: cannot read this input: ${terminalSafe(reason)}\n`);
    process.exitCode = EXIT_INVALID;
  }
}

/** `studio`: serves the studio page (bin/studio.mjs, loaded only for this command). */
async function studio(args) {
  const { studioCommand } = await import('./studio.mjs');
  return studioCommand(args, { UsageError });
}

function run(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (values.version) {
    process.stdout.write(`${readPackage().version}\n`);
    return EXIT_OK;
  }
  const [command, file, ...extra] = positionals;
  if (command === undefined) throw new UsageError('missing command: validate, convert, ics or render');
  if (!Object.hasOwn(COMMAND_OPTIONS, command)) throw new UsageError(`unknown command "${command}": expected validate, convert, ics or render`);
  if (file === undefined) throw new UsageError(`${command}: missing input file (use - for standard input)`);
  if (extra.length > 0) throw new UsageError(`${command}: unexpected argument "${extra[0]}"`);
  for (const name of Object.keys(values)) {
    if (!COMMAND_OPTIONS[command].includes(name)) throw new UsageError(`${command}: --${name} does not apply`);
  }
  if (values.from !== undefined && values.from !== 'auto' && !IMPORT_FORMATS.includes(values.from)) {
    throw new UsageError(`unknown format "${values.from}": expected auto, ${IMPORT_FORMATS.join(', ')}`);
  }
  if (values['time-zone'] !== undefined && !isTimeZone(values['time-zone'])) {
    throw new UsageError(`"${values['time-zone']}" is not an IANA time zone such as Europe/Brussels`);
  }
  if (command === 'render') renderOptions(values);
  const source = sourceOptions(command, values);
  const input = readInput(file);
  const options = {
    format: values.from ?? 'auto',
    ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...source,
  };
  switch (command) {
    case 'validate':
      return validate(input, options, values);
    case 'convert':
      return convert(input, options, values);
    case 'render':
      return render(input, options, values);
    default:
      return ics(input, options, values);
  }
}

/* ------------------------------------------------------------------ */
/* Commands                                                           */
/* ------------------------------------------------------------------ */

function validate(input, options, values) {
  const imported = importOrReport(input, options);
  const result = imported.ok
    ? { ...validateProgramme(imported.programme), format: imported.format }
    : { ok: false, format: imported.format, errors: imported.errors, warnings: [] };
  const warnings = [...imported.warnings, ...result.warnings];
  if (values.json) {
    process.stdout.write(`${json({ ok: result.ok, format: result.format ?? null, errors: result.errors, warnings })}\n`);
  } else {
    report(result.errors, values.quiet ? [] : warnings);
    const counts = `${plural(result.errors.length, 'error')}, ${plural(warnings.length, 'warning')}`;
    if (!result.ok) process.stderr.write(`Invalid programme: ${counts}.\n`);
    else if (!values.quiet) process.stderr.write(`Valid programme (${counts}).\n`);
  }
  return result.ok ? EXIT_OK : EXIT_INVALID;
}

function convert(input, options, values) {
  const imported = importOrReport(input, options);
  if (!imported.ok) {
    report(imported.errors, values.quiet ? [] : imported.warnings);
    return EXIT_INVALID;
  }
  const checked = validateProgramme(imported.programme);
  report(checked.errors, values.quiet ? [] : [...imported.warnings, ...checked.warnings]);
  if (!checked.ok) return EXIT_INVALID;
  write(`${json(imported.programme)}\n`, values.out);
  if (!values.quiet) {
    const { programme } = imported;
    process.stderr.write(
      `Converted ${imported.format}: ${plural(programme.event.days.length, 'day')}, ${plural(programme.items.length, 'item')}, ${plural(programme.speakers?.length ?? 0, 'speaker')}, ${plural(programme.rooms?.length ?? 0, 'room')}.\n`,
    );
  }
  return EXIT_OK;
}

function ics(input, options, values) {
  const imported = importOrReport(input, options);
  if (!imported.ok) {
    report(imported.errors, values.quiet ? [] : imported.warnings);
    return EXIT_INVALID;
  }
  let programme;
  try {
    programme = parseProgramme(imported.programme);
  } catch (error) {
    if (!(error instanceof ProgrammeError)) throw error;
    report(error.errors, values.quiet ? [] : [...imported.warnings, ...error.warnings]);
    return EXIT_INVALID;
  }
  if (!values.quiet) report([], imported.warnings);
  const items = values.items === undefined ? undefined : values.items.split(',').map((id) => id.trim()).filter(Boolean);
  const known = new Set(programme.items.map((item) => item.id));
  const unknown = items?.filter((id) => !known.has(id)) ?? [];
  if (unknown.length > 0) throw new UsageError(`--items: no item with id ${unknown.map((id) => JSON.stringify(id)).join(', ')}`);
  if (values.lang !== undefined && !isLanguageTag(values.lang)) throw new UsageError(`--lang: "${values.lang}" is not a language tag such as fr`);
  const previous = previousCalendar(values);
  write(
    toICalendar(programme, { ...(items ? { items } : {}), ...(values.lang ? { lang: values.lang } : {}), ...(previous ? { previous } : {}) }),
    values.out,
  );
  return EXIT_OK;
}

/**
 * Renders one element with `@lit-labs/ssr`, exactly as `seminar-widgets/ssr.js`
 * does on a server (bin/render.mjs, shared with the studio's HTML download).
 */
async function render(input, options, values) {
  const programme = checkedProgramme(input, options, values);
  if (programme === undefined) return EXIT_INVALID;
  const { element } = values;
  if (element === 'speaker' && !programme.speakers.some((speaker) => speaker.id === values.speaker)) {
    throw new UsageError(`--speaker: no speaker with id ${JSON.stringify(values.speaker)}`);
  }
  if (values.session !== undefined && !programme.items.some((item) => item.id === values.session)) {
    throw new UsageError(`--session: no item with id ${JSON.stringify(values.session)}`);
  }
  const { renderElement } = await import('./render.mjs');
  const html = await renderElement(programme, values);
  if (html === undefined) {
    process.stderr.write(
      'seminar-widgets: render needs the package @lit-labs/ssr, which is not installed.\n' +
        'Install it beside seminar-widgets: npm install --save-dev @lit-labs/ssr\n' +
        '(or run: npx -p seminar-widgets -p @lit-labs/ssr seminar-widgets render …)\n',
    );
    return EXIT_USAGE;
  }
  write(`${html}\n`, values.out);
  return EXIT_OK;
}

/** `render`'s own options, checked before the input is read. */
function renderOptions(values) {
  const names = Object.keys(RENDERED_ELEMENTS);
  if (values.element === undefined) throw new UsageError(`render: missing --element (${names.join(', ')})`);
  const element = Object.hasOwn(RENDERED_ELEMENTS, values.element) ? RENDERED_ELEMENTS[values.element] : undefined;
  if (!element) throw new UsageError(`--element: "${values.element}" is not an element; expected ${names.join(', ')}`);
  if (element.needs && values[element.needs] === undefined) throw new UsageError(`render --element ${values.element}: missing --${element.needs} ID`);
  for (const name of ['speaker', 'session', 'now']) {
    if (values[name] !== undefined && element.needs !== name && !element.takes?.includes(name)) {
      throw new UsageError(`--${name} does not apply to --element ${values.element}`);
    }
  }
  if (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(values.now)) {
    throw new UsageError(`--now: expected an ISO date-time with its offset, such as 2025-03-04T10:00:00+01:00, not "${values.now}"`);
  }
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) throw new UsageError(`--now: "${values.now}" is not a date-time`);
  if (values.lang !== undefined && !isLanguageTag(values.lang)) throw new UsageError(`--lang: "${values.lang}" is not a language tag such as fr`);
}

/**
 * The programme, imported and checked, or `undefined` after its problems are
 * reported (shared by ics and render).
 */
function checkedProgramme(input, options, values) {
  const imported = importOrReport(input, options);
  if (!imported.ok) {
    report(imported.errors, values.quiet ? [] : imported.warnings);
    return undefined;
  }
  try {
    const programme = parseProgramme(imported.programme);
    if (!values.quiet) report([], imported.warnings);
    return programme;
  } catch (error) {
    if (!(error instanceof ProgrammeError)) throw error;
    report(error.errors, values.quiet ? [] : [...imported.warnings, ...error.warnings]);
    return undefined;
  }
}

/* ------------------------------------------------------------------ */
/* Helpers                                                            */
/* ------------------------------------------------------------------ */

/**
 * Imports (or passes through) the input; import errors are returned, not
 * thrown. JSON of no known format is checked as a programme, so that its
 * problems are the programme format's ("missing-field"…), not "unknown-format".
 */
function importOrReport(input, options) {
  try {
    const { programme, format, warnings } = importProgramme(input, options);
    return { ok: true, programme, format, warnings };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (options.format === 'auto' && error.errors[0]?.code === 'unknown-format') {
      try {
        return { ok: true, programme: JSON.parse(input.replace(/^\uFEFF/, '')), format: 'native', warnings: [] };
      } catch {
        // Not JSON either: the unknown format is the error.
      }
    }
    return { ok: false, format: error.format, errors: error.errors, warnings: error.warnings };
  }
}

/** The spreadsheet and calendar options, checked. */
function sourceOptions(command, values) {
  const options = {};
  if (values.lang !== undefined && command !== 'ics' && command !== 'render') {
    if (!isLanguageTag(values.lang)) throw new UsageError(`--lang: "${values.lang}" is not a language tag such as fr`);
    options.language = values.lang;
  }
  if (values.columns !== undefined) {
    options.columns = values.columns.split(',').map((entry) => {
      const name = entry.trim();
      if (name === '-' || name === '') return null;
      const [field, lang] = name.split(':');
      if (!SPREADSHEET_FIELDS.includes(field)) {
        throw new UsageError(`--columns: "${field}" is not a column; expected - or one of ${SPREADSHEET_FIELDS.join(', ')}`);
      }
      if (lang !== undefined && !isLanguageTag(lang)) throw new UsageError(`--columns: "${lang}" in "${name}" is not a language tag`);
      return lang === undefined ? { field } : { field, lang };
    });
  }
  if (values['date-order'] !== undefined) {
    if (!['dmy', 'mdy', 'ymd'].includes(values['date-order'])) throw new UsageError(`--date-order: expected dmy, mdy or ymd, not "${values['date-order']}"`);
    options.dateOrder = values['date-order'];
  }
  if (values.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))) throw new UsageError(`--date: expected a date such as 2025-03-04, not "${values.date}"`);
    options.date = values.date;
  }
  if (values['no-header']) options.header = false;
  return options;
}

function report(errors, warnings) {
  const line = (kind, problem) => terminalSafe(`${kind} ${problem.code} ${problem.path || '/'} ${problem.message}`);
  const lines = [...errors.map((problem) => line('error', problem)), ...warnings.map((problem) => line('warning', problem))];
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

function terminalSafe(text) {
  return String(text).replace(
    UNSAFE_FOR_TERMINAL,
    (char) => NAMED_ESCAPES[char] ?? (char.charCodeAt(0) < 0x100 ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`),
  );
}

function json(value) {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (char) => `\\u${hex(char, 4)}`);
}

function hex(char, width) {
  return char.charCodeAt(0).toString(16).padStart(width, '0');
}

function readInput(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : `"${file}"`}: ${error.code ?? error.message}`);
  }
}

/** The calendar published before: --previous, else the --out file when it exists. */
function previousCalendar(values) {
  const file = values.previous ?? (values.out && values.out !== '-' && existsSync(values.out) ? values.out : undefined);
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--previous: cannot read "${file}": ${error.code ?? error.message}`);
  }
}

function write(text, out) {
  if (out === undefined || out === '-') {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    throw new UsageError(`cannot write "${out}": ${error.code ?? error.message}`);
  }
}

function readPackage() {
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
}

function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isLanguageTag(tag) {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
