/**
 * One clock for every widget on the page.
 *
 * However many timers and agendas a page has, there is one `setTimeout` at a
 * time, set for the next second (or minute) boundary that a subscriber needs.
 * While the page is hidden nothing is scheduled; when it is shown again every
 * subscriber hears the current time at once. Subscribers always read the wall
 * clock (`Date.now()`), never count ticks, so sleep, clock changes and DST
 * cannot make them drift.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isInstantInRange } from '../model/time.js';

/** How often a subscriber needs to hear the time. */
export type Granularity = 'second' | 'minute';

type Listener = (now: number) => void;

interface Subscription {
  listener: Listener;
  granularity: Granularity;
}

const STEP: Record<Granularity, number> = { second: 1000, minute: 60_000 };

const subscriptions = new Set<Subscription>();
let timer: ReturnType<typeof setTimeout> | undefined;
let lastTick = 0;
let watchingVisibility = false;

/** Counters for tests and benchmarks: how often the clock woke the page. */
export const clockStats = { wakeUps: 0 };

function hidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

function finest(): Granularity | undefined {
  let result: Granularity | undefined;
  for (const { granularity } of subscriptions) {
    if (granularity === 'second') return 'second';
    result = granularity;
  }
  return result;
}

function schedule(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const granularity = finest();
  if (!granularity || hidden()) return;
  const step = STEP[granularity];
  const now = Date.now();
  // Wake just after the next boundary, so the displayed value has changed.
  const delay = step - (now % step) + 5;
  timer = setTimeout(tick, delay);
}

function tick(): void {
  timer = undefined;
  clockStats.wakeUps++;
  notify(false);
  schedule();
}

/** Tell the subscribers whose boundary has passed (all of them when `all`). */
function notify(all: boolean): void {
  const now = Date.now();
  const minuteChanged = Math.floor(now / STEP.minute) !== Math.floor(lastTick / STEP.minute);
  lastTick = now;
  for (const subscription of [...subscriptions]) {
    if (all || subscription.granularity === 'second' || minuteChanged) {
      try {
        subscription.listener(now);
      } catch (error) {
        // One broken listener must not stop the clock for the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

function onVisibilityChange(): void {
  if (!hidden()) notify(true);
  schedule();
}

/** Hear the time at each `granularity` boundary while the page is visible. Returns the unsubscribe function. */
export function subscribe(listener: Listener, granularity: Granularity): () => void {
  const subscription: Subscription = { listener, granularity };
  subscriptions.add(subscription);
  if (!watchingVisibility && typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibilityChange);
    watchingVisibility = true;
  }
  if (lastTick === 0) lastTick = Date.now();
  schedule();
  return () => {
    if (subscriptions.delete(subscription)) schedule();
  };
}

/**
 * INTERNAL, for tests only: a tick of the clock now (at `Date.now()`, which a
 * test may have set), as the scheduled one would be, without waiting for it.
 */
export function tickForTesting(): void {
  notify(false);
}

/** Whether the clock has a timer pending (for tests: none when nobody listens or the page is hidden). */
export function clockIsScheduled(): boolean {
  return timer !== undefined;
}

/**
 * ClockController: re-renders its host at each second or minute boundary.
 * `now` is the wall clock, or the host's override (`now` attribute) when set.
 */
export class ClockController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly granularity: () => Granularity | undefined;
  private readonly tick: ((now: number) => boolean) | undefined;
  private unsubscribe: (() => void) | undefined;
  private current: Granularity | undefined;

  /**
   * `granularity` is asked again after each update; `undefined` stops the
   * clock for this host. `tick`, if given, hears each boundary first and
   * says whether it took care of it (a host that can show the new time
   * without a whole update); else the host updates.
   */
  constructor(host: ReactiveControllerHost, granularity: () => Granularity | undefined, tick?: (now: number) => boolean) {
    this.host = host;
    this.granularity = granularity;
    this.tick = tick;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
    // Reconnected: time went on meanwhile, show it now rather than at the next tick.
    if (this.current) this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }

  private sync(): void {
    const wanted = this.granularity();
    if (wanted === this.current && (this.unsubscribe || !wanted)) return;
    this.unsubscribe?.();
    this.unsubscribe = wanted
      ? subscribe((now) => {
          if (!this.tick?.(now)) this.host.requestUpdate();
        }, wanted)
      : undefined;
    this.current = wanted;
  }
}

/**
 * A `now` override as an instant: an ISO date-time string, epoch
 * milliseconds or a `Date`. `undefined` when absent, not a time, or outside
 * the years 0001–9999 (see `nowProblem` for which).
 */
export function parseNow(value: unknown): number | undefined {
  const time = nowInstant(value);
  return time !== undefined && isInstantInRange(time) ? time : undefined;
}

/** Why a `now` override cannot be used: not a time, or out of range; `undefined` when it can (or is absent). */
export function nowProblem(value: unknown): 'invalid-time' | 'out-of-range' | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const time = nowInstant(value);
  if (time === undefined) return 'invalid-time';
  return isInstantInRange(time) ? undefined : 'out-of-range';
}

/** The time of a `Date` (of any realm); `NaN` for anything that only claims to be one. */
export function dateTime(value: unknown): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return NaN;
  }
}

function nowInstant(value: unknown): number | undefined {
  let time: number;
  if (typeof value === 'string') time = value.trim() === '' ? NaN : Date.parse(value);
  else if (typeof value === 'number') time = value;
  else if (Object.prototype.toString.call(value) === '[object Date]') time = dateTime(value);
  else return undefined;
  return Number.isNaN(time) ? undefined : time;
}
