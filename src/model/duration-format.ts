/**
 * Durations in words, through `Intl.DurationFormat` where the runtime has it
 * (else `Intl.NumberFormat` and `Intl.ListFormat`). Apart from format.ts, as
 * only the timer uses them: a page without one does not download them.
 */
import { supportedLocale } from './format.js';

export type DurationStyle = 'long' | 'short' | 'narrow';

/** The parts of a duration that `Intl.DurationFormat` and the fallback both take. */
export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits milliseconds into whole hours, minutes and seconds (rounded to the second). */
export function durationParts(milliseconds: number): DurationParts {
  const totalSeconds = Math.round(milliseconds / 1000);
  return {
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}

/** The shape of `Intl.DurationFormat`, which not every runtime has (Node 20 does not). */
interface DurationFormatLike {
  format(duration: Partial<DurationParts>): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: DurationStyle }) => DurationFormatLike;

/**
 * A duration in words, e.g. "1 hour, 30 minutes" / "1 heure et 30 minutes".
 * Uses `Intl.DurationFormat` when the runtime has it, else the fallback below.
 * Zero parts are left out; a zero duration reads "0 minutes".
 *
 * @throws RangeError for a negative or non-finite duration.
 */
export function formatDuration(milliseconds: number, locale: string, style: DurationStyle = 'long'): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) {
    throw new RangeError(`Invalid duration: ${milliseconds} ms`);
  }
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  const parts = nonZeroParts(durationParts(milliseconds));
  if (typeof DurationFormat !== 'function') return formatDurationFallback(parts, locale, style);
  return new DurationFormat(supportedLocale(locale), { style }).format(parts);
}

function nonZeroParts(parts: DurationParts): Partial<DurationParts> {
  const result: Partial<DurationParts> = {};
  for (const unit of ['hours', 'minutes', 'seconds'] as const) {
    if (parts[unit] !== 0) result[unit] = parts[unit];
  }
  return Object.keys(result).length > 0 ? result : { minutes: 0 };
}

const UNITS = { hours: 'hour', minutes: 'minute', seconds: 'second' } as const;

/**
 * The fallback for runtimes without `Intl.DurationFormat`: each part with
 * `Intl.NumberFormat` in unit style, joined with `Intl.ListFormat` (unit list).
 */
export function formatDurationFallback(
  parts: Partial<DurationParts>,
  locale: string,
  style: DurationStyle = 'long',
): string {
  const language = supportedLocale(locale);
  const words = (Object.keys(UNITS) as (keyof DurationParts)[])
    .filter((unit) => parts[unit] !== undefined)
    .map((unit) => {
      const options = { style: 'unit', unit: UNITS[unit], unitDisplay: style } as const;
      return new Intl.NumberFormat(language, options).format(parts[unit] ?? 0);
    });
  return new Intl.ListFormat(language, { type: 'unit', style }).format(words);
}
