/**
 * Per-element localisation on top of @lit/localize.
 *
 * The lit-localize runtime keeps one active locale for the whole page, but two
 * widgets on one page may speak different languages. So we do not call
 * `configureLocalization`. Instead our own `msg` (branded like lit-localize's,
 * so `lit-localize extract` still finds every call) reads the templates of the
 * element that is rendering right now: `renderWith(locale, fn)` sets them
 * for the synchronous duration of one element's update.
 *
 * Locale modules are loaded on demand through a static map, so bundlers see
 * every module and a French page never downloads other languages.
 */
import type { msg as litMsg, str as litStr, TemplateMap } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { translate } from './translate.js';

/**
 * lit-localize's `str` tag, written here: importing it from `@lit/localize`
 * brings that package's page-wide runtime along (~1.3 KB of code the
 * elements never run). Typed as lit-localize's, so `lit-localize extract`
 * recognises its templates.
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true, strings, values })) as unknown as typeof litStr;

/** A UI locale the library has strings for. */
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

export const SOURCE_LOCALE: UiLocale = sourceLocale;
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

// One module per locale, each imported only when an element needs it. Keep
// the `import()` calls literal so bundlers see (and split) every module.
const loaders = new Map<string, () => Promise<{ templates: TemplateMap }>>([
  ['de', () => import('../generated/locales/de.js')],
  ['es', () => import('../generated/locales/es.js')],
  ['fr', () => import('../generated/locales/fr.js')],
  ['it', () => import('../generated/locales/it.js')],
]);

/** Locales registered by tests (see `registerLocaleForTesting`); never filled in production. */
const testLocales: string[] = [];

const loaded = new Map<string, TemplateMap>();
const loading = new Map<string, Promise<TemplateMap | undefined>>();

/** The locale of the element being rendered, and its translations (`undefined`: the English source). */
let activeLocale: string = sourceLocale;
let active: TemplateMap | undefined;

/**
 * Look up the translation of a message in the locale of the element being
 * rendered. Use it exactly like lit-localize's `msg`, inside `render()` (never
 * at module scope or in field initialisers).
 */
export const msg = ((template: Parameters<typeof translate>[1], options?: Parameters<typeof translate>[2]) =>
  translate(active, template, options)) as typeof litMsg;

/**
 * Run `fn` in `locale` (for one synchronous render): `msg` reads its
 * translations (once loaded; English until then) and `isSingular` its plural rules.
 */
export function renderWith<T>(locale: UiLocale, fn: () => T): T {
  const previous = [activeLocale, active] as const;
  activeLocale = locale;
  active = loaded.get(locale);
  try {
    return fn();
  } finally {
    [activeLocale, active] = previous;
  }
}

/**
 * The UI locale for a language tag: exact match, else its base language
 * (`fr-CA` → `fr`), else the source locale (English).
 */
export function uiLocaleFor(lang: string | null | undefined): UiLocale {
  const tag = (lang ?? '').trim().toLowerCase();
  const base = tag.split(/[-_]/)[0] ?? '';
  // Test-only locales match exactly (`el-x-pseudo` must not catch every `el-*`), before the base language.
  const registered = testLocales.find((l) => l.toLowerCase() === tag);
  if (registered) return registered as UiLocale;
  for (const candidate of [tag, base]) {
    const found = UI_LOCALES.find((l) => l.toLowerCase() === candidate);
    if (found) return found;
  }
  return SOURCE_LOCALE;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Whether `count` takes the singular (CLDR plural category `one`) in the
 * language `msg` is speaking right now: 1 in English, German, Spanish and
 * Italian; 0 and 1 in French. Call it inside render, like `msg`, to pick
 * between the two messages of a count — never `count === 1`:
 *
 *     isSingular(n) ? msg(str`${n} speaker`) : msg(str`${n} speakers`)
 *
 * Both messages keep the number, since the `one` message serves every number
 * of that category (French "0 intervenant"). The other categories our
 * languages have (`many`: millions in fr/es/it) read as plural.
 */
export function isSingular(count: number): boolean {
  let rules = pluralRules.get(activeLocale);
  if (!rules) {
    rules = new Intl.PluralRules(activeLocale);
    pluralRules.set(activeLocale, rules);
  }
  return rules.select(count) === 'one';
}

/**
 * INTERNAL, for tests only — not part of the package's API (the package's
 * `exports` do not reach this module), and never called by the library.
 *
 * Makes `code` a UI locale with `templates` (a module as `lit-localize build`
 * writes it), so tests can render the elements in a generated pseudo-locale
 * (`test/browser/i18n/pseudo-locale.test.ts`). `code` is matched exactly, and
 * must be a well-formed tag that is not one of the shipped locales (their
 * strings cannot be replaced this way).
 */
export function registerLocaleForTesting(code: string, templates: TemplateMap): void {
  if (UI_LOCALES.some((l) => l.toLowerCase() === code.toLowerCase())) {
    throw new Error(`registerLocaleForTesting: ${code} is a shipped locale`);
  }
  Intl.getCanonicalLocales(code);
  if (!testLocales.includes(code)) testLocales.push(code);
  loaded.set(code, templates);
}

/**
 * Adds `templates` to the translations of `locale`, once its own are loaded
 * (`loadLocale`): a catalogue of another part, such as the studio's, whose
 * strings the elements' bundles do not carry.
 */
export function addTranslations(locale: UiLocale, templates: TemplateMap): void {
  const own = loaded.get(locale);
  if (own) loaded.set(locale, { ...own, ...templates });
}

/** The translations of a locale if already loaded (`undefined` for the source locale). */
export function loadedTemplates(locale: UiLocale): TemplateMap | undefined {
  return loaded.get(locale);
}

/** Whether a locale can render right now without waiting for a module. */
export function isLocaleReady(locale: UiLocale): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
}

/**
 * Load a locale's translations once per page. Resolves to `undefined` for the
 * source locale, or when the module cannot be loaded (we then render English
 * rather than nothing).
 */
export function loadLocale(locale: UiLocale): Promise<TemplateMap | undefined> {
  if (locale === SOURCE_LOCALE) return Promise.resolve(undefined);
  const done = loaded.get(locale);
  if (done) return Promise.resolve(done);
  let pending = loading.get(locale);
  if (!pending) {
    const loader = loaders.get(locale);
    pending = (loader ? loader() : Promise.reject(new Error(`no strings for ${locale}`))).then(
      (module) => {
        loaded.set(locale, module.templates);
        return module.templates;
      },
      () => {
        loading.delete(locale);
        return undefined;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
