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

export interface FormatOptions {
  /** BCP 47 locale of the reader, e.g. `fr` or `en-CA`. */
  locale: string;
  /** IANA time zone to show times in, usually the event's. */
  timeZone: string;
}

export type DateStyle = 'full' | 'long' | 'medium' | 'short';
export type TimeZoneNameStyle = 'long' | 'short' | 'longGeneric' | 'shortGeneric' | 'longOffset' | 'shortOffset';

const FALLBACK_LOCALE = 'en';

const intlObjects = new Map<string, unknown>();

/**
 * One `Intl` object per key (its kind, locale and options), made on first use:
 * building one costs far more than using it, and widgets format on every
 * render (a timer every second). Shared by the elements.
 */
export function cachedIntl<T>(key: readonly unknown[], make: () => T): T {
  const id = JSON.stringify(key);
  let value = intlObjects.get(id) as T | undefined;
  if (value === undefined) {
    value = make();
    intlObjects.set(id, value);
  }
  return value;
}

/** A cached `Intl.DateTimeFormat` for `locale` and `options`. */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedIntl(['date-time', locale, options], () => new Intl.DateTimeFormat(supportedLocale(locale), options));
}

const supportedLocales = new Map<string, string>();

/**
 * `locale`, canonical, if it is a well-formed tag `Intl` accepts, else `en`.
 * Each tag is checked once (a timer formats every second); at most 100 are kept.
 */
export function supportedLocale(locale: string): string {
  let supported = supportedLocales.get(locale);
  if (supported === undefined) {
    try {
      supported = Intl.getCanonicalLocales(locale)[0] ?? FALLBACK_LOCALE;
    } catch {
      supported = FALLBACK_LOCALE;
    }
    if (supportedLocales.size < 100) supportedLocales.set(locale, supported);
  }
  return supported;
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

/** The name of a country in `locale` (`CA` → "Canada"), or undefined when unknown. */
export function formatCountry(code: string, locale: string): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(code)) return undefined;
  const upper = code.toUpperCase();
  if (upper === 'ZZ') return undefined;
  let names = countryNames.get(locale);
  if (!names) {
    const displayNames = new Intl.DisplayNames([supportedLocale(locale)], { type: 'region', fallback: 'none' });
    const known = new Map<string, string | undefined>();
    names = (region) => {
      if (!known.has(region)) known.set(region, displayNames.of(region));
      return known.get(region);
    };
    countryNames.set(locale, names);
  }
  return names(upper);
}

/**
 * Country names per locale as given, each looked up once: building an
 * `Intl.DisplayNames` costs far more than a lookup, and checking the tag and
 * looking up cost more than a map (an agenda asks per speaker and render).
 */
const countryNames = new Map<string, (region: string) => string | undefined>();

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
