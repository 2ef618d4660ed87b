/**
 * A source's times as programme times (`TimePoint`): date-times with an
 * offset, local times on a date in the event's zone, clock durations.
 */
import type { Instant } from '../types.js';
import { parseIsoDate, parseLocalTime, parseOffsetDateTime, zonedDate, zonedToInstant } from '../time.js';
import { str } from './source-values.js';

/** When something happens, and how to write it in the programme. */
export interface TimePoint {
  instant: Instant;
  /** The calendar date in the event's zone. */
  date: string;
  /** `HH:MM` on `date` (local), or a date-time with offset (absolute). */
  text: string;
  local: boolean;
}

/**
 * A date-time with offset (`2019-08-21T11:00:00+02:00`); also accepted: a
 * space for `T`, an offset without colon (`+0200`). `undefined` otherwise.
 */
export function absoluteTime(value: unknown, timeZone: string): TimePoint | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const normalised = text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const parsed = parseOffsetDateTime(normalised);
  if (!parsed) return undefined;
  return { instant: parsed.instant, date: zonedDate(parsed.instant, timeZone), text: normalised, local: false };
}

/** A local time (`HH:MM` or `HH:MM:SS`) on `date` in `timeZone`; `undefined` if either is invalid. */
export function localTime(date: string, time: unknown, timeZone: string): TimePoint | undefined {
  const text = str(time);
  if (text === undefined || !parseIsoDate(date)) return undefined;
  const padded = /^\d:/.test(text) ? `0${text}` : text;
  if (!parseLocalTime(padded)) return undefined;
  const { instant } = zonedToInstant(date, padded, timeZone);
  return { instant, date, text: padded.length > 5 && padded.endsWith(':00') ? padded.slice(0, 5) : padded, local: true };
}

/** A local date-time without offset (`2019-10-10T09:00:00`, Sessionize) in `timeZone`. */
export function localDateTime(value: unknown, timeZone: string): TimePoint | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/.exec(text);
  return match ? localTime(match[1] ?? '', match[2], timeZone) : absoluteTime(text, timeZone);
}

/** The next calendar date: `2019-08-21` → `2019-08-22`. */
export function nextDate(date: string): string {
  const day = parseIsoDate(date);
  if (!day) return date;
  return new Date(Date.UTC(day.year, day.month - 1, day.day + 1)).toISOString().slice(0, 10);
}

/** A clock duration (`00:30`, `1:30`, `01:30:00`) in milliseconds; `undefined` if it is not one. */
export function clockDuration(value: unknown): number | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const match = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  if (!match) return undefined;
  return ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0)) * 1000;
}

/** Milliseconds as an ISO 8601 duration: `PT1H30M`. */
export function isoDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || seconds === 0 ? `${rest}S` : ''}`;
}
