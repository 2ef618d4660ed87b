/**
 * What a `<speaker-card>` needs when it shows a speaker from a programme: the
 * loading and validation machinery, the error view and report, and the parts only a
 * programme gives (biography, links, the sessions the speaker is in). The
 * card loads this module when it has a `speaker` or a source, so a card
 * given by attributes alone (a partner's blog) downloads none of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../internal/localize.js';
import { displayTimeZone, renderLongText, renderText, safeHref, textOf, type ContentLanguage } from '../../internal/content.js';
import { roleLabel } from '../../internal/role-label.js';
import { formatTimeRange } from '../../model/format.js';
import type { Item, Link, LocalisedText, Programme, SpeakerRole } from '../../model/types.js';

export * from '../../internal/programme-machinery.js';

/** Bios longer than this (characters) start collapsed. */
const LONG_BIO = 400;

/** What the programme says of the speaker beyond the attributes. */
export interface ProgrammeParts {
  name: string;
  bio?: LocalisedText;
  links: Link[];
  sessions: { item: Item; role: SpeakerRole; topic?: LocalisedText }[];
}

/** What the parts are drawn with, from the card. */
export interface PartsContext {
  programme: Programme;
  language: ContentLanguage;
  /** The tag for `Intl`. */
  locale: string;
  /** The card's `time-zone` setting. */
  timeZone: string;
  agendaHref: string | null;
  /** Heading level of the card's name. */
  level: number;
  bioExpanded: boolean;
  toggleBio(): void;
}

/** The biography, the links and the sessions, in that order. */
export function renderProgrammeParts(view: ProgrammeParts, ctx: PartsContext): TemplateResult {
  return html`${renderBio(view, ctx)} ${renderLinks(view, ctx)} ${renderSessions(view, ctx)}`;
}

function renderBio(view: ProgrammeParts, ctx: PartsContext): TemplateResult | typeof nothing {
  const text = textOf(view.bio, ctx.language);
  if (!text) return nothing;
  const long = text.length > LONG_BIO;
  const clamped = long && !ctx.bioExpanded;
  return html`<div part="bio" class="bio ${clamped ? 'clamped' : ''}" id="bio">
      ${renderLongText(view.bio, ctx.language)}
    </div>
    ${long
      ? html`<button
          type="button"
          class="toggle"
          aria-expanded=${String(ctx.bioExpanded)}
          aria-controls="bio"
          @click=${() => {
            ctx.toggleBio();
          }}
        >
          ${ctx.bioExpanded ? msg('Show less') : msg('Read the full biography')}
        </button>`
      : nothing}`;
}

function renderLinks(view: ProgrammeParts, ctx: PartsContext): TemplateResult | typeof nothing {
  const links = view.links.filter((link) => safeHref(link.url));
  if (!links.length) return nothing;
  return html`<ul part="links" class="links" aria-label=${msg(str`Links of ${view.name}`)}>
    ${links.map((link) => html`<li><a href=${link.url}>${linkLabel(link, ctx.language)}</a></li>`)}
  </ul>`;
}

function renderSessions(view: ProgrammeParts, ctx: PartsContext): TemplateResult | typeof nothing {
  const { programme } = ctx;
  if (!view.sessions.length) return nothing;
  const zone = displayTimeZone(ctx.timeZone, programme.event.timeZone);
  const options = { locale: ctx.locale, timeZone: zone };
  const day = new Intl.DateTimeFormat(ctx.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone });
  return html`<section part="sessions" class="sessions" aria-labelledby="sessions-title name">
    <div class="sessions-title" id="sessions-title" role="heading" aria-level=${Math.min(6, ctx.level + 1)}>
      ${msg('Speaking at')}
    </div>
    <ul>
      ${view.sessions.map(({ item, role, topic }) => {
        const title = renderText(item.title, ctx.language);
        const href = agendaLink(ctx.agendaHref, item.id);
        return html`<li>
          ${href ? html`<a href=${href}>${title}</a>` : html`<span class="session-title">${title}</span>`}
          ${topic ? html`— ${renderText(topic, ctx.language)}` : nothing}
          <br /><span class="when"
            ><time datetime=${new Date(item.start).toISOString()}>${day.format(item.start)},
              <span class="range">${formatTimeRange(item.start, item.end, options)}</span></time
            ></span
          >
          ${role === 'speaker' ? nothing : html`<span class="session-role">(${roleLabel(role)})</span>`}
        </li>`;
      })}
    </ul>
  </section>`;
}

function agendaLink(agendaHref: string | null, itemId: string): string | undefined {
  if (!agendaHref) return undefined;
  const id = encodeURIComponent(itemId);
  const href = agendaHref.includes('{id}') ? agendaHref.replaceAll('{id}', id) : `${agendaHref.split('#')[0] ?? ''}#item-${id}`;
  // Relative links are fine here (they stay on the host's site); refuse other schemes.
  return /^[a-z][a-z0-9+.-]*:/i.test(href) && !safeHref(href) ? undefined : href;
}

function linkLabel(link: Link, language: ContentLanguage): string {
  const label = textOf(link.label, language);
  if (label) return label;
  const url = new URL(link.url);
  return url.protocol === 'mailto:' ? url.pathname : url.hostname.replace(/^www\./, '');
}
