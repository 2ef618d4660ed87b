/**
 * <speaker-card>: one speaker, for a partner's article or a speakers page.
 *
 * Reads the speaker from a programme (`src` or `programme`, plus `speaker`),
 * or from attributes alone (`name`, `role`, `organisation`, `country`,
 * `photo`, `photo-alt`); attributes override what the programme says.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ProgrammeElement } from '../../internal/programme-element.js';
import type { SeminarErrorDetail } from '../../internal/programme-controller.js';
import { LazyProgramme } from '../../internal/lazy-programme.js';
import { renderCodeFailure } from '../../internal/code-failure.js';
import { loadingText } from '../../internal/loading-text.js';
import { baseStyles } from '../../internal/styles.js';
import { msg, str } from '../../internal/localize.js';
import { contentOf, displayTimeZone, hostText, hostUrl, renderText, textOf, type ContentLanguage } from '../../internal/content.js';
import { renderLongText } from '../../internal/long-text.js';
import { WEB_URL_PROTOCOLS, safeUrl } from '../../model/url.js';
import { formatCountry, formatTimeRange } from '../../model/format.js';
import type { Item, Link, LocalisedText, Programme, Speaker, SpeakerRole } from '../../model/types.js';
import { roleLabel } from '../../internal/role-label.js';
import { speakerCardStyles } from './speaker-card.styles.js';
import { SeminarErrorEvent } from '../../events/seminar-error.js';
import { emit } from '../../events/emit.js';

/** Bios longer than this (characters) start collapsed. */
const LONG_BIO = 400;

/** Dark backgrounds that give white initials a contrast of at least 4.5:1. */
const AVATAR_COLOURS = ['#1d4f91', '#7a1f5c', '#2e6b30', '#8a3b12', '#4b3f8f', '#0f6570', '#6b4e16', '#a4161a'];

/** What the card shows, merged from the programme and the attributes. */
interface SpeakerView extends Omit<Speaker, 'id' | 'sortName' | 'items'> {
  id?: string;
  sessions: { item: Item; role: SpeakerRole; topic?: LocalisedText }[];
}

/**
 * One speaker: photo (or initials), name, role, organisation, country, bio,
 * links and the sessions they speak at.
 *
 * @summary A speaker's card, from a programme or from attributes alone.
 *
 * @attr speaker - The speaker's id in the programme, e.g. `kristy-milland`.
 * @attr name - The speaker's name (overrides the programme's).
 * @attr job-title - Role or job title (overrides the programme's). Not `role`: that attribute is ARIA's.
 * @attr organisation - Organisation name (overrides the programme's).
 * @attr country - ISO 3166 country code, shown in the page's language, e.g. `CA`.
 * @attr photo - Photo URL (http or https).
 * @attr photo-alt - Text alternative of the photo; leave empty when the photo is decorative.
 * @attr heading-level - Level of the name's heading, 1–6 (default 3): the host page owns its outline.
 * @attr variant - `full` (default) or `compact` (photo, name and role on one line, for inline use).
 * @attr agenda-href - Where the agenda is: session links go to `<agenda-href>#item-<id>`; a `{id}` in it is replaced by the item id instead.
 * @attr theme - `light` or `dark`: draw that scheme, on a surface of its own, whatever the page. Absent: follow the page behind the element (its background, DSFR's `data-fr-theme`, or its CSS `color-scheme`).
 *
 * @slot - Extra content at the end of the card, such as an action button.
 *
 * @cssstate light - Drawn in the light scheme (the page behind is light, or `theme="light"`).
 * @cssstate dark - Drawn in the dark scheme (the page behind is dark, or `theme="dark"`).
 *
 * @csspart card - The card's box.
 * @csspart photo - The photo, or the initials avatar.
 * @csspart name - The name.
 * @csspart role - The role or job title.
 * @csspart organisation - The organisation and country line.
 * @csspart bio - The biography.
 * @csspart links - The list of links.
 * @csspart sessions - The "Speaking at" list.
 * @csspart error - The error state: a sentence for visitors, the slotted content, the details for the editor.
 * @csspart error-details - The collapsed details of an error, for the site's editor.
 * @csspart retry - The retry button of a load error.
 *
 * @cssprop --seminar-accent-color - Links and focus ring.
 * @cssprop --seminar-text-color - Text.
 * @cssprop --seminar-muted-color - Secondary text.
 * @cssprop --seminar-surface-color - Card background.
 * @cssprop --seminar-border-color - Card border.
 * @cssprop --seminar-error-color - Error messages.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-title-color - Titles and names (default: the text colour).
 * @cssprop --seminar-heading-font - Font family of titles and names (default: the page's).
 * @cssprop --seminar-photo-size - Photo size (6em full, 1.6em compact; 3.5em in narrow cards).
 * @cssprop --seminar-card-padding - Padding inside the card.
 *
 * @fires {SeminarLoadEvent} seminar-load - The programme was loaded; `detail.programme` is the normalised programme.
 * @fires {SeminarErrorEvent} seminar-error - Loading failed, the programme is invalid, or it has no such speaker; `detail` has `kind` and `errors` (each with `code`, `path`, `params` and a `message`: the English of the short text the element shows for it, not the validator's detailed message).
 * @fires {SeminarChangeEvent} seminar-change - A followed `src` changed; `detail` has `added`, `removed`, `moved` and `edited` items (each change with `item`, `previous` and `fields`), `event`, `programme` and `previous`.
 */
export class SpeakerCard extends ProgrammeElement {
  static override styles = [baseStyles, speakerCardStyles];

  static override properties = {
    speaker: { reflect: true },
    name: {},
    jobTitle: { attribute: 'job-title' },
    organisation: {},
    country: {},
    photo: {},
    photoAlt: { attribute: 'photo-alt' },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    variant: { reflect: true },
    agendaHref: { attribute: 'agenda-href' },
    bioExpanded: { state: true },
    photoFailed: { state: true },
  };

  /** The speaker's id in the programme. */
  speaker: string | null = null;
  name: string | null = null;
  jobTitle: string | null = null;
  organisation: string | null = null;
  country: string | null = null;
  photo: string | null = null;
  photoAlt: string | null = null;
  headingLevel = 3;
  variant: 'full' | 'compact' = 'full';
  agendaHref: string | null = null;

  private bioExpanded = false;
  private photoFailed = false;
  /** The programme machinery, loaded when the card has a source: a card given by attributes alone never loads it. */
  private readonly data = new LazyProgramme(this, 'speaker-card');
  private notFoundReported: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.data.update(this.programmeSources());
    if (changed.has('photo') || changed.has('speaker') || changed.has('programme') || changed.has('src')) {
      this.photoFailed = false;
    }
  }

  protected override updated(): void {
    this.reportNotFound();
  }

  protected override render(): TemplateResult | typeof nothing {
    const { status, failure, code, report } = this.data;
    if (status === 'error' && failure) {
      const message = msg('This speaker card cannot be shown.');
      const onRetry = () => {
        this.data.retry();
      };
      // Without the machinery (it could not be fetched), its own error state.
      return this.frame(
        code && report ? code.renderFailure(failure, { message, report, locale: this.i18n.formatLocale, onRetry }) : renderCodeFailure(message, onRetry),
      );
    }
    if (status === 'loading') return this.renderSkeleton();
    // No such speaker: nothing broken for visitors; the editor hears of it in the console and the event.
    const view = this.view();
    if (!view) return nothing;
    return this.variant === 'compact' ? this.renderCompact(view) : this.renderFull(view);
  }

  private get language(): ContentLanguage {
    return { lang: this.i18n.lang, defaultLanguage: this.data.programme?.event.defaultLanguage ?? 'en', ui: this.i18n.locale };
  }

  /** The speaker to show, or undefined when there is none (yet). */
  private view(): SpeakerView | undefined {
    const programme = this.data.programme;
    const fromProgramme = programme && this.speaker ? programme.speakers.find((s) => s.id === this.speaker) : undefined;
    const name = this.name ?? fromProgramme?.name;
    if (!name) return undefined;
    const view: SpeakerView = {
      ...(fromProgramme ?? {}),
      name,
      links: fromProgramme?.links ?? [],
      sessions: fromProgramme && programme ? sessionsOf(programme, fromProgramme.id) : [],
    };
    // The host's own words are in the element's language, not the programme's default.
    if (this.jobTitle) view.title = hostText(this.jobTitle, this.language);
    if (this.organisation) view.organisation = { name: this.organisation };
    if (this.country) view.country = this.country;
    if (this.photo) view.photo = { url: this.photo, ...(this.photoAlt !== null ? { alt: hostText(this.photoAlt, this.language) } : {}) };
    return view;
  }

  /** The error to show when the programme has no speaker with our id. */
  private notFound(): SeminarErrorDetail | undefined {
    const { programme, code } = this.data;
    if (!programme || !code || this.name) return undefined;
    const id = this.speaker ?? '';
    if (programme.speakers.some((s) => s.id === id)) return undefined;
    return code.notFoundFailure('unknown-speaker', id, programme.speakers.map((s) => s.id));
  }

  private reportNotFound(): void {
    const missing = this.notFound();
    const key = missing ? (this.speaker ?? '') : undefined;
    if (missing && key !== this.notFoundReported) {
      this.data.code?.logNotFound(this, missing);
      emit(this, new SeminarErrorEvent(missing));
    }
    this.notFoundReported = key;
  }

  private frame(content: TemplateResult): TemplateResult {
    return html`<div class="frame" lang=${this.i18n.locale}>${content}</div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div part="card" class="card skeleton" aria-busy="true" lang=${this.i18n.locale}>
      <div class="avatar"></div>
      <div class="body">
        <span class="visually-hidden">${loadingText()}</span>
        ${[60, 80, 40].map((width) => html`<div class="bar" .style=${`width: ${width}%`}></div>`)}
      </div>
    </div>`;
  }

  private renderCompact(view: SpeakerView): TemplateResult {
    return html`<span part="card" class="compact" lang=${this.i18n.locale}>
      ${this.renderPhoto(view)}
      <span part="name" class="name">${view.name}</span>${view.title
        ? html`<span part="role" class="role">${renderText(view.title, this.language)}</span>`
        : nothing}<slot></slot></span
    >`;
  }

  private renderFull(view: SpeakerView): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<article part="card" class="card" lang=${this.i18n.locale} aria-labelledby="name">
      ${this.renderPhoto(view)}
      <div class="body">
        <div part="name" class="name" id="name" role="heading" aria-level=${level}>${view.name}</div>
        ${view.title ? html`<p part="role" class="role">${renderText(view.title, this.language)}</p>` : nothing}
        ${this.renderOrganisation(view)} ${this.renderBio(view)} ${this.renderLinks(view)}
        ${this.renderSessions(view, level)}
        <slot></slot>
      </div>
    </article>`;
  }

  private renderPhoto(view: SpeakerView): TemplateResult {
    // The host's own `photo` attribute may be relative (to the document); a programme's photo must be absolute.
    const url = this.photo
      ? hostUrl(this, this.photo, WEB_URL_PROTOCOLS)
      : safeUrl(view.photo?.url, undefined, WEB_URL_PROTOCOLS);
    if (url && !this.photoFailed) {
      const alt = view.photo?.alt === undefined ? undefined : contentOf(view.photo.alt, this.language);
      return html`<img
        part="photo"
        class="photo"
        src=${url}
        alt=${alt?.text ?? ''}
        lang=${alt?.lang ?? nothing}
        width="96"
        height="96"
        loading="lazy"
        decoding="async"
        @error=${() => (this.photoFailed = true)}
      />`;
    }
    return html`<span part="photo" class="avatar" aria-hidden="true" .style=${`background: ${avatarColour(view.name)}`}
      >${initials(view.name)}</span
    >`;
  }

  private renderOrganisation(view: SpeakerView): TemplateResult | typeof nothing {
    const country = view.country ? (formatCountry(view.country, this.i18n.formatLocale) ?? view.country) : undefined;
    if (!view.organisation && !country) return nothing;
    const href = safeUrl(view.organisation?.url);
    const name = view.organisation ? renderText(view.organisation.name, this.language, 'name') : nothing;
    return html`<p part="organisation" class="organisation">
      ${href ? html`<a href=${href}>${name}</a>` : name}${view.organisation && country ? ', ' : nothing}${country ?? nothing}
    </p>`;
  }

  private renderBio(view: SpeakerView): TemplateResult | typeof nothing {
    const text = textOf(view.bio, this.language);
    if (!text) return nothing;
    const long = text.length > LONG_BIO;
    const clamped = long && !this.bioExpanded;
    return html`<div part="bio" class="bio ${clamped ? 'clamped' : ''}" id="bio">
        ${renderLongText(view.bio, this.language)}
      </div>
      ${long
        ? html`<button
            type="button"
            class="toggle"
            aria-expanded=${String(this.bioExpanded)}
            aria-controls="bio"
            @click=${() => (this.bioExpanded = !this.bioExpanded)}
          >
            ${this.bioExpanded ? msg('Show less') : msg('Read the full biography')}
          </button>`
        : nothing}`;
  }

  private renderLinks(view: SpeakerView): TemplateResult | typeof nothing {
    const links = view.links.flatMap((link) => {
      const href = safeUrl(link.url);
      return href ? [{ href, label: linkLabel(link, href, this.language) }] : [];
    });
    if (!links.length) return nothing;
    return html`<ul part="links" class="links" aria-label=${msg(str`Links of ${view.name}`)}>
      ${links.map((link) => html`<li><a href=${link.href} lang=${link.label.lang ?? nothing}>${link.label.text}</a></li>`)}
    </ul>`;
  }

  private renderSessions(view: SpeakerView, level: number): TemplateResult | typeof nothing {
    const programme = this.data.programme;
    if (!programme || !view.sessions.length) return nothing;
    const zone = displayTimeZone(this.timeZone, programme.event.timeZone, this.viewerTimeZone(programme.event.timeZone));
    const options = this.formatOptions(zone);
    const day = new Intl.DateTimeFormat(this.i18n.formatLocale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone });
    // Not a named <section>: a region landmark per card would crowd a page of cards.
    // Under a level-6 name, "Speaking at" cannot be a heading one level below.
    return html`<div part="sessions" class="sessions">
      <div class="sessions-title" role=${level < 6 ? 'heading' : nothing} aria-level=${level < 6 ? level + 1 : nothing}>
        ${msg('Speaking at')}
      </div>
      <ul>
        ${view.sessions.map(({ item, role, topic }) => {
          const title = renderText(item.title, this.language);
          const href = this.agendaLink(item.id);
          return html`<li>
            ${href ? html`<a href=${href}>${title}</a>` : html`<span class="session-title">${title}</span>`}
            ${topic ? html`— ${renderText(topic, this.language)}` : nothing}
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

  private agendaLink(itemId: string): string | undefined {
    if (!this.agendaHref) return undefined;
    const id = encodeURIComponent(itemId);
    const href = this.agendaHref.includes('{id}')
      ? this.agendaHref.replaceAll('{id}', id)
      : `${this.agendaHref.split('#')[0] ?? ''}#item-${id}`;
    // Relative to the document (the host's own site); only http(s) and mailto survive.
    return hostUrl(this, href);
  }
}

/** The items a speaker takes part in, with their role and topic, in time order. */
function sessionsOf(programme: Programme, speakerId: string): SpeakerView['sessions'] {
  return programme.items.flatMap((item) =>
    item.speakers
      .filter((entry) => entry.speaker.id === speakerId)
      .map((entry) => ({ item, role: entry.role, ...(entry.topic ? { topic: entry.topic } : {}) })),
  );
}

/** A link's label (marked with its language when it needs one), else the site's host name or the e-mail address. */
function linkLabel(link: Link, href: string, language: ContentLanguage): { text: string; lang: string | undefined } {
  const label = contentOf(link.label, language);
  if (label?.text) return label;
  const url = new URL(href);
  return { text: url.protocol === 'mailto:' ? url.pathname : url.hostname.replace(/^www\./, ''), lang: undefined };
}

/** Up to two initials: the first characters (graphemes) of the first and last words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const firstOf = (word: string | undefined) => {
    if (!word) return '';
    const [first] = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word);
    return first?.segment ?? '';
  };
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return `${firstOf(words[0])}${firstOf(last)}`.toLocaleUpperCase();
}

function avatarColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length] ?? '#1d4f91';
}
