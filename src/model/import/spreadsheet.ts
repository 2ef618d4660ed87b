/**
 * Importer for spreadsheets: CSV, TSV, and cells copied from Excel,
 * LibreOffice or Google Sheets and pasted as text. One row per item (day,
 * start, end, title, speakers, room…); the columns are guessed from the
 * header row in five languages, or from the values, unless the `columns`
 * option says what each holds.
 *
 * What people write in programmes is accepted: a day given once for the rows
 * below it (merged cells copy as empty ones), a "day heading" row with only
 * a date, times as `9h30`, `9.30 Uhr`, `2:30 PM` or ranges (`9h30 – 10h45`)
 * in one column, dates as `04/03/2025`, `4.3.2025`, `mardi 4 mars 2025` or
 * an Excel serial, durations as `45`, `1h30` or `1,5 h`, speakers separated by
 * `;`, `,` or line breaks with what they do in parentheses
 * (`Ana García (Union Lab)`), a title column per language (`Titre (fr)`).
 *
 * Paths are cell references as in the spreadsheet: `C5` is the cell in column
 * C of row 5 (row 1 is the header row when there is one), `5:5` the whole
 * row, `C:C` the whole column; `params.line` is the line of the text where the
 * row starts (quoted cells may span lines).
 */
import { ImportError, Problems, checkOptions, type ImportOptions, type ImportResult } from './problems.js';
import { ProgrammeBuilder, type DraftText } from './builder.js';
import { chooseTimeZone, languageTag, link } from './source-values.js';
import { clip, quote } from '../values.js';
import { localTime, nextDate, type TimePoint } from './times.js';
import { columnName, parseDelimited } from './delimited.js';
import { guessColumns, guessHeaderLanguage, looksLikeHeader, type DateOrder, type SpreadsheetColumn, type SpreadsheetField } from './columns.js';
import { dateOrderOf, lacksYear, parseCellDate, parseCellDuration, splitTimeCell } from './cell-values.js';
import { typeOfTitle, typeOfWords } from './type-words.js';
import type { ItemType, LinkInput, SpeakerRole } from '../types.js';
import { parseIsoDate } from '../time.js';

/** Rows read at most (a programme has hundreds; this bounds the work on a pasted sheet of anything). */
export const MAX_SPREADSHEET_ROWS = 20_000;

interface Cell {
  text: string;
  path: string;
}

interface ReadRow {
  /** 1-based row of the sheet. */
  number: number;
  line: number;
  cells: readonly string[];
}

/**
 * Reads a spreadsheet: CSV or TSV text (the delimiter is sniffed), or rows of
 * cells already split (`string[][]`).
 */
export function importSpreadsheet(input: unknown, options: ImportOptions = {}): ImportResult {
  checkOptions(options);
  const problems = new Problems('csv');
  let rows: ReadRow[];
  if (typeof input === 'string') {
    const parsed = parseDelimited(input);
    if (parsed.unclosedQuote !== undefined) {
      const lineNumber = parsed.unclosedQuote;
      problems.error(
        'invalid-csv',
        `line ${lineNumber}`,
        `A quoted cell opens on line ${lineNumber} and is never closed: everything after it would be one cell. Close the quote (a quote inside a quoted cell is written twice: "").`,
        { line: lineNumber },
      );
    }
    rows = parsed.rows.map((row, index) => ({ number: index + 1, line: row.line, cells: row.cells }));
  } else if (Array.isArray(input) && input.every((row) => Array.isArray(row))) {
    rows = (input as unknown[][]).map((row, index) => ({
      number: index + 1,
      line: index + 1,
      cells: row.map((cell) => (typeof cell === 'string' ? cell : typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '')),
    }));
  } else {
    problems.invalidType('', input, 'spreadsheet text (CSV or TSV) or rows of cells');
    rows = [];
  }
  problems.check();
  if (rows.length > MAX_SPREADSHEET_ROWS) {
    throw new ImportError(
      [
        {
          code: 'invalid-csv',
          path: '',
          message: `The spreadsheet has ${rows.length} rows: at most ${MAX_SPREADSHEET_ROWS} are read.`,
          params: { value: rows.length },
        },
      ],
      [],
      'csv',
    );
  }
  if (rows.every((row) => row.cells.every((cell) => cell.trim() === ''))) {
    throw new ImportError([{ code: 'missing-field', path: '', message: 'The spreadsheet is empty: there is no row to import.' }], [], 'csv');
  }
  return new SpreadsheetReader(problems, rows, options).read();
}

class SpreadsheetReader {
  private readonly builder: ProgrammeBuilder;
  private readonly header: readonly string[] | undefined;
  private readonly columns: readonly (SpreadsheetColumn | null)[];
  private readonly data: readonly ReadRow[];
  private readonly order: DateOrder;
  private readonly language: string;
  /** A year for dates written without one. */
  private readonly year: number | undefined;

  constructor(
    private readonly problems: Problems,
    rows: readonly ReadRow[],
    private readonly options: ImportOptions,
  ) {
    const first = rows[0]?.cells ?? [];
    const hasHeader = options.header ?? looksLikeHeader(first);
    this.header = hasHeader ? first : undefined;
    this.data = hasHeader ? rows.slice(1) : rows;
    this.columns = options.columns ?? guessColumns(rows.map((row) => row.cells), hasHeader);
    const given = options.language === undefined ? undefined : languageTag(problems, options.language, '');
    this.language = given ?? (this.header && guessHeaderLanguage(this.header)) ?? 'en';
    const zone = chooseTimeZone(problems, undefined, '', options);
    this.builder = new ProgrammeBuilder(problems, zone);
    this.builder.event.title = options.title?.trim() || 'Programme';
    this.builder.language(this.language);
    const dates = this.values('day').concat(this.values('start'));
    const found = dateOrderOf(dates);
    this.order = options.dateOrder ?? found ?? 'dmy';
    if (options.dateOrder === undefined && found === undefined && dates.some((value) => /^\s*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}/.test(value))) {
      const example = dates.find((value) => /^\s*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}/.test(value))?.trim() ?? '';
      problems.warn(
        'assumed-date-order',
        this.columnPath('day') ?? this.columnPath('start') ?? '',
        `Dates such as ${quote(example)} could be day/month or month/day, and no date of the sheet tells: they are read day first. Give the date order (dateOrder "mdy") if they are month first.`,
        { value: clip(example), order: 'dmy' },
      );
    }
    const year = dates.map((value) => /\b(\d{4})\b/.exec(value)?.[1]).find((found) => found !== undefined);
    this.year = year === undefined ? undefined : Number(year);
  }

  read(): ImportResult {
    const { problems, builder } = this;
    this.checkColumns();
    problems.check();
    let currentDay = this.options.date;
    if (currentDay !== undefined && !parseIsoDate(currentDay)) {
      problems.error('invalid-date', '', `The date option ${quote(currentDay)} is not a date such as "2025-03-04".`, { value: clip(currentDay) });
      currentDay = undefined;
    }
    for (const row of this.data) {
      const filled = row.cells.filter((cell) => cell.trim() !== '');
      if (filled.length === 0) continue;
      const day = this.cell(row, 'day');
      const start = this.cell(row, 'start');
      const title = this.texts(row, 'title');
      if (day && !start && title === undefined) {
        // A day heading: the day of the rows below.
        const date = this.date(day);
        if (date) currentDay = date;
        continue;
      }
      if (!start) {
        if (filled.length === 1) {
          problems.warn('not-imported', this.rowPath(row), `Row ${row.number} (line ${row.line}) has no start time, only ${quote(filled[0]?.trim() ?? '')}: it is not imported (a heading?).`, {
            field: 'start',
            value: clip(filled[0]?.trim() ?? ''),
            line: row.line,
          });
        } else {
          const where = this.columnPath('start');
          problems.error(
            'missing-field',
            where ? `${where.split(':')[0]}${row.number}` : this.rowPath(row),
            `Row ${row.number} (line ${row.line}) has no start time.`,
            { line: row.line },
          );
        }
        continue;
      }
      const times = splitTimeCell(start.text);
      if (!times) {
        problems.error(
          'invalid-time',
          start.path,
          `${quote(start.text)} in ${start.path} (line ${row.line}) is not a time such as "09:30", "9h30", "9:30 AM" or a range "9:30-10:15".`,
          { value: clip(start.text), line: row.line },
        );
        continue;
      }
      let date: string | undefined;
      if (times.date !== undefined) date = this.date({ text: times.date, path: start.path });
      else if (day) date = this.date(day);
      if (date === undefined && day === undefined && times.date === undefined) date = currentDay;
      if (date === undefined) {
        if (day === undefined && times.date === undefined) {
          problems.error(
            'missing-day',
            this.rowPath(row),
            `Row ${row.number} (line ${row.line}) has no day: add a day column, write the date above the rows (a row with only the date), or give the day of rows without one.`,
            { line: row.line },
          );
        }
        continue;
      }
      currentDay = date;
      if (title === undefined) {
        const where = this.columnPath('title');
        problems.error('missing-field', where ? `${where.split(':')[0]}${row.number}` : this.rowPath(row), `Row ${row.number} (line ${row.line}) has no title.`, {
          line: row.line,
        });
        continue;
      }
      this.item(row, date, times, title);
    }
    // Columns the user chose to skip (`null` in the columns option) are not reported.
    if (this.options.columns === undefined) this.reportUnmapped();
    if (builder.dayCount === 0 && problems.errors.length === 0) {
      problems.error('missing-field', '', 'No row has a start time and a title: there is no programme to import yet.');
    }
    problems.check();
    return { programme: builder.build(), format: 'csv', warnings: problems.warnings };
  }

  private item(row: ReadRow, date: string, times: { start: string; end?: string }, title: DraftText): void {
    const { problems, builder } = this;
    const zone = builder.timeZone;
    const start = localTime(date, times.start, zone) as TimePoint;
    let end: TimePoint | undefined;
    let endPath: string | undefined;
    const endCell = this.cell(row, 'end');
    const endText = times.end ?? (endCell ? splitTimeCell(endCell.text)?.start : undefined);
    if (endCell && endText === undefined && times.end === undefined) {
      problems.unusable(endCell.path, endCell.text, 'an end must be a time such as "10:30"');
    }
    if (endText !== undefined) {
      endPath = endCell?.path ?? this.cell(row, 'start')?.path;
      end = endText === '24:00' ? localTime(nextDate(date), '00:00', zone) : localTime(date, endText, zone);
      // 22:00–01:00: past midnight, when that makes a plausible length (at most 12 hours).
      if (end && end.instant <= start.instant) {
        const next = localTime(nextDate(date), endText, zone);
        if (next && next.instant - start.instant <= 12 * 3_600_000) end = next;
      }
    }
    let duration: number | undefined;
    const durationCell = this.cell(row, 'duration');
    if (durationCell) {
      const minutes = parseCellDuration(durationCell.text);
      if (minutes === undefined) {
        problems.unusable(durationCell.path, durationCell.text, 'a duration is a number of minutes ("45"), "1h30", "1:30" or "1.5 h"');
      } else duration = minutes * 60_000;
    }
    const typeCell = this.cell(row, 'type');
    const speakers = [...this.people(row, 'speakers', 'speaker'), ...this.people(row, 'moderators', 'moderator')];
    let type: ItemType;
    let typeTag: string | undefined;
    if (typeCell) {
      const mapped = typeOfWords(typeCell.text);
      type = mapped.type;
      typeTag = mapped.tag;
    } else {
      type = typeOfTitle(typeof title === 'string' ? title : (Object.values(title)[0] ?? '')) ?? (speakers.length > 0 ? 'talk' : 'other');
    }
    const languageCell = this.cell(row, 'language');
    const idCell = this.cell(row, 'id');
    const tags = this.cell(row, 'tags')?.text.split(/[,;|\n]/).map((tag) => tag.trim()) ?? [];
    builder.item({
      path: this.rowPath(row),
      id: idCell?.text,
      idHint: typeof title === 'string' ? title : Object.values(title)[0],
      type,
      start,
      end,
      endPath,
      duration,
      title,
      subtitle: this.texts(row, 'subtitle'),
      description: this.texts(row, 'description', true),
      speakers,
      room: this.cell(row, 'room')?.text,
      track: this.cell(row, 'track')?.text,
      language: languageCell ? languageTag(problems, languageCell.text, languageCell.path) : undefined,
      tags: [typeTag, ...tags],
      links: this.links(row),
    });
  }

  /** The speakers (or moderators) of a row: names separated by `;`, line breaks, `|` or commas. */
  private people(row: ReadRow, field: SpreadsheetField, role: SpeakerRole): (string | { key: string; role: SpeakerRole })[] {
    const cell = this.cell(row, field, true);
    if (!cell) return [];
    return splitPeople(cell.text).map(({ name, title }) => {
      const key = this.builder.speaker(`name:${name}`, { name, title }, cell.path);
      return role === 'speaker' ? key : { key, role };
    });
  }

  private links(row: ReadRow): (LinkInput | undefined)[] {
    const cell = this.cell(row, 'link');
    if (!cell) return [];
    return cell.text
      .split(/[\s,;|]+/)
      .filter(Boolean)
      .map((url) => link(this.problems, url, undefined, cell.path));
  }

  /** A translatable text of a row: one column, or one per language (a localised text). */
  private texts(row: ReadRow, field: SpreadsheetField, long = false): DraftText | undefined {
    const byLanguage: Record<string, string> = {};
    this.columns.forEach((column, index) => {
      if (column?.field !== field) return;
      const text = clean(row.cells[index] ?? '', long);
      if (text !== '') byLanguage[column.lang ?? this.language] = text;
    });
    const languages = Object.keys(byLanguage);
    if (languages.length === 0) return undefined;
    if (languages.length === 1 && languages[0] === this.language) return byLanguage[this.language];
    return byLanguage;
  }

  /** The trimmed text of a row's cell of `field` (the first such column), with its path; `undefined` when empty. */
  private cell(row: ReadRow, field: SpreadsheetField, lines = false): Cell | undefined {
    const index = this.columns.findIndex((column) => column?.field === field);
    if (index < 0) return undefined;
    const text = clean(row.cells[index] ?? '', lines);
    return text === '' ? undefined : { text, path: `${columnName(index)}${row.number}` };
  }

  private date(cell: Cell): string | undefined {
    const date = parseCellDate(cell.text, this.order, this.year);
    if (date) return date;
    const missingYear = lacksYear(cell.text);
    this.problems.error(
      'invalid-date',
      cell.path,
      missingYear
        ? `${quote(cell.text)} in ${cell.path} has no year, and no other date of the sheet has one: write the year once (e.g. "${cell.text} 2025").`
        : `${quote(cell.text)} in ${cell.path} is not a date such as "2025-03-04", "04/03/2025" or "4 March 2025".`,
      { value: clip(cell.text) },
    );
    return undefined;
  }

  /** The non-empty values of the first column of `field`. */
  private values(field: SpreadsheetField): string[] {
    const index = this.columns.findIndex((column) => column?.field === field);
    return index < 0 ? [] : this.data.map((row) => row.cells[index] ?? '').filter((value) => value.trim() !== '');
  }

  private columnPath(field: SpreadsheetField): string | undefined {
    const index = this.columns.findIndex((column) => column?.field === field);
    return index < 0 ? undefined : `${columnName(index)}:${columnName(index)}`;
  }

  private rowPath(row: ReadRow): string {
    return `${row.number}:${row.number}`;
  }

  /** A start and a title column are needed (a time range in one column gives the end too). */
  private checkColumns(): void {
    const headers = this.header?.map((cell) => cell.trim()).filter(Boolean) ?? [];
    const shown = headers.length ? ` The columns are: ${headers.map((cell) => quote(cell)).join(', ')}.` : '';
    for (const [field, what] of [
      ['start', 'the start times ("Start", "Début", "Beginn", "Inicio", "Inizio")'],
      ['title', 'the titles ("Title", "Titre", "Titel", "Título", "Titolo")'],
    ] as const) {
      if (!this.columns.some((column) => column?.field === field)) {
        this.problems.error('missing-field', '', `No column holds ${what}: name the column, or say which column it is.${shown}`, { field });
      }
    }
  }

  /** A column with values that no field takes is reported once, never dropped silently. */
  private reportUnmapped(): void {
    const width = Math.max(0, ...this.data.map((row) => row.cells.length));
    for (let index = 0; index < width; index++) {
      if (this.columns[index]) continue;
      const filled = this.data.filter((row) => (row.cells[index] ?? '').trim() !== '');
      if (filled.length === 0) continue;
      const name = this.header?.[index]?.trim();
      const label = name ? quote(name) : `column ${columnName(index)}`;
      this.problems.warn(
        'not-imported',
        `${columnName(index)}:${columnName(index)}`,
        `The column ${label} (${filled.length} ${filled.length === 1 ? 'value' : 'values'}) is not imported: it is not one of the known columns. Say what it holds to import it.`,
        { field: clip(name ?? columnName(index)), value: filled.length },
      );
    }
  }
}

/** A cell's text: trimmed, line endings normalised; one-line texts on one line. */
function clean(text: string, long: boolean): string {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  if (!long) return normalised.replace(/\s*\n\s*/g, ' ').trim();
  return normalised
    .split('\n')
    .map((part) => part.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Names in a speakers cell: separated by `;`, `|`, line breaks, or commas (a
 * comma inside parentheses stays); what follows a name in parentheses or
 * after a spaced dash is the speaker's title: `Ana García (Union Lab)`,
 * `Jean Dupont – CNRS`.
 */
export function splitPeople(text: string): { name: string; title?: string }[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  const separators = /[;|\n]/.test(text) ? /[;|\n]/ : /[;|\n,]/;
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    if ((char === ')' || char === ']') && depth > 0) depth--;
    if (depth === 0 && separators.test(char)) {
      pieces.push(current);
      current = '';
    } else current += char;
  }
  pieces.push(current);
  const people: { name: string; title?: string }[] = [];
  for (const piece of pieces) {
    const trimmed = piece.replace(/\s+/g, ' ').trim().replace(/^(?:and|et|und|y|e)\s+/i, '');
    if (trimmed === '') continue;
    const bracketed = /^(.*?)\s*[([]\s*(.*?)\s*[)\]]\s*$/.exec(trimmed);
    const dashed = /^(.*?)\s+[–—-]\s+(.*)$/.exec(trimmed);
    const [name, title] = bracketed ? [bracketed[1], bracketed[2]] : dashed ? [dashed[1], dashed[2]] : [trimmed, undefined];
    if (!name) continue;
    people.push(title ? { name: name.trim(), title: title.trim() } : { name: name.trim() });
  }
  return people;
}
