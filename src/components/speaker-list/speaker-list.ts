/**
 * <speaker-list>: every speaker of a programme (or of one item) as a grid of
 * <speaker-card>s, sorted by family name in the page's language, with a text filter
 * for long lists. The grid follows the width of its container, not the window.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ProgrammeElement } from '../../internal/programme-element.js';
import { dependencyTag, type Dependencies } from '../../internal/dependencies.js';
import { SpeakerCard } from '../speaker-card/speaker-card.js';
import { notFoundFailure, ProgrammeController, type SeminarErrorDetail } from '../../internal/programme-controller.js';
import { renderFailure } from '../../internal/status-view.js';
import { loadingText } from '../../internal/loading-text.js';
import { FailureReport, logNotFound } from '../../internal/failure-report.js';
import { baseStyles } from '../../internal/styles.js';
import { blockHostStyles } from '../../internal/block-host.styles.js';
import { isSingular, msg, str } from '../../internal/localize.js';
import { textOf } from '../../internal/content.js';
import type { Programme, Speaker } from '../../model/types.js';
import { cachedIntl } from '../../model/format.js';
import { sortSpeakers } from '../../model/names.js';
import { SeminarErrorEvent } from '../../events/seminar-error.js';
import { emit } from '../../events/emit.js';

/** Lists with at least this many speakers get a filter box (or set `filter`). */
const FILTER_FROM = 12;

/**
 * @summary All speakers of a programme, or of one item, as a responsive grid of cards.
 *
 * @attr item - Show only the speakers of this item id.
 * @attr variant - Passed to each card: `full` (default) or `compact`.
 * @attr heading-level - Heading level of each card's name (default 3).
 * @attr agenda-href - Passed to each card (links to the agenda).
 * @attr filter - Show the text filter even for short lists (it is shown from 12 speakers).
 * @attr theme - `light` or `dark`: draw that scheme, on a surface of its own, whatever the page. Absent: follow the page behind the element (its background, DSFR's `data-fr-theme`, or its CSS `color-scheme`).
 *
 * @cssstate light - Drawn in the light scheme (the page behind is light, or `theme="light"`).
 * @cssstate dark - Drawn in the dark scheme (the page behind is dark, or `theme="dark"`).
 *
 * @csspart list - The grid of cards.
 * @csspart filter - The filter's text field.
 * @csspart count - The number of speakers shown.
 * @csspart card - Each card (forwarded as `card`, with the card's own parts as `card-*`).
 * @csspart error - The error state: a sentence for visitors, your fallback content, the details for the editor.
 * @csspart error-details - The collapsed details of an error, for the site's editor.
 *
 * @slot - Your fallback content (a link to a page of speakers): shown to visitors without JavaScript and when the programme cannot be shown.
 *
 * @cssprop --seminar-list-min-column - Narrowest column of the grid (default 16em).
 *
 * @fires {SeminarLoadEvent} seminar-load - The programme was loaded; `detail.programme` is the normalised programme.
 * @fires {SeminarErrorEvent} seminar-error - Loading failed, the programme is invalid, or it has no such item; `detail` has `kind` and `errors` (each with `code`, `path`, `params` and a `message`: the English of the short text the element shows for it, not the validator's detailed message).
 * @fires {SeminarChangeEvent} seminar-change - A followed `src` changed; `detail` has `added`, `removed`, `moved` and `edited` items (each change with `item`, `previous` and `fields`), `event`, `programme` and `previous`.
 */
export class SpeakerList extends ProgrammeElement {
  static override styles = [
    baseStyles,
    blockHostStyles,
    css`
      .list {
        display: grid;
        /* minmax(0, 1fr): a card's long words never widen the column past the list. */
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_s4);
        list-style: none;
        margin: 0;
        padding: 0;
      }
      @container (min-width: 36em) {
        .list {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
      }
      @container (min-width: 56em) {
        .list {
          grid-template-columns: repeat(3, minmax(0, 1fr));
        }
      }
      :host([variant='compact']) .list {
        grid-template-columns: repeat(auto-fill, minmax(min(var(--seminar-list-min-column, 16em), 100%), 1fr));
      }
      .list > li,
      .speaker-card {
        display: block;
        height: 100%;
      }
      /* Cards of one row are as tall as the tallest: the card's box fills its cell too. */
      .speaker-card::part(card) {
        height: 100%;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_s2) var(--_s4);
        margin-bottom: var(--_s4);
      }
      .count {
        color: var(--_muted);
      }
    `,
  ];

  /**
   * The elements the list draws, by their usual tag. Each is drawn under the
   * tag its class has on the page (registered under the usual one on first
   * use): register `SpeakerCard` under a name of your own and the list's
   * cards are yours.
   */
  static dependencies: Dependencies = { 'speaker-card': SpeakerCard };

  static override properties = {
    item: { reflect: true },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    agendaHref: { attribute: 'agenda-href' },
    filter: { type: Boolean },
    query: { state: true },
  };

  item: string | null = null;
  variant: 'full' | 'compact' = 'full';
  headingLevel = 3;
  agendaHref: string | null = null;
  filter = false;
  private query = '';
  private readonly data = new ProgrammeController(this);
  private readonly failureReport = new FailureReport(this, 'speaker-list');
  private notFoundReported: string | undefined;

  protected override willUpdate(): void {
    this.data.setSources(this.programmeSources());
    if (this.data.status === 'error' && this.data.failure) this.failureReport.report(this.data.failure);
    else this.failureReport.clear();
  }

  protected override updated(): void {
    const missing = this.notFound();
    const key = missing ? (this.item ?? '') : undefined;
    if (missing && key !== this.notFoundReported) {
      logNotFound(this, missing);
      emit(this, new SeminarErrorEvent(missing));
    }
    this.notFoundReported = key;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { status, failure, programme } = this.data;
    if (status === 'error' && failure) {
      const view = {
        message: msg('The list of speakers cannot be shown.'),
        report: this.failureReport,
        locale: this.i18n.formatLocale,
        onRetry: () => {
          this.data.retry();
        },
      };
      return html`<div lang=${this.i18n.locale}>${renderFailure(failure, view)}</div>`;
    }
    if (status === 'loading') return html`<p aria-busy="true" lang=${this.i18n.locale}>${loadingText()}</p>`;
    if (!programme) return nothing;
    // No such item: nothing broken for visitors; the editor hears of it in the console and the event.
    if (this.notFound()) return nothing;
    const speakers = this.sorted(programme);
    const withFilter = this.filter || speakers.length >= FILTER_FROM;
    // The query only applies while its box is shown: a list that shrank below
    // the threshold (or lost `filter`) must not stay filtered by a hidden query.
    const shown = withFilter ? this.matching(programme, speakers) : speakers;
    // A tag the registry accepted: a valid custom element name, nothing else.
    const card = unsafeStatic(dependencyTag(this, 'speaker-card'));
    return html`<div lang=${this.i18n.locale}>
      ${withFilter ? this.renderTools(shown.length) : nothing}
      ${shown.length
        ? html`<ul part="list" class="list" aria-label=${msg('Speakers')}>
            ${shown.map(
              (speaker) =>
                // Keyed: filtering must never hand one speaker's card (its expanded bio…) to another.
                // (`keyed` rather than `repeat`: far smaller, and these lists are short.)
                keyed(
                  speaker.id,
                  staticHtml`<li>
                  <${card}
                    class="speaker-card"
                    exportparts="card, photo: card-photo, name: card-name, role: card-role, organisation: card-organisation, bio: card-bio, links: card-links, sessions: card-sessions"
                    .programme=${programme}
                    speaker=${speaker.id}
                    variant=${this.variant}
                    heading-level=${this.headingLevel}
                    time-zone=${this.timeZone}
                    agenda-href=${this.agendaHref ?? nothing}
                    lang=${this.i18n.lang}
                  ></${card}>
                </li>`,
                ),
            )}
          </ul>`
        : withFilter && this.query.trim()
          ? html`<p class="empty">${msg('No speaker matches this filter.')}</p>`
          : nothing}
    </div>`;
  }

  private renderTools(count: number): TemplateResult {
    return html`<div class="tools">
      <label for="filter">${msg('Filter speakers')}</label>
      <input
        part="filter"
        id="filter"
        type="search"
        .value=${this.query}
        @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
      />
      <span part="count" class="count" role="status"
        >${isSingular(count) ? msg(str`${count} speaker`) : msg(str`${count} speakers`)}</span
      >
    </div>`;
  }

  /**
   * The speakers to list: all of them, or those of `item`, by family name in
   * the page's language (a speaker's `sortName` says how a name sorts).
   */
  private sorted(programme: Programme): Speaker[] {
    const item = this.item ? programme.items.find((i) => i.id === this.item) : undefined;
    const speakers = item ? item.speakers.map((entry) => entry.speaker) : programme.speakers;
    const collator = cachedIntl(['collator', this.i18n.formatLocale], () => new Intl.Collator(this.i18n.formatLocale, { sensitivity: 'base' }));
    return sortSpeakers(new Set(speakers), collator);
  }

  private matching(programme: Programme, speakers: Speaker[]): Speaker[] {
    const query = fold(this.query.trim());
    if (!query) return speakers;
    const language = { lang: this.i18n.lang, defaultLanguage: programme.event.defaultLanguage, ui: this.i18n.locale };
    return speakers.filter((speaker) =>
      [speaker.name, textOf(speaker.title, language), textOf(speaker.organisation?.name, language)].some((text) =>
        fold(text ?? '').includes(query),
      ),
    );
  }

  private notFound(): SeminarErrorDetail | undefined {
    const programme = this.data.programme;
    if (!programme || !this.item || programme.items.some((i) => i.id === this.item)) return undefined;
    return notFoundFailure('unknown-item', this.item, programme.items.map((i) => i.id));
  }
}

/** Lowercase without accents, for matching "cesar" to "César". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
