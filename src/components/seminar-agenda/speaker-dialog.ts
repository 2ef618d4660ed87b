/**
 * The speaker dialog of `<seminar-agenda>`: its styles, the `<speaker-card>`
 * it shows and what a click inside it does. Loaded, with the card's code,
 * when a visitor first opens a speaker, not with the agenda: most visits
 * never do. The agenda draws the (closed) `<dialog>` itself and keeps its
 * state: which speaker, and where focus goes when it closes.
 */
import { css } from 'lit';
import { dependencyTag } from '../../internal/dependencies.js';
import type { SpeakerCard } from '../speaker-card/speaker-card.js';
import type { Programme } from '../../model/types.js';

/** The dialog's looks, added to the agenda's styles when this code comes (before the dialog opens). */
export const dialogStyles = css`
  .speaker-dialog {
    box-sizing: border-box;
    width: min(40em, calc(100% - 2em));
    max-width: none;
    max-height: calc(100% - 2em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_s2) var(--_s4) var(--_s4);
    background: var(--_surface);
    color: inherit;
  }
  .speaker-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  /* One surface: the card inside the dialog draws no box of its own. */
  .speaker-dialog .speaker-card::part(card) {
    border: 0;
    padding: 0;
    background: none;
  }
  .dialog-bar {
    display: flex;
    justify-content: end;
  }
  .close {
    font-size: 1.4em;
    line-height: 1;
    width: 2em;
    height: 2em;
    padding: 0;
  }
`;

/**
 * The dialog's card, made under the tag the page gave the card's class (a
 * subclass of the agenda may name its own in `static dependencies`): `current`
 * when it is already that one. A click on a link to an item of this page
 * (the card's sessions) gives its id to `onItem` instead of following it.
 */
export function dialogCard(agenda: HTMLElement, usual: typeof SpeakerCard, current: SpeakerCard | undefined, onItem: (id: string) => void): SpeakerCard {
  const tag = dependencyTag(agenda, 'speaker-card', usual);
  if (current?.localName === tag) return current;
  const Card = customElements.get(tag) as typeof SpeakerCard;
  const card = new Card();
  card.className = 'speaker-card';
  card.headingLevel = 2;
  card.addEventListener('click', (event) => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    // The card's links are absolute (`safeUrl` resolves them): this page's `#item-…` ones are the agenda's.
    const id = link && sameDocument(link) ? link.hash.match(/^#item-(.+)$/)?.[1] : undefined;
    if (!id) return;
    event.preventDefault();
    onItem(decodeURIComponent(id));
  });
  return card;
}

/** `card`, showing `speaker` of `programme` as the agenda does: its time zone, its language, session links to its items. */
export function showSpeaker(card: SpeakerCard, speaker: string, programme: Programme, agenda: { timeZone: string; lang: string; url: string }): SpeakerCard {
  card.programme = programme;
  card.speaker = speaker;
  card.timeZone = agenda.timeZone;
  card.agendaHref = `${agenda.url.split('#')[0] ?? ''}#item-{id}`;
  card.lang = agenda.lang;
  return card;
}

/** A click on the backdrop (outside the dialog's box) closes it, where `closedby` is not supported. */
export function closeOnBackdrop(event: MouseEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  if (event.target !== dialog) return;
  const box = dialog.getBoundingClientRect();
  const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
  if (!inside) dialog.close();
}

/** True for a link to a place in its own document (the agenda's `#item-…` links in a card). */
function sameDocument(link: HTMLAnchorElement): boolean {
  const page = link.ownerDocument.URL.split('#')[0];
  return link.href.split('#')[0] === page;
}
