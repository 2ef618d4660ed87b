/**
 * Rendering programme content: localised text (marked with its language when
 * it is a fallback), long text as DOM blocks, safe links, time zones. Content
 * is always rendered as text — never as HTML — so nothing needs sanitising.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { localise, parseLongText } from '../model/text.js';
import { isSafeUrl } from '../model/url.js';
import type { LocalisedText } from '../model/types.js';

/** Which language to show content in, and the programme's default. */
export interface ContentLanguage {
  lang: string;
  defaultLanguage: string;
  /**
   * The language of the UI around the content (the element's UI locale, set
   * as `lang` on its shadow container): English for a `pt` page. Content in
   * another language than this one or than `lang` is marked with its own `lang`.
   */
  ui: string;
}

/** The text in the best available language, or `undefined`. */
export function textOf(value: LocalisedText | undefined, language: ContentLanguage): string | undefined {
  return localise(value, language.lang, language.defaultLanguage)?.text;
}

/**
 * Localised text: the text itself, or a span when the text is a fallback in
 * another language than the widget's, or is not in the language of the UI
 * around it (a `pt` page gets an English UI but Portuguese content when the
 * programme has it): the span says so in `lang` (screen readers switch voice).
 * Plain text is returned as a string, not a template: Lit renders it as the
 * same text node without a template instance to clone (an agenda renders
 * thousands of these).
 */
export function renderText(value: LocalisedText | undefined, language: ContentLanguage): TemplateResult | string | typeof nothing {
  const resolved = localise(value, language.lang, language.defaultLanguage);
  if (!resolved) return nothing;
  return marked(resolved.lang, language) ? html`<span lang=${resolved.lang}>${resolved.text}</span>` : resolved.text;
}

/** Long text (paragraphs, bullet lists) as DOM, with `lang` when it is a fallback. */
export function renderLongText(value: LocalisedText | undefined, language: ContentLanguage): TemplateResult | typeof nothing {
  const text = longTextBlocks(value, language);
  if (!text) return nothing;
  return html`<div class="long-text" lang=${text.lang}>${text.blocks}</div>`;
}

/**
 * The parts of `renderLongText`, for a template that holds the
 * `<div class="long-text" lang=${lang}>${blocks}</div>` itself (one template
 * instance less per agenda item with a description).
 */
export function longTextBlocks(
  value: LocalisedText | undefined,
  language: ContentLanguage,
): { blocks: TemplateResult[]; lang: string | typeof nothing } | undefined {
  const resolved = localise(value, language.lang, language.defaultLanguage);
  if (!resolved) return undefined;
  const blocks = parseLongText(resolved.text).map((block) =>
    block.type === 'paragraph'
      ? html`<p>${block.text}</p>`
      : html`<ul>
          ${block.items.map((item) => html`<li>${item}</li>`)}
        </ul>`,
  );
  return { blocks, lang: marked(resolved.lang, language) ? resolved.lang : nothing };
}

/** `url` when it is an http, https or mailto URL; `undefined` for anything else (`javascript:`…). */
export function safeHref(url: string | undefined | null): string | undefined {
  return url && isSafeUrl(url) ? url : undefined;
}

/**
 * A URL given by the host page itself (an attribute such as `photo`): relative
 * URLs are fine there (they resolve against the page), other schemes are not.
 */
export function safeHostHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    // On the server a relative URL stays relative (the browser resolves it against the page).
    const absolute = new URL(url, isServer ? 'https://server.invalid/' : document.baseURI).href;
    return isSafeUrl(absolute) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Whether content in `lang` needs its own `lang` attribute. */
function marked(lang: string, language: ContentLanguage): boolean {
  return !sameLanguage(lang, language.lang) || !sameLanguage(lang, language.ui);
}

function sameLanguage(a: string, b: string): boolean {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  return base(a) === base(b);
}

/**
 * The IANA zone to show times in: `event` (default) is the programme's zone,
 * `local` the viewer's (`viewerZone`), anything else an IANA name (invalid
 * names fall back to the event's zone).
 */
export function displayTimeZone(setting: string | null | undefined, eventZone: string, viewerZone: string): string {
  if (!setting || setting === 'event') return eventZone;
  if (setting === 'local') return viewerZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: setting });
    return setting;
  } catch {
    return eventZone;
  }
}
