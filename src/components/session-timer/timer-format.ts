/**
 * How a session timer writes times: the ticking digits (`12:34`, `01:02:03`)
 * and the words of a far-away start ("in 3 days", "demain"), always through
 * `Intl`. DOM-free; formatters are cached, since every timer formats again
 * each second.
 */
import { cachedIntl as cached } from '../../model/format.js';
import { durationParts, type DurationParts } from '../../model/duration-format.js';
import type { Instant } from '../../model/types.js';
import type { FarAway } from './timer-state.js';

/** `locale` if `Intl` accepts it, else `en` (remembered: every timer asks each second). */
function safeLocale(locale: string): string {
  let safe = safeLocales.get(locale);
  if (safe === undefined) {
    try {
      safe = Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      safe = 'en';
    }
    safeLocales.set(locale, safe);
  }
  return safe;
}
const safeLocales = new Map<string, string>();
/** The digital duration formats by language, with and without hours (each timer formats each second). */
const digitalFormats = new Map<string, DigitalFormat>();
/** Digits already written, by format and value; a bound, not a tuning. */
const digitTexts = new Map<string, string>();
const MAX_DIGIT_TEXTS = 5_000;

/** How to round a duration to whole seconds: a countdown rounds up (it reads 00:00 at the end, not a second before). */
export type Rounding = 'up' | 'down';

interface DigitalFormat {
  format(duration: Partial<DurationParts>): string;
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
 */
export function formatDigits(milliseconds: number, locale: string, rounding: Rounding = 'up'): string {
  const parts = wholeSeconds(milliseconds, rounding);
  const DurationFormat = (Intl as unknown as { DurationFormat?: DigitalFormatConstructor }).DurationFormat;
  if (typeof DurationFormat !== 'function') return formatDigitsFallback(parts, locale);
  const language = safeLocale(locale);
  const key = `${parts.hours > 0 ? 'h' : 'm'} ${language}`;
  // Timers that end together show the same digits: each value is formatted once (DurationFormat is costly).
  const textKey = `${key} ${parts.hours}:${parts.minutes}:${parts.seconds}`;
  const known = digitTexts.get(textKey);
  if (known !== undefined) return known;
  let format = digitalFormats.get(key);
  if (!format) {
    format = parts.hours > 0
      ? new DurationFormat(language, { style: 'digital', hours: '2-digit' })
      : new DurationFormat(language, { style: 'digital', hoursDisplay: 'auto', minutes: '2-digit' });
    digitalFormats.set(key, format);
  }
  const text = format.format(parts);
  if (digitTexts.size >= MAX_DIGIT_TEXTS) digitTexts.clear();
  digitTexts.set(textKey, text);
  return text;
}

/** The same digits with `Intl.NumberFormat`, for runtimes without `Intl.DurationFormat`. */
export function formatDigitsFallback(parts: DurationParts, locale: string): string {
  const language = safeLocale(locale);
  const two = cached(['2-digit', language], () => new Intl.NumberFormat(language, { minimumIntegerDigits: 2, useGrouping: false }));
  const shown = parts.hours > 0 ? [parts.hours, parts.minutes, parts.seconds] : [parts.minutes, parts.seconds];
  return shown.map((value) => two.format(value)).join(':');
}

/** Hours, minutes and seconds of a non-negative duration, rounded to whole seconds. */
export function wholeSeconds(milliseconds: number, rounding: Rounding): DurationParts {
  const safe = Number.isFinite(milliseconds) ? Math.max(0, milliseconds) : 0;
  const seconds = rounding === 'up' ? Math.ceil(safe / 1000) : Math.floor(safe / 1000);
  return durationParts(seconds * 1000);
}

/** "in 3 days", "tomorrow", "dans 2 semaines", "après-demain"… with `Intl.RelativeTimeFormat`. */
export function formatFarAway(far: FarAway, locale: string): string {
  const language = safeLocale(locale);
  const format = cached(['relative', language], () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
  return format.format(far.value, far.unit);
}

/** A time of day in `timeZone` (hours and minutes), e.g. "8:45 AM" / "08:45". */
export function formatClockTime(instant: Instant, locale: string, timeZone: string): string {
  const language = safeLocale(locale);
  return cached(['time', language, timeZone], () => new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone })).format(instant);
}

/**
 * An instant with its date, e.g. "Jul 8, 2016, 1:30 PM" / "8 juil. 2016, 13:30",
 * for times that are not on today's date.
 */
export function formatDateTime(instant: Instant, locale: string, timeZone: string): string {
  const language = safeLocale(locale);
  return cached(['datetime', language, timeZone], () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone })).format(instant);
}

/**
 * A span with its date, as the locale writes a range, e.g.
 * "Friday, July 8, 2016, 8:45 AM – 1:30 PM" / "vendredi 8 juillet 2016, 08:45 – 13:30".
 * An empty span gives the start alone.
 */
export function formatSpan(start: Instant, end: Instant, locale: string, timeZone: string): string {
  const language = safeLocale(locale);
  const format = cached(['span', language, timeZone], () => new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone }));
  return end > start ? format.formatRange(start, end) : format.format(start);
}
