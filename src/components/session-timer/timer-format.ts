/**
 * How a session timer writes times: the ticking digits (`12:34`, `01:02:03`)
 * and the words of a far-away start ("in 3 days", "demain"), always through
 * `Intl`. DOM-free; formatters are cached, since every timer formats again
 * each second.
 */
import { cachedIntl as cached, supportedLocale } from '../../model/format.js';
import { durationParts, formatDuration, type DurationParts } from '../../model/duration-format.js';
import type { Instant } from '../../model/types.js';
import type { FarAway } from './timer-state.js';

/** How to round a duration to whole seconds: a countdown rounds up (it reads 00:00 at the end, not a second before). */
export type Rounding = 'up' | 'down';

interface DigitalFormat {
  format(duration: Partial<DurationParts>): string;
  formatToParts?(duration: Partial<DurationParts>): { type: string; value: string; unit?: string }[];
  resolvedOptions?(): { numberingSystem?: string };
}
type DigitalFormatConstructor = new (
  locale: string,
  options: { style: 'digital'; hours?: '2-digit'; hoursDisplay?: 'auto'; minutes?: '2-digit' },
) => DigitalFormat;

/**
 * A duration as clock digits: `mm:ss` under an hour (`02:15`), `hh:mm:ss` from
 * an hour (`01:02:03`; hours go past 24 rather than turning into days).
 * `Intl.DurationFormat`'s digital style where the runtime has it, else
 * `Intl.NumberFormat` with two integer digits per part.
 *
 * `DurationFormat#format` costs ~90 µs a call (a thousand timers tick every
 * second): its pattern is read once per locale (the digits' numbering system,
 * the separators) and written with a `NumberFormat`, after checking on
 * samples that both write the same; else `DurationFormat` writes each one.
 */
export function formatDigits(milliseconds: number, locale: string, rounding: Rounding = 'up'): string {
  const parts = wholeSeconds(milliseconds, rounding);
  const DurationFormat = (Intl as unknown as { DurationFormat?: DigitalFormatConstructor }).DurationFormat;
  if (typeof DurationFormat !== 'function') return formatDigitsFallback(parts, locale);
  const withHours = parts.hours > 0;
  // Looked up by the locale as given (no key to build): this runs for every timer at every tick.
  const key = `${withHours ? 'h' : 'm'} ${locale}`;
  let fast = digitalWriters.get(key);
  if (!fast) {
    const language = supportedLocale(locale);
    fast = cached(['digital-fast', language, withHours], () => fastDigital(DurationFormat, language, withHours));
    if (digitalWriters.size < 100) digitalWriters.set(key, fast);
  }
  return fast(parts);
}

/** The digital writers by hours shown and locale as given. */
const digitalWriters = new Map<string, DigitalWriter>();

type DigitalWriter = (parts: DurationParts) => string;

/** A writer of `DurationFormat`'s digital style for `language`, as fast as `NumberFormat`, or `DurationFormat` itself. */
function fastDigital(DurationFormat: DigitalFormatConstructor, language: string, withHours: boolean): DigitalWriter {
  const format = withHours
    ? new DurationFormat(language, { style: 'digital', hours: '2-digit' })
    : new DurationFormat(language, { style: 'digital', hoursDisplay: 'auto', minutes: '2-digit' });
  const slow: DigitalWriter = (parts) => format.format(parts);
  try {
    const probe = { hours: withHours ? 1 : 0, minutes: 2, seconds: 3 };
    const pattern = format.formatToParts?.(probe);
    if (!pattern) return slow;
    const numberingSystem = format.resolvedOptions?.().numberingSystem;
    const two = new Intl.NumberFormat(language, {
      minimumIntegerDigits: 2,
      useGrouping: false,
      ...(numberingSystem ? { numberingSystem } : {}),
    });
    const fields: Record<string, keyof DurationParts> = { hour: 'hours', minute: 'minutes', second: 'seconds' };
    const tokens: ({ text: string } | { field: keyof DurationParts })[] = [];
    for (const part of pattern) {
      // One integer per unit, literals between: anything else is written by DurationFormat.
      const field = part.type === 'integer' && part.unit !== undefined ? fields[part.unit] : undefined;
      if (part.type === 'literal') tokens.push({ text: part.value });
      else if (field) tokens.push({ field });
      else return slow;
    }
    // 0–99 written once each: minutes and seconds never go past them.
    const written: string[] = [];
    const number = (value: number): string => (value < 100 ? (written[value] ??= two.format(value)) : two.format(value));
    const writer: DigitalWriter = (parts) => {
      let text = '';
      for (const token of tokens) text += 'text' in token ? token.text : number(parts[token.field]);
      return text;
    };
    const samples = withHours ? [[1, 0, 0], [12, 34, 56], [100, 5, 9]] : [[0, 0, 0], [0, 5, 3], [0, 59, 59]];
    for (const [hours, minutes, seconds] of samples) {
      const parts: DurationParts = { hours, minutes, seconds };
      if (writer(parts) !== format.format(parts)) return slow;
    }
    return writer;
  } catch {
    return slow;
  }
}

/** The same digits with `Intl.NumberFormat`, for runtimes without `Intl.DurationFormat`. */
export function formatDigitsFallback(parts: DurationParts, locale: string): string {
  const language = supportedLocale(locale);
  const two = cached(['2-digit', language], () => new Intl.NumberFormat(language, { minimumIntegerDigits: 2, useGrouping: false }));
  const shown = parts.hours > 0 ? [parts.hours, parts.minutes, parts.seconds] : [parts.minutes, parts.seconds];
  return shown.map((value) => two.format(value)).join(':');
}

/**
 * A duration in whole minutes, as the locale writes it short ("13 min",
 * "1 hr, 5 min"), for a timer without seconds (RGAA 13.8): a countdown rounds
 * up (it reads "1 min" in its last minute), the overtime down.
 */
export function formatMinutes(milliseconds: number, locale: string, rounding: Rounding = 'up'): string {
  const safe = Number.isFinite(milliseconds) ? Math.max(0, milliseconds) : 0;
  const minutes = rounding === 'up' ? Math.ceil(safe / 60_000) : Math.floor(safe / 60_000);
  return formatDuration(minutes * 60_000, supportedLocale(locale), 'short');
}

/** Hours, minutes and seconds of a non-negative duration, rounded to whole seconds. */
export function wholeSeconds(milliseconds: number, rounding: Rounding): DurationParts {
  const safe = Number.isFinite(milliseconds) ? Math.max(0, milliseconds) : 0;
  const seconds = rounding === 'up' ? Math.ceil(safe / 1000) : Math.floor(safe / 1000);
  return durationParts(seconds * 1000);
}

/** "in 3 days", "tomorrow", "dans 2 semaines", "après-demain"… with `Intl.RelativeTimeFormat`. */
export function formatFarAway(far: FarAway, locale: string): string {
  const language = supportedLocale(locale);
  const format = cached(['relative', language], () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
  return format.format(far.value, far.unit);
}

/**
 * An instant with its date, e.g. "Jul 8, 2016, 1:30 PM" / "8 juil. 2016, 13:30",
 * for times that are not on today's date.
 */
export function formatDateTime(instant: Instant, locale: string, timeZone: string): string {
  const language = supportedLocale(locale);
  return cached(['datetime', language, timeZone], () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone })).format(instant);
}

/**
 * A span with its date, as the locale writes a range, e.g.
 * "Friday, July 8, 2016, 8:45 AM – 1:30 PM" / "vendredi 8 juillet 2016, 08:45 – 13:30".
 * An empty span gives the start alone.
 */
export function formatSpan(start: Instant, end: Instant, locale: string, timeZone: string): string {
  const language = supportedLocale(locale);
  const format = cached(['span', language, timeZone], () => new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone }));
  return end > start ? format.formatRange(start, end) : format.format(start);
}
