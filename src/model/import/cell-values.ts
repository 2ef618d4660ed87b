/**
 * Dates, times and durations as people type them in spreadsheets, in the five
 * languages: `2025-03-04`, `04/03/2025`, `4.3.25`, `mardi 4 mars 2025`,
 * `March 4, 2025`, an Excel date serial (`45720`); `9:30`, `9h30`, `9.30 Uhr`,
 * `9:30 AM`, a fraction of a day (`0.395833`, what a time cell holds); ranges
 * `9h30 – 10h45`; durations `45`, `45 min`, `1h30`, `1:30`, `1,5 h`, `PT45M`.
 * Month and weekday names come from `Intl`, not from a table here.
 */
import type { DateOrder } from './columns.js';
import { parseIsoDate } from '../time.js';
import { foldAccents } from '../suggest.js';

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it'];

/** Lowercase, no accents, no dots: `févr.` → `fevr`. */
function fold(text: string): string {
  return foldAccents(text)
    .replace(/\./g, '')
    .trim();
}

let monthNames: Map<string, number> | undefined;
let weekdayNames: Set<string> | undefined;

/** Month names (long and short) in the five languages, read from `Intl`, to their number. */
function months(): Map<string, number> {
  if (!monthNames) {
    monthNames = new Map();
    for (const lang of LANGUAGES) {
      for (const width of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(lang, { month: width, timeZone: 'UTC' });
        for (let month = 1; month <= 12; month++) {
          const name = fold(format.format(Date.UTC(2001, month - 1, 15)));
          if (!monthNames.has(name)) monthNames.set(name, month);
          // "sept" and "sep", "juil" and "jul": also the first three letters.
          if (name.length > 3 && !monthNames.has(name.slice(0, 3))) monthNames.set(name.slice(0, 3), month);
        }
      }
    }
  }
  return monthNames;
}

/** Weekday names (long and short) in the five languages, to be skipped in dates. */
function weekdays(): Set<string> {
  if (!weekdayNames) {
    weekdayNames = new Set();
    for (const lang of LANGUAGES) {
      for (const width of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
        // 2001-01-01 was a Monday.
        for (let day = 1; day <= 7; day++) weekdayNames.add(fold(format.format(Date.UTC(2001, 0, day))));
      }
    }
  }
  return weekdayNames;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(text) ? text : undefined;
}

/** A two-digit year: `25` → 2025, `98` → 1998 (within 50 years of 2000 + the window spreadsheets use). */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** Excel's day 0 (1899-12-30: the 1900 system, its phantom 29 February included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** The parts of an all-numeric date (`04/03/2025`), for deciding the order of a column. */
export function numericDateParts(value: string): [number, number, number] | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(value.trim());
  return match ? [Number(match[1]), Number(match[2]), fullYear(match[3] ?? '')] : undefined;
}

/**
 * The order of a column of dates: `dmy` when a first number is above 12,
 * `mdy` when a second one is, `undefined` when the values do not tell (all
 * at most 12) or contradict each other.
 */
export function dateOrderOf(values: readonly string[]): DateOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const parts = numericDateParts(value);
    if (!parts) continue;
    if (/^\d{1,2}\.\d{1,2}\./.test(value.trim())) dayFirst = true; // German dots are always day first.
    if (parts[0] > 12) dayFirst = true;
    if (parts[1] > 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return undefined;
  return dayFirst ? 'dmy' : 'mdy';
}

/**
 * A date cell as an ISO date; `undefined` when it is not one. `year` fills in
 * a date written without one (`vendredi 8 juillet`).
 */
export function parseCellDate(value: string, order: DateOrder, year?: number): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:[T ,].*)?$/.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3] ?? '')];
    if (order === 'ymd') return undefined;
    return order === 'mdy' ? isoDate(y, a, b) : isoDate(y, b, a);
  }
  // An Excel date serial (1950–2100), possibly with a time as the fraction.
  const serial = /^(\d{5})(?:[.,]\d+)?$/.exec(text);
  if (serial) {
    const days = Number(serial[1]);
    if (days >= 18_264 && days <= 73_415) return new Date(EXCEL_EPOCH + days * DAY).toISOString().slice(0, 10);
    return undefined;
  }
  return namedDate(text, year);
}

/** `mardi 4 mars 2025`, `March 4, 2025`, `4. März 2025`, `4 de marzo de 2025`, `4 marzo`. */
function namedDate(text: string, defaultYear: number | undefined): string | undefined {
  const words = fold(text)
    .replace(/(\d)(st|nd|rd|th|er|eme|°|º)\b/g, '$1')
    .split(/[\s,/-]+/)
    .filter((word) => word !== '' && word !== 'de' && word !== 'del' && word !== 'the' && word !== 'of' && word !== 'le');
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    if (weekdays().has(word)) continue;
    const named = months().get(word);
    if (named !== undefined && month === undefined) {
      month = named;
      continue;
    }
    if (/^\d{1,2}$/.test(word) && day === undefined) day = Number(word);
    else if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else if (/^\d{1,2}:\d{2}/.test(word) || /^\d{1,2}h\d{0,2}$/.test(word)) break; // a time after the date
    else return undefined;
  }
  year ??= defaultYear;
  if (day === undefined || month === undefined || year === undefined) return undefined;
  return isoDate(year, month, day);
}

/** A date cell that names a month but no year: the importer needs a year from elsewhere. */
export function lacksYear(value: string): boolean {
  return namedDate(value, 2000) !== undefined && namedDate(value, undefined) === undefined;
}

/** Lowercase, no accents, one space between words, `a.m.` as `am`; dots kept (`9.30`, `1.5 h`). */
function lower(text: string): string {
  return foldAccents(text)
    .replace(/\s+/g, ' ')
    .replace(/\b([ap])\.? ?m\.?$/, '$1m')
    .trim();
}

/** `HH:MM` (or `HH:MM:SS`) from a time as typed; `undefined` when it is not one. */
export function parseCellTime(value: string): string | undefined {
  const text = lower(value);
  if (text === '') return undefined;
  // A fraction of a day: what a time cell holds when exported as a number (0.395833 = 09:30).
  const fraction = /^0?[.,](\d+)$/.exec(text);
  if (fraction) {
    const seconds = Math.round(Number(`0.${fraction[1]}`) * 86_400);
    return clock(Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60);
  }
  const match = /^(\d{1,2})(?:\s?(?:[:.]|h)\s?(\d{2}))?(?:[:.](\d{2}))?\s?(h|uhr|am|pm)?$/.exec(text);
  if (!match) return undefined;
  const [, hourText, minuteText, secondText, suffix] = match;
  // A bare number is not a time ("12" could be anything): it needs minutes or a suffix.
  if (minuteText === undefined && suffix === undefined) return undefined;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  if (suffix === 'am' || suffix === 'pm') {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (suffix.startsWith('p') ? 12 : 0);
  }
  if (hour === 24 && minute === 0 && second === 0) return '24:00';
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return clock(hour, minute, second);
}

function clock(hour: number, minute: number, second: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}`;
}

/** Words and dashes between two times of a range, in the five languages. */
const RANGE_SEPARATOR = /\s*(?:-|–|—|−|\bto\b|\buntil\b|\bà\b|\ba\b|\bjusqu'?à\b|\bbis\b|\bal\b|\balle\b|\bhasta\b)\s*/i;

/**
 * A cell holding a start, or a range (`9h30 – 10h45`, `09:00 to 10:30`), or a
 * date and time (`2025-03-04 09:30`, `04/03/2025 9:30`): its parts.
 */
export function splitTimeCell(value: string): { date?: string; start: string; end?: string } | undefined {
  const text = value.trim();
  const dated = /^(.*?\d{2,4})[T ,]+(\d{1,2}[:h.]\d{2}.*)$/.exec(text);
  if (dated && /\d[-/.]\d|\d{5}|[a-z]{3}/i.test(dated[1] ?? '')) {
    const rest = splitTimeCell(dated[2] ?? '');
    return rest ? { ...rest, date: (dated[1] ?? '').trim() } : undefined;
  }
  const single = parseCellTime(text);
  if (single) return { start: single };
  const parts = text.split(RANGE_SEPARATOR).filter((part) => part !== '');
  if (parts.length !== 2) return undefined;
  let [from, to] = parts as [string, string];
  // "9 - 10h30", "2 - 3 pm": the suffix of the end applies to the start.
  const suffix = /(h|uhr|am|pm)$/i.exec(to.trim())?.[1];
  if (suffix && /^\d{1,2}$/.test(from.trim())) from = `${from.trim()}${suffix.toLowerCase() === 'uhr' ? ':00' : suffix}`;
  if (/^\d{1,2}$/.test(to.trim())) to = `${to.trim()}:00`;
  const start = parseCellTime(from);
  const end = parseCellTime(to);
  return start && end ? { start, end } : undefined;
}

/**
 * A duration as typed, in minutes: `45`, `45 min`, `45'`, `1h30`, `1 h 30`,
 * `1:30`, `1,5 h`, `1.5 hours`, `PT1H30M`, a fraction of a day (`0.0625`).
 * `undefined` when it is not one (or a bare decimal, `1.5`: hours or minutes?).
 */
export function parseCellDuration(value: string): number | undefined {
  const text = lower(value);
  if (text === '') return undefined;
  if (/^\d{1,4}$/.test(text)) return Number(text);
  const iso = /^pt(?:(\d+(?:[.,]\d+)?)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (iso && text !== 'pt') return Math.round(Number((iso[1] ?? '0').replace(',', '.')) * 60 + Number(iso[2] ?? 0) + Number(iso[3] ?? 0) / 60);
  const minutes = /^(\d{1,4})\s?(?:min|mins|minute|minutes|minuten|minuto|minutos|minuti|mn|m|')$/.exec(text);
  if (minutes) return Number(minutes[1]);
  const hours = /^(\d{1,2}(?:[.,]\d+)?)\s?(?:h|hr|hrs|hour|hours|heure|heures|std|stunde|stunden|hora|horas|ora|ore)$/.exec(text);
  if (hours) return Math.round(Number((hours[1] ?? '').replace(',', '.')) * 60);
  const hoursMinutes = /^(\d{1,2})\s?(?:h|:|hr|std)\s?(\d{2})(?:\s?(?:min|m|mn))?$/.exec(text);
  if (hoursMinutes) return Number(hoursMinutes[1]) * 60 + Number(hoursMinutes[2]);
  const fraction = /^0[.,](\d+)$/.exec(text);
  if (fraction) return Math.round(Number(`0.${fraction[1]}`) * 1440);
  return undefined;
}
