/**
 * SeminarElement: the base class of every element in the library.
 *
 * It gives each element a LocaleController and renders each update with the
 * element's own translations (see localize.ts), and it holds an update
 * back until the strings of the element's language are loaded, so a French
 * page never flashes English. Its SchemeController chooses light or dark
 * colours from the page behind the element (or `theme`).
 *
 * It also keeps keyboard focus from falling to `<body>` (RGAA 7.3, 12.8): when
 * an update removes the control that had focus (a button that hides itself or
 * its item, a state that replaces another), focus moves to the place the
 * element chose for that action (`moveFocusAfterUpdate`), else to its
 * `focusFallback()`.
 * Two guarantees for the host page live here too:
 * - an update never throws into the page: should one throw (a property given
 *   a kind of value no element expects), the element shows an error and
 *   fires `seminar-error` instead, and the next change of a property tries
 *   again;
 * - an element moved to another document (`adoptNode` into an iframe, and
 *   back) keeps its styles: constructed style sheets belong to the document
 *   they were made in, and adopting a node empties its shadow root's list, so
 *   they are given again, made for the new document, when it is connected
 *   there.
 *
 * It also makes every element render on the server and hydrate in the browser
 * (hydration.ts): each render is preceded, on the server and in the first
 * update of a server-rendered element, by the record of what it rendered from;
 * `currentTime()` and `viewerTimeZone()` give the server's view of the clock
 * and of the visitor until the element is hydrated.
 */
import { html, isServer, LitElement, render, type CSSResultOrNative, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, renderWith } from './localize.js';
import { LocaleController } from './locale-controller.js';
import { SchemeController } from './scheme.js';
import type { FormatOptions } from '../model/format.js';
import { emit, markLibraryElement } from '../events/emit.js';
import { SeminarErrorEvent } from '../events/seminar-error.js';
import { endHydration, hydrationOf, renderRecord, serverRecord, startHydration } from './hydration.js';
import { pendingOf } from './pending-work.js';

/** Whether the warning about missing hydration support was given (once per page). */
let warnedNoHydration = false;

/**
 * Whether Lit hydrates server-rendered shadow roots: its hydration support
 * was loaded before Lit, and patched `LitElement` (it gives the class an
 * `observedAttributes` of its own, for `defer-hydration`). Loaded after Lit,
 * the support sets its global but patches nothing. test/browser/ssr/ fails if
 * a release of the support stops doing this.
 */
const litHydrates = (): boolean => Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes');

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
  /** What the last update that threw said (reported once). */
  private broken: string | undefined;
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
    if (!this.hasUpdated && startHydration(this) && !litHydrates()) {
      // Without Lit's hydration support, Lit would add its content after the server's: draw it anew instead.
      this.shadowRoot?.replaceChildren();
      if (!warnedNoHydration) {
        warnedNoHydration = true;
        console.warn(
          `seminar-widgets: server-rendered <${this.localName}> drawn anew: import '@lit-labs/ssr-client/lit-element-hydrate-support.js' before Lit and the elements to keep its HTML (see docs/ssr.md).`,
        );
      }
    }
    super.connectedCallback();
    if (!isServer) adoptStylesFor(this, this.addedStyles);
  }

  /** Styles added to the class's own by `addStyles`, in the order they came. */
  private readonly addedStyles: CSSResultOrNative[] = [];

  /**
   * Adds `style` to this element's own, for good (in every document it is
   * drawn in): the styles of a part loaded on first use, adopted when its
   * code comes, before the part is drawn.
   */
  protected addStyles(style: CSSResultOrNative): void {
    if (this.addedStyles.includes(style)) return;
    this.addedStyles.push(style);
    if (!isServer) adoptStylesFor(this, this.addedStyles);
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.i18n.ready) await this.i18n.whenReady();
    // Hydrating: the first update renders what the server did, once the code that reads it has come.
    for (let work = hydrationOf(this) && pendingOf(this); work; work = hydrationOf(this) && pendingOf(this)) await work;
    await super.scheduleUpdate();
  }

  /**
   * Resolves once the element has rendered what it was given: after the code
   * that reads its programme has come (and an importer, for another format)
   * and the update that follows. Not after a fetch of `src`: listen for
   * `seminar-load` for that.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let work = pendingOf(this); work; work = pendingOf(this)) {
      await work;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Where focus goes after the next update, chosen by the action that causes it. */
  private focusAfter: (() => HTMLElement | null | undefined) | undefined;
  protected override performUpdate(): void {
    try {
      super.performUpdate();
      this.broken = undefined;
    } catch (error) {
      this.showBroken(error);
    }
  }

  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement ?? null;
    renderWith(this.i18n.locale, () => {
      super.update(changed);
    });
    const wanted = this.focusAfter;
    this.focusAfter = undefined;
    const lost = focused !== null && !focused.isConnected;
    if (wanted || lost) {
      const target = wanted?.() ?? (lost ? this.focusFallback() : null);
      target?.focus();
    }
    // The server's rendering is taken over: render the browser's own state next.
    if (hydrationOf(this)) {
      void this.updateComplete.then(() => {
        endHydration(this);
        this.requestUpdate();
      });
    }
  }

  /**
   * After the update this action causes, focus `target()` (when it gives an
   * element), or the fallback if the focused control went away.
   */
  protected moveFocusAfterUpdate(target: () => HTMLElement | null | undefined): void {
    this.focusAfter = target;
    this.requestUpdate();
  }

  /**
   * Where focus goes when the focused control disappeared and the action
   * named no place: by default the first control left, else the element's
   * outer box (rendered with `tabindex="-1"`).
   */
  protected focusFallback(): HTMLElement | null {
    const root = this.shadowRoot;
    if (!root) return null;
    return (
      root.querySelector<HTMLElement>('input, select, button, a[href], summary') ??
      root.querySelector<HTMLElement>('[tabindex="-1"]')
    );
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

  /** Shows that the update failed, and says so in `seminar-error` (once per distinct failure). */
  private showBroken(error: unknown): void {
    const message = describeError(error);
    try {
      renderWith(this.i18n.locale, () => {
        render(
          html`<div part="error" class="error" role="alert" lang=${this.i18n.locale}>
            <p class="error-title">${msg('This widget cannot be shown: one of its settings has a value it cannot use.')}</p>
            <p><code class="path">${message}</code></p>
          </div>`,
          this.renderRoot,
          this.renderOptions,
        );
      });
    } catch {
      // Nothing more can be shown; the page must still not see the error.
    }
    if (this.broken === message) return;
    this.broken = message;
    emit(this, new SeminarErrorEvent({ kind: 'invalid', errors: [{ code: 'invalid-type', path: '', message }] }));
  }
}

function describeError(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = 'an error';
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Style sheets made for documents other than the one the library was loaded in. */
const sheetsByDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

/**
 * Gives `element`'s shadow root its styles (the class's, then `added`) as
 * sheets of the document it is in now, unless it has them. Where the
 * document cannot make sheets (one without a window), nothing changes.
 */
function adoptStylesFor(element: LitElement, added: readonly CSSResultOrNative[]): void {
  const root = element.shadowRoot;
  if (!root) return;
  const sheets: CSSStyleSheet[] = [];
  for (const style of [...(element.constructor as typeof LitElement).elementStyles, ...added]) {
    const sheet = sheetFor(style, element.ownerDocument);
    if (!sheet) return;
    sheets.push(sheet);
  }
  const current = root.adoptedStyleSheets;
  if (current.length === sheets.length && current.every((sheet, index) => sheet === sheets[index])) return;
  try {
    root.adoptedStyleSheets = sheets;
  } catch {
    // A sheet of another document (should not happen): leave the styles as they are.
  }
}

function sheetFor(style: CSSResultOrNative, document: Document): CSSStyleSheet | undefined {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
  const view = document.defaultView;
  if (!view) return undefined;
  // Made in this window: the sheet Lit made is the one to use.
  if (own && own instanceof view.CSSStyleSheet) return own;
  let sheets = sheetsByDocument.get(document);
  if (!sheets) {
    sheets = new Map();
    sheetsByDocument.set(document, sheets);
  }
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    const text = style instanceof CSSStyleSheet ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n') : style.cssText;
    sheet.replaceSync(text);
    sheets.set(style, sheet);
  }
  return sheet;
}

/** The element's internals, where the browser (or a server-side shim) gives them. */
function attachInternals(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}
