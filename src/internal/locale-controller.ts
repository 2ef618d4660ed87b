/**
 * LocaleController: which language an element speaks, and keeping it current.
 *
 * Resolution order: the element's own `lang`, else the nearest ancestor's
 * `lang` (crossing shadow roots), else `<html lang>`, else English. Changes to
 * any `lang` attribute in the document are watched by one shared
 * MutationObserver, so a site's language switcher works without a reload.
 *
 * Every element of the library uses this controller (through SeminarElement).
 *
 * On the server, an element cannot see the page around it: its language is
 * its own `lang` attribute (else English), and the strings of that language
 * must be loaded before rendering (`seminar-widgets/ssr.js` loads them all).
 * While it hydrates, an element speaks the language the server rendered in
 * (hydration.ts), then the one of the page.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { afterHydration, hydrationOf } from './hydration.js';
import type { TemplateMap } from '@lit/localize';
import { SOURCE_LOCALE, isLocaleReady, loadLocale, loadedTemplates, uiLocaleFor, type UiLocale } from './localize.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(target: Node): void {
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The language tag in force for `element`, from its own `lang` up to `<html>`. */
export function resolveLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang && lang.trim()) return lang.trim();
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/**
 * The region whose formats a language without one follows. The English UI is
 * written in British English ("programme", "organiser", "colour"), so English
 * without a region writes dates and times the British way too ("Friday
 * 8 July 2016", "09:30"); a page that says `en-US` gets American dates.
 */
const DEFAULT_REGION: Readonly<Record<string, string>> = { en: 'en-GB' };

/**
 * `lang` (canonical) when its language is `locale`'s, else `locale`; a bare
 * language takes its default region (`en` → `en-GB`): see {@link LocaleController.formatLocale}.
 */
export function formatLocaleFor(lang: string, locale: string): string {
  let chosen = locale;
  try {
    const [tag] = Intl.getCanonicalLocales(lang);
    if (tag && tag.split('-')[0] === locale) chosen = tag;
  } catch {
    // Not a well-formed tag: the UI locale.
  }
  return DEFAULT_REGION[chosen] ?? chosen;
}

/** Locales already reported missing on the server (once each). */
const missingOnServer = new Set<string>();

/** On the server: the element's own `lang`, and its UI locale if its strings are loaded (else English, said once). */
function serverLanguage(host: Element): { lang: string; locale: UiLocale } {
  const lang = host.getAttribute('lang')?.trim() || 'en';
  const locale = uiLocaleFor(lang);
  if (isLocaleReady(locale)) return { lang, locale };
  if (!missingOnServer.has(locale)) {
    missingOnServer.add(locale);
    console.warn(
      `seminar-widgets: the strings of "${locale}" are not loaded on the server, so <${host.localName} lang="${lang}"> renders English. Import 'seminar-widgets/ssr.js' (it loads every language) before rendering.`,
    );
  }
  return { lang, locale: SOURCE_LOCALE };
}

export class LocaleController implements ReactiveController {
  /** The resolved language tag (e.g. `fr-CA`, `pt`): used to pick programme content. */
  get lang(): string {
    return isServer ? serverLanguage(this.host).lang : this.resolved.lang;
  }
  /** The UI locale the library has strings for (`en`, `fr`, `de`, `es`, `it`): used for UI text. */
  get locale(): UiLocale {
    return isServer ? serverLanguage(this.host).locale : this.resolved.locale;
  }
  private resolved: { lang: string; locale: UiLocale } = { lang: 'en', locale: 'en' };
  /** The language is the one of a server rendering being hydrated. */
  private pinned = false;
  /**
   * The tag given to `Intl` for dates, times, numbers, lists and names: `lang`
   * itself when it is a regional form of the UI language (`en-GB` writes
   * "Friday 8 July 2016, 09:30", `fr-CA` "9 h 30"), else the UI locale, so that
   * dates never speak another language than the interface around them (a `pt`
   * page has an English UI, and English dates).
   */
  get formatLocale(): string {
    if (this.formatFor[0] !== this.lang || this.formatFor[1] !== this.locale) {
      this.formatFor = [this.lang, this.locale, formatLocaleFor(this.lang, this.locale)];
    }
    return this.formatFor[2];
  }
  /** The last `formatLocale`, with the `lang` and `locale` it was derived from. */
  private formatFor: [lang: string, locale: string, tag: string] = ['en', 'en', formatLocaleFor('en', 'en')];
  private readonly host: Host;
  private generation = 0;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** True once the UI strings of `locale` are loaded and the host can render. */
  get ready(): boolean {
    return isLocaleReady(this.locale);
  }

  /** Resolves when the strings of the current locale are loaded (or known to be missing). */
  async whenReady(): Promise<void> {
    while (!this.ready) {
      const locale = this.locale;
      const templates = await loadLocale(locale);
      if (!templates && locale === this.locale) this.resolved = { ...this.resolved, locale: SOURCE_LOCALE };
    }
  }

  /** Translations for the current locale (`undefined` = the English source). */
  get templates(): TemplateMap | undefined {
    return loadedTemplates(this.locale);
  }

  hostConnected(): void {
    controllers.add(this);
    watch(this.host.ownerDocument.documentElement);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) watch(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-resolve the language; request an update when it changed (after loading its strings). */
  refresh(): void {
    const record = hydrationOf(this.host);
    if (record && !this.pinned) {
      // Hydrated: from now on, the language of the page.
      this.pinned = true;
      afterHydration(this.host, () => {
        this.pinned = false;
        this.refresh();
      });
    }
    const lang = record?.lang ?? resolveLanguage(this.host);
    if (lang === this.lang && this.ready) return;
    const locale = uiLocaleFor(lang);
    const generation = ++this.generation;
    this.resolved = { lang, locale };
    if (isLocaleReady(locale)) {
      this.host.requestUpdate();
      return;
    }
    void loadLocale(locale).then((templates) => {
      if (generation !== this.generation) return;
      // Strings that cannot be loaded: speak English rather than nothing.
      if (!templates) this.resolved = { ...this.resolved, locale: SOURCE_LOCALE };
      this.host.requestUpdate();
    });
  }
}
