/**
 * <seminar-agenda>: the whole programme, embeddable on any site.
 *
 * Reading order: properties → willUpdate (all work per data or filter change)
 * → render (header, controls, days of items, speaker dialog). Items are drawn
 * by agenda-item.ts; the derived data and filtering live in agenda-data.ts;
 * favourites, calendar files and structured data have modules of their own.
 */
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ProgrammeElement } from '../../internal/programme-element.js';
import type { SeminarChangeDetail } from '../../internal/programme-controller.js';
import { LazyProgramme } from '../../internal/lazy-programme.js';
import { LazyModule, ModuleWait } from '../../internal/lazy-module.js';
import { acquire } from '../../internal/shared-fetch.js';
import { renderCodeFailure } from '../../internal/code-failure.js';
import type { ItemMark } from './live-marks.js';
import { loadingText } from '../../internal/loading-text.js';
import { baseStyles } from '../../internal/styles.js';
import { blockHostStyles } from '../../internal/block-host.styles.js';
import { isSingular, msg, renderWith, str } from '../../internal/localize.js';
import { ClockController, parseNow } from '../../internal/clock.js';
import { contentOf, displayTimeZone, renderText, textOf, type ContentLanguage } from '../../internal/content.js';
import { renderLongText } from '../../internal/long-text.js';
import { FETCH_URL_PROTOCOLS, safeUrl } from '../../model/url.js';
import { cachedIntl, formatDate, formatTimeRange, formatTimeZoneName } from '../../model/format.js';
import type { Item, Organisation } from '../../model/types.js';
import type { SpeakerCard } from '../speaker-card/speaker-card.js';
import { buildAgendaData, currentItems, inLanguage, isFiltered, itemFilter, NO_FILTERS, type AgendaData, type AgendaFilters } from './agenda-data.js';
import type { GridLayout } from './grid-layout.js';
import { itemAction, keyed, renderItem, widestTimeRange, type ItemContext } from './agenda-item.js';
import { ItemSlices } from './item-slices.js';
import { typeLabel } from './labels.js';
import { FavouritesController, programmeKey } from './favourites.js';
import { StructuredDataController } from './structured-data.js';
import type { QrState, ShareOffer } from './share.js';
import { agendaStyles } from './seminar-agenda.styles.js';
import { SeminarSpeakerSelectEvent } from '../../events/seminar-speaker-select.js';
import { emit } from '../../events/emit.js';

export type { SpeakerSelectDetail } from '../../events/seminar-speaker-select.js';

/** How long the result count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY = 700;

/** From this many items shown, the agenda starts with a link past itself (keyboard users need not tab through it all). */
const SKIP_FROM = 10;

/** The narrowest element (in rem) that shows the grid view; narrower, the grid is a list again. */
const GRID_MIN_WIDTH = 48;

/**
 * Where the calendar code comes from: loaded on the first download, as most
 * visitors never need it. Tests replace `load` to see a failed fetch.
 * @internal
 */
/**
 * The `<speaker-card>` the speaker dialog shows: loaded and registered when a
 * visitor first opens one, not with the agenda, and drawn under the tag the
 * page gave its class (see `dependencyTag`). Tests replace `load`.
 * @internal
 */
export const speakerCardCode = { load: () => import('../../define/speaker-card.js') };

/** The speaker dialog's styles and card (speaker-dialog.ts): loaded with the card's code, on first opening. Tests replace `load`. @internal */
export const dialogCode = { load: () => import('./speaker-dialog.js') };

export const calendarCode = { load: () => import('./calendar.js') };

/**
 * The reading and writing of the URL fragment: loaded with `url-state`, or
 * when the page's fragment may hold a shared agenda. Tests replace `load`.
 * @internal
 */
export const urlCode = { load: () => import('./url-state.js') };

/** "Share my agenda" and the question of a shared link: loaded when first needed. Tests replace `load`. @internal */
export const shareCode = { load: () => import('./share.js') };

type GridCode = typeof import('./grid.js');

/** How the grid view is loaded: when `view="grid"` is first asked, not with the agenda. Tests replace `load`. @internal */
export const gridSource = { load: (): Promise<GridCode> => import('./grid.js') };

/** The grid view's code and styles (grid.ts), for every agenda of the page; ssr.ts provides it up front (`use`). @internal */
export const agendaGrid = new LazyModule(gridSource);

/** A button that shows and hides the element `controls` (a disclosure: `aria-expanded` says which). */
function disclosure(className: string, label: string, open: boolean, controls: string, toggle: () => void): TemplateResult {
  return html`<button type="button" class=${className} aria-expanded=${String(open)} aria-controls=${controls} @click=${toggle}>${label}</button>`;
}

/**
 * The whole programme: days, times, sessions, speakers and breaks, with
 * filters, favourites, calendar files, time zones and a "now" marker.
 *
 * @summary A seminar or conference programme, accessible and time-zone correct.
 *
 * @attr heading-level - Level of the event title's heading, 1–6 (default 2); days are one level below, items two. Levels past 6 are not headings: at 5 the item titles, at 6 the day titles too, are plain text.
 * @attr view - `list` (default) or `grid` (rooms as columns, scrolling sideways in their own region when many; the list again below 48rem).
 * @attr day - Show one day (`YYYY-MM-DD`); absent shows all days.
 * @attr now - An ISO instant that replaces the clock (for demos, kiosks and tests).
 * @attr no-structured-data - Do not add schema.org JSON-LD to the page.
 * @attr calendar-feed - URL of the programme's `.ics` published beside the JSON (`seminar-widgets ics … --out`): adds "Subscribe to the programme" links for Google Calendar, Outlook.com, Office 365 and `webcal:` calendars.
 * @attr url-state - Keep the view (day, filters, search, "my agenda") in the page's URL fragment, so that a link opens the same view: `#day=2026-05-12&type=talk&q=climate`. A value names this agenda's keys (`url-state="talks"`: `#talks.day=…`), for pages with several agendas. Written with `replaceState` (no history entry per keystroke); a fragment of the page's own (an anchor, a router's path) is left alone.
 * @attr theme - `light` or `dark`: draw that scheme, on a surface of its own, whatever the page. Absent: follow the page behind the element (its background, DSFR's `data-fr-theme`, or its CSS `color-scheme`).
 *
 * @cssstate light - Drawn in the light scheme (the page behind is light, or `theme="light"`).
 * @cssstate dark - Drawn in the dark scheme (the page behind is dark, or `theme="dark"`).
 *
 * @csspart header - The event's title, dates, organisers and description.
 * @csspart controls - Day navigation, filters and downloads.
 * @csspart day - Each day's section.
 * @csspart item - Each item (also `pause` for breaks and meals, `current` for what runs now, `cancelled` for a cancelled item, `changed` for one that just changed).
 * @csspart badge - The type badge of an item.
 * @csspart status - The status of an item that is not simply confirmed: "Cancelled", "Moved", "To be confirmed".
 * @csspart links - An item's links (livestream, recording, slides, registration…).
 * @csspart featured-link - "Watch live" while the item runs (its livestream), "Watch the recording" after it.
 * @csspart share - The "Share my agenda" panel: the link, "Copy the link" and the QR code.
 * @csspart share-offer - The question asked when a shared agenda is opened: add its items to the visitor's favourites, or not.
 * @csspart calendar-menu - An item's "add to calendar" menu, and the "subscribe" links.
 * @csspart change - What just changed in an item of a followed programme ("Moved to 11:00", "New room"…), for ten minutes.
 * @csspart speakers - The speakers of an item.
 * @csspart speaker - Each speaker's name button.
 * @csspart description - An item's description disclosure.
 * @csspart actions - An item's favourite and calendar buttons.
 * @csspart dialog - The speaker dialog.
 * @csspart error - The error state: a sentence for visitors, your fallback content, the details for the editor.
 * @csspart error-details - The collapsed details of an error, for the site's editor (what failed, where, each problem with its JSON path).
 * @csspart retry - The retry button of a load error.
 *
 * @slot - Your fallback content, such as a link to the PDF programme: shown until the agenda is ready, to visitors without JavaScript, and when the programme cannot be shown.
 *
 * @cssprop --seminar-accent-color - Links, buttons, focus ring and the "now" marker.
 * @cssprop --seminar-text-color - Text.
 * @cssprop --seminar-muted-color - Secondary text.
 * @cssprop --seminar-surface-color - Background of items and the dialog.
 * @cssprop --seminar-border-color - Lines between items.
 * @cssprop --seminar-error-color - Error messages.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-title-color - Titles and names (default: the text colour).
 * @cssprop --seminar-heading-font - Font family of titles and names (default: the page's).
 * @cssprop --seminar-grid-min-column - Narrowest room column of the grid view (default 12rem); the grid scrolls sideways in its own region when the rooms do not fit.
 * @cssprop --seminar-grid-max-height - Tallest the grid view's scrolling region gets (default 85vh), so its room names stay in view.
 *
 * @fires {SeminarLoadEvent} seminar-load - The programme was loaded; `detail.programme` is the normalised programme.
 * @fires {SeminarErrorEvent} seminar-error - Loading failed or the programme is invalid; `detail` has `kind` and `errors` (each with `code`, `path`, `params` and a `message`: the English of the short text the element shows for it, not the validator's detailed message).
 * @fires {SeminarChangeEvent} seminar-change - A followed `src` changed; `detail` has `added`, `removed`, `moved` and `edited` items (each change with `item`, `previous` and `fields`), `event`, `programme` and `previous`.
 * @fires {SeminarSpeakerSelectEvent} seminar-speaker-select - A speaker's card was opened; `detail.speakerId`.
 */
export class SeminarAgenda extends ProgrammeElement {
  static override styles = [baseStyles, blockHostStyles, agendaStyles];

  static override properties = {
    headingLevel: { attribute: 'heading-level', type: Number },
    view: { reflect: true },
    day: { reflect: true },
    now: {},
    noStructuredData: { attribute: 'no-structured-data', type: Boolean },
    calendarFeed: { attribute: 'calendar-feed' },
    urlState: { attribute: 'url-state', reflect: true },
    // The agenda's own state (private fields below): each change is an update.
    ...Object.fromEntries(
      ['filters', 'announced', 'marks', 'selectedSpeaker', 'printing', 'nowHidden', 'calendarMenu', 'subscribeOpen', 'wide', 'shareOffer', 'shareOpen', 'shareStatus', 'qr'].map((name) => [name, { state: true }]),
    ),
  };

  headingLevel = 2;
  view: 'list' | 'grid' = 'list';
  day: string | null = null;
  now: string | null = null;
  noStructuredData = false;
  /** URL of the programme's `.ics` published beside the JSON (see the command line): adds "Subscribe" links. */
  calendarFeed: string | null = null;
  /**
   * Keep the view in the page's URL fragment (see the `url-state` attribute):
   * `null` (default) does not; `''` uses plain keys; a name prefixes them.
   */
  urlState: string | null = null;

  private filters: AgendaFilters = NO_FILTERS;
  /** The result count as last announced to screen readers. */
  private announced = '';
  private selectedSpeaker: string | undefined;
  private printing = false;
  /** "Jump to now" found what runs now hidden by the filters: say so and offer to clear them. */
  private nowHidden = false;
  /** Whether filters were set when the count was last announced (clearing them is announced too). */
  private announcedFiltered = false;
  /** A session link in the speaker dialog: the item to go to when it closes. */
  private dialogTarget: string | undefined;
  /** The items are drawn in slices (see item-slices.ts). */
  private readonly slices = new ItemSlices(this);
  /** What the filters show, kept while the view (`[agenda, day, printing, filters, favourites]`) is the same: every slice reads it. */
  private shown: { view: unknown[]; days: ShownDay[] } | undefined;
  /** The grid of a day's shown items, while they are the same. */
  private grids = new WeakMap<readonly Item[], GridLayout>();
  /** An `#item-` link of the page was followed since the programme came. */
  private hashFollowed = false;
  /** The item whose "add to calendar" menu is open. */
  private calendarMenu: string | undefined;
  private subscribeOpen = false;
  /** The speaker dialog's card, once its code is loaded (kept while the dialog shows it). */
  private dialogCard: SpeakerCard | undefined;
  /** The speaker dialog's code (see `dialogCode`), once loaded. */
  private dialogModule: Awaited<ReturnType<typeof dialogCode.load>> | undefined;
  /** The calendar code, once loaded (it builds the links of the menus). */
  private calendarCodeLoaded: Awaited<ReturnType<typeof calendarCode.load>> | undefined;


  /** The URL fragment was read since the programme came (its view, a shared agenda). */
  private urlRead = false;
  private urlModule: Awaited<ReturnType<typeof urlCode.load>> | undefined;
  /** The URL code is on its way: with `url-state`, the agenda waits for it (no flash of another view). */
  private urlLoading: Promise<void> | undefined;
  /** The view as last read from or written to the URL (its fragment pairs). */
  private urlView = '';
  /** The URL is not written while an `#item-` link is followed (it stays as it was). */
  private urlHeld = false;
  /** The `day` the element had before the URL was read: the day of a fragment without one. */
  private defaultDay: string | null = null;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  /** A shared agenda was opened: the question asked. */
  private shareOffer: ShareOffer | undefined;
  /** The "Share my agenda" panel is open. */
  private shareOpen = false;
  /** What became of "Copy the link" (a polite status). */
  private shareStatus = '';
  /** The QR code of the share link: hidden, loading, shown, or why not. */
  private qr: 'hidden' | 'loading' | 'shown' | 'failed' = 'hidden';
  private qrModule: Awaited<ReturnType<Awaited<ReturnType<typeof shareCode.load>>['qrCode']['load']>> | undefined;
  private shareModule: Awaited<ReturnType<typeof shareCode.load>> | undefined;
  /** The last QR code drawn, for its link (it follows the starred items while shown). */
  private qrDrawn: { url: string; state: QrState } | undefined;

  /** Marks on the items that just changed (a followed `src`). */
  private marks: ReadonlyMap<string, ItemMark> = new Map();
  private marksTimer: ReturnType<typeof setTimeout> | undefined;
  /** The programme shown was replaced by a newer version of the same source: keep the favourites' key. */
  private followedChange = false;
  /** The grid view's code (see `agendaGrid`), loaded when `view="grid"` is first asked; its styles adopted here. */
  private readonly grid = new ModuleWait(this, agendaGrid, (module) => {
    this.addStyles(module.gridStyles);
  });

  /** The element is wide enough for the grid view (48rem). */
  private wide = false;
  // None on the server (server rendering draws the list view).
  private readonly resizeObserver = isServer ? undefined : new ResizeObserver(([entry]) => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const wide = (entry?.contentRect.width ?? 0) >= GRID_MIN_WIDTH * rem;
    // In the next frame: re-rendering within the observer's callback would resize what it observes.
    if (wide !== this.wide) {
      requestAnimationFrame(() => {
        this.wide = wide;
      });
    }
  });

  /** The programme machinery, loaded with the first source; the request for `src` starts before it comes. */
  private readonly data = new LazyProgramme(this, 'agenda', {
    onChange: (detail) => {
      this.programmeChanged(detail);
    },
    prefetch: (src) => {
      const url = safeUrl(src, this.ownerDocument.baseURI, FETCH_URL_PROTOCOLS);
      if (!url) return undefined;
      const lease = acquire(url);
      // A failure is the controller's to show, with its own request.
      lease.text.catch(() => undefined);
      return lease;
    },
  });
  private favouritesKey: string | undefined;
  private readonly favourites = new FavouritesController(this, () => this.favouritesKey);
  private agenda: AgendaData | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private dialogTrigger: HTMLElement | undefined;

  constructor() {
    super();
    if (!isServer) this.addEventListener('click', this.onItemClick);
    // "Now" moves once a minute while the event is near or running, unless `now` is fixed.
    new ClockController(this, () => (this.now || !this.running() ? undefined : 'minute'));
    new StructuredDataController(this, () => ({
      ...(this.data.programme ? { programme: this.data.programme } : {}),
      lang: this.i18n.lang,
      enabled: !this.noStructuredData,
      pageUrl: location.href.split('#')[0] ?? '',
    }));
  }

  private windowEvents: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The window's events followed while connected (one abort removes them all).
    this.windowEvents = new AbortController();
    const { signal } = this.windowEvents;
    window.addEventListener('beforeprint', this.onBeforePrint, { signal });
    window.addEventListener('afterprint', this.onAfterPrint, { signal });
    window.addEventListener('hashchange', this.onHashChange, { signal });
    window.addEventListener('popstate', this.onHashChange, { signal });
    this.resizeObserver?.observe(this);
    // Loaded beside the programme rather than after it.
    this.urlCodeFor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.windowEvents?.abort();
    this.resizeObserver?.disconnect();
    clearTimeout(this.announceTimer);
    clearTimeout(this.urlTimer);
    clearTimeout(this.marksTimer);
  }

  /**
   * Scroll to the item running now and focus it. When the day shown hides it,
   * its day is shown; when the filters hide it, the agenda says so and offers
   * to clear them (it never does nothing silently).
   */
  jumpToNow(): void {
    const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const target = this.nowTarget();
    if (target) {
      target.scrollIntoView({ block: 'center', behavior });
      target.focus({ preventScroll: true });
      return;
    }
    const ids = this.currentIds();
    const agenda = this.agenda;
    if (!agenda || !ids.size) return;
    const passing = agenda.programme.items.filter((item) => ids.has(item.id)).find(itemFilter(agenda, this.filters, this.favourites.ids));
    if (passing) {
      // Hidden by the day shown, or not drawn yet (a later slice): show its day, then go to it.
      if (this.day && this.day !== passing.day) this.day = passing.day;
      void this.updateComplete.then(() => {
        this.goToItem(passing.id, 'center', behavior);
      });
    } else {
      this.nowHidden = true;
      this.announced = this.t(() => msg('What runs now is hidden by the filters.'));
    }
  }

  /** Resolves when the element has rendered, its items included (they are drawn in slices). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while ((this.slices.pending || this.urlLoading) && this.isConnected) {
      await this.urlLoading;
      await this.slices.whenComplete();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Scroll to the item `id` and focus it: now if it is drawn, else once it is. */
  private goToItem(id: string, block: ScrollLogicalPosition, behavior: ScrollBehavior = 'auto'): void {
    const go = (target: HTMLElement | null) => {
      target?.scrollIntoView({ block, behavior });
      target?.focus({ preventScroll: true });
    };
    const target = this.itemElement(id);
    if (target) go(target);
    else {
      void this.slices.reveal(id).then(() => {
        go(this.itemElement(id));
      });
    }
  }

  /**
   * The page's address names one of our items (`#item-<id>`): go to it. The
   * browser cannot, the item being in our shadow root (and maybe not drawn yet).
   */
  private followHash(): void {
    const match = /^#item-(.+)$/.exec(location.hash);
    const programme = this.data.programme;
    if (!match?.[1] || !programme) return;
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return;
    }
    if (!programme.items.some((i) => i.id === id)) return;
    // A link to an item hidden by the day shown or the filters shows it; the URL keeps the link.
    this.urlHeld = true;
    this.reveal(id);
    void this.updateComplete.then(() => {
      this.urlView = this.viewKey();
      this.urlHeld = false;
      this.goToItem(id, 'start');
    });
  }

  private readonly onHashChange = (): void => {
    this.followHash();
    this.readUrl();
  };

  /* ------------------------------------------------------ URL state */

  /** The namespace of this agenda's keys in the URL fragment ('' for plain keys). */
  private get urlNamespace(): string {
    return this.urlState ?? '';
  }

  /** The view as fragment pairs (what `url-state` writes), to compare views. */
  private viewKey(): string {
    return this.urlModule?.viewPairs(this.urlNamespace, { day: this.day, filters: this.filters }, this.defaultDay).join('&') ?? '';
  }

  /**
   * The URL code, when this agenda needs it: with `url-state`, or when the
   * fragment may hold a shared agenda. `undefined` while it loads (the agenda
   * updates once it came) or when not needed.
   */
  private urlCodeFor(): Awaited<ReturnType<typeof urlCode.load>> | undefined {
    if (this.urlModule || this.urlLoading || isServer) return this.urlModule;
    if (this.urlState !== null || location.hash.includes('starred=')) {
      this.urlLoading = urlCode.load().then(
        (module) => {
          this.urlModule = module;
          this.readUrl();
        },
        () => undefined,
      );
      // Offline since the page loaded: the agenda is shown, in its own view.
      void this.urlLoading.finally(() => {
        this.urlLoading = undefined;
        this.requestUpdate();
      });
    }
    return undefined;
  }

  /**
   * Read the URL fragment: with `url-state`, the view it names (day, filters,
   * search; what it does not name is the default); and a shared agenda
   * (`starred=…`), which is offered, never added unasked.
   */
  private readUrl(): void {
    const agenda = this.agenda;
    if (!agenda || !this.urlRead) return;
    const url = this.urlCodeFor();
    if (!url) return;
    const hash = location.hash;
    if (this.urlState !== null && !hash.startsWith('#item-')) {
      const view = url.readView(hash, this.urlNamespace, {
        days: agenda.days.map((d) => d.date),
        types: agenda.types,
        tracks: agenda.tracks.map((t) => t.id),
        languages: agenda.languages,
        rooms: agenda.rooms.map((r) => r.id),
      });
      const day = view.day === undefined ? this.defaultDay : view.day;
      const key = url.viewPairs(this.urlNamespace, { day, filters: view.filters }, this.defaultDay).join('&');
      if (key !== this.viewKey()) {
        this.day = day;
        this.filters = view.filters;
      }
      this.urlView = key;
    }
    const shared = url.readShared(hash, this.urlNamespace);
    if (shared) {
      this.loadShare().then(
        (share) => {
          this.shareOffer = share.shareOffer(agenda.programme.items, shared, (id) => this.favourites.has(id));
          this.announced = this.t(share.shareText.opened);
        },
        () => undefined,
      );
    }
  }

  /** The share code (see `shareCode`), loaded once; offline, the visitor is told. */
  private async loadShare(): Promise<Awaited<ReturnType<typeof shareCode.load>>> {
    try {
      if (!this.shareModule) {
        const module = await shareCode.load();
        this.addStyles(module.shareStyles);
        this.shareModule = module;
      }
      return this.shareModule;
    } catch (error) {
      this.shareOpen = false;
      this.announced = this.t(() => msg('Sharing could not be loaded. Try again later.'));
      throw error;
    }
  }

  /** Write the view to the URL fragment (with `url-state`), when it changed; the search after typing pauses. */
  private writeUrl(queryOnly: boolean): void {
    const url = this.urlModule;
    if (this.urlState === null || !url || this.urlHeld) return;
    const key = this.viewKey();
    if (key === this.urlView) return;
    this.urlView = key;
    clearTimeout(this.urlTimer);
    const write = () => {
      const hash = location.hash;
      // Another fragment of the page (an anchor, a router's path) is not ours to replace.
      if (!url.isOurs(hash)) return;
      const next = url.writeView(hash, this.urlNamespace, { day: this.day, filters: this.filters }, this.defaultDay);
      replaceFragment(next);
    };
    if (queryOnly) this.urlTimer = setTimeout(write, ANNOUNCE_DELAY);
    else write();
  }

  /** The visitor answered the shared agenda's question: add its items (or not), and take it out of the URL. */
  private answerShare(accept: boolean): void {
    const offer = this.shareOffer;
    if (!offer) return;
    this.shareOffer = undefined;
    if (this.urlModule) replaceFragment(this.urlModule.withoutShared(location.hash, this.urlNamespace));
    if (!accept) {
      this.moveFocusAfterUpdate(() => this.focusFallback());
      return;
    }
    const ids = offer.known.map((item) => item.id);
    this.favourites.add(ids);
    // Show them: "My agenda".
    this.filters = { ...this.filters, favouritesOnly: true };
    this.moveFocusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.filters .toggle'));
    void this.updateComplete.then(() => {
      // Said instead of the count of items shown.
      clearTimeout(this.announceTimer);
      this.announcedFiltered = true;
      this.announced = this.t(() => this.shareModule?.shareText.added(ids.length) ?? '');
    });
  }

  /** The link that shares the starred items of this programme, in its order. */
  private shareUrl(): string {
    const ids = (this.data.programme?.items ?? []).filter((item) => this.favourites.has(item.id)).map((item) => item.id);
    return `${location.href.split('#')[0] ?? ''}#${this.shareModule?.sharedFragment(ids, this.urlNamespace) ?? ''}`;
  }

  private copyShareLink(): void {
    const url = this.shareUrl();
    const done = (text: string) => {
      // Cleared first, so that a second copy is said again.
      this.shareStatus = '';
      void this.updateComplete.then(() => {
        this.shareStatus = this.t(() => text);
      });
    };
    const failed = () => {
      this.renderRoot.querySelector<HTMLInputElement>('.share-link input')?.select();
      done(this.t(() => this.shareModule?.shareText.copyFailed() ?? ''));
    };
    try {
      navigator.clipboard.writeText(url).then(() => {
        done(this.t(() => this.shareModule?.shareText.copied() ?? ''));
      }, failed);
    } catch {
      // No clipboard (a page without HTTPS).
      failed();
    }
  }

  /** Show (or hide) the QR code of the share link; its code is loaded the first time. */
  private toggleQr(): void {
    if (this.qr !== 'hidden') {
      this.qr = 'hidden';
      return;
    }
    if (this.qrModule) {
      this.qr = 'shown';
      return;
    }
    this.qr = 'loading';
    // The share code is loaded: the panel is open.
    (this.shareModule?.qrCode.load() ?? Promise.reject(new Error('no share code'))).then(
      (module) => {
        this.qrModule = module;
        if (this.qr === 'loading') this.qr = 'shown';
      },
      () => {
        if (this.qr === 'loading') this.qr = 'failed';
      },
    );
  }

  /** What the share panel shows of the QR code of `url`. */
  private qrState(url: string): QrState {
    if (this.qr !== 'shown') return this.qr;
    if (this.qrDrawn?.url !== url) {
      let state: QrState;
      try {
        state = this.qrModule?.qrDrawing(url) ?? 'failed';
      } catch {
        state = 'too-long';
      }
      this.qrDrawn = { url, state };
    }
    return this.qrDrawn.state;
  }

  /** The first item running now that is shown; scrolled to the middle of the view when `scroll`. */
  private nowTarget(scroll = false): HTMLElement | undefined {
    const ids = this.currentIds();
    const element = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')].find((li) => ids.has(li.dataset['itemId'] ?? ''));
    if (scroll) element?.scrollIntoView({ block: 'center' });
    return element;
  }

  private itemElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(id)}`);
  }

  /** Clear what hides `id` (the day shown, the filters), so that it is shown. */
  private reveal(id: string): void {
    const item = this.data.programme?.items.find((candidate) => candidate.id === id);
    const agenda = this.agenda;
    if (!item || !agenda) return;
    if (this.day && this.day !== item.day) this.day = item.day;
    if (!itemFilter(agenda, this.filters, this.favourites.ids)(item)) this.filters = NO_FILTERS;
  }

  /** Where focus goes when the focused control went away: the search field, else the agenda's box. */
  protected override focusFallback(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.search input') ?? this.renderRoot.querySelector<HTMLElement>('.agenda');
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.data.update(this.programmeSources(parseNow(this.now)));
    if (this.view === 'grid' && !isServer) this.grid.need();
    const programme = this.data.programme;
    const eventZone = programme?.event.timeZone ?? 'UTC';
    // The visitor's zone, asked again when the programme's zone, the minute, the hydration or the UTC offsets (the
    // system's zone) change: updates come at each key press and slice, and each asking makes an Intl formatter (~1 ms).
    const asked = `${eventZone} ${String(this.hydrating)} ${Math.floor(Date.now() / 60_000)} ${new Date(0).getTimezoneOffset()} ${new Date(1.5e12).getTimezoneOffset()}`;
    if (this.viewer?.[2] !== asked) this.viewer = [eventZone, this.viewerTimeZone(eventZone), asked];
    if (!programme) {
      this.agenda = undefined;
      this.favouritesKey = undefined;
      return;
    }
    // No favourites on the server, nor while hydrating what it rendered. A newer
    // version of the same source keeps the visitor's favourites, even if its title changed.
    if (isServer || this.hydrating) this.favouritesKey = undefined;
    else if (this.favouritesKey === undefined || (this.agenda?.programme !== programme && !this.followedChange)) {
      this.favouritesKey = programmeKey(programme);
    }
    if (this.agenda?.programme !== programme) {
      this.agenda = buildAgendaData(programme, this.i18n.lang);
      this.followedChange = false;
    } else if (this.agenda.searchLanguage !== this.i18n.lang) {
      this.agenda = inLanguage(this.agenda, this.i18n.lang);
    }
    if (!this.urlRead && !isServer && !this.hydrating) {
      this.urlRead = true;
      this.defaultDay = this.day;
      this.readUrl();
    }
    if (changed.has('filters') || changed.has('day')) {
      this.nowHidden = false;
      this.scheduleAnnouncement();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('filters') || changed.has('day')) {
      const before = changed.get('filters') as AgendaFilters | undefined;
      const queryOnly = !changed.has('day') && before !== undefined && before.query !== this.filters.query;
      this.writeUrl(queryOnly);
    }
    if (this.agenda && !this.hashFollowed) {
      this.hashFollowed = true;
      // After this update, not in it (going to the item may need another).
      void Promise.resolve().then(() => {
        this.followHash();
      });
    } else if (!this.agenda) {
      this.hashFollowed = false;
      this.urlRead = false;
    }
  }

  protected override render(): TemplateResult {
    const { status, failure, code, report } = this.data;
    let body: TemplateResult | typeof nothing = nothing;
    if (status === 'error' && failure) {
      const message = msg('The programme cannot be shown.');
      const onRetry = () => {
        this.data.retry();
      };
      // Without the machinery (it could not be fetched), its own error state.
      body = code && report ? code.renderFailure(failure, { message, report, locale: this.i18n.formatLocale, onRetry }) : renderCodeFailure(message, onRetry);
    } else if (status === 'loading' || (this.urlLoading && this.urlState !== null)) {
      body = this.renderSkeleton();
    } else if (this.agenda) {
      body = this.renderAgenda(this.agenda);
    }
    // tabindex="-1": focus can rest on the box while no control is left in it (loading after "Try again").
    if (!this.agenda) this.slices.plan([], true);
    // Every item's time column as wide as the widest time range (see the styles): titles line up, items are laid out alone.
    const times = this.agenda ? `--_when-widest: ${widestTimeRange(this.i18n.formatLocale)}` : '';
    return html`<div class="agenda" tabindex="-1" lang=${this.i18n.locale} aria-busy=${status === 'loading' ? 'true' : nothing} .style=${times}
      >${body}</div
    >`;
  }

  /* ------------------------------------------------------------ time */

  private get nowInstant(): number {
    return parseNow(this.now) ?? this.currentTime();
  }

  private running(): boolean {
    const event = this.data.programme?.event;
    if (!event) return false;
    const now = this.nowInstant;
    // Listen from a day before, so the marker appears without a reload.
    return now >= event.start - 86_400_000 && now < event.end;
  }

  private currentIds(): Set<string> {
    const programme = this.data.programme;
    return new Set(programme ? currentItems(programme.items, this.nowInstant).map((i) => i.id) : []);
  }

  private get zone(): string {
    const eventZone = this.data.programme?.event.timeZone ?? 'UTC';
    return displayTimeZone(this.timeZone, eventZone, this.viewerZone(eventZone));
  }

  /** The visitor's time zone, asked when what it depends on changed (see `willUpdate`): asking `Intl` makes a formatter each time. */
  private viewer: [eventZone: string, zone: string, asked: string] | undefined;

  private viewerZone(eventZone: string): string {
    return this.viewer?.[0] === eventZone ? this.viewer[1] : this.viewerTimeZone(eventZone);
  }

  /* ---------------------------------------------------------- render */

  private get language(): ContentLanguage {
    return { lang: this.i18n.lang, defaultLanguage: this.data.programme?.event.defaultLanguage ?? 'en', ui: this.i18n.locale };
  }

  /**
   * Heading levels of the event title (`heading-level`, 1–6), the days (one
   * below) and the items (two below); `undefined` past 6: not a heading.
   */
  private get levels(): { event: number; day: number | undefined; item: number | undefined } {
    const event = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return { event, day: event < 6 ? event + 1 : undefined, item: event < 5 ? event + 2 : undefined };
  }

  private renderSkeleton(): TemplateResult {
    return html`<p class="visually-hidden">${loadingText()}</p>
      <div class="skeleton" aria-hidden="true">
        ${[60, 90, 75, 85].map((width) => html`<div class="bar" .style=${`width: ${width}%`}></div>`)}
      </div>`;
  }

  /**
   * The days shown (one with `day`, all when printing), each with the items
   * that pass the filters, also by block (see `AgendaData.days`). The same
   * arrays while the view is the same.
   */
  private shownDays(agenda: AgendaData): ShownDay[] {
    const { day, printing, filters } = this;
    const favourites = this.favourites.ids;
    const view = [agenda, day, printing, filters, favourites];
    if (this.shown?.view.every((value, index) => value === view[index])) return this.shown.days;
    const passes = itemFilter(agenda, filters, favourites);
    const days = (printing || !day ? agenda.days : agenda.days.filter((d) => d.date === day)).map((d) => {
      const blocks = d.blocks.map((block) => block.filter(passes));
      return { date: d.date, blocks, items: blocks.flat() };
    });
    this.shown = { view, days };
    return days;
  }

  private renderAgenda(agenda: AgendaData): TemplateResult {
    const shown = this.shownDays(agenda);
    const count = shown.reduce((sum, day) => sum + day.items.length, 0);
    // Drawn now: the first screen at least; the rest comes in slices. On a server,
    // while hydrating what it rendered (the same nodes), or printing: all.
    const drawable = this.slices.plan(
      shown.flatMap((day) => day.items),
      isServer || this.hydrating || this.printing,
    );
    const drawn = shown.map((day) => {
      const blocks = day.blocks.map((block) => block.filter((item) => drawable.has(item.id)));
      return { date: day.date, all: day.items, blocks };
    });
    const current = this.currentIds();
    // "My agenda" with nothing starred: say how to star, not "no item matches".
    const nothingStarred = this.filters.favouritesOnly && this.favourites.ids.size === 0;
    return html`${count >= SKIP_FROM
        ? html`<a class="skip" href="#agenda-end" @click=${this.skipToEnd}>${msg('Skip the programme')}</a>`
        : nothing}
      ${this.renderHeader(agenda)}
      ${this.shareOffer && this.shareModule
        ? this.shareModule.renderShareOffer(this.shareOffer, {
            language: this.language,
            list: (values) => cachedIntl(['list', this.i18n.formatLocale], () => new Intl.ListFormat(this.i18n.formatLocale, { type: 'conjunction' })).formatToParts(values),
            onAccept: () => {
              this.answerShare(true);
            },
            onRefuse: () => {
              this.answerShare(false);
            },
          })
        : nothing}
      ${this.renderControls(agenda, current.size > 0)}
      ${this.grid.failed && this.view === 'grid'
        ? html`<div part="error" class="error">
            <p class="error-title" role="alert">
              ${msg('The grid view could not be downloaded: the programme is shown as a list. Check your connection and try again.')}
            </p>
            <button
              type="button"
              part="retry"
              class="retry"
              @click=${() => {
                this.grid.retry();
              }}
            >
              ${msg('Try again')}
            </button>
          </div>`
        : nothing}
      <p class="visually-hidden" role="status">${this.announced}</p>
      ${agenda.programme.items.length === 0
        ? html`<p class="empty">${msg('The programme has no items yet.')}</p>`
        : count === 0
          ? html`<p class="empty">
              ${nothingStarred
                ? msg('Nothing is in your agenda yet: star an item (the star button beside it) to keep it here.')
                : msg('No item matches these filters.')}
              <button
                type="button"
                class="link show-all"
                @click=${() => {
                  this.filters = NO_FILTERS;
                  this.moveFocusAfterUpdate(() => this.focusFallback());
                }}
              >
                ${msg('Show everything')}
              </button>
            </p>`
          : keyed(
              drawn.filter((day) => day.blocks.some((block) => block.length)),
              (day) => day.date,
              (day) => this.renderDay(day.date, day.all, day.blocks, current),
            )}
      ${this.renderDialog()}
      <p class="visually-hidden agenda-end" id="agenda-end" tabindex="-1">${msg('End of the programme')}</p>`;
  }

  private renderHeader(agenda: AgendaData): TemplateResult {
    const { event } = agenda.programme;
    const zone = this.zone;
    const options = { locale: this.i18n.formatLocale, timeZone: zone };
    const firstDay = agenda.programme.days[0];
    const lastDay = agenda.programme.days[agenda.programme.days.length - 1];
    const dates =
      firstDay && lastDay && firstDay !== lastDay
        ? cachedIntl(['dates', this.i18n.formatLocale, event.timeZone], () => new Intl.DateTimeFormat(this.i18n.formatLocale, { dateStyle: 'full', timeZone: event.timeZone })).formatRange(firstDay.start, lastDay.start)
        : formatDate(event.start, { locale: this.i18n.formatLocale, timeZone: event.timeZone }, 'full');
    // Not <header>: inside a host page it would be a second "banner" landmark.
    return html`<div part="header" class="header">
      <div class="event-title" role="heading" aria-level=${this.levels.event}>${renderText(event.title, this.language)}</div>
      ${event.subtitle ? html`<p class="event-subtitle">${renderText(event.subtitle, this.language)}</p>` : nothing}
      <p class="event-when">
        <span>${dates}</span>${agenda.programme.items.length && firstDay === lastDay
          ? html`, <span>${formatTimeRange(event.start, event.end, options)}</span>`
          : nothing}
        ${event.location ? html`<br /><span class="location">${renderText(event.location.name, this.language, 'name')}</span>` : nothing}
      </p>
      ${this.renderOrganisations(msg('Organised by'), event.organisers)}
      ${this.renderOrganisations(msg('In collaboration with'), event.partners)}
      ${event.description
        ? html`<details class="about" ?open=${this.printing}>
            <summary>${msg('About this event')}</summary>
            ${renderLongText(event.description, this.language)}
          </details>`
        : nothing}
    </div>`;
  }

  private renderOrganisations(label: string, organisations: Organisation[]): TemplateResult | typeof nothing {
    if (!organisations.length) return nothing;
    const list = cachedIntl(['list', this.i18n.formatLocale], () => new Intl.ListFormat(this.i18n.formatLocale, { type: 'conjunction' }));
    const names = organisations.map((o) => contentOf(o.name, this.language, 'name') ?? { text: '', lang: undefined });
    // Intl.ListFormat gives the separators; each name keeps its own link and language.
    const parts = list.formatToParts(names.map((n) => n.text));
    let index = 0;
    return html`<p class="organisations">
      ${label}
      ${parts.map((part) => {
        if (part.type === 'literal') return part.value;
        const organisation = organisations[index];
        const lang = names[index++]?.lang;
        const href = safeUrl(organisation?.url);
        return href
          ? html`<a href=${href} lang=${lang ?? nothing}>${part.value}</a>`
          : lang
            ? html`<span lang=${lang}>${part.value}</span>`
            : part.value;
      })}
    </p>`;
  }

  /** The options above the programme: days, filters, and the tools (time zone, now, downloads, sharing). */
  private renderControls(agenda: AgendaData, running: boolean): TemplateResult {
    return html`<div part="controls" class="controls" role="group" aria-label=${msg('Programme options')}>
      ${agenda.days.length > 1 ? this.renderDayNav(agenda) : nothing}
      ${this.renderFilters(agenda)}
      ${this.renderTools(agenda, running)}
    </div>`;
  }

  /** Search, the type, track, language and room filters (each when the programme has more than one), "My agenda". */
  private renderFilters(agenda: AgendaData): TemplateResult {
    const f = this.filters;
    const set = (patch: Partial<AgendaFilters>) => {
      this.filters = { ...this.filters, ...patch };
    };
    return html`<div class="filters">
      <label class="search"
        >${msg('Search')}
        <input
          type="search"
          .value=${f.query}
          @input=${(e: Event) => {
            set({ query: (e.target as HTMLInputElement).value });
          }}
      /></label>
      ${agenda.types.length > 1
        ? this.renderFilter(
            msg('Type'),
            'type',
            agenda.types.map((t) => html`<option value=${t} ?selected=${f.type === t}>${typeLabel(t)}</option>`),
          )
        : nothing}
      ${agenda.tracks.length > 1
        ? this.renderFilter(
            msg('Track'),
            'track',
            agenda.tracks.map((t) => {
              const name = contentOf(t.name, this.language);
              return html`<option value=${t.id} ?selected=${f.track === t.id} lang=${name?.lang ?? nothing}>${name?.text}</option>`;
            }),
          )
        : nothing}
      ${agenda.languages.length > 1
        ? this.renderFilter(
            msg('Language'),
            'language',
            agenda.languages.map((l) => html`<option value=${l} ?selected=${f.language === l}>${languageName(l, this.i18n.formatLocale)}</option>`),
          )
        : nothing}
      ${agenda.rooms.length > 1 ? this.renderRoomChooser(agenda) : nothing}
      <button
        type="button"
        class="toggle"
        aria-pressed=${String(f.favouritesOnly)}
        @click=${() => {
          set({ favouritesOnly: !f.favouritesOnly });
        }}
      >
        ${msg(str`My agenda (${this.favourites.ids.size})`)}
      </button>
    </div>`;
  }

  /** A filter's select: "All", then `options`; a choice sets the filter `key`. */
  private renderFilter(label: string, key: 'type' | 'track' | 'language', options: TemplateResult[]): TemplateResult {
    return html`<label
      >${label}
      <select
        @change=${(e: Event) => {
          this.filters = { ...this.filters, [key]: (e.target as HTMLSelectElement).value };
        }}
      >
        <option value="" ?selected=${!this.filters[key]}>${msg('All')}</option>
        ${options}
      </select></label
    >`;
  }

  /** The time zone switch, "Jump to now" (while the event runs), downloads, sharing and subscribing. */
  private renderTools(agenda: AgendaData, running: boolean): TemplateResult {
    const { programme } = agenda;
    const eventZone = programme.event.timeZone;
    const viewerZone = this.viewerZone(eventZone);
    const start = programme.event.start;
    const shownZone = this.zone;
    const showingEvent = offsetAt(shownZone, start) === offsetAt(eventZone, start);
    const zoneToggle = !showingEvent || offsetAt(viewerZone, start) !== offsetAt(eventZone, start);
    return html`<div class="tools">
      ${zoneToggle
        ? html`<p class="zone">
            ${msg(str`Times in: ${zoneName(shownZone, this.i18n.formatLocale, start)}.`)}
            <button
              type="button"
              class="link"
              @click=${() => (this.timeZone = showingEvent ? 'local' : 'event')}
            >
              ${showingEvent ? msg('Show in my time zone') : msg('Show in the event’s time zone')}
            </button>
          </p>`
        : nothing}
      ${running
        ? html`<button
            type="button"
            class="jump"
            @click=${() => {
              this.jumpToNow();
            }}
          >
            ${msg('Jump to now')}
          </button>`
        : nothing}
      ${running && this.nowHidden
        ? html`<p class="notice">
            ${msg('What runs now is hidden by the filters.')}
            <button
              type="button"
              class="link clear-for-now"
              @click=${() => {
                this.filters = NO_FILTERS;
                this.day = null;
                this.moveFocusAfterUpdate(() => this.nowTarget(true));
              }}
            >
              ${msg('Clear the filters and show it')}
            </button>
          </p>`
        : nothing}
      <button
        type="button"
        class="download"
        @click=${() => {
          this.download();
        }}
      >
        ${msg('Download the programme (.ics)')}
      </button>
      ${this.favourites.ids.size
        ? html`<button
            type="button"
            class="download-favourites"
            @click=${() => {
              this.download(true);
            }}
          >
            ${msg('Download my agenda (.ics)')}
          </button>`
        : nothing}
      ${this.favourites.ids.size ? this.renderShare() : nothing}
      ${this.renderSubscribe(agenda)}
    </div>`;
  }

  /** "Share my agenda": a button, and the panel it opens (the link, copy, QR code). */
  private renderShare(): TemplateResult {
    const open = this.shareOpen;
    const url = open ? this.shareUrl() : '';
    const toggle = () => {
      this.shareOpen = !open;
      this.shareStatus = '';
      if (this.shareOpen) {
        this.loadShare().then(
          () => {
            this.requestUpdate();
          },
          () => undefined,
        );
      }
    };
    return html`<div class="share">
      ${disclosure('share-toggle', msg('Share my agenda'), open, 'share-panel', toggle)}
      ${open && this.shareModule
        ? this.shareModule.renderSharePanel({
            url,
            status: this.shareStatus,
            qr: this.qrState(url),
            onCopy: () => {
              this.copyShareLink();
            },
            onQr: () => {
              this.toggleQr();
            },
          })
        : nothing}
    </div>`;
  }

  /**
   * With `calendar-feed` (the programme's `.ics`, published beside the JSON):
   * links that subscribe Google Calendar, Outlook.com, Office 365 or a
   * `webcal:` calendar (Apple, Thunderbird…) to it, so that updates follow.
   */
  private renderSubscribe(agenda: AgendaData): TemplateResult | typeof nothing {
    const feed = feedUrl(this.calendarFeed);
    if (!feed) return nothing;
    const open = this.subscribeOpen;
    const links = open ? this.calendarCodeLoaded?.subscribeLinks(feed, textOf(agenda.programme.event.title, this.language) ?? '') : undefined;
    const newTab = html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>`;
    const toggle = () => {
      this.subscribeOpen = !open;
      if (this.subscribeOpen) this.loadCalendarCode();
    };
    return html`<div class="subscribe">
      ${disclosure('subscribe-toggle', msg('Subscribe to the programme'), open, 'subscribe', toggle)}
      ${open
        ? html`<ul class="calendar-menu" id="subscribe" part="calendar-menu">
            ${links
              ? html`<li><a href=${links.google} target="_blank" rel="noopener noreferrer">${msg('Google Calendar')}${newTab}</a></li>
                  <li><a href=${links.outlook} target="_blank" rel="noopener noreferrer">${msg('Outlook.com')}${newTab}</a></li>
                  <li><a href=${links.office365} target="_blank" rel="noopener noreferrer">${msg('Office 365')}${newTab}</a></li>
                  <li><a href=${links.webcal}>${msg('Apple Calendar and others (webcal)')}</a></li>`
              : nothing}
          </ul>`
        : nothing}
    </div>`;
  }

  /**
   * Which rooms are shown: a disclosure with a checkbox per room (20 or 30
   * rooms make a select unusable). Items without a room are always shown.
   */
  private renderRoomChooser(agenda: AgendaData): TemplateResult {
    const hidden = new Set(this.filters.hiddenRooms);
    const total = agenda.rooms.length;
    const shown = agenda.rooms.filter((r) => !hidden.has(r.id)).length;
    const setHidden = (ids: Iterable<string>) => {
      this.filters = { ...this.filters, hiddenRooms: [...ids] };
    };
    return html`<details class="rooms">
      <summary>${shown === total ? msg(str`Rooms: all ${total}`) : msg(str`Rooms: ${shown} of ${total}`)}</summary>
      <fieldset>
        <legend class="visually-hidden">${msg('Rooms shown')}</legend>
        <div class="room-actions">
          <button type="button" class="link" @click=${() => { setHidden([]); }}>${msg('Show all rooms')}</button>
          <button type="button" class="link" @click=${() => { setHidden(agenda.rooms.map((r) => r.id)); }}>${msg('Hide all rooms')}</button>
        </div>
        <ul class="room-list">
          ${agenda.rooms.map(
            (room) => html`<li>
              <label
                ><input
                  type="checkbox"
                  .checked=${!hidden.has(room.id)}
                  @change=${(e: Event) => {
                    const next = new Set(hidden);
                    if ((e.target as HTMLInputElement).checked) next.delete(room.id);
                    else next.add(room.id);
                    setHidden(agenda.rooms.filter((r) => next.has(r.id)).map((r) => r.id));
                  }}
                />
                ${renderText(room.name, this.language, 'name')}</label
              >
            </li>`,
          )}
        </ul>
      </fieldset>
    </details>`;
  }

  private renderDayNav(agenda: AgendaData): TemplateResult {
    const format = cachedIntl(
      ['day-nav', this.i18n.formatLocale],
      () => new Intl.DateTimeFormat(this.i18n.formatLocale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }),
    );
    // A group of toggle buttons, not a landmark: the host page owns its landmarks.
    return html`<div class="days" role="group" aria-label=${msg('Days')}>
      <button type="button" aria-pressed=${String(!this.day)} @click=${() => (this.day = null)}>${msg('All days')}</button>
      ${agenda.days.map(
        (d) =>
          html`<button type="button" aria-pressed=${String(this.day === d.date)} @click=${() => (this.day = d.date)}>
            ${format.format(Date.parse(`${d.date}T12:00:00Z`))}
          </button>`,
      )}
    </div>`;
  }

  /**
   * A day: `blocks` hold the items drawn now, block by block (see
   * `AgendaData.days`), of `all` it shows (the grid is laid out for them all).
   */
  private renderDay(date: string, all: readonly Item[], blocks: readonly Item[][], current: Set<string>): TemplateResult {
    const programme = this.data.programme;
    const day = programme?.days.find((d) => d.date === date);
    const heading = day
      ? formatDate(day.start + 12 * 3_600_000, { locale: this.i18n.formatLocale, timeZone: programme?.event.timeZone ?? 'UTC' }, 'full')
      : date;
    const code = agendaGrid.current;
    const gridAsked = this.view === 'grid' && this.wide && !this.printing && this.agenda?.parallel;
    const grid = gridAsked && code ? this.gridOf(all, code.gridLayout) : undefined;
    // The grid's code on its way: the list meanwhile (the same items), busy; if it cannot come, the list and why.
    const waiting = gridAsked && !code && !this.grid.failed;
    const ctx: ItemContext = {
      language: this.language,
      locale: this.i18n.formatLocale,
      zone: this.zone,
      level: this.levels.item,
      distinction: (id) => this.agenda?.distinct.get(id),
      badges: (this.agenda?.types.length ?? 0) > 1,
      isFavourite: (id) => this.favourites.has(id),
      isCurrent: (id) => current.has(id),
      now: this.nowInstant,
      markOf: (id) => this.marks.get(id),
      expanded: this.printing,
      onCalendar: (id) => {
        this.toggleCalendarMenu(id);
      },
      calendarOpen: (id) => this.calendarMenu === id,
      calendarLinks: (item) => {
        const programme = this.data.programme;
        return programme && this.calendarCodeLoaded?.itemCalendarLinks(programme, item, this.i18n.lang, location.href);
      },
    };
    // A <section> without a name: not a landmark (a page with many days would get as many).
    const level = this.levels.day;
    return html`<section part="day" class="day" aria-busy=${waiting ? 'true' : nothing}>
      <div class="day-title" role=${level ? 'heading' : nothing} aria-level=${level ?? nothing}>
        ${heading}${day?.title ? html` — ${renderText(day.title, this.language)}` : nothing}
      </div>
      ${grid && code
        ? code.renderGrid(heading, this.renderBlocks(blocks, ctx, grid), grid, { language: this.language, locale: this.i18n.formatLocale, zone: this.zone })
        : html`<ol class="items">
            ${this.renderBlocks(blocks, ctx)}
          </ol>`}
    </section>`;
  }

  /** The grid of a day's shown items, laid out once while they are the same (not again for each slice). */
  private gridOf(items: readonly Item[], layout: (items: readonly Item[]) => GridLayout): GridLayout {
    let grid = this.grids.get(items);
    if (!grid) this.grids.set(items, (grid = layout(items)));
    return grid;
  }

  /**
   * The items of a day, block by block. A block is drawn again only when
   * something it shows changed: one of its items (a filter, a slice that
   * adds to it), or an item's state (favourite, "now", ended, change mark,
   * calendar menu), or what every item shows (languages, zone, heading
   * level, badges, print state, the grid). So a slice costs its own items
   * (and the templates of its last block's others, made again), not those
   * drawn before it, and a star costs its own block.
   */
  private renderBlocks(blocks: readonly Item[][], ctx: ItemContext, grid?: GridLayout): unknown[] {
    const { language } = ctx;
    const context = [language.lang, language.ui, language.defaultLanguage, ctx.locale, ctx.zone, ctx.level, ctx.badges, ctx.expanded, Boolean(this.calendarCodeLoaded)].join('|');
    const placed = (item: Item): ItemContext => {
      const p = grid?.place.get(item.id);
      return p ? { ...ctx, placement: `grid-row: ${p.row} / ${p.rowEnd}; grid-column: ${p.column} / ${p.columnEnd}`, wide: p.columnEnd - p.column > 2 } : ctx;
    };
    // An item's template is made again when its block is drawn again: keeping each item's template (a tree
    // of values, closures and nested templates) to skip that work held ~1 KB per item (about a tenth of the
    // agenda's heap) to save the 24 others of a block a millisecond or two.
    const template = (item: Item) => renderItem(item, grid ? placed(item) : ctx);
    return blocks.map((items) => {
      if (!items.length) return nothing;
      const draw = () => keyed(items, (item) => item.id, template);
      // On a server, a directive's templates are made outside the element's render (see `keyed`).
      if (isServer) return draw();
      const deps: unknown[] = [context, this.agenda, grid];
      for (const item of items) deps.push(item, itemState(item, ctx), ctx.markOf(item.id));
      return guard(deps, draw);
    });
  }

  /** The skip link: focus the end of the agenda, so that the next Tab leaves it (the page's URL is left alone). */
  private readonly skipToEnd = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#agenda-end')?.focus();
  };

  /* ---------------------------------------------------------- dialog */

  private renderDialog(): TemplateResult {
    const speaker = this.selectedSpeaker ? this.data.programme?.speakers.find((s) => s.id === this.selectedSpeaker) : undefined;
    // Named after the speaker, as the card inside is.
    // The backdrop click is the pointer's way to close; the keyboard's is Escape (the dialog's own).
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`<dialog
      part="dialog"
      class="speaker-dialog"
      aria-label=${speaker?.name ?? msg('Speaker details')}
      closedby="any"
      @click=${this.onDialogClick}
      @close=${() => {
        this.closeSpeaker();
      }}
    >
      <form method="dialog" class="dialog-bar">
        <button type="submit" class="close" aria-label=${msg('Close')}>×</button>
      </form>
      ${this.selectedSpeaker && this.data.programme && this.dialogCard && this.dialogModule
        ? this.dialogModule.showSpeaker(this.dialogCard, this.selectedSpeaker, this.data.programme, {
            timeZone: this.timeZone,
            lang: this.i18n.lang,
            url: this.ownerDocument.URL,
          })
        : nothing}
    </dialog>`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  /**
   * A click on one of an item's buttons, in the list or the grid: one listener
   * on the element itself (added in the constructor), not one per button. Not
   * on the shadow root in `connectedCallback`: an agenda whose hydration is
   * deferred (inside another server-rendered element) has none there yet, and
   * is connected later by Lit without that method.
   */
  private readonly onItemClick = (event: Event): void => {
    const action = itemAction(event, this.shadowRoot);
    if (action?.kind === 'speaker') this.openSpeaker(action.speaker, action.trigger);
    else if (action?.kind === 'favourite') this.toggleFavourite(action.item);
    else if (action?.kind === 'calendar') this.toggleCalendarMenu(action.item);
    else if (action?.kind === 'ics') this.download(false, [action.item]);
  };

  private openSpeaker(id: string, trigger: HTMLElement): void {
    this.dialogTrigger = trigger;
    this.selectedSpeaker = id;
    emit(this, new SeminarSpeakerSelectEvent({ speakerId: id }));
    Promise.all([speakerCardCode.load(), dialogCode.load()])
      .then(([{ SpeakerCard }, dialog]) => {
        this.addStyles(dialog.dialogStyles);
        this.dialogModule = dialog;
        this.dialogCard = dialog.dialogCard(this, SpeakerCard, this.dialogCard, (item) => {
          // A session link: close the dialog, then go to the item.
          this.dialogTarget = item;
          this.renderRoot.querySelector('dialog')?.close();
        });
        this.requestUpdate();
        return this.updateComplete;
      })
      .then(
        () => {
          const dialog = this.renderRoot.querySelector('dialog');
          if (dialog && !dialog.open && this.selectedSpeaker === id) dialog.showModal();
        },
        () => {
          // Offline since the page loaded: say so rather than open an empty dialog.
          if (this.selectedSpeaker === id) this.selectedSpeaker = undefined;
          this.announced = this.t(() => msg('The speaker’s details could not be loaded. Try again later.'));
        },
      );
  }

  private closeSpeaker(): void {
    this.selectedSpeaker = undefined;
    const target = this.dialogTarget;
    const trigger = this.dialogTrigger;
    this.dialogTarget = undefined;
    this.dialogTrigger = undefined;
    if (target !== undefined) {
      // A session link: show that item (its day, past the filters) and focus it.
      this.reveal(target);
      this.moveFocusAfterUpdate(() => {
        const element = this.itemElement(target);
        if (element) element.scrollIntoView({ block: 'center' });
        // Not drawn yet (a later slice): once it is.
        else this.goToItem(target, 'center');
        return element;
      });
    } else if (trigger?.isConnected) {
      trigger.focus();
    } else {
      this.moveFocusAfterUpdate(() => this.focusFallback());
    }
  }

  /** A click on the backdrop closes the dialog (speaker-dialog.ts). */
  private readonly onDialogClick = (event: MouseEvent): void => {
    this.dialogModule?.closeOnBackdrop(event);
  };

  /**
   * Star or un-star an item. Under "My agenda", un-starring removes the item
   * (and its button): focus goes to the next item's star, else the previous
   * one's, else what the empty list offers.
   */
  private toggleFavourite(id: string): void {
    if (this.filters.favouritesOnly && this.favourites.has(id)) {
      const shown = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')].map((li) => li.dataset['itemId'] ?? '');
      const index = shown.indexOf(id);
      const neighbours = [shown[index + 1], shown[index - 1]].filter((n): n is string => n !== undefined);
      this.moveFocusAfterUpdate(
        () =>
          neighbours.map((n) => this.itemElement(n)?.querySelector<HTMLElement>('.favourite')).find(Boolean) ??
          this.renderRoot.querySelector<HTMLElement>('.empty button') ??
          this.renderRoot.querySelector<HTMLElement>('.filters .toggle'),
      );
    }
    this.favourites.toggle(id);
  }

  /* ----------------------------------------------------- downloads */

  /** Open (or close) an item's "add to calendar" menu; its links come with the calendar code. */
  private toggleCalendarMenu(id: string): void {
    this.calendarMenu = this.calendarMenu === id ? undefined : id;
    if (this.calendarMenu) this.loadCalendarCode();
  }

  private loadCalendarCode(): void {
    if (this.calendarCodeLoaded) return;
    calendarCode
      .load()
      .then((module) => {
        this.calendarCodeLoaded = module;
        this.requestUpdate();
      })
      .catch(() => {
        this.announced = this.t(() => msg('The calendar file could not be created. Try again later.'));
      });
  }

  private download(favouritesOnly = false, items?: string[]): void {
    const programme = this.data.programme;
    if (!programme) return;
    const chosen = items ?? (favouritesOnly ? programme.items.filter((i) => this.favourites.has(i.id)).map((i) => i.id) : undefined);
    const suffix = items?.length === 1 ? items[0] : favouritesOnly ? 'favourites' : undefined;
    const lang = this.i18n.lang;
    const pageUrl = location.href.split('#')[0] ?? '';
    calendarCode
      .load()
      .then(({ downloadICalendar, icsFileName }) => {
        downloadICalendar(programme, {
          lang,
          ...(chosen ? { items: chosen } : {}),
          fileName: icsFileName(programme, lang, suffix),
          pageUrl,
        });
      })
      .catch(() => {
        // Offline since the page loaded (the code could not be fetched): say so rather than do nothing.
        this.announced = this.t(() => msg('The calendar file could not be created. Try again later.'));
      });
  }

  /* ------------------------------------------------------------ live */

  /**
   * A followed `src` changed: mark the changed items for a while, keep the
   * focus on an item that is still there (or on the one after a removed
   * one), and say once, politely, how many items changed.
   */
  private programmeChanged(detail: SeminarChangeDetail): void {
    this.followedChange = true;
    this.keepFocus(detail);
    void import('./live-marks.js').then((marks) => {
      this.marks = marks.withChanges(this.marks, detail, Date.now());
      this.scheduleMarksExpiry(marks);
      const count = marks.changedItemCount(detail);
      clearTimeout(this.announceTimer);
      this.announced = this.t(() =>
        count === 0
          ? msg('The programme has been updated.')
          : isSingular(count)
            ? msg(str`The programme has been updated: ${count} item changed.`)
            : msg(str`The programme has been updated: ${count} items changed.`),
      );
    });
  }

  private scheduleMarksExpiry(marks: typeof import('./live-marks.js')): void {
    clearTimeout(this.marksTimer);
    const expiry = marks.nextExpiry(this.marks);
    if (expiry === undefined) return;
    this.marksTimer = setTimeout(
      () => {
        this.marks = marks.current(this.marks, Date.now());
        this.scheduleMarksExpiry(marks);
      },
      Math.max(0, expiry - Date.now()) + 50,
    );
  }

  /** Focus inside an item that goes away moves to the item that takes its place in time. */
  private keepFocus(detail: SeminarChangeDetail): void {
    if (!detail.removed.length) return;
    const focused = this.shadowRoot?.activeElement?.closest<HTMLElement>('[data-item-id]');
    const gone = focused && detail.removed.find((item) => item.id === focused.dataset['itemId']);
    if (!gone) return;
    const successor = detail.programme.items.find((item) => item.start >= gone.start) ?? detail.programme.items.at(-1);
    void this.updateComplete.then(() => {
      const target = successor && this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(successor.id)}`);
      target?.focus();
    });
  }

  /* --------------------------------------------------- announcements */

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announced = this.countText();
    }, ANNOUNCE_DELAY);
  }

  /** What the status region says once filters settle: the count shown, and when they were cleared, the count restored. */
  private countText(): string {
    const agenda = this.agenda;
    if (!agenda) return '';
    const filtered = isFiltered(this.filters);
    const cleared = !filtered && this.announcedFiltered;
    this.announcedFiltered = filtered;
    if (!filtered && !cleared) return '';
    // What is shown: with `day` set, that day's items only.
    const count = this.shownDays(agenda).reduce((sum, day) => sum + day.items.length, 0);
    if (cleared) {
      return this.t(() => (isSingular(count) ? msg(str`Filters cleared: ${count} item shown`) : msg(str`Filters cleared: ${count} items shown`)));
    }
    return this.t(() => (isSingular(count) ? msg(str`${count} item shown`) : msg(str`${count} items shown`)));
  }

  /** Evaluate a message in this element's language outside of render. */
  private t(message: () => string): string {
    return renderWith(this.i18n.locale, message);
  }

  /* ---------------------------------------------------------- print */

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };
}

/** Replace the page URL's fragment by `fragment` (none when empty), without a history entry. */
function replaceFragment(fragment: string): void {
  const current = location.hash.replace(/^#/, '');
  if (fragment === current) return;
  try {
    history.replaceState(history.state, '', `${location.href.split('#')[0] ?? ''}${fragment ? `#${fragment}` : ''}`);
  } catch {
    // Too many calls for the browser (Safari limits them), or a sandboxed frame: the view is still shown.
  }
}

/** The UTC offset of `zone` at `instant`, e.g. "GMT+02:00" (to tell whether two zones differ then). */
function offsetAt(zone: string, instant: number): string {
  const format = cachedIntl(['offset', zone], () => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }));
  return format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

function zoneName(zone: string, locale: string, instant: number): string {
  return formatTimeZoneName(zone, locale, instant, 'long') ?? zone;
}

/** `calendar-feed` as an absolute http(s) URL (relative to the page), or `undefined`. */
function feedUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** What the filters show of a day: its items, and the same by block (see `AgendaData.days`). */
interface ShownDay {
  date: string;
  items: Item[];
  blocks: Item[][];
}

/**
 * What an item shows of the visitor's state, as bits: starred, running now,
 * ended (its recording is offered), its calendar menu open.
 */
function itemState(item: Item, ctx: ItemContext): number {
  const { id } = item;
  return (
    (ctx.isFavourite(id) ? 1 : 0) |
    (ctx.isCurrent(id) ? 2 : 0) |
    (!item.openEnd && ctx.now >= item.end ? 4 : 0) |
    (ctx.calendarOpen(id) ? 8 : 0)
  );
}

function languageName(tag: string, locale: string): string {
  try {
    return cachedIntl(['language', locale], () => new Intl.DisplayNames([locale], { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
