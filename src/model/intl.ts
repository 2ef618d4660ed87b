/**
 * The base of display formatting (format.ts): cached `Intl` objects, the
 * locale `Intl` accepts, and country names — what an element needs before it
 * has a programme (a speaker card given by attributes names a country but
 * formats no time).
 *
 * An invalid `locale` falls back to `en` (the elements pass whatever `lang`
 * they find on the page).
 */
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
