/**
 * SeminarElement: the base class of every element in the library.
 *
 * It gives each element a LocaleController and renders each update with the
 * element's own translations (see localize.ts), and it holds an update
 * back until the strings of the element's language are loaded, so a French
 * page never flashes English. Its SchemeController chooses light or dark
 * colours from the page behind the element (or `theme`).
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { renderWith } from './localize.js';
import { LocaleController } from './locale-controller.js';
import { SchemeController } from './scheme.js';
import type { FormatOptions } from '../model/format.js';
import { markLibraryElement } from '../events/emit.js';

export abstract class SeminarElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /** `light` or `dark`: draw that scheme, on a surface of its own, whatever the page; absent follows the page. */
  theme: 'light' | 'dark' | null = null;

  /** The language machinery: `i18n.lang` for content, `i18n.locale` for UI strings, `i18n.formatLocale` for Intl. */
  protected readonly i18n = new LocaleController(this);
  /** Light or dark, as the element draws now: also its custom state, `:state(light)` or `:state(dark)`. */
  protected readonly colours = new SchemeController(this, attachInternals(this));

  constructor() {
    super();
    // Elements drawn inside this one's shadow root stay silent (events/emit.ts).
    markLibraryElement(this);
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.i18n.ready) await this.i18n.whenReady();
    await super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    renderWith(this.i18n.locale, () => {
      super.update(changed);
    });
  }

  /** Options for the model's formatting helpers in this element's language. */
  protected formatOptions(timeZone: string): FormatOptions {
    return { locale: this.i18n.formatLocale, timeZone };
  }
}

/** The element's internals, where the browser (or a server-side shim) gives them. */
function attachInternals(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}
