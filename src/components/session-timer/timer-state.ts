/**
 * The state of a session timer, as pure functions of the timed window(s) and
 * the time `now`: no DOM, no clock, no formatting. The element asks these
 * functions on every update; it never counts ticks, so sleep, clock changes
 * and DST cannot make it drift (instants are epoch milliseconds).
 */
import type { Granularity } from '../../internal/clock.js';
import { parseDuration, parseIsoDate, zonedDate } from '../../model/time.js';
import type { Instant, Item } from '../../model/types.js';

/** Where a timer is: before its start, between start and end, after its end. */
export type TimerPhase = 'upcoming' | 'running' | 'ended';

/** What the timer shows: everything, one line, or the digits alone (for a stage). */
export type TimerVariant = 'full' | 'compact' | 'clock';

/** The moments a timer announces: its start, the start of its warning, its end. */
export type TransitionKind = 'start' | 'warning' | 'end';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * An upcoming start closer than this is shown as a ticking countdown
 * (`mm:ss`); further away it is shown in words ("tomorrow at 08:45").
 */
export const COUNTDOWN_WITHIN = 60 * MINUTE;

/** A span of time to follow: an item, the whole event, or a standalone start and end. */
export interface TimerWindow {
  start: Instant;
  /** Not before `start`; equal to it for an item without an end. */
  end: Instant;
  /** The programme item, when the window is one. */
  item?: Item;
}

export interface TimerState {
  phase: TimerPhase;
  /** Running, and within `warn-before` of the end. */
  warning: boolean;
  /** The instant the display is about: the start while upcoming, the end after that. */
  target: Instant;
  /** Milliseconds until `target` (0 once ended). */
  remaining: number;
  /** Milliseconds since the end (0 until ended). */
  overtime: number;
  /** Milliseconds since the start (0 while upcoming, the duration once ended). */
  elapsed: number;
  /** The window's length in milliseconds. */
  duration: number;
  /** Upcoming and closer than `COUNTDOWN_WITHIN`: show a countdown rather than words. */
  near: boolean;
}

/** The state of `window` at `now`; `warnBefore` (ms, 0 for none) sets the warning. */
export function timerState(window: TimerWindow, now: Instant, warnBefore = 0): TimerState {
  const { start, end } = window;
  const duration = Math.max(0, end - start);
  if (now < start) {
    const remaining = start - now;
    return { phase: 'upcoming', warning: false, target: start, remaining, overtime: 0, elapsed: 0, duration, near: remaining < COUNTDOWN_WITHIN };
  }
  if (now < end) {
    const warnAt = warningAt(window, warnBefore);
    return {
      phase: 'running',
      warning: warnAt !== undefined && now >= warnAt,
      target: end,
      remaining: end - now,
      overtime: 0,
      elapsed: now - start,
      duration,
      near: false,
    };
  }
  return { phase: 'ended', warning: false, target: end, remaining: 0, overtime: now - end, elapsed: duration, duration, near: false };
}

/**
 * When the warning starts: `warnBefore` before the end, but not before the
 * start (a warning longer than the session starts with it). `undefined` when
 * there is no warning, or the window has no length.
 */
export function warningAt(window: TimerWindow, warnBefore: number): Instant | undefined {
  if (!(warnBefore > 0) || !(window.end > window.start)) return undefined;
  return Math.max(window.start, window.end - warnBefore);
}

/** A moment the timer announces (with an event and in its live region). */
export interface Transition {
  kind: TransitionKind;
  /** When it happens (scheduled, not when it was noticed). */
  at: Instant;
  window: TimerWindow;
}

/**
 * Every transition of `windows`, in the order they happen. At the same
 * instant, an end comes before a start (one item ends as the next begins),
 * and a window's own start comes before its warning and its end.
 */
export function transitionsOf(windows: readonly TimerWindow[], warnBefore: number): Transition[] {
  const ranked: { transition: Transition; rank: number; index: number }[] = [];
  windows.forEach((window, index) => {
    ranked.push({ transition: { kind: 'start', at: window.start, window }, rank: 1, index });
    const warnAt = warningAt(window, warnBefore);
    if (warnAt !== undefined) ranked.push({ transition: { kind: 'warning', at: warnAt, window }, rank: 2, index });
    // The end of an empty window (no length) follows its own start.
    ranked.push({ transition: { kind: 'end', at: window.end, window }, rank: window.end > window.start ? 0 : 3, index });
  });
  ranked.sort((a, b) => a.transition.at - b.transition.at || a.rank - b.rank || a.index - b.index);
  return ranked.map(({ transition }) => transition);
}

/**
 * The transitions that happened after `from` and up to `to` (`from < at <= to`),
 * in order: what the timer missed between two looks at the clock, however far apart.
 */
export function transitionsBetween(transitions: readonly Transition[], from: Instant, to: Instant): Transition[] {
  return transitions.filter((transition) => transition.at > from && transition.at <= to);
}

/** When the first transition after `instant` happens (`Infinity`: none). */
export function nextTransitionAt(transitions: readonly Transition[], instant: Instant): Instant {
  return transitions.find((transition) => transition.at > instant)?.at ?? Infinity;
}

/** A stable key for a transition, to fire each one once. */
export function transitionKey(transition: Transition): string {
  return `${transition.kind}@${transition.at}@${transition.window.item?.id ?? ''}`;
}

/**
 * For `mode="next"`: the item running at `now` (the one that started last,
 * when several overlap) and the first item that starts after `now`.
 * Items without a length are never current; items are in time order.
 */
export function currentAndNext(items: readonly Item[], now: Instant): { current?: Item; next?: Item } {
  let current: Item | undefined;
  let next: Item | undefined;
  for (const item of items) {
    if (item.start <= now && now < item.end) {
      if (!current || item.start > current.start) current = item;
    } else if (item.start > now && (!next || item.start < next.start)) {
      next = item;
    }
  }
  return { ...(current ? { current } : {}), ...(next ? { next } : {}) };
}

/**
 * How often the display changes, so the element subscribes to the shared
 * clock no more often than needed: every second while digits are shown,
 * every minute for a far-away start in words (every second in its last
 * minute, so the countdown starts on time), never once ended (unless it
 * counts the overtime up).
 */
export function tickGranularity(state: TimerState, options: { digitsAlways: boolean; overtime: boolean }): Granularity | undefined {
  switch (state.phase) {
    case 'ended':
      return options.overtime ? 'second' : undefined;
    case 'running':
      return 'second';
    case 'upcoming':
      if (options.digitsAlways || state.near) return 'second';
      return state.remaining - COUNTDOWN_WITHIN <= MINUTE ? 'second' : 'minute';
  }
}

/** Calendar days from the day of `from` to the day of `to`, both in `timeZone` (DST-safe). */
export function calendarDaysBetween(from: Instant, to: Instant, timeZone: string): number {
  const day = (instant: Instant) => {
    const date = parseIsoDate(zonedDate(instant, timeZone));
    return date ? Date.UTC(date.year, date.month - 1, date.day) : 0;
  };
  return Math.round((day(to) - day(from)) / DAY);
}

/** A far-away start in words: a count of days, weeks, months or years, with the time when it is today or tomorrow. */
export interface FarAway {
  unit: 'day' | 'week' | 'month' | 'year';
  value: number;
  /** Today or tomorrow: say the time too ("tomorrow at 08:45"). */
  withTime: boolean;
}

/** How to say how far away `target` is, counted in calendar days of `timeZone`. */
export function farAway(now: Instant, target: Instant, timeZone: string): FarAway {
  const days = calendarDaysBetween(now, target, timeZone);
  if (days <= 1) return { unit: 'day', value: Math.max(0, days), withTime: true };
  if (days < 14) return { unit: 'day', value: days, withTime: false };
  if (days < 60) return { unit: 'week', value: Math.round(days / 7), withTime: false };
  if (days < 548) return { unit: 'month', value: Math.round(days / 30.4375), withTime: false };
  return { unit: 'year', value: Math.round(days / 365.25), withTime: false };
}

/**
 * A duration attribute in milliseconds: an ISO 8601 duration (`PT5M`) or a
 * number of minutes (`5`, `2.5`); `undefined` when absent or not valid.
 */
export function parseWarnBefore(value: unknown): number | undefined {
  if (typeof value === 'number') return parseDuration(value);
  if (typeof value !== 'string' || value === '') return undefined;
  const text = value.trim();
  return parseDuration(/^\d+(?:\.\d+)?$/.test(text) ? Number(text) : text);
}
