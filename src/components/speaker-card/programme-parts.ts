/**
 * What a `<speaker-card>` shows only when it reads a programme: the bio, the
 * links and the sessions the speaker takes part in. Loaded with the programme
 * machinery (speaker-card.ts), so that a card given by attributes alone — a
 * name, a job title, a photo — downloads none of it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../internal/localize.js';
import { contentOf, renderText, textOf, type ContentLanguage } from '../../internal/content.js';
import { renderLongText } from '../../internal/long-text.js';
import { safeUrl } from '../../model/url.js';
import { formatTimeRange, type FormatOptions } from '../../model/format.js';
import { roleLabel } from '../../internal/role-label.js';
import type { Item, Link, LocalisedText, Programme, SpeakerRole } from '../../model/types.js';

/**
 * The looks of the bio, the links and the sessions: added to the card's
 * styles when this code comes, before any of them is drawn (on the server,
 * ssr.ts renders them with the card's own).
 */
export const partsStyles = css`
  .bio {
    margin-top: var(--_s3);
  }
  .bio p,
  .bio ul {
    margin: 0 0 var(--_s2);
  }
  .bio.clamped .long-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .toggle {
    background: none;
    border: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1) var(--_s4);
    list-style: none;
    padding: 0;
    margin: var(--_s3) 0 0;
  }
  .sessions {
    margin-top: var(--_s3);
  }
  .sessions-title {
    margin: 0 0 var(--_s1);
    font-size: var(--_t-sm);
    font-weight: bold;
    color: var(--_muted);
  }
  .sessions ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sessions li + li {
    margin-top: var(--_s2);
  }
  .when,
  .session-role {
    color: var(--_muted);
    font-size: var(--_t-sm);
  }
  .when {
    font-variant-numeric: tabular-nums;
  }
  .range {
    white-space: nowrap;
  }
`;

/** Bios longer than this (characters) start collapsed. */
const LONG_BIO = 400;

/** A speaker's session: the item, their role in it and their topic. */
export interface Session {
  item: Item;
  role: SpeakerRole;
  topic?: LocalisedText;
}

/** What the parts need of the card that draws them. */
export interface CardContext {
  language: ContentLanguage;
  /** The locale of dates and times. */
  formatLocale: string;
  bioExpanded: boolean;
  toggleBio(): void;
  /** The link to an item in the agenda, if the card has one. */
  agendaLink(itemId: string): string | undefined;
}

/** The items a speaker takes part in, with their role and topic, in time order. */
export function sessionsOf(programme: Programme, speakerId: string): Session[] {
  return programme.items.flatMap((item) =>
    item.speakers
      .filter((entry) => entry.speaker.id === speakerId)
      .map((entry) => ({ item, role: entry.role, ...(entry.topic ? { topic: entry.topic } : {}) })),
  );
}

export function renderBio(bio: LocalisedText | undefined, card: CardContext): TemplateResult | typeof nothing {
  const text = textOf(bio, card.language);
  if (!text) return nothing;
  const long = text.length > LONG_BIO;
  const clamped = long && !card.bioExpanded;
  return html`<div part="bio" class="bio ${clamped ? 'clamped' : ''}" id="bio">${renderLongText(bio, card.language)}</div>
    ${long
      ? html`<button
          type="button"
          class="toggle"
          aria-expanded=${String(card.bioExpanded)}
          aria-controls="bio"
          @click=${() => {
            card.toggleBio();
          }}
        >
          ${card.bioExpanded ? msg('Show less') : msg('Read the full biography')}
        </button>`
      : nothing}`;
}

export function renderLinks(name: string, links: readonly Link[], card: CardContext): TemplateResult | typeof nothing {
  const shown = links.flatMap((link) => {
    const href = safeUrl(link.url);
    return href ? [{ href, label: linkLabel(link, href, card.language) }] : [];
  });
  if (!shown.length) return nothing;
  return html`<ul part="links" class="links" aria-label=${msg(str`Links of ${name}`)}>
    ${shown.map((link) => html`<li><a href=${link.href} lang=${link.label.lang ?? nothing}>${link.label.text}</a></li>`)}
  </ul>`;
}

/** "Speaking at": the sessions, in `zone`, under a name of heading level `level`. */
export function renderSessions(sessions: readonly Session[], level: number, zone: string, card: CardContext): TemplateResult | typeof nothing {
  if (!sessions.length) return nothing;
  const options: FormatOptions = { locale: card.formatLocale, timeZone: zone };
  const day = new Intl.DateTimeFormat(card.formatLocale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone });
  // Not a named <section>: a region landmark per card would crowd a page of cards.
  // Under a level-6 name, "Speaking at" cannot be a heading one level below.
  return html`<div part="sessions" class="sessions">
    <div class="sessions-title" role=${level < 6 ? 'heading' : nothing} aria-level=${level < 6 ? level + 1 : nothing}>
      ${msg('Speaking at')}
    </div>
    <ul>
      ${sessions.map(({ item, role, topic }) => {
        const title = renderText(item.title, card.language);
        const href = card.agendaLink(item.id);
        return html`<li>
          ${href ? html`<a href=${href}>${title}</a>` : html`<span class="session-title">${title}</span>`}
          ${topic ? html`— ${renderText(topic, card.language)}` : nothing}
          <br /><span class="when"
            ><time datetime=${new Date(item.start).toISOString()}>${day.format(item.start)},
              <span class="range">${formatTimeRange(item.start, item.end, options)}</span></time
            ></span
          >
          ${role === 'speaker' ? nothing : html`<span class="session-role">(${roleLabel(role)})</span>`}
        </li>`;
      })}
    </ul>
  </div>`;
}

/** A link's label (marked with its language when it needs one), else the site's host name or the e-mail address. */
function linkLabel(link: Link, href: string, language: ContentLanguage): { text: string; lang: string | undefined } {
  const label = contentOf(link.label, language);
  if (label?.text) return label;
  const url = new URL(href);
  return { text: url.protocol === 'mailto:' ? url.pathname : url.hostname.replace(/^www\./, ''), lang: undefined };
}
