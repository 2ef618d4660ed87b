/**
 * Rendering programme content: localised text (marked with its language when
 * it is a fallback), time zones; long text as DOM blocks is long-text.ts. Content is always
 * rendered as text — never as HTML — so nothing needs sanitising; every URL
 * goes through `safeUrl` (model/url.ts) before it becomes an `href` or `src`.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { localise } from '../model/text.js';
import { safeUrl } from '../model/url.js';
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

/**
 * What kind of programme text a value is. `text` (titles, descriptions, job
 * titles…) is in a known language: the one it is given in, or the
 * programme's `defaultLanguage` for a plain string. A `name` (organisations,
 * rooms, places) is a proper name: given as a plain string, its language is
 * not known (and RGAA 8.7 asks none for proper names), so it is never marked;
 * given per language, each version is marked like text.
 */
export type TextKind = 'text' | 'name';

/**
 * The one rule for marking the language of programme text in the UI: the
 * text in the best available language, and the `lang` it must be marked
 * with, if any — when it is known and differs from the language asked for or
 * from the UI's around it. Every element goes through this (directly or
 * through the helpers below), for visible text and for accessible names alike.
 */
export function contentOf(
  value: LocalisedText | undefined,
  language: ContentLanguage,
  kind: TextKind = 'text',
): { text: string; lang: string | undefined } | undefined {
  const resolved = localise(value, language.lang, language.defaultLanguage);
  if (!resolved) return undefined;
  const known = kind === 'text' || typeof value !== 'string';
  return { text: resolved.text, lang: known && marked(resolved.lang, language) ? resolved.lang : undefined };
}

/** The text in the best available language, or `undefined` (for search, sorting and file names: never shown as is). */
export function textOf(value: LocalisedText | undefined, language: ContentLanguage): string | undefined {
  return localise(value, language.lang, language.defaultLanguage)?.text;
}

/**
 * Localised text, marked by `contentOf`: the text itself, or a span with its
 * `lang` (screen readers switch voice). Plain text is returned as a string,
 * not a template: Lit renders it as the same text node without a template
 * instance to clone (an agenda renders thousands of these).
 */
export function renderText(
  value: LocalisedText | undefined,
  language: ContentLanguage,
  kind: TextKind = 'text',
): TemplateResult | string | typeof nothing {
  const content = contentOf(value, language, kind);
  if (!content) return nothing;
  return content.lang ? html`<span lang=${content.lang}>${content.text}</span>` : content.text;
}

/**
 * Text given by the host page itself (an attribute such as a timer's `label`
 * or a card's `job-title`): it is in the element's language, whatever the
 * programme's default is.
 */
export function hostText(value: string, language: ContentLanguage): LocalisedText {
  return { [language.lang]: value };
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

/**
 * A URL the host page wrote (an attribute such as `photo`), through the URL
 * gate against the element's document. On the server a relative URL stays as
 * written, when the gate lets it through: the browser resolves it against the page.
 */
export function hostUrl(element: Element, value: unknown, protocols?: readonly string[]): string | undefined {
  if (!isServer) return safeUrl(value, element.ownerDocument.baseURI, protocols);
  return typeof value === 'string' && safeUrl(value, 'https://server.invalid/', protocols) !== undefined ? value : undefined;
}
