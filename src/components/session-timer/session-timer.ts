/**
 * <session-timer>: a countdown to a session or the whole event, the time left
 * while it runs, and the overtime after it: for a web page, a moderator's
 * screen or a lobby display (`mode="next"`).
 *
 * The state is a pure function of the timed window(s) and the time (see
 * timer-state.ts); the element only asks the shared clock (clock.ts) to wake
 * it as often as its display changes.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ProgrammeElement } from '../../internal/programme-element.js';
import { notFoundFailure, ProgrammeController, type SeminarChangeDetail, type SeminarErrorDetail } from '../../internal/programme-controller.js';
import { ClockController, dateTime, nowProblem, parseNow, type Granularity } from '../../internal/clock.js';
import { renderFailure } from '../../internal/status-view.js';
import { loadingText } from '../../internal/loading-text.js';
import { FailureReport } from '../../internal/failure-report.js';
import { withEnglishText } from '../../internal/messages.js';
import { baseStyles } from '../../internal/styles.js';
import { compactHostStyles } from '../../internal/compact-host.styles.js';
import { msg, str } from '../../internal/localize.js';
import { displayTimeZone, renderText, type ContentLanguage } from '../../internal/content.js';
import { cachedIntl, formatTime, formatTimeRange } from '../../model/format.js';
import { formatDuration } from '../../model/duration-format.js';
import { localise } from '../../model/text.js';
import { isInstantInRange, isValidTimeZone, parseOffsetDateTime, zonedDate } from '../../model/time.js';
import type { Instant, Item, LocalisedText, Problem } from '../../model/types.js';
import {
  currentAndNext,
  farAway,
  nextTransitionAt,
  parseWarnBefore,
  tickGranularity,
  timerState,
  transitionKey,
  transitionsBetween,
  transitionsOf,
  type TimerVariant,
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
import { formatDateTime, formatDigits, formatFarAway, formatMinutes, formatSpan } from './timer-format.js';
import { sessionTimerStyles } from './session-timer.styles.js';

export type { SeminarTimerDetail } from '../../events/timer-detail.js';

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
  | { kind: 'cancelled'; title: LocalisedText | undefined; defaultLanguage: string }
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

/** The last transition, or a new time of what is timed, for the live region. */
type Announcement =
  | {
      kind: Transition['kind'];
      title: LocalisedText | undefined;
      /** Time left when a warning was announced (ms). */
      remaining: number;
    }
  | { kind: 'moved'; title: LocalisedText | undefined; start: Instant; end: Instant };

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
 * @attr session - The item id to time, e.g. `debate-1`; without it (and without `mode`), the whole event.
 * @attr mode - `next`: always the item on now, or else the next one, advancing through the day (ignores `session`, `start`, `end`, `label`); cancelled items are skipped.
 * @attr start - Start as an ISO date-time with offset, e.g. `2016-07-08T08:45+02:00`: a standalone timer without a programme, or an override of the item's start. The `start` property also takes epoch milliseconds or a `Date`.
 * @attr end - End as an ISO date-time with offset (standalone, or an override: a session running late); the property also takes epoch milliseconds or a `Date`.
 * @attr label - What is timed, shown above the time (overrides the item's or event's title).
 * @attr now - Freeze the clock at this ISO instant (demos, screenshots); the `now` property also takes epoch milliseconds or a `Date`.
 * @attr warn-before - Warning this long before the end: an ISO 8601 duration (`PT5M`) or minutes (`5`).
 * @attr variant - `full` (default: title, time, progress, times), `compact` (one line, inline) or `clock` (digits only, large, for a stage).
 * @attr overtime - After the end, count the time past it up (`+02:15`) instead of showing "Ended".
 * @attr precision - `auto` (default): the time in seconds (`12:34`), or in whole minutes (`13 min`, updated once a minute) when the visitor prefers reduced motion; `seconds` or `minutes` to choose. Whenever seconds can tick, a "Show seconds" toggle lets the visitor stop them (RGAA 13.8).
 * @attr time-zone - `event` (default), `local` (the viewer's zone) or an IANA zone name. A standalone timer's event zone is the offset of its `start`. An IANA name is also the zone in which the times of a source without a zone are read.
 * @attr theme - `light` or `dark`: draw that scheme, on a surface of its own, whatever the page. Absent: follow the page behind the element (its background, DSFR's `data-fr-theme`, or its CSS `color-scheme`).
 * @attr state - Read-only: `upcoming`, `running` or `ended` (absent while loading or on error).
 * @attr warning - Read-only: present while running within `warn-before` of the end.
 * @attr cancelled - Read-only: present when the timed session is cancelled in the programme (its `status`); the timer then shows "Cancelled", has no `state` and fires no transition.
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
 * @csspart seconds - The "Show seconds" toggle (stops the per-second updates).
 * @csspart details - The date and times, or the end time while running.
 * @csspart next - "Next: … at …" while an item runs (`mode="next"`).
 * @csspart error - The error message.
 * @csspart retry - The retry button of a load error.
 *
 * @cssprop --seminar-timer-size - Size of the digits (default: 15% of the element's width, 19% with `variant="clock"`).
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
 * @fires {SeminarErrorEvent} seminar-error - Loading failed, the programme is invalid, it has no such item (`kind: 'not-found'`), or `start`/`end`/`now` are not valid times in the years 0001–9999 (`kind: 'invalid'`, paths `/start`, `/end`, `/now`); `detail` has `kind` and `errors` (each with `code`, `path`, `params` and a `message`: the English of the short text the element shows for it, not the validator's detailed message).
 * @fires {SeminarChangeEvent} seminar-change - A followed `src` changed; `detail` has `added`, `removed`, `moved` and `edited` items (each change with `item`, `previous` and `fields`), `event`, `programme` and `previous`.
 */
export class SessionTimer extends ProgrammeElement {
  static override styles = [baseStyles, compactHostStyles, sessionTimerStyles];

  static override properties = {
    session: { reflect: true },
    mode: { reflect: true },
    start: {},
    end: {},
    label: {},
    now: {},
    warnBefore: { attribute: 'warn-before' },
    variant: { reflect: true },
    overtime: { type: Boolean, reflect: true },
    precision: { reflect: true },
    secondsChoice: { state: true },
    reducedMotion: { state: true },
    state: { reflect: true },
    warning: { type: Boolean, reflect: true },
    cancelled: { type: Boolean, reflect: true },
  };

  /** The id of the item to time; none: the whole event. */
  session: string | null = null;
  /** `next`: the item on now, or the next one. */
  mode: 'next' | null = null;
  /** ISO date-time with offset (or epoch milliseconds, or a `Date`). */
  start: string | number | Date | null = null;
  /** ISO date-time with offset (or epoch milliseconds, or a `Date`). */
  end: string | number | Date | null = null;
  /** Title shown above the time. */
  label: string | null = null;
  /** A fixed time instead of the clock: ISO instant, epoch milliseconds or a `Date`. */
  now: string | number | Date | null = null;
  /** ISO 8601 duration or minutes. */
  warnBefore: string | number | null = null;
  /** `full` (default: title, time, progress, times), `compact` (one line, inline) or `clock` (digits only, large, for a stage). */
  variant: TimerVariant = 'full';
  /** Count the time past the end up. */
  overtime = false;
  /** Seconds, whole minutes, or `auto`: seconds unless the visitor prefers reduced motion. */
  precision: 'auto' | 'seconds' | 'minutes' = 'auto';
  /** Read-only: where the timer is. */
  state: TimerPhase | undefined = undefined;
  /** Read-only: running within `warn-before` of the end. */
  warning = false;
  /** Read-only: the timed session is cancelled (the programme's `status`); `state` is then absent. */
  cancelled = false;

  private readonly data = new ProgrammeController(this, {
    onChange: (detail) => {
      this.programmeChanged(detail);
    },
  });
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
  /** The visitor's "Show seconds" toggle, once used (it wins over `precision`). */
  private secondsChoice: boolean | undefined;
  private reducedMotion = false;
  private motion: MediaQueryList | undefined;
  private readonly onMotion = (): void => {
    this.reducedMotion = Boolean(this.motion?.matches);
  };
  private transitionCache: { key: unknown; warnBefore: number; transitions: Transition[]; definition: string } | undefined;
  /** `warn-before` in milliseconds (0: none), as this update read it. */
  private warnBeforeTime = 0;
  /** When the next transition happens: until then, a tick announces nothing. */
  private nextTransition = Infinity;
  /** What the last update drew that ticks: the digits (if the value is digits) and the progress bar's value (if running). */
  private drawn: { digits: string | undefined; progress: number | undefined } | undefined;
  /** Where a tick writes them (found again after each update). */
  private tickNodes: { text: Text | undefined; progress: HTMLProgressElement | undefined } | undefined;
  /** A tick wrote the digits or the bar since the last update. */
  private tickedSince = false;
  /** The zone the times are shown in, for this update. */
  private zone = 'UTC';
  /** The date of this update's time there (`YYYY-MM-DD`): shown dates depend on it. */
  private day = '';
  /** The last `start` and `end` read, and what they gave (they are read at every tick). */
  private overrideCache: { start: unknown; end: unknown; result: ReturnType<SessionTimer['readOverrides']> } | undefined;
  private readonly failureReport = new FailureReport(this, 'timer');

  constructor() {
    super();
    // The shared clock wakes the element as often as its display changes, and not at all once it cannot change.
    new ClockController(
      this,
      () => this.granularity,
      (now) => this.tick(now),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.motion ??= matchMedia('(prefers-reduced-motion: reduce)');
    this.motion.addEventListener('change', this.onMotion);
    this.onMotion();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motion?.removeEventListener('change', this.onMotion);
  }

  /** The deprecated `format` is the old name of `variant` on the timer. */
  protected override get formatIs(): 'variant' {
    return 'variant';
  }

  /** Whether the time is shown to the second (else in whole minutes): RGAA 13.8. */
  private get showSeconds(): boolean {
    return this.secondsChoice ?? (this.precision === 'seconds' || (this.precision !== 'minutes' && !this.reducedMotion));
  }

  /** The fixed `now`, if valid (an invalid one is an error: see `resolve`). */
  private get fixedTime(): Instant | undefined {
    return parseNow(this.now);
  }

  protected override willUpdate(): void {
    const fixed = this.fixedTime;
    this.data.setSources(this.programmeSources(fixed));
    const now = fixed ?? this.currentTime();
    this.time = now;
    this.setup = this.resolve(now);
    this.cancelled = this.setup.kind === 'cancelled';
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
    const setup = this.setup;
    this.zone = displayTimeZone(this.timeZone, setup.eventZone, this.timeZone === 'local' ? this.viewerTimeZone(setup.eventZone) : setup.eventZone);
    this.day = dayOf(now, this.zone);
    const warnBefore = parseWarnBefore(this.warnBefore) ?? 0;
    this.warnBeforeTime = warnBefore;
    const timer = timerState(setup.display, now, warnBefore);
    this.timer = timer;
    this.state = timer.phase;
    this.warning = timer.warning;
    // Transitions are the browser's to announce, from its first look at its own clock.
    if (!isServer && !this.hydrating) this.catchUp(setup, warnBefore, now);
    this.granularity = fixed === undefined ? this.granularityOf(timer, setup.display, warnBefore) : undefined;
  }

  /** How often the display of `timer` changes: the shared clock wakes the element that often. */
  private granularityOf(timer: TimerState, display: TimerWindow, warnBefore: number): Granularity | undefined {
    const granularity = tickGranularity(timer, { digitsAlways: this.shownVariant === 'clock', overtime: this.overtime });
    // In whole minutes, the display changes once a minute; transitions off the minute still need the second.
    const { start, end } = display;
    const onTheMinute = start % 60_000 === 0 && end % 60_000 === 0 && (end - warnBefore) % 60_000 === 0;
    return granularity === 'second' && !this.showSeconds && onTheMinute ? 'minute' : granularity;
  }

  /**
   * A tick of the shared clock. Most ticks change only the time shown: the
   * digits and the progress bar are then written where the last update drew
   * them, without updating the whole element (a thousand timers tick every
   * second). Anything more — a transition to announce, a new phase, the
   * warning, another day (dates shown change), a change waiting to be drawn,
   * a clock set back — takes a whole update. Returns whether the tick was
   * taken care of; never throws (the update that follows shows any error).
   */
  private tick(now: Instant): boolean {
    try {
      const setup = this.setup;
      const shown = this.timer;
      // mode="next": the item shown changes only as items start and end, which are transitions.
      if (this.isUpdatePending || !this.hasUpdated || this.hydrating || setup.kind !== 'timer' || !shown) return false;
      if (now < this.time || now >= this.nextTransition) return false;
      const warnBefore = this.warnBeforeTime;
      const timer = timerState(setup.display, now, warnBefore);
      if (timer.phase !== shown.phase || timer.warning !== shown.warning || timer.near !== shown.near) return false;
      if (this.granularityOf(timer, setup.display, warnBefore) !== this.granularity) return false;
      if (dayOf(now, this.zone) !== this.day) return false;
      // What the last update drew that ticks is drawn again: the digits, the bar (in the formats that have one).
      const drawn = this.drawn;
      if (!drawn) return false;
      const digits = drawn.digits === undefined ? undefined : this.digits(timer, this.shownVariant);
      if (!this.write(digits, drawn.progress === undefined ? undefined : this.progress(timer).value)) return false;
      this.time = now;
      this.timer = timer;
      this.baseline = now;
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Writes the digits and the bar's value where the last update drew them
   * (`undefined`: not shown). False when they are not where expected.
   */
  private write(digits: string | undefined, progress: number | undefined): boolean {
    const nodes = (this.tickNodes ??= this.findTickNodes());
    if ((digits !== undefined && !nodes.text) || (progress !== undefined && !nodes.progress)) return false;
    if (digits !== undefined && nodes.text && nodes.text.data !== digits) nodes.text.data = digits;
    if (progress !== undefined && nodes.progress && nodes.progress.value !== progress) nodes.progress.value = progress;
    this.tickedSince = true;
    return true;
  }

  /** The text of the value (when it is the only text in it) and the progress bar. */
  private findTickNodes(): { text: Text | undefined; progress: HTMLProgressElement | undefined } {
    const root = this.renderRoot;
    const texts = [...(root.querySelector('[part~="value"]')?.childNodes ?? [])].filter((node): node is Text => node.nodeType === Node.TEXT_NODE);
    return { text: texts.length === 1 ? texts[0] : undefined, progress: root.querySelector('progress') ?? undefined };
  }

  protected override updated(): void {
    this.tickNodes = undefined;
    if (this.tickedSince) {
      // Lit compares with what it drew itself, not with what ticks wrote since: draw the update's time again.
      this.tickedSince = false;
      if (this.drawn) this.write(this.drawn.digits, this.drawn.progress);
      this.tickedSince = false;
    }
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

  private get shownVariant(): TimerVariant {
    return this.variant === 'compact' || this.variant === 'clock' ? this.variant : 'full';
  }

  /** What to show at `now`: a timer, or why there is none. */
  private resolve(now: Instant): Setup {
    const { status, failure, programme } = this.data;
    if (status === 'error' && failure) return { kind: 'failure', failure };
    if (status === 'loading') return { kind: 'loading' };
    const nowCode = nowProblem(this.now);
    if (nowCode) return { kind: 'invalid', problems: [withEnglishText({ code: nowCode, path: '/now', params: { value: shown(this.now) } })] };
    const next = this.mode === 'next' && programme !== undefined;
    const times = next ? { problems: [] } : this.overrides();
    if (times.problems.length) return { kind: 'invalid', problems: times.problems };

    if (programme) {
      const { event } = programme;
      const base = { eventZone: event.timeZone, defaultLanguage: event.defaultLanguage };
      if (next) {
        // A cancelled item is never on now or next.
        const { current, next: upcoming } = currentAndNext(activeItems(programme.items), now);
        const shown = current ?? upcoming;
        return {
          kind: 'timer',
          ...base,
          perItem: true,
          windows: itemWindows(programme.items),
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
        if (item.status === 'cancelled') return { kind: 'cancelled', title: this.label ?? item.title, defaultLanguage: event.defaultLanguage };
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
      // The host's own label is in the element's language, not the programme's default.
      const label = this.label === null ? title : { [this.i18n.lang]: this.label };
      return { kind: 'timer', ...base, perItem: false, windows: [window], display: window, title: label };
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
      eventZone: offsetZone(typeof this.start === 'string' ? this.start : '') ?? localZone(),
      defaultLanguage: this.i18n.lang,
    };
  }

  /**
   * The `start` and `end` properties as instants, with a problem for each one
   * that is not valid: an ISO date-time with offset, epoch milliseconds or a
   * `Date`, in the years 0001–9999.
   */
  private overrides(): { start?: Instant; end?: Instant; problems: Problem[] } {
    const start = overrideKey(this.start);
    const end = overrideKey(this.end);
    const cached = this.overrideCache;
    if (cached && cached.start === start && cached.end === end) return cached.result;
    const result = this.readOverrides();
    this.overrideCache = { start, end, result };
    return result;
  }

  private readOverrides(): { start?: Instant; end?: Instant; problems: Problem[] } {
    const result: { start?: Instant; end?: Instant; problems: Problem[] } = { problems: [] };
    for (const name of ['start', 'end'] as const) {
      const value: unknown = this[name];
      if (value === null || value === undefined) continue;
      const instant = overrideInstant(value);
      const params = { value: shown(value) };
      if (instant === undefined) {
        result.problems.push(withEnglishText({ code: 'invalid-time', path: `/${name}`, params }));
      } else if (!isInstantInRange(instant)) {
        result.problems.push(withEnglishText({ code: 'out-of-range', path: `/${name}`, params }));
      } else {
        result[name] = instant;
      }
    }
    return result;
  }

  /**
   * A followed programme changed: when the item on display got a new time (a
   * session running late), the live region says it once. The transitions are
   * worked out afresh from the new times (`catchUp`), so none fires for the
   * old ones.
   */
  private programmeChanged(detail: SeminarChangeDetail): void {
    const setup = this.setup;
    const shown = setup.kind === 'timer' ? setup.display.item : undefined;
    if (!shown || this.start !== null || this.end !== null) return;
    const change = detail.moved.find((moved) => moved.item.id === shown.id);
    if (change && change.item.status !== 'cancelled') {
      this.announcement = { kind: 'moved', title: change.item.title, start: change.item.start, end: change.item.end };
    }
  }

  /** The error for a `session` the programme does not have, with the likely id. */
  private notFound(id: string, items: readonly Item[]): SeminarErrorDetail {
    return notFoundFailure('unknown-item', id, items.map((item) => item.id));
  }


  /**
   * Queue the transitions crossed since the previous look at the clock, in
   * order, each once. The first look (or a change of what is timed) only sets
   * the baseline: what was already past then is not announced.
   */
  private catchUp(setup: TimerSetup, warnBefore: number, now: Instant): void {
    const { transitions, definition } = this.transitionsOf(setup.windows, warnBefore);
    this.nextTransition = nextTransitionAt(transitions, now);
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

  /**
   * The transitions of `windows`, and the key of what is timed: worked out
   * again only when the windows or the warning change (a tick changes
   * neither; a thousand timers tick every second).
   */
  private transitionsOf(windows: readonly TimerWindow[], warnBefore: number): { transitions: Transition[]; definition: string } {
    const key = windows.length === 1 && windows[0] ? `${windows[0].start} ${windows[0].end} ${windows[0].item?.id ?? ''}` : windows;
    const cached = this.transitionCache;
    if (cached?.key === key && cached.warnBefore === warnBefore) return cached;
    const transitions = transitionsOf(windows, warnBefore);
    this.transitionCache = { key, warnBefore, transitions, definition: transitions.map(transitionKey).join(' ') };
    return this.transitionCache;
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
    this.drawn = undefined;
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
              this.data.retry();
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
      case 'cancelled':
        return this.renderCancelled(setup.title, setup.defaultLanguage);
      case 'timer':
        return this.timer ? this.renderTimer(setup, this.timer) : nothing;
    }
  }

  private frame(content: TemplateResult): TemplateResult {
    return html`<div class="frame" lang=${this.i18n.locale}>${content}</div>`;
  }

  /** A cancelled session: its title and "Cancelled", nothing that ticks. */
  private renderCancelled(title: LocalisedText | undefined, defaultLanguage: string): TemplateResult {
    const language: ContentLanguage = { lang: this.i18n.lang, defaultLanguage, ui: this.i18n.locale };
    const label = renderText(title, language);
    if (this.shownVariant === 'compact') {
      return html`<span part="base" class="compact cancelled" lang=${this.i18n.locale}
        >${label === nothing ? nothing : html`<span part="label" class="label">${label}</span> `}<span part="status" class="status"
          >${msg('Cancelled')}</span
        ></span
      >`;
    }
    return html`<div part="base" class="timer cancelled" lang=${this.i18n.locale}>
      ${label === nothing ? nothing : html`<p part="label" class="label">${label}</p>`}
      <p part="value" class="value words">${msg('Cancelled')}</p>
    </div>`;
  }

  private renderTimer(setup: TimerSetup, timer: TimerState): TemplateResult {
    const variant = this.shownVariant;
    const zone = this.zone;
    const language: ContentLanguage = { lang: this.i18n.lang, defaultLanguage: setup.defaultLanguage, ui: this.i18n.locale };
    const title = renderText(setup.title, language);
    const which = this.renderWhich(setup, zone);
    const hasLabel = title !== nothing;
    const status = this.statusText(timer, variant);
    const value = this.renderValue(timer, variant, zone);
    this.drawn = {
      digits: value.digits && typeof value.content === 'string' ? value.content : undefined,
      progress: timer.phase === 'running' && variant !== 'compact' ? this.progress(timer).value : undefined,
    };
    const labelledBy = hasLabel && status ? 'label status' : hasLabel ? 'label' : status ? 'status' : '';
    const valueClass = `value ${value.digits ? (this.showSeconds ? 'digits' : 'digits minutes') : 'words'} ${timer.phase === 'ended' && this.overtime ? 'over' : ''}`;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcementText(language)}</div>`;
    const seconds = value.digits ? this.renderSecondsToggle(variant) : nothing;

    if (variant === 'compact') {
      // A phrase of the host's sentence ("The debate ends in 35:00"): the title
      // only when `label` asks for it, else it names the timer for assistive technology
      // (from a hidden element, where its language can be marked).
      const label = this.label
        ? html`<span part="label" class="label" id="label">${title}${which}</span> `
        : html`<span id="label" hidden>${title}</span>`;
      const shown = html`<span part="value" class=${valueClass}>${value.content}</span>`;
      return html`<span part="base" class="compact" tabindex="-1" lang=${this.i18n.locale}
        >${label}<span role="timer" aria-live="off" aria-labelledby=${hasLabel ? 'label' : nothing}
          >${compactPhrase(timer, this.overtime, shown)}</span
        >${seconds}${live}</span
      >`;
    }

    const eyebrow = setup.role === 'now' ? msg('Now') : setup.role === 'next' ? msg('Next') : undefined;
    // tabindex="-1": where focus goes when the seconds toggle goes away (the time it controlled ended).
    return html`<div part="base" class="timer" tabindex="-1" lang=${this.i18n.locale}>
      ${eyebrow ? html`<p part="eyebrow" class="eyebrow">${eyebrow}</p>` : nothing}
      ${hasLabel ? html`<p part="label" class="label" id="label">${title}${which}</p>` : nothing}
      ${status ? html`<p part="status" class="status" id="status">${status}</p>` : nothing}
      <div part="value" class=${valueClass} role="timer" aria-live="off" aria-labelledby=${labelledBy || nothing}>${value.content}</div>
      ${seconds}
      ${timer.phase === 'running' ? this.renderProgress(timer) : nothing}
      ${variant === 'full' ? this.renderDetails(setup, timer, zone) : nothing}
      ${variant === 'full' && setup.next ? this.renderNext(setup.next, zone, language) : nothing}
      ${live}
    </div>`;
  }

  /**
   * The control of RGAA 13.8: "Hide seconds" (pressed: the time is in whole
   * minutes and changes once a minute). Its text is visible in the full
   * variant, an icon's name in the others.
   */
  private renderSecondsToggle(variant: TimerVariant): TemplateResult {
    const hidden = !this.showSeconds;
    return html`<button
      type="button"
      part="seconds"
      class="seconds"
      aria-pressed=${String(hidden)}
      @click=${() => {
        this.secondsChoice = hidden;
      }}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 3h3v10H4zm5 0h3v10H9z" fill="currentColor" /></svg>
      <span class=${variant === 'full' ? 'text' : 'visually-hidden'}>${msg('Hide seconds')}</span>
    </button>`;
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
  private statusText(timer: TimerState, variant: TimerVariant): string | undefined {
    switch (timer.phase) {
      case 'upcoming':
        return timer.near || variant === 'clock' ? msg('Starts in') : msg('Starts');
      case 'running':
        return timer.warning ? msg('Time is almost up') : msg('Time left');
      case 'ended':
        // "Ended" is the value itself, in every variant (never "Ended" over "00:00").
        return this.overtime ? msg('Over time') : undefined;
    }
  }

  /** The value when it is digits (a countdown, the time left, the overtime counted up), else `undefined`. */
  private digits(timer: TimerState, variant: TimerVariant): string | undefined {
    const locale = this.i18n.formatLocale;
    const shown = this.showSeconds ? formatDigits : formatMinutes;
    switch (timer.phase) {
      case 'ended':
        return this.overtime ? `+${shown(timer.overtime, locale, 'down')}` : undefined;
      case 'running':
        return shown(timer.remaining, locale, 'up');
      case 'upcoming':
        return timer.near || variant === 'clock' ? shown(timer.remaining, locale, 'up') : undefined;
    }
  }

  private renderValue(timer: TimerState, variant: TimerVariant, zone: string): { content: TemplateResult | string; digits: boolean } {
    const digits = this.digits(timer, variant);
    if (digits !== undefined) return { content: digits, digits: true };
    // Words: ended (without the overtime), or a start far away.
    if (timer.phase !== 'upcoming') return { content: msg('Ended'), digits: false };
    const locale = this.i18n.formatLocale;
    const far = farAway(this.time, timer.target, zone);
    const day = formatFarAway(far, locale);
    const time = formatTime(timer.target, this.formatOptions(zone));
    const words = far.withTime ? msg(str`${day} at ${time}`) : day;
    return { content: html`<time datetime=${new Date(timer.target).toISOString()}>${words}</time>`, digits: false };
  }

  /** The progress bar's scale and position: in whole minutes, the bar moves once a minute too. */
  private progress(timer: TimerState): { max: number; value: number } {
    const unit = this.showSeconds ? 1000 : 60_000;
    const max = Math.max(1, Math.round(timer.duration / unit));
    return { max, value: Math.min(max, Math.floor(timer.elapsed / unit)) };
  }

  private renderProgress(timer: TimerState): TemplateResult {
    const { max, value } = this.progress(timer);
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

  /** The live region's text: the last transition, never the ticking time; the title marked with its language. */
  private announcementText(language: ContentLanguage): TemplateResult | string {
    const announcement = this.announcement;
    if (!announcement) return '';
    const title = renderText(announcement.title, language);
    const titled = title !== nothing;
    if (announcement.kind === 'moved') {
      const zone = this.setup.kind === 'timer' ? this.zone : 'UTC';
      const range = formatTimeRange(announcement.start, announcement.end, this.formatOptions(zone));
      return msg(html`New time for ${title}: ${range}.`);
    }
    switch (announcement.kind) {
      case 'start':
        return titled ? msg(html`Started: ${title}.`) : msg('It has started.');
      case 'warning': {
        const left = formatDuration(roundUpForSpeech(announcement.remaining), this.i18n.formatLocale, 'long');
        return titled ? msg(html`${title}: ${left} left.`) : msg(str`${left} left.`);
      }
      case 'end':
        return titled ? msg(html`Ended: ${title}.`) : msg('Time is up.');
    }
  }
}

/** The compact variant's phrase around the value, in the words of a sentence. */
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

/** The last date asked for: every timer asks about the same tick. */
let lastDay = { instant: NaN, zone: '', date: '' };

/** The date of `instant` in `zone` (`YYYY-MM-DD`). */
function dayOf(instant: Instant, zone: string): string {
  if (lastDay.instant !== instant || lastDay.zone !== zone) lastDay = { instant, zone, date: zonedDate(instant, zone) };
  return lastDay.date;
}

/** The items that are not cancelled, found once per programme. */
const activeItemsOf = new WeakMap<readonly Item[], readonly Item[]>();

function activeItems(items: readonly Item[]): readonly Item[] {
  let active = activeItemsOf.get(items);
  if (!active) {
    active = items.filter((item) => item.status !== 'cancelled');
    activeItemsOf.set(items, active);
  }
  return active;
}

/** The windows of every item, made once per programme (`mode="next"` asks at every tick). */
const windowsOfItems = new WeakMap<readonly Item[], TimerWindow[]>();

function itemWindows(items: readonly Item[]): TimerWindow[] {
  let windows = windowsOfItems.get(items);
  if (!windows) {
    // Cancelled items are not timed.
    windows = items.filter((item) => item.status !== 'cancelled').map((item) => ({ start: item.start, end: item.end, item }));
    windowsOfItems.set(items, windows);
  }
  return windows;
}

/** What identifies a `start` or `end` value for the cache: itself, or a `Date`'s time (a `Date` can change). */
function overrideKey(value: unknown): unknown {
  return Object.prototype.toString.call(value) === '[object Date]' ? `Date ${dateTime(value)}` : value;
}

/** A `start` or `end` as an instant: an ISO date-time with offset, epoch milliseconds or a `Date`. */
function overrideInstant(value: unknown): Instant | undefined {
  if (typeof value === 'string') return parseOffsetDateTime(value.trim())?.instant;
  const time = typeof value === 'number' ? value : Object.prototype.toString.call(value) === '[object Date]' ? dateTime(value) : NaN;
  return Number.isFinite(time) ? time : undefined;
}

/** The viewer's time zone. */
function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A value given to a property, as shown in an error (short; never throws). */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : Object.prototype.toString.call(value) === '[object Date]' ? `Date(${dateTime(value)})` : String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The offset written in an ISO date-time (`+02:00`, `Z` → `UTC`) as a zone `Intl` accepts, if it does. */
function offsetZone(value: string): string | undefined {
  const match = /(Z|[+-]\d{2}:\d{2})$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const zone = match[1].toUpperCase() === 'Z' ? 'UTC' : match[1];
  // Checked once per zone (cached by the model): not a new Intl object each second.
  return isValidTimeZone(zone) ? zone : undefined;
}
