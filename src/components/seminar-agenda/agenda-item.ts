/**
 * One programme item as the agenda shows it: time range, status and type
 * badges, title, speakers (each opening their card), room and track, links,
 * description, and the visitor's actions (favourite, add to calendar). Pauses
 * read as pauses; a cancelled item stays, struck through and said in words.
 *
 * The icons are written inline in the item's templates (decorative: the
 * buttons carry their names; drawn in the text colour): an `<svg>` inside
 * `html` is parsed as SVG, and no nested template has to be cloned per item.
 * An icon button's name is a span inside it, invisible and of no size, that
 * it names with `aria-labelledby` (a hidden element so named still gives its
 * text; the title in it keeps its `lang`): visually hidden text (positioned
 * and clipped) made two layers per item that the browser walks at each frame
 * and each pointer hit test, the whole list long.
 *
 * Inline styles are set through the CSSOM (`.style=`), never as a `style`
 * attribute: a strict Content-Security-Policy (no `'unsafe-inline'`) refuses
 * the attribute, not the CSSOM.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '../../internal/localize.js';
import { joinParts } from '../../internal/translate.js';
import { contentOf, renderText, textOf, type ContentLanguage } from '../../internal/content.js';
import { longTextBlocks } from '../../internal/long-text.js';
import { safeUrl } from '../../model/url.js';
import { cachedIntl, formatCountry, formatDate, formatTime, formatTimeRange } from '../../model/format.js';
import type { ItemMark } from './live-marks.js';
import type { Item, Link, Speaker } from '../../model/types.js';
import { roleLabel } from '../../internal/role-label.js';
import type { Distinction } from './agenda-data.js';
import { linkKindLabel, statusLabel, typeLabel } from './labels.js';

export interface ItemContext {
  language: ContentLanguage;
  /** UI locale for Intl. */
  locale: string;
  /** Zone the times are shown in. */
  zone: string;
  /** Heading level of item titles; `undefined`: they are not headings (the outline is too deep). */
  level: number | undefined;
  /** What tells the item apart from others with the same title, if any. */
  distinction(id: string): Distinction | undefined;
  /** Type badges are shown (not when every item has the same type: they would say nothing). */
  badges: boolean;
  isFavourite(id: string): boolean;
  isCurrent(id: string): boolean;
  /** The time the agenda shows (the clock, or its `now`): a recording is offered once its item has ended. */
  now: number;
  /** Descriptions open (printing). */
  expanded: boolean;
  /** What just changed in the item, when the programme is followed. */
  markOf(id: string): ItemMark | undefined;
  /** Grid placement, as an inline style, in the grid view. */
  placement?: string | undefined;
  /** In the grid view, the item spans several rooms (a plenary): its content stays in view when scrolled sideways. */
  wide?: boolean | undefined;
  /** Open or close the item's "add to calendar" menu (Escape in the menu; clicks go through `itemAction`). */
  onCalendar(id: string): void;
  /** Whether the item's "add to calendar" menu is open. */
  calendarOpen(id: string): boolean;
  /** Its links to the calendar services, once their code is loaded. */
  calendarLinks(item: Item): CalendarLinks | undefined;
}

/**
 * What a click in an item asks for: its star, its "add to calendar" button,
 * the `.ics` file of its menu, or one of its speakers. The agenda listens
 * once for every item (a listener per button, and its closure, for hundreds
 * of items weighed on the page's memory and were bound anew at each redraw).
 */
export type ItemAction =
  | { kind: 'favourite' | 'calendar' | 'ics'; item: string }
  | { kind: 'speaker'; item: string; speaker: string; trigger: HTMLElement };

/**
 * The `ItemAction` of a click heard by the agenda (its host: clicks in its
 * shadow root reach it, retargeted), if it was on one of the buttons of an
 * item drawn in `root`: not in the page's own content of the element, not in
 * a card's shadow root.
 */
export function itemAction(event: Event, root: ShadowRoot | null): ItemAction | undefined {
  const [target] = event.composedPath();
  const button = target instanceof Element ? target.closest<HTMLElement>('button') : null;
  const item = button?.getRootNode() === root ? button?.closest<HTMLElement>('li.item')?.dataset['itemId'] : undefined;
  if (!button || item === undefined) return undefined;
  const speaker = button.dataset['speakerId'];
  if (speaker !== undefined) return { kind: 'speaker', item, speaker, trigger: button };
  const kind = (['favourite', 'calendar', 'ics'] as const).find((name) => button.classList.contains(name));
  return kind && { kind, item };
}

/** "Add to calendar" links of an item, by service. */
export type CalendarLinks = Record<'google' | 'outlook' | 'office365', string>;

export function renderItem(item: Item, ctx: ItemContext): TemplateResult {
  const title = textOf(item.title, ctx.language) ?? '';
  const badge = typeLabel(item.type);
  // A badge that says something: not "Other", not the same on every item, not
  // the title again ("Debate" titled "Debate").
  const showBadge =
    ctx.badges && item.type !== 'other' && badge.toLocaleLowerCase(ctx.locale) !== title.trim().toLocaleLowerCase(ctx.locale);
  const cancelled = item.status === 'cancelled';
  const current = !cancelled && ctx.isCurrent(item.id);
  const favourite = ctx.isFavourite(item.id);
  const titleText = renderText(item.title, ctx.language);
  // Items that share their title are told apart by their time (and date, room) in the heading and button names.
  const details = distinguishing(item, ctx);
  const name = asText(details ? msg(html`“${titleText}” (${details})`) : msg(html`“${titleText}”`));
  const status = statusLabel(item.status);
  const mark = ctx.markOf(item.id);
  const calendarOpen = !cancelled && ctx.calendarOpen(item.id);
  return html`<li
    part="item${item.pause ? ' pause' : ''}${current ? ' current' : ''}${cancelled ? ' cancelled' : ''}${mark ? ' changed' : ''}"
    class="item ${item.pause ? 'pause' : ''} ${current ? 'current' : ''} ${ctx.wide ? 'wide' : ''} ${item.status} ${mark ? 'changed' : ''}"
    id="item-${item.id}"
    data-item-id=${item.id}
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
      ${mark ? renderMark(mark, ctx) : nothing}
      ${status ? html`<span part="status" class="status-badge">${status}</span>` : nothing}
      ${showBadge ? html`<span part="badge" class="badge">${badge}</span>` : nothing}
      <div class="title" role=${ctx.level ? 'heading' : nothing} aria-level=${ctx.level ?? nothing}>
        ${titleText}${details ? html`<span class="visually-hidden"> (${details})</span>` : nothing}
      </div>
      ${item.subtitle ? html`<p class="subtitle">${renderText(item.subtitle, ctx.language)}</p>` : nothing}
      ${renderSpeakers(item, ctx)} ${renderWhere(item, ctx)} ${item.links.length ? renderLinks(item, current, ctx) : nothing}
      ${renderDescription(item, ctx)}
    </div>
    ${item.pause
      ? nothing
      : html`<div class="actions" part="actions">
          <button
            type="button"
            class="favourite"
            aria-pressed=${String(favourite)}
            aria-labelledby="keep-${item.id}"
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
            <span id="keep-${item.id}" class="icon-name">${asText(msg(html`Keep ${name} in my agenda`))}</span>
          </button>
          ${cancelled
            ? nothing
            : html`<button
                type="button"
                class="calendar"
                aria-expanded=${String(calendarOpen)}
                aria-controls="calendar-${item.id}"
                aria-labelledby="add-${item.id}"
              >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <rect x="3.5" y="5" width="17" height="15.5" rx="2" fill="none" stroke="currentColor" stroke-width="1.8" />
                  <path d="M3.5 10h17M8 3v4M16 3v4M12 12.5v5M9.5 15h5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
                </svg>
                <span id="add-${item.id}" class="icon-name">${asText(msg(html`Add ${name} to my calendar`))}</span>
              </button>`}
        </div>`}
    ${calendarOpen ? renderCalendarMenu(item, ctx) : nothing}
  </li>`;
}

/**
 * A localised `html` message whose values are all text, as one string:
 * the same text, without a template instance to clone and keep (each agenda
 * item names its two buttons with such messages, the title nested in each).
 * A message with markup or entities in it, or a value that is not text (a
 * title marked with its own `lang`), stays a template.
 */
export function asText(message: string | TemplateResult): string | TemplateResult {
  if (typeof message === 'string') return message;
  const { strings, values } = message;
  if (strings.some((part) => /[<&]/.test(part)) || !values.every((value) => typeof value === 'string')) return message;
  return joinParts(strings, values);
}

/**
 * The widest time range an item of `locale` shows, as a CSS string for the
 * styles' `--_when-widest` (every item's time column is at least that wide):
 * two-digit hours on both sides, across noon where the clock has 12 hours
 * ("10:08 AM – 12:08 PM"), else without the narrow "1" ("20:08 – 22:08"), as
 * digits are not equally wide in every font. A range across midnight (with
 * dates) widens its own item only.
 */
export function widestTimeRange(locale: string): string {
  const range = (from: number, to: number) => formatTimeRange(Date.UTC(2000, 0, 3, from, 8), Date.UTC(2000, 0, 3, to, 8), { locale, timeZone: 'UTC' });
  const noon = range(10, 12);
  const evening = range(20, 22);
  const text = noon.length > evening.length ? noon : evening;
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * For an item whose title another item shares: its time range (with the
 * date when such items are on several days; with the room when they are at
 * the same time), else `undefined`.
 */
function distinguishing(item: Item, ctx: ItemContext): TemplateResult | string | undefined {
  const distinction = ctx.distinction(item.id);
  if (!distinction) return undefined;
  const when = distinction.date
    ? cachedIntl(['item-when', ctx.locale, ctx.zone], () =>
        new Intl.DateTimeFormat(ctx.locale, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone: ctx.zone }),
      ).formatRange(item.start, Math.max(item.start, item.end))
    : formatTimeRange(item.start, item.end, { locale: ctx.locale, timeZone: ctx.zone });
  return distinction.room && item.room ? html`${when}, ${renderText(item.room.name, ctx.language, 'name')}` : when;
}

/**
 * A speaker's job title, organisation and country, each marked with its own
 * language when it needs one: one string when none does (the usual case).
 */
function speakerDetails(speaker: Speaker, ctx: ItemContext): TemplateResult | string {
  const title = contentOf(speaker.title, ctx.language);
  const org = contentOf(speaker.organisation?.name, ctx.language, 'name');
  const country = speaker.country ? formatCountry(speaker.country, ctx.locale) : undefined;
  const parts = [title, org, country ? { text: country, lang: undefined } : undefined].filter(
    (p): p is { text: string; lang: string | undefined } => p !== undefined && p.text !== '',
  );
  if (parts.every((p) => !p.lang)) return parts.map((p) => p.text).join(', ');
  return html`${parts.map((p, i) => html`${i ? ', ' : ''}${p.lang ? html`<span lang=${p.lang}>${p.text}</span>` : p.text}`)}`;
}

/**
 * The "add to calendar" menu: a `.ics` file (Apple Calendar, Outlook,
 * Thunderbird… import it), or the item filled in at Google Calendar,
 * Outlook.com or Office 365 (in a new tab). Escape closes it.
 */
function renderCalendarMenu(item: Item, ctx: ItemContext): TemplateResult {
  const links = ctx.calendarLinks(item);
  const newTab = html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>`;
  const service = (href: string | undefined, name: string) =>
    href ? html`<li><a href=${href} target="_blank" rel="noopener noreferrer">${name}${newTab}</a></li>` : nothing;
  return html`<ul
    class="calendar-menu"
    part="calendar-menu"
    id="calendar-${item.id}"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const button = (event.currentTarget as HTMLElement).closest('li.item')?.querySelector<HTMLElement>('.calendar');
      ctx.onCalendar(item.id);
      button?.focus();
    }}
  >
    <li>
      <button type="button" class="link ics">
        ${msg('Calendar file (.ics)')}
      </button>
    </li>
    ${service(links?.google, msg('Google Calendar'))} ${service(links?.outlook, msg('Outlook.com'))}
    ${service(links?.office365, msg('Office 365'))}
  </ul>`;
}

function renderSpeakers(item: Item, ctx: ItemContext): TemplateResult | typeof nothing {
  if (!item.speakers.length) return nothing;
  return html`<ul class="speakers" part="speakers">
    ${item.speakers.map(({ speaker, role, topic }) => {
      const details = speakerDetails(speaker, ctx);
      const roleText = role === 'speaker' ? nothing : html` <span class="role">(${roleLabel(role)})</span>`;
      const topicText = topic ? html`<div class="topic">${renderText(topic, ctx.language)}</div>` : nothing;
      // Two templates rather than a nested one for the details most speakers have.
      return details
        ? html`<li>
        <button type="button" class="speaker" part="speaker" aria-haspopup="dialog" data-speaker-id=${speaker.id}>
          ${speaker.name}</button
        >${roleText}<span class="details">, ${details}</span>
        ${topicText}
      </li>`
        : html`<li>
        <button type="button" class="speaker" part="speaker" aria-haspopup="dialog" data-speaker-id=${speaker.id}>
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
    <span class="room">${renderText(room.name, ctx.language, 'name')}</span>
    <span class="track" .style=${track.color ? `--_track: ${track.color}` : ''}>${renderText(track.name, ctx.language)}</span>
  </p>`;
  }
  if (room) {
    return html`<p class="where">
    <span class="room">${renderText(room.name, ctx.language, 'name')}</span>
  </p>`;
  }
  if (track) {
    return html`<p class="where">
    <span class="track" .style=${track.color ? `--_track: ${track.color}` : ''}>${renderText(track.name, ctx.language)}</span>
  </p>`;
  }
  return nothing;
}

/** What just changed, in words: "New", "Moved to 11:00", "Now ends at 10:15", "New room", "Updated". */
function renderMark(mark: ItemMark, ctx: ItemContext): TemplateResult | typeof nothing {
  const options = { locale: ctx.locale, timeZone: ctx.zone };
  const words: string[] = [];
  if (mark.added) words.push(msg('New'));
  if (mark.movedTo !== undefined) {
    // To another day: say which.
    const when = mark.newDay
      ? `${formatDate(mark.movedTo, options, 'medium')} ${formatTime(mark.movedTo, options)}`
      : formatTime(mark.movedTo, options);
    words.push(msg(str`Moved to ${when}`));
  }
  if (mark.endsAt !== undefined) {
    const time = formatTime(mark.endsAt, options);
    words.push(msg(str`Now ends at ${time}`));
  }
  if (mark.room) words.push(msg('New room'));
  if (mark.edited) words.push(msg('Updated'));
  if (!words.length) return nothing;
  return html`<span part="change" class="change-badge">${words.join(', ')}</span>`;
}

/**
 * The item's links. While the item runs, its livestream comes first as a
 * prominent "Watch live" link; once it has ended, so does its recording.
 * A cancelled item has no "Watch live".
 */
function renderLinks(item: Item, current: boolean, ctx: ItemContext): TemplateResult | typeof nothing {
  const ended = !item.openEnd && ctx.now >= item.end && item.status !== 'cancelled';
  const featured = current
    ? item.links.find((link) => link.kind === 'livestream')
    : ended
      ? item.links.find((link) => link.kind === 'recording')
      : undefined;
  const others = item.links.filter((link) => link !== featured && safeUrl(link.url));
  const href = featured && safeUrl(featured.url);
  return html`<p class="links" part="links">
    ${href
      ? html`<a class="featured ${featured.kind ?? ''}" part="featured-link" href=${href}
          >${current ? msg('Watch live') : msg('Watch the recording')}</a
        >`
      : nothing}
    ${others.map((link) => html`<a href=${safeUrl(link.url) ?? ''} data-kind=${link.kind ?? nothing}>${linkText(link, ctx)}</a>`)}
  </p>`;
}

/** A link's text: its label, else the name of its kind, else its host name (or address, for mail). */
function linkText(link: Link, ctx: ItemContext): TemplateResult | string | typeof nothing {
  if (link.label) return renderText(link.label, ctx.language);
  if (link.kind) return linkKindLabel(link.kind);
  try {
    const url = new URL(link.url);
    return url.protocol === 'mailto:' ? decodeURIComponent(url.pathname) : url.hostname.replace(/^www\./, '');
  } catch {
    return link.url;
  }
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

/**
 * `repeat`, with the templates made now: within the element's render, where
 * `msg()` speaks the element's language. A server renders a directive's
 * templates later, outside it (they came out in English).
 */
export function keyed<T>(items: readonly T[], key: (item: T) => string, template: (item: T) => TemplateResult): ReturnType<typeof repeat> {
  const templates = items.map(template);
  return repeat(items, key, (_item, index) => templates[index]);
}
