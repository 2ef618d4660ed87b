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
import { compactHostStyles } from '../../internal/compact-host.styles.js';
import { msg } from '../../internal/localize.js';
import { contentOf, displayTimeZone, hostText, hostUrl, renderText, type ContentLanguage } from '../../internal/content.js';
import { WEB_URL_PROTOCOLS, safeUrl } from '../../model/url.js';
import { formatCountry } from '../../model/intl.js';
import type { Speaker } from '../../model/types.js';
import type { CardContext, Session } from './programme-parts.js';
import { speakerCardStyles } from './speaker-card.styles.js';
import { SeminarErrorEvent } from '../../events/seminar-error.js';
import { emit } from '../../events/emit.js';
import { LazyModule, ModuleWait } from '../../internal/lazy-module.js';

type Parts = typeof import('./programme-parts.js');

/** How the parts are loaded: read at each use, so that a test can make it fail as it would offline. @internal */
export const partsSource = { load: (): Promise<Parts> => import('./programme-parts.js') };

/** What the card shows only from a programme (bio, links, sessions), for every card of the page; ssr.ts provides it up front (`use`). @internal */
export const speakerCardParts = new LazyModule(partsSource);

/** Dark backgrounds that give white initials a contrast of at least 4.5:1. */
const AVATAR_COLOURS = ['#1d4f91', '#7a1f5c', '#2e6b30', '#8a3b12', '#4b3f8f', '#0f6570', '#6b4e16', '#a4161a'];

/** What the card shows, merged from the programme and the attributes. */
interface SpeakerView extends Omit<Speaker, 'id' | 'sortName' | 'items'> {
  id?: string;
  sessions: Session[];
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
  static override styles = [baseStyles, compactHostStyles, speakerCardStyles];

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
  /**
   * The programme machinery, and the card's own parts that only a programme
   * fills (programme-parts.ts), loaded when the card has a source: a card given
   * by attributes alone loads neither.
   */
  private readonly data = new LazyProgramme(this, 'speaker-card');
  private readonly parts = new ModuleWait(this, speakerCardParts, (module) => {
    this.addStyles(module.partsStyles);
  });
  private notFoundReported: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Rendered on the server: the first update waits for the parts too (seminar-element.ts).
    if (this.hydrating) this.parts.need();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.data.update(this.programmeSources());
    if (this.data.status !== 'idle') this.parts.need();
    if (changed.has('photo') || changed.has('speaker') || changed.has('programme') || changed.has('src')) {
      this.photoFailed = false;
    }
  }

  protected override updated(): void {
    this.reportNotFound();
  }

  protected override render(): TemplateResult | typeof nothing {
    const { status, failure, code, report } = this.data;
    if (this.parts.failed) {
      return this.frame(
        renderCodeFailure(msg('This speaker card cannot be shown.'), () => {
          this.parts.retry();
        }),
      );
    }
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
    if (status === 'loading' || (status === 'ready' && !speakerCardParts.current)) return this.renderSkeleton();
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
      sessions: fromProgramme && programme && speakerCardParts.current ? speakerCardParts.current.sessionsOf(programme, fromProgramme.id) : [],
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
        ${this.renderOrganisation(view)} ${this.renderProgrammeParts(view, level)}
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

  /** The bio, links and sessions: from a programme only, drawn by programme-parts.ts. */
  private renderProgrammeParts(view: SpeakerView, level: number): TemplateResult | typeof nothing {
    const programme = this.data.programme;
    const parts = speakerCardParts.current;
    if (!parts || !programme) return nothing;
    const card: CardContext = {
      language: this.language,
      formatLocale: this.i18n.formatLocale,
      bioExpanded: this.bioExpanded,
      toggleBio: () => (this.bioExpanded = !this.bioExpanded),
      agendaLink: (id) => this.agendaLink(id),
    };
    const zone = displayTimeZone(this.timeZone, programme.event.timeZone, this.viewerTimeZone(programme.event.timeZone));
    return html`${parts.renderBio(view.bio, card)} ${parts.renderLinks(view.name, view.links, card)}
    ${parts.renderSessions(view.sessions, level, zone, card)}`;
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
