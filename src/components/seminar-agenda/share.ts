/**
 * "Share my agenda": the panel that gives a link to the visitor's starred
 * items (in the URL fragment: nothing is sent to any server), copies it and
 * shows it as a QR code; and the question a visitor who opens such a link is
 * asked before those items join their own favourites. Loaded when a visitor
 * first opens the panel or a shared link (most visitors never do); the
 * element keeps the state and does the work (see seminar-agenda.ts).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { isSingular, msg, str } from '../../internal/localize.js';
import { renderText, type ContentLanguage } from '../../internal/content.js';
import type { Item } from '../../model/types.js';
import type { QrDrawing } from './qr-code.js';

export { sharedFragment } from './url-state.js';

/** The looks of the panel and the question, added to the agenda's styles when this code comes (before either is drawn). */
export const shareStyles = css`
  .share-panel,
  .share-offer {
    margin: var(--_s1) 0 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .share-offer {
    margin: var(--_s2) 0;
    border: 2px solid var(--_accent);
  }
  .share-panel p,
  .share-offer p {
    margin: 0 0 0.5em;
  }
  .share-offer-title {
    font-weight: bold;
  }
  .share-link {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .share-link input {
    font: inherit;
    max-width: 100%;
  }
  .share-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0;
  }
  .shared-items {
    margin: 0 0 0.5em;
    max-height: 12em;
    overflow: auto;
  }
  .qr {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0;
  }
  .qr svg {
    width: min(14rem, 100%);
    height: auto;
    forced-color-adjust: none;
  }
  .qr figcaption {
    flex: 1 1 12em;
    overflow-wrap: anywhere;
  }
`;

/** The QR code code: loaded when a visitor first asks for a QR code. Tests replace `load`. */
export const qrCode = { load: () => import('./qr-code.js') };

/** What the agenda says about sharing, outside of render (evaluate in the element's language). */
export const shareText = {
  opened: () => msg('A shared agenda was opened: the question whether to add its items is at the top of the programme.'),
  added: (count: number) => msg(str`Added to your agenda: ${count}.`),
  copied: () => msg('Link copied.'),
  copyFailed: () => msg('The link could not be copied: it is selected, copy it with your keyboard or menu.'),
};

/** The question for the shared `ids`: the items this programme has (in its order), and the ids it does not. */
export function shareOffer(items: readonly Item[], ids: readonly string[], isFavourite: (id: string) => boolean): ShareOffer {
  const shared = new Set(ids);
  const known = items.filter((item) => shared.has(item.id));
  const found = new Set(known.map((item) => item.id));
  return { known, already: known.filter((item) => isFavourite(item.id)).length, unknown: ids.filter((id) => !found.has(id)) };
}

/** A shared agenda that was opened: what the question offers. */
export interface ShareOffer {
  /** The shared items this programme has, in time order. */
  known: Item[];
  /** How many of them are already among the favourites. */
  already: number;
  /** The shared ids this programme does not have (reported, never dropped silently). */
  unknown: string[];
}

/** The question asked when a shared agenda is opened: add its items, or not. */
export function renderShareOffer(
  offer: ShareOffer,
  options: { language: ContentLanguage; list: (values: string[]) => { type: string; value: string }[]; onAccept: () => void; onRefuse: () => void },
): TemplateResult {
  const count = offer.known.length;
  return html`<div class="share-offer" part="share-offer" role="group" aria-labelledby="share-offer-title">
    <p id="share-offer-title" class="share-offer-title">${msg('A shared agenda')}</p>
    ${count
      ? html`<p>${isSingular(count) ? msg(str`This link shares ${count} item. Add it to your agenda?`) : msg(str`This link shares ${count} items. Add them to your agenda?`)}</p>
          <ul class="shared-items">
            ${offer.known.map((item) => html`<li>${renderText(item.title, options.language)}</li>`)}
          </ul>
          ${offer.already ? html`<p>${msg(str`Already in your agenda: ${offer.already}.`)}</p>` : nothing}`
      : html`<p>${msg('None of the items of this shared agenda is in this programme.')}</p>`}
    ${offer.unknown.length
      ? html`<p class="unknown-items">${msg(html`Not in this programme (removed, or from another programme): ${ids(options.list(offer.unknown))}.`)}</p>`
      : nothing}
    <div class="share-actions">
      ${count
        ? html`<button type="button" class="accept-share" @click=${options.onAccept}>${msg('Add to my agenda')}</button>
            <button type="button" class="refuse-share" @click=${options.onRefuse}>${msg('No, thanks')}</button>`
        : html`<button type="button" class="refuse-share" @click=${options.onRefuse}>${msg('Close')}</button>`}
    </div>
  </div>`;
}

/** Ids in a list of the visitor's language ("a, b and c"), each as code. */
function ids(parts: { type: string; value: string }[]): unknown[] {
  return parts.map((part) => (part.type === 'element' ? html`<code>${part.value}</code>` : part.value));
}

/** What the share panel shows of the QR code. */
export type QrState = QrDrawing | 'hidden' | 'loading' | 'too-long' | 'failed';

/** The share panel: the link, "Copy the link", the QR code and what became of them. */
export function renderSharePanel(options: {
  url: string;
  status: string;
  qr: QrState;
  onCopy: () => void;
  onQr: () => void;
}): TemplateResult {
  const { url, qr } = options;
  const shown = qr !== 'hidden';
  return html`<div class="share-panel" id="share-panel" part="share">
    <p class="share-hint">${msg('Anyone who opens this link can add your starred items to their own agenda. The link holds their ids only; nothing is sent to a server.')}</p>
    <label class="share-link"
      >${msg('Link to my agenda')}
      <input
        type="text"
        readonly
        spellcheck="false"
        .value=${url}
        @focus=${(event: Event) => {
          (event.target as HTMLInputElement).select();
        }}
    /></label>
    <div class="share-actions">
      <button type="button" class="copy-link" @click=${options.onCopy}>${msg('Copy the link')}</button>
      <button type="button" class="show-qr" aria-expanded=${String(shown)} @click=${options.onQr}>${msg('QR code')}</button>
    </div>
    <p class="share-status" role="status">${options.status}</p>
    ${typeof qr === 'object'
      ? html`<figure class="qr">
          <svg role="img" aria-label=${msg('QR code of the link to my agenda')} viewBox=${`0 0 ${qr.size} ${qr.size}`} shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff"></rect><path d=${qr.path} fill="#000"></path>
          </svg>
          <figcaption><code>${url}</code></figcaption>
        </figure>`
      : qr === 'loading'
        ? html`<p class="qr-wait">${msg('Drawing the QR code…')}</p>`
        : qr === 'too-long'
          ? html`<p class="notice">${msg('Too many items for a QR code: share the link instead.')}</p>`
          : qr === 'failed'
            ? html`<p class="notice">${msg('The QR code could not be loaded. Try again later.')}</p>`
            : nothing}
  </div>`;
}
