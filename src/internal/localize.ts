/**
 * Per-element localisation on top of @lit/localize.
 *
 * The lit-localize runtime keeps one active locale for the whole page, but two
 * widgets on one page may speak different languages. So we do not call
 * `configureLocalization`. Instead our own `msg` (branded like lit-localize's,
 * so `lit-localize extract` still finds every call) reads the templates of the
 * element that is rendering right now: `renderWith(templates, fn)` sets them
 * for the synchronous duration of one element's update.
 *
 * Locale modules are loaded on demand through a static map, so bundlers see
 * every module and a French page never downloads other languages.
 */
import type { msg as litMsg } from '@lit/localize';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export { str } from '@lit/localize';

/** A UI locale the library has strings for. */
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

export const SOURCE_LOCALE: UiLocale = sourceLocale;
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

const loaders = new Map<string, () => Promise<{ templates: TemplateMap }>>([
  ['fr', () => import('../generated/locales/fr.js')],
]);

const loaded = new Map<string, TemplateMap>();
const loading = new Map<string, Promise<TemplateMap | undefined>>();

let active: TemplateMap | undefined;

/**
 * Look up the translation of a message in the locale of the element being
 * rendered. Use it exactly like lit-localize's `msg`, inside `render()` (never
 * at module scope or in field initialisers).
 */
export const msg = ((template: Parameters<typeof runtimeMsg>[1], options?: Parameters<typeof runtimeMsg>[2]) =>
  runtimeMsg(active, template, options)) as typeof litMsg;

/** Run `fn` with `templates` as the active translations (for one synchronous render). */
export function renderWith<T>(templates: TemplateMap | undefined, fn: () => T): T {
  const previous = active;
  active = templates;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/**
 * The UI locale for a language tag: exact match, else its base language
 * (`fr-CA` → `fr`), else the source locale (English).
 */
export function uiLocaleFor(lang: string | null | undefined): UiLocale {
  const tag = (lang ?? '').trim().toLowerCase();
  const base = tag.split(/[-_]/)[0] ?? '';
  for (const candidate of [tag, base]) {
    const found = UI_LOCALES.find((l) => l.toLowerCase() === candidate);
    if (found) return found;
  }
  return SOURCE_LOCALE;
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
