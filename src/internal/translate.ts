/**
 * Finding a message's translation in a locale module written by
 * `lit-localize build` (src/generated/locales/*.js), and filling it in.
 *
 * @lit/localize's runtime does this in a module that is not part of its public
 * API, and keeps one locale for the whole page; two widgets of one page may
 * speak different languages, so we look the message up ourselves in the
 * templates of the element that renders (localize.ts). What we rely on is the
 * contract between `lit-localize extract`/`build` and the runtime:
 *
 * - a message's id is `s` (a string or a `str` template) or `h` (an `html`
 *   template) followed by the 64-bit FNV-1a hash, in hexadecimal, of its
 *   literal parts joined by U+001E, hashed over UTF-16 code units;
 * - a translated `str` or `html` template keeps, in `values`, the index of
 *   the source expression that goes in each place (translations may reorder).
 *
 * test/node/message-ids.test.mjs checks the ids against every unit of
 * locales/*.xlf, so a change of the tools' hashing fails `npm test`.
 */
import type { MsgOptions, StrResult, TemplateLike, TemplateMap } from '@lit/localize';
import type { TemplateResult } from 'lit';

/** Separates the literal parts of a template in the text that is hashed. */
const PART_SEPARATOR = '\x1e';

/**
 * The 64-bit FNV-1a hash of `text` (over UTF-16 code units), as 16 hex digits.
 * Computed in two 32-bit halves: the FNV prime is 2^40 + 435, so a product is
 * `x * 435` plus the low word shifted 8 bits into the high word.
 */
export function fnv1a64(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low = (low ^ text.charCodeAt(i)) >>> 0;
    const lowProduct = low * 435; // below 2^41: exact in a double
    high = (high * 435 + Math.floor(lowProduct / 0x1_0000_0000) + ((low << 8) >>> 0)) >>> 0;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

const isStr = (template: TemplateLike): template is StrResult => typeof template !== 'string' && 'strTag' in template;

/** Ids by template (a string, or the literal parts of a tagged template: the same array at every call of one call site). */
const ids = new Map<string | TemplateStringsArray, string>();

/** The id `lit-localize extract` gives the message `template`. */
export function messageId(template: TemplateLike): string {
  const key = typeof template === 'string' ? template : template.strings;
  let id = ids.get(key);
  if (id === undefined) {
    const prefix = typeof template === 'string' || isStr(template) ? 's' : 'h';
    id = prefix + fnv1a64(typeof key === 'string' ? key : key.join(PART_SEPARATOR));
    ids.set(key, id);
  }
  return id;
}

/** A `str` template's text, with `values` in the places `order` gives (source order without it). */
export function joinParts(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) text += String(values[order ? order[i - 1] : i - 1]) + strings[i];
  return text;
}

/**
 * `template` in the language of `templates` (a locale module's map), or in
 * the source language when `templates` is `undefined` or lacks the message.
 */
export function translate(templates: TemplateMap | undefined, template: TemplateLike, options?: MsgOptions): string | TemplateResult {
  const translated = templates?.[options?.id ?? messageId(template)];
  if (translated === undefined) return isStr(template) ? joinParts(template.strings, template.values) : template;
  if (typeof translated === 'string') return translated;
  // A translated template holds, in `values`, the index of the source expression for each place.
  const order = translated.values as readonly number[];
  const values = (template as StrResult | TemplateResult).values;
  if (isStr(translated)) return joinParts(translated.strings, values, order);
  return { ...translated, values: order.map((i) => values[i]) };
}
