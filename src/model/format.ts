/**
 * Display formatting of dates, times, durations, countries and time zones,
 * always through `Intl` in the reader's locale: nothing here assembles a date
 * or a time by hand. Formatters are cached, since the elements format many
 * values with the same options.
 *
 * An invalid `locale` falls back to `en` (the elements pass whatever `lang`
 * they find on the page); an invalid `timeZone` throws a RangeError (the
 * programme's zone has been validated).
 */
import type { Instant } from './types.js';
import { cachedIntl, supportedLocale } from './intl.js';

export { cachedIntl, formatCountry, supportedLocale } from './intl.js';

export interface FormatOptions {
  /** BCP 47 locale of the reader, e.g. `fr` or `en-CA`. */
  locale: string;
  /** IANA time zone to show times in, usually the event's. */
  timeZone: string;
}

export type DateStyle = 'full' | 'long' | 'medium' | 'short';
export type TimeZoneNameStyle = 'long' | 'short' | 'longGeneric' | 'shortGeneric' | 'longOffset' | 'shortOffset';

/** A cached `Intl.DateTimeFormat` for `locale` and `options`. */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedIntl(['date-time', locale, options], () => new Intl.DateTimeFormat(supportedLocale(locale), options));
}

/** The date of `instant` in `opts.timeZone`, e.g. "Friday, July 8, 2016" / "vendredi 8 juillet 2016". */
export function formatDate(instant: Instant, opts: FormatOptions, style: DateStyle = 'full'): string {
  return dateTimeFormat(opts.locale, { dateStyle: style, timeZone: opts.timeZone }).format(instant);
}

/** The time of `instant` (hours and minutes), e.g. "9:15 AM" / "09:15". */
export function formatTime(instant: Instant, opts: FormatOptions): string {
  return dateTimeFormat(opts.locale, { timeStyle: 'short', timeZone: opts.timeZone }).format(instant);
}

/**
 * A time range, e.g. "9:15 – 10:30 AM" / "09:15 – 10:30", as the locale writes
 * it (`formatRange`); the dates are added when the range spans days. When
 * `end` is not after `start` (an open end), only the start time is given.
 */
export function formatTimeRange(start: Instant, end: Instant, opts: FormatOptions): string {
  if (!(end > start)) return formatTime(start, opts);
  const format = dateTimeFormat(opts.locale, { timeStyle: 'short', timeZone: opts.timeZone });
  let cache = formattedRanges.get(format);
  if (!cache) formattedRanges.set(format, (cache = new Map<string, string>()));
  const key = `${start} ${end}`;
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size >= MAX_CACHED_RANGES) cache.clear();
    text = format.formatRange(start, end);
    cache.set(key, text);
  }
  return text;
}

/**
 * Formatted ranges per formatter, by start and end. `formatRange` costs some
 * fifty times `format` (Chromium, Node), and an agenda formats the same
 * ranges again and again: parallel sessions share their slots, and every
 * re-render (a favourite, a filter) formats every item again.
 */
const formattedRanges = new WeakMap<Intl.DateTimeFormat, Map<string, string>>();
/** Ranges kept per formatter; the cache starts afresh beyond (a bound, not a tuning). */
const MAX_CACHED_RANGES = 10_000;

/**
 * The name of `timeZone` at `instant` in `locale`, e.g. "Central European
 * Summer Time" (style `long`, the default) or "Central European Time" (style
 * `longGeneric`). Undefined if `Intl` gives no name.
 */
export function formatTimeZoneName(
  timeZone: string,
  locale: string,
  instant: Instant,
  style: TimeZoneNameStyle = 'long',
): string | undefined {
  return dateTimeFormat(locale, { timeZone, timeZoneName: style })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
}
