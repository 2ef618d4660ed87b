/**
 * Long programme text (descriptions, bios) as DOM: paragraphs and bullet
 * lists, with `lang` when it needs one. Rendered as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseLongText } from '../model/long-text.js';
import { contentOf, type ContentLanguage } from './content.js';
import type { LocalisedText } from '../model/types.js';

/** Long text (paragraphs, bullet lists) as DOM, with `lang` when it needs one. */
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
  const content = contentOf(value, language);
  if (!content) return undefined;
  const blocks = parseLongText(content.text).map((block) =>
    block.type === 'paragraph'
      ? html`<p>${block.text}</p>`
      : html`<ul>
          ${block.items.map((item) => html`<li>${item}</li>`)}
        </ul>`,
  );
  return { blocks, lang: content.lang ?? nothing };
}
