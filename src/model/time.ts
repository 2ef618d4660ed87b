/**
 * Dates, times, time zones and durations.
 *
 * Time-zone arithmetic uses only `Intl.DateTimeFormat` (the zone's offset at an
 * instant is read back with `formatToParts`): there are no hand-written DST rules.
 * Calendar arithmetic on plain dates uses `Date.UTC`, which has no zone.
 *
 * Formats accepted:
 * - dates: `YYYY-MM-DD`, a real calendar date, years 0001–9999;
 * - local times: `HH:MM` or `HH:MM:SS`, 00:00–23:59:59; `24:00` only where an
 *   end is allowed (it means the midnight that ends the day);
 * - date-times: `YYYY-MM-DDTHH:MM[:SS[.sss]]` followed by `Z` or `±HH:MM`
 *   (an offset is required: without one the instant would be ambiguous);
 * - durations: ISO 8601 `PnWnDTnHnMnS` (a day counts as 24 hours; years and
 *   months are refused, their length varies) or a number of minutes.
 */
import type { Instant } from './types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The largest distance from the epoch a `Date` can represent. */
const MAX_INSTANT = 8.64e15;

/**
 * The earliest and the latest instant a programme may hold: 0001-01-02T00:00Z
 * and 9999-12-30T23:59:59.999Z. A day inside the years 0001–9999 on each side,
 * so that every instant falls in those years in every time zone (offsets stay
 * under a day): the four-digit years of ISO 8601, iCalendar and JSON-LD, well
 * inside what `Date` and `Intl` hold.
 */
export const EARLIEST_INSTANT = -62_135_510_400_000;
export const LATEST_INSTANT = 253_402_214_399_999;

/** True for an instant between `EARLIEST_INSTANT` and `LATEST_INSTANT` (so not `NaN` or infinite). */
export function isInstantInRange(instant: number): boolean {
  return instant >= EARLIEST_INSTANT && instant <= LATEST_INSTANT;
}
/** 400 Gregorian years, in days: shifting by it keeps `Date.UTC` away from its 0–99 quirk. */
const DAYS_IN_400_YEARS = 146_097;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
  second: number;
}

/** How a local time maps to an instant in a zone. */
export type LocalTimeStatus = 'ok' | 'gap' | 'ambiguous';

export interface ZonedInstant {
  instant: Instant;
  /** `gap`: the time does not exist (DST starts); `ambiguous`: it exists twice (DST ends). */
  status: LocalTimeStatus;
}

/* ------------------------------------------------------------------ */
/* Time zones                                                         */
/* ------------------------------------------------------------------ */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter that reads the wall-clock fields of an instant in `timeZone`. */
export function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time zone `Intl` knows, such as `Europe/Paris` or `UTC`. */
export function isValidTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    wallClockFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Wall-clock fields by zone and instant. `formatToParts` is the costly step of
 * every conversion, and a programme meets the same instants many times: the
 * end of a slot is the start of the next, parallel rooms share their slots.
 */
const wallClocks = new Map<string, Readonly<CalendarDate & LocalTime>>();
/** Entries kept; the cache starts afresh beyond (a bound, not a tuning). */
const MAX_CACHED_WALL_CLOCKS = 20_000;

/** The wall-clock fields of `instant` in `timeZone` (shared: never modify them). */
export function wallClock(instant: Instant, timeZone: string): Readonly<CalendarDate & LocalTime> {
  const key = `${timeZone} ${instant}`;
  let cached = wallClocks.get(key);
  if (!cached) {
    const fields: Record<string, number> = {};
    for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    cached = {
      year: fields.year,
      month: fields.month,
      day: fields.day,
      hour: fields.hour % 24,
      minute: fields.minute,
      second: fields.second,
    };
    if (wallClocks.size >= MAX_CACHED_WALL_CLOCKS) wallClocks.clear();
    wallClocks.set(key, cached);
  }
  return cached;
}

/** The zone's offset from UTC at `instant`, in milliseconds (whole seconds). */
function utcOffsetMs(instant: Instant, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return utcFromFields(wallClock(wholeSecond, timeZone)) - wholeSecond;
}

/** The calendar date of `instant` in `timeZone`, as `YYYY-MM-DD`. */
export function zonedDate(instant: Instant, timeZone: string): string {
  return formatIsoDate(wallClock(instant, timeZone));
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `time`.
 *
 * A time skipped when DST starts (`gap`) is moved forward by the length of the
 * gap (02:30 on a day when clocks go from 02:00 to 03:00 gives 03:30), like
 * Temporal's `compatible` disambiguation. A time that happens twice when DST
 * ends (`ambiguous`) gives the earlier instant.
 *
 * @throws RangeError when the date, time or zone is not valid.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): ZonedInstant {
  const day = parseIsoDate(date);
  const clock = parseLocalTime(time, { allowEndOfDay: true });
  if (!day) throw new RangeError(`Invalid date "${date}": expected YYYY-MM-DD`);
  if (!clock) throw new RangeError(`Invalid time "${time}": expected HH:MM or HH:MM:SS`);
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Invalid time zone "${timeZone}"`);
  return wallToInstant(utcFromFields({ ...day, ...clock }), timeZone);
}

/** Resolves a wall-clock time (expressed as if it were UTC) to an instant in `timeZone`. */
function wallToInstant(wall: number, timeZone: string): ZonedInstant {
  // Fast path: the zone keeps one offset around this day, and the answer checks out.
  const steady = steadyOffset(wall, timeZone);
  if (steady !== undefined && utcOffsetMs(wall - steady, timeZone) === steady) {
    return { instant: wall - steady, status: 'ok' };
  }
  const offsetBefore = utcOffsetMs(wall - DAY, timeZone);
  const offsets = new Set([offsetBefore, utcOffsetMs(wall, timeZone), utcOffsetMs(wall + DAY, timeZone)]);
  const matches = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => instant + utcOffsetMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (matches.length === 0) return { instant: wall - offsetBefore, status: 'gap' };
  return { instant: matches[0], status: matches.length > 1 ? 'ambiguous' : 'ok' };
}

/** Per zone and day: the offset when it is the same a day before and two days after, else null. */
const steadyOffsets = new Map<string, number | null>();

/** The zone's offset around the day of `wall`, when no change of offset is near. */
function steadyOffset(wall: number, timeZone: string): number | undefined {
  const dayStart = Math.floor(wall / DAY) * DAY;
  const key = `${timeZone} ${dayStart}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const before = utcOffsetMs(dayStart - DAY, timeZone);
    offset = before === utcOffsetMs(dayStart + 2 * DAY, timeZone) ? before : null;
    steadyOffsets.set(key, offset);
  }
  return offset ?? undefined;
}

/* ------------------------------------------------------------------ */
/* Strict parsing                                                     */
/* ------------------------------------------------------------------ */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,3}))?(Z|[+-]\d{2}:\d{2})$/;

/** Parses `YYYY-MM-DD`; undefined unless it is a real calendar date (years 0001–9999). */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real `YYYY-MM-DD` calendar date. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

/**
 * Parses `HH:MM` or `HH:MM:SS` (00:00–23:59:59). With `allowEndOfDay`, `24:00`
 * and `24:00:00` are accepted too: the midnight that ends the day.
 */
export function parseLocalTime(
  value: string,
  options: { allowEndOfDay?: boolean } = {},
): LocalTime | undefined {
  const match = LOCAL_TIME.exec(value);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  if (hour === 24 && options.allowEndOfDay && minute === 0 && second === 0) {
    return { hour, minute, second };
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { hour, minute, second };
}

export interface OffsetDateTime {
  instant: Instant;
  /** The date as written (in the given offset, not necessarily in the event's zone). */
  date: string;
}

/**
 * Parses an ISO date-time with a `Z` or `±HH:MM` offset, e.g.
 * `2016-07-08T09:15:00+02:00`. A date-time without an offset is refused.
 */
export function parseOffsetDateTime(value: string): OffsetDateTime | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, dateText, timeText, fraction = '', offsetText] = match;
  const date = parseIsoDate(dateText);
  const time = parseLocalTime(timeText);
  const offset = parseOffset(offsetText);
  if (!date || !time || offset === undefined) return undefined;
  const millis = fraction === '' ? 0 : Number(fraction.padEnd(3, '0'));
  const instant = utcFromFields({ ...date, ...time }) + millis - offset;
  if (Math.abs(instant) > MAX_INSTANT) return undefined;
  return { instant, date: dateText };
}

/** `Z` → 0, `+05:30` → 5.5 h, in milliseconds. */
function parseOffset(text: string): number | undefined {
  if (text === 'Z') return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (hours * HOUR + minutes * MINUTE);
}

/* ------------------------------------------------------------------ */
/* Durations                                                          */
/* ------------------------------------------------------------------ */

const DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
const DURATION_UNITS = [7 * DAY, DAY, HOUR, MINUTE, 1000];

/**
 * A duration in milliseconds: an ISO 8601 duration (`PT45M`, `PT1H30M`,
 * `P1DT2H`, `PT90S`; weeks and days count as 7 × 24 and 24 hours; only the
 * last component may have a decimal fraction) or a non-negative number of
 * minutes. Undefined for anything else, including negative values and
 * durations in years or months (`P1Y`, `P1M`), whose length varies.
 */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    return checkedDuration(value * MINUTE);
  }
  if (typeof value !== 'string') return undefined;
  const match = DURATION.exec(value);
  if (!match || /T$/i.test(value)) return undefined;
  const components = match.slice(1);
  const present = components.filter((component) => component !== undefined);
  if (present.length === 0) return undefined;
  const fractional = present.findIndex((component) => /[.,]/.test(component));
  if (fractional !== -1 && fractional !== present.length - 1) return undefined;
  let total = 0;
  components.forEach((component, index) => {
    if (component !== undefined) {
      total += Number(component.replace(',', '.')) * DURATION_UNITS[index];
    }
  });
  return checkedDuration(total);
}

/** True for an ISO duration that uses years or months (refused: their length varies). */
export function usesCalendarUnits(value: string): boolean {
  return /^P/i.test(value) && /[YM]/i.test(value.split(/T/i)[0]);
}

function checkedDuration(milliseconds: number): number | undefined {
  const rounded = Math.round(milliseconds);
  return Number.isFinite(rounded) && rounded <= MAX_INSTANT ? rounded : undefined;
}

/* ------------------------------------------------------------------ */
/* Calendar helpers (no zone involved)                                */
/* ------------------------------------------------------------------ */

/** Milliseconds for these fields read as UTC; correct for years 0–99 too. */
function utcFromFields(fields: CalendarDate & LocalTime): number {
  const shifted = Date.UTC(
    fields.year + 400,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  return shifted - DAYS_IN_400_YEARS * DAY;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, in the proleptic Gregorian calendar `Date` uses. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_LENGTHS[month - 1];
}

function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
