/**
 * One programme item as the agenda shows it: time range, type badge, title,
 * speakers (each opening their card), room and track, description, and the
 * visitor's actions (favourite, add to calendar). Pauses read as pauses.
 *
 * The icons are written inline in the item's templates (decorative: the
 * buttons carry their names; drawn in the text colour): an `<svg>` inside
 * `html` is parsed as SVG, and no nested template has to be cloned per item.
 *
 * Inline styles are set through the CSSOM (`.style=`), never as a `style`
 * attribute: a strict Content-Security-Policy (no `'unsafe-inline'`) refuses
 * the attribute, not the CSSOM.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../internal/localize.js';
import { longTextBlocks, renderText, textOf, type ContentLanguage } from '../../internal/content.js';
import { formatCountry, formatTimeRange } from '../../model/format.js';
import type { Item } from '../../model/types.js';
import { roleLabel } from '../../internal/role-label.js';
import { typeLabel } from './labels.js';

export interface ItemContext {
  language: ContentLanguage;
  /** UI locale for Intl. */
  locale: string;
  /** Zone the times are shown in. */
  zone: string;
  /** Heading level of item titles. */
  level: number;
  /** Type badges are shown (not when every item has the same type: they would say nothing). */
  badges: boolean;
  isFavourite(id: string): boolean;
  isCurrent(id: string): boolean;
  /** Descriptions open (printing). */
  expanded: boolean;
  /** Grid placement, as an inline style, in the grid view. */
  placement?: string | undefined;
  /** In the grid view, the item spans several rooms (a plenary): its content stays in view when scrolled sideways. */
  wide?: boolean | undefined;
  onSpeaker(id: string, trigger: HTMLElement): void;
  onFavourite(id: string): void;
  onCalendar(id: string): void;
}

export function renderItem(item: Item, ctx: ItemContext): TemplateResult {
  const title = textOf(item.title, ctx.language) ?? '';
  const badge = typeLabel(item.type);
  // A badge that says something: not "Other", not the same on every item, not
  // the title again ("Debate" titled "Debate").
  const showBadge =
    ctx.badges && item.type !== 'other' && badge.toLocaleLowerCase(ctx.locale) !== title.trim().toLocaleLowerCase(ctx.locale);
  const current = ctx.isCurrent(item.id);
  const favourite = ctx.isFavourite(item.id);
  return html`<li
    part="item${item.pause ? ' pause' : ''}${current ? ' current' : ''}"
    class="item ${item.pause ? 'pause' : ''} ${current ? 'current' : ''} ${ctx.wide ? 'wide' : ''}"
    id="item-${item.id}"
    data-item-id=${item.id}
    data-type=${item.type}
    aria-current=${current ? 'time' : nothing}
    tabindex="-1"
    .style=${ctx.placement ?? ''}
  >
    <div class="when">
      <time datetime=${new Date(item.start).toISOString()}
        >${formatTimeRange(item.start, item.end, { locale: ctx.locale, timeZone: ctx.zone })}</time
      >
      ${current ? html`<span class="now-badge">${msg('Now')}</span>` : nothing}
    </div>
    <div class="what">
      ${showBadge ? html`<span part="badge" class="badge">${badge}</span>` : nothing}
      <div class="title" role="heading" aria-level=${ctx.level}>${renderText(item.title, ctx.language)}</div>
      ${item.subtitle ? html`<p class="subtitle">${renderText(item.subtitle, ctx.language)}</p>` : nothing}
      ${renderSpeakers(item, ctx)} ${renderWhere(item, ctx)} ${renderDescription(item, ctx)}
    </div>
    ${item.pause
      ? nothing
      : html`<div class="actions" part="actions">
          <button
            type="button"
            class="favourite"
            aria-pressed=${String(favourite)}
            aria-label=${msg(str`Keep "${title}" in my agenda`)}
            @click=${() => {
              ctx.onFavourite(item.id);
            }}
          >
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.1l-5.7 3.2 1.2-6.4-4.7-4.4 6.4-.8z"
                fill=${favourite ? 'currentColor' : 'none'}
                stroke="currentColor"
                stroke-width="1.8"
                stroke-linejoin="round"
              />
            </svg>
          </button>
          <button
            type="button"
            class="calendar"
            aria-label=${msg(str`Add "${title}" to my calendar`)}
            @click=${() => {
              ctx.onCalendar(item.id);
            }}
          >
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <rect x="3.5" y="5" width="17" height="15.5" rx="2" fill="none" stroke="currentColor" stroke-width="1.8" />
              <path d="M3.5 10h17M8 3v4M16 3v4M12 12.5v5M9.5 15h5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
            </svg>
          </button>
        </div>`}
  </li>`;
}

function renderSpeakers(item: Item, ctx: ItemContext): TemplateResult | typeof nothing {
  if (!item.speakers.length) return nothing;
  return html`<ul class="speakers" part="speakers">
    ${item.speakers.map(({ speaker, role, topic }) => {
      const org = textOf(speaker.organisation?.name, ctx.language);
      const country = speaker.country ? formatCountry(speaker.country, ctx.locale) : undefined;
      const details = [textOf(speaker.title, ctx.language), org, country].filter(Boolean).join(', ');
      const open = (event: Event) => {
        ctx.onSpeaker(speaker.id, event.currentTarget as HTMLElement);
      };
      const roleText = role === 'speaker' ? nothing : html` <span class="role">(${roleLabel(role)})</span>`;
      const topicText = topic ? html`<div class="topic">${renderText(topic, ctx.language)}</div>` : nothing;
      // Two templates rather than a nested one for the details most speakers have.
      return details
        ? html`<li>
        <button type="button" class="speaker" part="speaker" aria-haspopup="dialog" @click=${open}>
          ${speaker.name}</button
        >${roleText}<span class="details">, ${details}</span>
        ${topicText}
      </li>`
        : html`<li>
        <button type="button" class="speaker" part="speaker" aria-haspopup="dialog" @click=${open}>
          ${speaker.name}</button
        >${roleText}
        ${topicText}
      </li>`;
    })}
  </ul>`;
}

/** Room and track: one template for each combination (the usual item has both), none nested. */
function renderWhere(item: Item, ctx: ItemContext): TemplateResult | typeof nothing {
  const { room, track } = item;
  if (room && track) {
    return html`<p class="where">
    <span class="room">${renderText(room.name, ctx.language)}</span>
    <span class="track" .style=${track.color ? `--_track: ${track.color}` : ''}>${renderText(track.name, ctx.language)}</span>
  </p>`;
  }
  if (room) {
    return html`<p class="where">
    <span class="room">${renderText(room.name, ctx.language)}</span>
  </p>`;
  }
  if (track) {
    return html`<p class="where">
    <span class="track" .style=${track.color ? `--_track: ${track.color}` : ''}>${renderText(track.name, ctx.language)}</span>
  </p>`;
  }
  return nothing;
}

function renderDescription(item: Item, ctx: ItemContext): TemplateResult | typeof nothing {
  if (!item.description) return nothing;
  const text = longTextBlocks(item.description, ctx.language);
  // The long text's container is part of this template, not one nested in it.
  return text
    ? html`<details class="description" part="description" ?open=${ctx.expanded}>
    <summary>${msg('Details')}</summary>
    <div class="long-text" lang=${text.lang}>${text.blocks}</div>
  </details>`
    : html`<details class="description" part="description" ?open=${ctx.expanded}>
    <summary>${msg('Details')}</summary>
  </details>`;
}
