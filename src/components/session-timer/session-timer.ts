/**
 * <session-timer>: a countdown to a session or the whole event, the time left
 * while it runs, and the overtime after it: for a web page, a moderator's
 * screen or a lobby display (`mode="next"`).
 *
 * The state is a pure function of the timed window(s) and the time (see
 * timer-state.ts); the element only asks the shared clock (clock.ts) to wake
 * it as often as its display changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { SeminarElement } from '../../internal/seminar-element.js';
import type { SeminarErrorDetail, ProgrammeSource } from '../../internal/programme-controller.js';
import { ProgrammeCode } from '../../internal/programme-code.js';
import { ClockController, parseNow, type Granularity } from '../../internal/clock.js';
import { renderFailure } from '../../internal/status-view.js';
import { loadingText } from '../../internal/loading-text.js';
import { FailureReport } from '../../internal/failure-report.js';
import { withEnglishText } from '../../internal/messages.js';
import { baseStyles } from '../../internal/styles.js';
import { msg, str } from '../../internal/localize.js';
import { displayTimeZone, renderText, textOf, type ContentLanguage } from '../../internal/content.js';
import { cachedIntl, formatTime } from '../../model/format.js';
import { formatDuration } from '../../model/duration-format.js';
import { localise } from '../../model/text.js';
import { parseOffsetDateTime, zonedDate } from '../../model/time.js';
import type { Instant, Item, LocalisedText, Problem } from '../../model/types.js';
import {
  currentAndNext,
  farAway,
  parseWarnBefore,
  tickGranularity,
  timerState,
  transitionKey,
  transitionsBetween,
  transitionsOf,
  type TimerFormat,
  type TimerPhase,
  type TimerState,
  type TimerWindow,
  type Transition,
  type TransitionKind,
} from './timer-state.js';
import type { SeminarTimerDetail } from '../../events/timer-detail.js';
import { SeminarErrorEvent } from '../../events/seminar-error.js';
import { SeminarTimerEndEvent } from '../../events/seminar-timer-end.js';
import { SeminarTimerStartEvent } from '../../events/seminar-timer-start.js';
import { SeminarTimerWarningEvent } from '../../events/seminar-timer-warning.js';
import { emit } from '../../events/emit.js';
import { formatDateTime, formatDigits, formatFarAway, formatSpan } from './timer-format.js';
import { sessionTimerStyles } from './session-timer.styles.js';

export type { SeminarTimerDetail } from '../../events/timer-detail.js';


/**
 * The programme machinery (loading, validation), loaded when the timer reads a
 * programme: a timer given `start` and `end` never does. Tests replace `load`.
 * @internal
 */
export const programmeMachinery = { load: () => import('../../internal/programme-machinery.js') };

/** The event of each transition. */
const TIMER_EVENTS: Record<TransitionKind, new (detail: SeminarTimerDetail) => Event> = {
  start: SeminarTimerStartEvent,
  warning: SeminarTimerWarningEvent,
  end: SeminarTimerEndEvent,
};

/** What the element shows, worked out before each render. */
type Setup =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'failure'; failure: SeminarErrorDetail; key?: string }
  | { kind: 'invalid'; problems: Problem[] }
  | TimerSetup;

interface TimerSetup {
  kind: 'timer';
  /** Every window whose transitions are announced (all items for `mode="next"`). */
  windows: TimerWindow[];
  /** The window shown. */
  display: TimerWindow;
  title: LocalisedText | undefined;
  /** `mode="next"`: each transition is announced with its own item's title. */
  perItem: boolean;
  /** `mode="next"`: whether the shown item is on now or next. */
  role?: 'now' | 'next';
  /** `mode="next"`: the item after the one on now. */
  next?: Item;
  /**
   * `session`: the item's title is also another item's ("Debate" three
   * times): the label says which, by its time (and day, in a programme of
   * several days).
   */
  which?: { start: Instant; end: Instant; withDay: boolean };
  /** The zone `time-zone="event"` stands for. */
  eventZone: string;
  defaultLanguage: string;
}

/** The last transition, for the live region. */
interface Announcement {
  kind: Transition['kind'];
  title: LocalisedText | undefined;
  /** Time left when a warning was announced (ms). */
  remaining: number;
}

/**
 * A countdown, time remaining and overtime for a session, the whole event,
 * the current or next item, or a standalone start and end.
 *
 * The state is reflected in `state` (`upcoming`, `running`, `ended`); the
 * warning (`warn-before`) is a `warning` attribute beside `state="running"`,
 * so styles and scripts that only know the three states keep working.
 *
 * Events fire once per transition, in order, also when the page was hidden or
 * asleep across it (they fire as soon as the timer looks at the clock again,
 * with `detail.now` later than `detail.at`). Transitions already past when the
 * timer first gets its data do not fire: a timer loaded after its end is
 * simply `ended`. Changing what is timed (`session`, `start`, `end`, `mode`,
 * `warn-before`, the programme's times) starts afresh in the same way.
 *
 * @summary A countdown, time remaining and overtime for a session or the whole event.
 *
 * @attr src - URL of a programme JSON (one request per page, shared with other widgets).
 * @attr session - The item id to time, e.g. `debate-1`; without it (and without `mode`), the whole event.
 * @attr mode - `next`: always the item on now, or else the next one, advancing through the day (ignores `session`, `start`, `end`, `label`).
 * @attr start - Start as an ISO date-time with offset, e.g. `2016-07-08T08:45+02:00`: a standalone timer without a programme, or an override of the item's start.
 * @attr end - End as an ISO date-time with offset (standalone, or an override: a session running late).
 * @attr label - What is timed, shown above the time (overrides the item's or event's title).
 * @attr now - Freeze the clock at this ISO instant (demos, screenshots); the `now` property also takes epoch milliseconds or a `Date`.
 * @attr warn-before - Warning this long before the end: an ISO 8601 duration (`PT5M`) or minutes (`5`).
 * @attr format - `long` (default: title, time, progress, times), `compact` (one line, inline) or `clock` (digits only, large, for a stage).
 * @attr overtime - After the end, count the time past it up (`+02:15`) instead of showing "Ended".
 * @attr time-zone - `event` (default), `local` (the viewer's zone) or an IANA zone name. A standalone timer's event zone is the offset of its `start`.
 * @attr theme - `light` or `dark`: draw that scheme, on a surface of its own, whatever the page. Absent: follow the page behind the element (its background, DSFR's `data-fr-theme`, or its CSS `color-scheme`).
 * @attr state - Read-only: `upcoming`, `running` or `ended` (absent while loading or on error).
 * @attr warning - Read-only: present while running within `warn-before` of the end.
 *
 * @cssstate light - Drawn in the light scheme (the page behind is light, or `theme="light"`).
 * @cssstate dark - Drawn in the dark scheme (the page behind is dark, or `theme="dark"`).
 *
 * @csspart base - The timer's box.
 * @csspart eyebrow - "Now" or "Next" (`mode="next"`).
 * @csspart label - The title of what is timed.
 * @csspart status - What the time means: "Starts in", "Time left", "Over time"…
 * @csspart value - The digits (or words, for a far-away start): `role="timer"`.
 * @csspart progress - The progress bar while running.
 * @csspart details - The date and times, or the end time while running.
 * @csspart next - "Next: … at …" while an item runs (`mode="next"`).
 * @csspart error - The error message.
 * @csspart retry - The retry button of a load error.
 *
 * @cssprop --seminar-timer-size - Size of the digits (default: 15% of the element's width, 19% with `format="clock"`).
 * @cssprop --seminar-warning-color - The digits and bar during the warning.
 * @cssprop --seminar-accent-color - The progress bar and focus ring.
 * @cssprop --seminar-text-color - Text and digits.
 * @cssprop --seminar-muted-color - Secondary text.
 * @cssprop --seminar-surface-color - Background.
 * @cssprop --seminar-border-color - Border.
 * @cssprop --seminar-error-color - Overtime digits and error messages.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-title-color - Titles and names (default: the text colour).
 * @cssprop --seminar-heading-font - Font family of titles and names (default: the page's).
 * @cssprop --seminar-card-padding - Padding inside the box.
 *
 * @fires {SeminarTimerStartEvent} seminar-timer-start - The timed window started; `detail` is a `SeminarTimerDetail` (`at`, `now`, `start`, `end`, `item`).
 * @fires {SeminarTimerWarningEvent} seminar-timer-warning - The warning began (`warn-before` before the end).
 * @fires {SeminarTimerEndEvent} seminar-timer-end - The timed window ended.
 * @fires {SeminarLoadEvent} seminar-load - The programme was loaded; `detail.programme` is the normalised programme.
 * @fires {SeminarErrorEvent} seminar-error - Loading failed, the programme is invalid, it has no such item (`kind: 'not-found'`), or `start`/`end` are not valid (`kind: 'invalid'`, paths `/start`, `/end`); `detail` has `kind` and `errors` (each with `code`, `path`, `params` and a `message`: the English of the short text the element shows for it, not the validator's detailed message).
 */
export class SessionTimer extends SeminarElement {
  static override styles = [baseStyles, sessionTimerStyles];

  static override properties = {
    src: { reflect: true },
    programme: { attribute: false },
    session: { reflect: true },
    mode: { reflect: true },
    start: {},
    end: {},
    label: {},
    now: {},
    warnBefore: { attribute: 'warn-before' },
    format: { reflect: true },
    overtime: { type: Boolean, reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
    state: { reflect: true },
    warning: { type: Boolean, reflect: true },
  };

  /** URL of a programme JSON. */
  src: string | null = null;
  /**
   * The programme, which takes precedence over `src`: a programme object or its
   * JSON text, a normalised programme (from `parseProgramme` or `seminar-load`,
   * also a copy of one: recognised by its `normalised` marker), or another tool's
   * export (see `format`).
   */
  programme: ProgrammeSource | null | undefined = undefined;
  /** The id of the item to time; none: the whole event. */
  session: string | null = null;
  /** `next`: the item on now, or the next one. */
  mode: 'next' | null = null;
  /** ISO date-time with offset. */
  start: string | null = null;
  /** ISO date-time with offset. */
  end: string | null = null;
  /** Title shown above the time. */
  label: string | null = null;
  /** A fixed time instead of the clock: ISO instant, epoch milliseconds or a `Date`. */
  now: string | number | Date | null = null;
  /** ISO 8601 duration or minutes. */
  warnBefore: string | number | null = null;
  format: TimerFormat = 'long';
  /** Count the time past the end up. */
  overtime = false;
  timeZone = 'event';
  /** Read-only: where the timer is. */
  state: TimerPhase | undefined = undefined;
  /** Read-only: running within `warn-before` of the end. */
  warning = false;

  /** The programme machinery, loaded when the timer reads a programme (see programme-code.ts). */
  private readonly data = new ProgrammeCode(this, undefined, programmeMachinery, () => undefined);
  private granularity: Granularity | undefined;
  private setup: Setup = { kind: 'none' };
  private timer: TimerState | undefined;
  /** The time this update is about. */
  private time = 0;
  /** What the transitions were computed from: a change starts afresh. */
  private definition: string | undefined;
  /** The time of the previous look at the clock: transitions after it and up to now are due. */
  private baseline: Instant | undefined;
  private readonly fired = new Set<string>();
  private pending: { transition: Transition; now: Instant }[] = [];
  private announcement: Announcement | undefined;
  private errorReported: string | undefined;
  private readonly failureReport = new FailureReport(this, 'timer');

  constructor() {
    super();
    // The shared clock wakes the element as often as its display changes, and not at all once it cannot change.
    new ClockController(this, () => this.granularity);
  }

  /** The fixed `now`, if valid. */
  private get fixedTime(): Instant | undefined {
    const value = this.now;
    if (value === null || value === undefined || value === '') return undefined;
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
    return parseNow(value);
  }

  protected override willUpdate(): void {
    const { programme } = this;
    const needed = Boolean(this.src || this.session || this.mode || (programme !== undefined && programme !== null && programme !== '') || this.querySelector(':scope > script'));
    this.data.update({ src: this.src, programme }, needed);
    const fixed = this.fixedTime;
    const now = fixed ?? Date.now();
    this.time = now;
    this.setup = this.resolve(now);
    if (this.setup.kind === 'failure') this.failureReport.report(this.setup.failure);
    else if (this.setup.kind === 'invalid') this.failureReport.report({ kind: 'invalid', errors: this.setup.problems });
    else this.failureReport.clear();
    if (this.setup.kind !== 'timer') {
      this.timer = undefined;
      this.state = undefined;
      this.warning = false;
      this.granularity = undefined;
      return;
    }
    const warnBefore = parseWarnBefore(this.warnBefore) ?? 0;
    const timer = timerState(this.setup.display, now, warnBefore);
    this.timer = timer;
    this.state = timer.phase;
    this.warning = timer.warning;
    this.catchUp(this.setup, warnBefore, now);
    this.granularity =
      fixed === undefined ? tickGranularity(timer, { digitsAlways: this.shownFormat === 'clock', overtime: this.overtime }) : undefined;
  }

  /** `updateComplete` also waits for the programme code, when it is coming, and the update that follows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const arriving = this.data.arriving;
    if (!arriving) return result;
    await arriving;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    const pending = this.pending;
    this.pending = [];
    for (const { transition, now } of pending) {
      const { window } = transition;
      const detail: SeminarTimerDetail = {
        at: transition.at,
        now,
        start: window.start,
        end: window.end,
        ...(window.item ? { item: window.item.id } : {}),
      };
      emit(this, new TIMER_EVENTS[transition.kind](detail));
    }
    this.reportError();
  }

  private get shownFormat(): TimerFormat {
    return this.format === 'compact' || this.format === 'clock' ? this.format : 'long';
  }

  /** What to show at `now`: a timer, or why there is none. */
  private resolve(now: Instant): Setup {
    const { status, failure, programme } = this.data;
    // The programme code could not be fetched (offline since the page loaded).
    if (this.data.failed) return { kind: 'failure', failure: { kind: 'network', errors: [] } };
    if (status === 'error' && failure) return { kind: 'failure', failure };
    if (status === 'loading') return { kind: 'loading' };
    const next = this.mode === 'next' && programme !== undefined;
    const times = next ? { problems: [] } : this.overrides();
    if (times.problems.length) return { kind: 'invalid', problems: times.problems };

    if (programme) {
      const { event } = programme;
      const base = { eventZone: event.timeZone, defaultLanguage: event.defaultLanguage };
      if (next) {
        const { current, next: upcoming } = currentAndNext(programme.items, now);
        const shown = current ?? upcoming;
        return {
          kind: 'timer',
          ...base,
          perItem: true,
          windows: programme.items.map((item) => ({ start: item.start, end: item.end, item })),
          display: shown ? { start: shown.start, end: shown.end, item: shown } : { start: event.start, end: event.end },
          title: shown ? shown.title : event.title,
          ...(current ? { role: 'now' as const } : upcoming ? { role: 'next' as const } : {}),
          ...(current && upcoming ? { next: upcoming } : {}),
        };
      }
      let window: TimerWindow;
      let title: LocalisedText | undefined;
      if (this.session) {
        const item = programme.items.find((candidate) => candidate.id === this.session);
        if (!item) return { kind: 'failure', failure: this.notFound(this.session, programme.items), key: `not-found ${this.session}` };
        window = { start: times.start ?? item.start, end: times.end ?? item.end, item };
        title = item.title;
        if (this.label === null && sharesTitle(item, programme.items, this.i18n.lang, event.defaultLanguage)) {
          const which = { start: item.start, end: item.end, withDay: programme.days.length > 1 };
          return { kind: 'timer', ...base, perItem: false, windows: [window], display: window, title, which };
        }
      } else {
        window = { start: times.start ?? event.start, end: times.end ?? event.end };
        title = event.title;
      }
      if (window.end < window.start) return { kind: 'invalid', problems: [endBeforeStart()] };
      return { kind: 'timer', ...base, perItem: false, windows: [window], display: window, title: this.label ?? title };
    }

    // Standalone: no programme, a start and an end.
    if (this.start === null && this.end === null) return { kind: 'none' };
    const problems: Problem[] = [];
    if (times.start === undefined) problems.push(missing('start'));
    if (times.end === undefined) problems.push(missing('end'));
    if (times.start !== undefined && times.end !== undefined && !(times.end > times.start)) problems.push(endBeforeStart());
    if (problems.length || times.start === undefined || times.end === undefined) return { kind: 'invalid', problems };
    const window = { start: times.start, end: times.end };
    return {
      kind: 'timer',
      perItem: false,
      windows: [window],
      display: window,
      title: this.label ?? undefined,
      eventZone: offsetZone(this.start ?? '') ?? localZone(),
      defaultLanguage: this.i18n.lang,
    };
  }

  /** The `start` and `end` attributes as instants, with a problem for each one that is not valid. */
  private overrides(): { start?: Instant; end?: Instant; problems: Problem[] } {
    const result: { start?: Instant; end?: Instant; problems: Problem[] } = { problems: [] };
    for (const name of ['start', 'end'] as const) {
      const value = this[name];
      if (value === null || value === undefined) continue;
      const parsed = parseOffsetDateTime(value.trim());
      if (parsed) result[name] = parsed.instant;
      else {
        result.problems.push(withEnglishText({ code: 'invalid-time', path: `/${name}`, params: { value } }));
      }
    }
    return result;
  }

  /** The error for a `session` the programme does not have, with the likely id. */
  private notFound(id: string, items: readonly Item[]): SeminarErrorDetail {
    // (A programme is there: its code too.)
    return this.data.code?.notFoundFailure('unknown-item', id, items.map((item) => item.id)) ?? { kind: 'not-found', errors: [] };
  }


  /**
   * Queue the transitions crossed since the previous look at the clock, in
   * order, each once. The first look (or a change of what is timed) only sets
   * the baseline: what was already past then is not announced.
   */
  private catchUp(setup: TimerSetup, warnBefore: number, now: Instant): void {
    const transitions = transitionsOf(setup.windows, warnBefore);
    const definition = transitions.map(transitionKey).join(' ');
    if (definition !== this.definition || this.baseline === undefined) {
      this.definition = definition;
      this.baseline = now;
      this.fired.clear();
      this.pending = [];
      return;
    }
    if (now > this.baseline) {
      const due = transitionsBetween(transitions, this.baseline, now).filter((transition) => !this.fired.has(transitionKey(transition)));
      for (const transition of due) {
        this.fired.add(transitionKey(transition));
        this.pending.push({ transition, now });
      }
      const last = due[due.length - 1];
      if (last) {
        const { window } = last;
        const title = setup.perItem ? window.item?.title : setup.title;
        this.announcement = { kind: last.kind, title, remaining: Math.max(0, window.end - now) };
      }
    }
    this.baseline = now;
  }

  private reportError(): void {
    const setup = this.setup;
    let detail: SeminarErrorDetail | undefined;
    let key: string | undefined;
    if (setup.kind === 'failure' && setup.key) {
      detail = setup.failure;
      key = setup.key;
    } else if (setup.kind === 'invalid') {
      detail = { kind: 'invalid', errors: setup.problems };
      key = `invalid ${JSON.stringify(setup.problems.map((problem) => [problem.path, problem.code, problem.params]))}`;
    }
    if (detail && key !== this.errorReported) {
      emit(this, new SeminarErrorEvent(detail));
    }
    this.errorReported = key;
  }

  protected override render(): TemplateResult | typeof nothing {
    const setup = this.setup;
    switch (setup.kind) {
      case 'none':
        return nothing;
      case 'loading':
        return html`<div part="base" class="timer skeleton" aria-busy="true" lang=${this.i18n.locale}>
          <span class="visually-hidden">${loadingText()}</span>
          <div class="bar"></div>
        </div>`;
      case 'failure':
        return this.frame(
          renderFailure(setup.failure, {
            message: msg('This timer cannot be shown.'),
            report: this.failureReport,
            locale: this.i18n.formatLocale,
            onRetry: () => {
              this.data.data?.retry();
            },
          }),
        );
      case 'invalid':
        return this.frame(
          renderFailure(
            { kind: 'invalid', errors: setup.problems },
            {
              message: msg('This timer cannot be shown.'),
              report: this.failureReport,
              locale: this.i18n.formatLocale,
              hint: msg('Give the start and the end as a date and time with an offset, such as 2016-07-08T08:45+02:00.'),
            },
          ),
        );
      case 'timer':
        return this.timer ? this.renderTimer(setup, this.timer) : nothing;
    }
  }

  private frame(content: TemplateResult): TemplateResult {
    return html`<div class="frame" lang=${this.i18n.locale}>${content}</div>`;
  }

  private renderTimer(setup: TimerSetup, timer: TimerState): TemplateResult {
    const format = this.shownFormat;
    const zone = displayTimeZone(this.timeZone, setup.eventZone);
    const language: ContentLanguage = { lang: this.i18n.lang, defaultLanguage: setup.defaultLanguage, ui: this.i18n.locale };
    const title = renderText(setup.title, language);
    const hasLabel = title !== nothing;
    const status = this.statusText(timer, format);
    const value = this.renderValue(timer, format, zone);
    const labelledBy = [hasLabel ? 'label' : '', status ? 'status' : ''].filter(Boolean).join(' ');
    const valueClass = `value ${value.digits ? 'digits' : 'words'} ${timer.phase === 'ended' && this.overtime ? 'over' : ''}`;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcementText(language)}</div>`;

    if (format === 'compact') {
      // A phrase of the host's sentence ("The debate ends in 35:00"): the title
      // only when \`label\` asks for it, else it names the timer for assistive technology.
      const label = this.label ? html`<span part="label" class="label" id="label">${this.label}${this.renderWhich(setup, zone)}</span> ` : nothing;
      const shown = html`<span part="value" class=${valueClass}>${value.content}</span>`;
      return html`<span part="base" class="compact" lang=${this.i18n.locale}
        >${label}<span
          role="timer"
          aria-live="off"
          aria-labelledby=${this.label ? 'label' : nothing}
          aria-label=${this.label ? nothing : (textOf(setup.title, language) ?? nothing)}
          >${compactPhrase(timer, this.overtime, shown)}</span
        >${live}</span
      >`;
    }

    const eyebrow = setup.role === 'now' ? msg('Now') : setup.role === 'next' ? msg('Next') : undefined;
    return html`<div part="base" class="timer" lang=${this.i18n.locale}>
      ${eyebrow ? html`<p part="eyebrow" class="eyebrow">${eyebrow}</p>` : nothing}
      ${hasLabel ? html`<p part="label" class="label" id="label">${title}${this.renderWhich(setup, zone)}</p>` : nothing}
      ${status ? html`<p part="status" class="status" id="status">${status}</p>` : nothing}
      <div part="value" class=${valueClass} role="timer" aria-live="off" aria-labelledby=${labelledBy || nothing}>${value.content}</div>
      ${timer.phase === 'running' ? this.renderProgress(timer) : nothing}
      ${format === 'long' ? this.renderDetails(setup, timer, zone) : nothing}
      ${format === 'long' && setup.next ? this.renderNext(setup.next, zone, language) : nothing}
      ${live}
    </div>`;
  }

  /** Which of the items with this title: " (10:30 – 11:15 AM)", with the weekday in a programme of several days. */
  private renderWhich(setup: TimerSetup, zone: string): TemplateResult | typeof nothing {
    const which = setup.which;
    if (!which) return nothing;
    const locale = this.i18n.formatLocale;
    const options: Intl.DateTimeFormatOptions = which.withDay
      ? { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: zone }
      : { hour: 'numeric', minute: '2-digit', timeZone: zone };
    const format = cachedIntl(['which', locale, zone, which.withDay], () => new Intl.DateTimeFormat(locale, options));
    return html` <span class="which">(${format.formatRange(which.start, Math.max(which.end, which.start))})</span>`;
  }

  /** What the time means, above it; nothing when the value says it all ("Ended"). */
  private statusText(timer: TimerState, format: TimerFormat): string | undefined {
    switch (timer.phase) {
      case 'upcoming':
        return timer.near || format === 'clock' ? msg('Starts in') : msg('Starts');
      case 'running':
        return timer.warning ? msg('Time is almost up') : msg('Time left');
      case 'ended':
        // "Ended" is the value itself, in every format (never "Ended" over "00:00").
        return this.overtime ? msg('Over time') : undefined;
    }
  }

  private renderValue(timer: TimerState, format: TimerFormat, zone: string): { content: TemplateResult | string; digits: boolean } {
    const locale = this.i18n.formatLocale;
    switch (timer.phase) {
      case 'ended':
        if (this.overtime) return { content: `+${formatDigits(timer.overtime, locale, 'down')}`, digits: true };
        return { content: msg('Ended'), digits: false };
      case 'running':
        return { content: formatDigits(timer.remaining, locale, 'up'), digits: true };
      case 'upcoming': {
        if (timer.near || format === 'clock') return { content: formatDigits(timer.remaining, locale, 'up'), digits: true };
        const far = farAway(this.time, timer.target, zone);
        const day = formatFarAway(far, locale);
        const time = formatTime(timer.target, this.formatOptions(zone));
        const words = far.withTime ? msg(str`${day} at ${time}`) : day;
        return { content: html`<time datetime=${new Date(timer.target).toISOString()}>${words}</time>`, digits: false };
      }
    }
  }

  private renderProgress(timer: TimerState): TemplateResult {
    const max = Math.max(1, Math.round(timer.duration / 1000));
    const value = Math.min(max, Math.floor(timer.elapsed / 1000));
    return html`<progress part="progress" max=${max} .value=${value} aria-label=${msg('Time elapsed')}></progress>`;
  }

  private renderDetails(setup: TimerSetup, timer: TimerState, zone: string): TemplateResult {
    const { start, end } = setup.display;
    if (timer.phase === 'running') {
      const when = this.when(end, zone);
      return html`<p part="details" class="details">
        <time datetime=${new Date(end).toISOString()}>${msg(str`Ends at ${when}`)}</time>
      </p>`;
    }
    return html`<p part="details" class="details">
      <time datetime=${new Date(start).toISOString()}>${formatSpan(start, end, this.i18n.formatLocale, zone)}</time>
    </p>`;
  }

  private renderNext(item: Item, zone: string, language: ContentLanguage): TemplateResult {
    const title = renderText(item.title, language);
    const time = html`<time datetime=${new Date(item.start).toISOString()}>${this.when(item.start, zone)}</time>`;
    return html`<p part="next" class="next">${msg(html`Next: ${title} at ${time}`)}</p>`;
  }

  /** A time of day, with the date when it is not today's. */
  private when(instant: Instant, zone: string): string {
    return zonedDate(instant, zone) === zonedDate(this.time, zone)
      ? formatTime(instant, this.formatOptions(zone))
      : formatDateTime(instant, this.i18n.formatLocale, zone);
  }

  /** The live region's text: the last transition, never the ticking time. */
  private announcementText(language: ContentLanguage): string {
    const announcement = this.announcement;
    if (!announcement) return '';
    const title = textOf(announcement.title, language);
    switch (announcement.kind) {
      case 'start':
        return title ? msg(str`Started: ${title}.`) : msg('It has started.');
      case 'warning': {
        const left = formatDuration(roundUpForSpeech(announcement.remaining), this.i18n.formatLocale, 'long');
        return title ? msg(str`${title}: ${left} left.`) : msg(str`${left} left.`);
      }
      case 'end':
        return title ? msg(str`Ended: ${title}.`) : msg('Time is up.');
    }
  }
}

/** The compact format's phrase around the value, in the words of a sentence. */
function compactPhrase(timer: TimerState, overtime: boolean, value: TemplateResult): TemplateResult | string {
  switch (timer.phase) {
    case 'upcoming':
      return timer.near ? msg(html`starts in ${value}`) : msg(html`starts ${value}`);
    case 'running':
      return msg(html`ends in ${value}`);
    case 'ended':
      return overtime ? msg(html`over time: ${value}`) : msg('ended');
  }
}

/** Time left as announced: whole minutes (rounded up), or whole seconds under a minute. */
function roundUpForSpeech(milliseconds: number): number {
  const unit = milliseconds >= 60_000 ? 60_000 : 1000;
  return Math.ceil(milliseconds / unit) * unit;
}

/** Whether another item of the programme has the same title as `item` (in the language shown). */
function sharesTitle(item: Item, items: readonly Item[], lang: string, defaultLanguage: string): boolean {
  const title = (i: Item) => localise(i.title, lang, defaultLanguage)?.text.trim().toLocaleLowerCase();
  const own = title(item);
  return items.some((other) => other !== item && title(other) === own);
}

function missing(name: 'start' | 'end'): Problem {
  return withEnglishText({ code: 'missing-field', path: `/${name}` });
}

function endBeforeStart(): Problem {
  return withEnglishText({ code: 'end-before-start', path: '/end' });
}

/** The viewer's time zone. */
function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The offset written in an ISO date-time (`+02:00`, `Z` → `UTC`) as a zone `Intl` accepts, if it does. */
function offsetZone(value: string): string | undefined {
  const match = /(Z|[+-]\d{2}:\d{2})$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const zone = match[1].toUpperCase() === 'Z' ? 'UTC' : match[1];
  // Asked each second by each timer: whether Intl accepts the zone is remembered (a formatter costs far more).
  let known = acceptedZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    acceptedZones.set(zone, known);
  }
  return known ? zone : undefined;
}
const acceptedZones = new Map<string, boolean>();
