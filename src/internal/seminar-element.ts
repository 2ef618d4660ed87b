/**
 * SeminarElement: the base class of every element in the library.
 *
 * It gives each element a LocaleController and renders each update with the
 * element's own translations (see localize.ts), and it holds an update
 * back until the strings of the element's language are loaded, so a French
 * page never flashes English. Its SchemeController chooses light or dark
 * colours from the page behind the element (or `theme`).
 *
 * It also makes every element render on the server and hydrate in the browser
 * (hydration.ts): each render is preceded, on the server and in the first
 * update of a server-rendered element, by the record of what it rendered from;
 * `currentTime()` and `viewerTimeZone()` give the server's view of the clock
 * and of the visitor until the element is hydrated.
 */
import { html, isServer, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { renderWith } from './localize.js';
import { LocaleController } from './locale-controller.js';
import { SchemeController } from './scheme.js';
import type { FormatOptions } from '../model/format.js';
import { markLibraryElement } from '../events/emit.js';
import { endHydration, hydrationOf, renderRecord, serverRecord, startHydration } from './hydration.js';

/** Whether the warning about missing hydration support was given (once per page). */
let warnedNoHydration = false;

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
  /** On the server: the time this element renders at, the same for all its parts. */
  private serverTime: number | undefined;

  constructor() {
    super();
    // Elements drawn inside this one's shadow root stay silent (events/emit.ts).
    markLibraryElement(this);
    // Each element's own render, preceded by the hydration record (and, on the server, in its language).
    const render = this.render.bind(this);
    this.render = (): TemplateResult => {
      const content: unknown = isServer ? renderWith(this.i18n.locale, render) : render();
      const record = isServer ? serverRecord(this, this.i18n.lang, this.currentTime()) : hydrationOf(this);
      return html`${renderRecord(record)}${content}`;
    };
  }

  override connectedCallback(): void {
    // Before the controllers connect: they take their state from a server's record.
    if (!this.hasUpdated && startHydration(this) && !(globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport) {
      // Without Lit's hydration support, Lit would add its content after the server's: draw it anew instead.
      this.shadowRoot?.replaceChildren();
      if (!warnedNoHydration) {
        warnedNoHydration = true;
        console.warn(`seminar-widgets: server-rendered <${this.localName}> drawn anew: import '@lit-labs/ssr-client/lit-element-hydrate-support.js' first to keep its HTML (see docs/ssr.md).`);
      }
    }
    super.connectedCallback();
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.i18n.ready) await this.i18n.whenReady();
    await super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    renderWith(this.i18n.locale, () => {
      super.update(changed);
    });
    // The server's rendering is taken over: render the browser's own state next.
    if (hydrationOf(this)) {
      void this.updateComplete.then(() => {
        endHydration(this);
        this.requestUpdate();
      });
    }
  }

  /** Options for the model's formatting helpers in this element's language. */
  protected formatOptions(timeZone: string): FormatOptions {
    return { locale: this.i18n.formatLocale, timeZone };
  }

  /** True during the first update of an element rendered on the server: it renders what the server did. */
  protected get hydrating(): boolean {
    return hydrationOf(this) !== undefined;
  }

  /** Now (epoch ms): the time of the server's rendering while rendering on the server or hydrating. */
  protected currentTime(): number {
    if (isServer) return (this.serverTime ??= Date.now());
    return hydrationOf(this)?.now ?? Date.now();
  }

  /** The visitor's time zone; on the server and while hydrating, taken to be `eventZone`. */
  protected viewerTimeZone(eventZone: string): string {
    return isServer || hydrationOf(this) ? eventZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
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
