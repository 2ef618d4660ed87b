/**
 * ProgrammeController: where an element's programme comes from, written once.
 *
 * Sources, first match wins: the `programme` property (an object or a JSON
 * string), the `src` URL (fetched once per page and shared, see
 * shared-fetch.ts), an inline `<script type="application/json">` (or
 * `application/xml`) child.
 * The controller has the source read (validated and normalised with the
 * model, by programme-reading.ts), keeps the state
 * (`loading`, `ready`, `error`), and fires `seminar-load` / `seminar-error`
 * from the host. It never throws into the host page. A programme object this
 * page already parsed (one element handing its programme to another) is used
 * as it is; any other copy of a normalised programme is checked again (see
 * model/normalised.ts).
 *
 * Other formats (pretalx, frab, FOSDEM, Sessionize exports) are imported
 * first: with `format` `auto` (the default) a source that is not in the
 * programme format is detected and its importer loaded with a dynamic
 * `import()` — pages with programme JSON never load importer code, and only
 * XML loads the XML importer. Import warnings are appended to the
 * programme's `warnings`; a source that cannot be imported is `invalid`.
 *
 * The reading's code is not part of the elements: it is loaded with a
 * dynamic `import()` when an element first has a source to read — for `src`,
 * at the same time as the request starts — so that a card given by
 * attributes alone never loads it. Until it has come the element is
 * `loading`, and its `updateComplete` waits for it (pending-work.ts); when it
 * cannot be fetched (offline), the element fails with kind `code`.
 *
 * On the server (ssr.ts gives it the reading up front) it reads a `programme`
 * property at once (a URL is left to the browser: `loading`), and gives
 * hydration.ts what it rendered from; in the browser, an element rendered on
 * the server first takes that record as its state, without a fetch (its first
 * update waits for the reading's code), and turns to its own sources once
 * hydrated.
 *
 * Every problem it reports (in `seminar-error`, and in the programme's
 * `warnings`) has as its `message` the English of the element's own short
 * text for it (messages.ts), not the validator's longer English message: the
 * elements do not bundle those.
 *
 * Live: a `src` is followed (polled, see shared-fetch.ts) with `live="on"`,
 * or with `live="auto"` (the default) from an hour before the event's first
 * item to half an hour after its last; never with `live="off"`. A new text
 * is read once per page, however many elements follow it; when the programme
 * it gives differs from the one shown (model/diff.ts), the controller swaps
 * it in and fires `seminar-change` with what changed. A new text that is not
 * a valid programme leaves the shown one in place and fires `seminar-error`
 * with `live: true`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Programme, ProgrammeInput } from '../model/types.js';
import { isValidTimeZone } from '../model/time.js';
import { FETCH_URL_PROTOCOLS, safeUrl } from '../model/url.js';
import { acquire, invalidate, LoadError, pollSettings, type Lease } from './shared-fetch.js';
import { withEnglishText } from './messages.js';
import { SeminarErrorEvent, type SeminarErrorDetail } from '../events/seminar-error.js';
import { SeminarLoadEvent } from '../events/seminar-load.js';
import { SeminarChangeEvent, type SeminarChangeDetail } from '../events/seminar-change.js';
import { emit } from '../events/emit.js';
import { afterHydration, hydrationOf, recordSource, type HydrationRecord } from './hydration.js';
import type { Outcome } from './programme-reading.js';
import { waitFor } from './pending-work.js';
import { LazyModule } from './lazy-module.js';
import { hasProgramme } from './lazy-programme.js';

export type ProgrammeStatus = 'idle' | 'loading' | 'ready' | 'error';

export type { ProgrammeFailureKind, SeminarErrorDetail } from '../events/seminar-error.js';
export type { SeminarLoadDetail } from '../events/seminar-load.js';
export type { SeminarChangeDetail } from '../events/seminar-change.js';

/**
 * What an element's `programme` property takes: a programme in the programme
 * format (an object, or its JSON text), a normalised `Programme` by value (the
 * object `parseProgramme` or `seminar-load` gives, or any copy of it: a
 * structured clone, JSON, a framework's proxy — recognised by its marker
 * `normalised: 1`), or an export of another tool (pretalx, frab, FOSDEM,
 * Sessionize), an object or text, read according to `format`.
 */
export type ProgrammeSource = ProgrammeInput | Programme | string | object;


/** `auto`: follow `src` while the event runs; `on`: always; `off`: never. */
export type LiveMode = 'auto' | 'on' | 'off';

/**
 * The mode of a `live` attribute: absent or `auto` → `auto`; present
 * without a value, `on` or `true` → `on`; `off` or `false` → `off`; anything
 * else → `auto`.
 */
export function liveMode(value: string | boolean | null | undefined): LiveMode {
  if (value === true || value === '') return 'on';
  if (value === false) return 'off';
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (text === 'on' || text === 'true') return 'on';
  if (text === 'off' || text === 'false') return 'off';
  return 'auto';
}

/** How often a followed `src` is asked for changes, by default (ms). */
export const DEFAULT_LIVE_INTERVAL = 60_000;
/** `live="auto"` follows from this long before the first item… */
const LIVE_LEAD = 60 * 60_000;
/** …to this long after the last item ends. */
const LIVE_TAIL = 30 * 60_000;
/** The longest a timer can wait (setTimeout's limit is about 24.8 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** What the host gives the controller on each update. */
export interface ProgrammeSources {
  src?: string | null | undefined;
  programme?: ProgrammeSource | null | undefined;
  /** `auto` (default), `native`, `frab-json`, `schedule2`, `pentabarf-xml`, `sessionize`, `pretalx-widget`, `icalendar` or `csv`. */
  format?: string | null | undefined;
  /**
   * The zone of a source that names none (FOSDEM XML, rC3, Sessionize): the
   * elements pass their `time-zone` attribute; used when it is an IANA name.
   */
  sourceTimeZone?: string | null | undefined;
  /** The `live` attribute: see `liveMode`. */
  live?: string | boolean | null | undefined;
  /** Seconds between two looks at a followed `src` (default 60, at least 15). */
  liveInterval?: number | null | undefined;
  /** The element's fixed time (its `now`), for `live="auto"`; the clock when absent. */
  now?: number | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Programmes this page has already parsed: an element given one of these (a
 * list passing its programme to its cards) uses it as it is.
 */
const parsedProgrammes = new WeakSet<object>();

const INLINE_SELECTOR = ':scope > script:is([type="application/json"], [type="application/xml"])';

type Reading = typeof import('./programme-reading.js');

/**
 * How the reading of sources (programme-reading.ts: validation,
 * normalisation, importers) is loaded: read at each use, so that a test can
 * make it fail as it would offline. @internal
 */
export const readingSource = { load: (): Promise<Reading> => import('./programme-reading.js') };

/** The reading of sources, for every element of the page; ssr.ts provides it up front (`use`). @internal */
export const programmeReading = new LazyModule(readingSource);

/** Loads the reading of sources; it fails when its code cannot be fetched (offline since the page loaded). */
const loadReading = (): Promise<Reading> => programmeReading.load();

/** The failure of an element whose code for reading programmes could not be fetched. */
const codeFailure = (url: string | undefined): Outcome => ({ failure: { kind: 'code', errors: [], ...(url ? { url } : {}) } });

/** Reads a source: a programme this page already parsed as it is, anything else with the reading module (loaded first if need be). */
function interpret(input: unknown, format: string, timeZone: string | undefined, url: string | undefined): Outcome | Promise<Outcome> {
  if (typeof input === 'object' && input !== null && parsedProgrammes.has(input)) return { programme: input as Programme, zoneAssumed: false };
  const parsed = (programme: Programme): void => {
    parsedProgrammes.add(programme);
  };
  const reading = programmeReading.current;
  if (reading) return reading.interpret(input, format, timeZone, url, parsed);
  return loadReading().then(
    (module) => module.interpret(input, format, timeZone, url, parsed),
    () => codeFailure(url),
  );
}

/**
 * The last outcome per `src` URL: elements on one URL read each text once
 * (on load, and on each change of a followed URL).
 */
const outcomes = new Map<string, { text: string; key: string; outcome: Outcome | Promise<Outcome> }>();

export class ProgrammeController implements ReactiveController {
  status: ProgrammeStatus = 'idle';
  programme: Programme | undefined;
  failure: SeminarErrorDetail | undefined;

  private readonly host: Host;
  private sources: ProgrammeSources = {};
  private lease: Lease | undefined;
  private url: string | undefined;
  private generation = 0;
  private childObserver: MutationObserver | undefined;
  /** The programme was imported from a source without a time zone. */
  private zoneAssumed = false;
  /** Stops following `src`, while it is followed. */
  private unfollow: (() => void) | undefined;
  /** The interval followed at (ms). */
  private followedEvery = 0;
  /** Wakes `live="auto"` at the next edge of the event's window. */
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private liveEdge: number | undefined;
  /** The server rendering being hydrated, until the host's first update is done. */
  private hydrating: HydrationRecord | undefined;
  /** On the server: the programme as parsed, in the programme format, for the hydration record. */
  private recorded: unknown;

  private readonly onChange: ((detail: SeminarChangeDetail) => void) | undefined;

  /** `onChange` hears each change of a followed `src`, before `seminar-change` is fired. */
  constructor(host: Host, options: { onChange?: (detail: SeminarChangeDetail) => void } = {}) {
    this.host = host;
    this.onChange = options.onChange;
    host.addController(this);
    if (isServer) {
      recordSource(host, () => ({
        status: this.status,
        ...(this.status === 'ready' && this.recorded !== undefined ? { programme: this.recorded } : {}),
        ...(this.status === 'error' && this.failure ? { failure: this.failure } : {}),
      }));
    }
  }

  hostConnected(): void {
    const record = this.hydrating ? undefined : hydrationOf(this.host);
    if (record) this.hydrate(record);
    else this.reload();
  }

  /** Hydrated: from now on, the element's own sources. */
  private hydrated(record: HydrationRecord): void {
    this.hydrating = undefined;
    // What the server rendered stands (no second fetch of `src`), unless the page gave a programme.
    const { programme, failure } = this;
    if (this.sources.programme != null || record.status === 'loading' || record.status === 'idle') this.reload();
    else if (programme) this.announce(programme);
    else if (failure) emit(this.host, new SeminarErrorEvent(failure));
  }

  /**
   * Takes the state a server rendered in, without a fetch: a programme it
   * recorded is read at once; one another element gave it (the list's cards)
   * is given again before the first update (see `setSources`). `hydrated`
   * turns to the element's own sources once hydrated.
   */
  private hydrate(record: HydrationRecord): void {
    this.hydrating = record;
    afterHydration(this.host, () => {
      this.hydrated(record);
    });
    if (record.status === 'ready' && record.programme !== undefined) {
      // Recorded in the programme format by the server: read without events, before the
      // first update (which waits for the reading's code, so that it renders what the server did).
      const outcome = interpret(record.programme, 'native', undefined, undefined);
      if (!(outcome instanceof Promise)) this.apply(outcome, false, false);
      else {
        const generation = this.generation;
        const applied = outcome.then((result) => {
          if (generation === this.generation) this.apply(result, false, false);
        });
        waitFor(this.host, applied);
      }
    } else if (record.status === 'error' && record.failure) this.fail(record.failure, false);
    else if (record.status !== 'ready') this.set(record.status === 'error' ? 'idle' : record.status);
  }

  hostDisconnected(): void {
    this.generation++;
    this.stopFollowing();
    this.lease?.release();
    this.lease = undefined;
    this.childObserver?.disconnect();
    this.childObserver = undefined;
  }

  /** The last `sourceTimeZone` given, and whether it is an IANA zone. */
  private zoneChecked: { zone: string | null | undefined; valid: boolean } | undefined;

  /** Give the controller the host's current sources; loads when they changed. */
  setSources(sources: ProgrammeSources): void {
    const zone = sources.sourceTimeZone;
    // Checked once per value: timers give their sources at every tick, and a zone like `event` is never one.
    const checked = this.zoneChecked && this.zoneChecked.zone === zone ? this.zoneChecked : { zone, valid: Boolean(zone && isValidTimeZone(zone)) };
    this.zoneChecked = checked;
    const next = { ...sources, sourceTimeZone: checked.valid ? zone : undefined };
    const { src, programme, format, sourceTimeZone } = this.sources;
    const same = next.src === src && next.programme === programme && (next.format || 'auto') === (format || 'auto');
    // A new zone matters only to a source that had none (`event` ↔ `local` is display only).
    if (same && (next.sourceTimeZone === sourceTimeZone || !this.zoneAssumed)) {
      this.sources = next;
      this.syncLive();
      return;
    }
    this.sources = next;
    if (this.hydrating) {
      // A programme another element gives again, as the server rendered it.
      if (this.hydrating.status === 'ready' && this.hydrating.programme === undefined && !this.programme) this.reload();
      return;
    }
    if (this.host.isConnected || isServer) this.reload();
  }

  /**
   * Load again (the retry button). For `src`, a settled response is dropped from
   * the page cache too, so a file fixed on the server since is fetched afresh.
   */
  retry(): void {
    if (this.url) {
      invalidate(this.url);
      outcomes.delete(this.url);
    }
    this.reload();
  }

  private reload(): void {
    const generation = ++this.generation;
    this.stopFollowing();
    this.lease?.release();
    this.lease = undefined;
    this.url = undefined;
    const { programme, src } = this.sources;
    if (hasProgramme(programme)) {
      this.accept(programme, generation);
      return;
    }
    if (src) {
      // A server renders the loading state: the browser fetches.
      if (isServer) this.set('loading');
      else this.fetch(src, generation);
      return;
    }
    if (isServer) {
      this.set('idle');
      return;
    }
    const inline = this.host.querySelector(INLINE_SELECTOR);
    if (inline) {
      this.accept(inline.textContent ?? '', generation);
      return;
    }
    this.set('idle');
    this.waitForInlineScript();
  }

  private fetch(src: string, generation: number): void {
    // Parsed against the document's base, and only from http(s), blob: or data: URLs.
    const url = safeUrl(src, this.host.ownerDocument.baseURI, FETCH_URL_PROTOCOLS);
    if (url === undefined) {
      this.fail({ kind: 'network', errors: [], url: src });
      return;
    }
    this.url = url;
    this.lease = acquire(url);
    // The code that reads it (and an XML source's importer) is fetched along with it, not after it.
    const xml = this.sources.format === 'pentabarf-xml' || /\.xml$/i.test(new URL(url).pathname);
    void loadReading().then((module) => (xml ? module.loadImporter('pentabarf-xml') : undefined)).catch(() => undefined);
    this.set('loading');
    this.lease.text.then(
      (text) => {
        if (generation === this.generation) this.accept(text, generation);
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        const detail: SeminarErrorDetail =
          error instanceof LoadError
            ? { kind: error.kind, errors: [], url, ...(error.status ? { status: error.status } : {}) }
            : { kind: 'network', errors: [], url };
        this.fail(detail);
      },
    );
  }

  /** Reads `input` (the text of `src` when it is a string from there) and shows what it gives. */
  private accept(input: unknown, generation: number, live = false): void {
    const outcome = this.outcomeOf(input);
    if (!(outcome instanceof Promise)) {
      this.apply(outcome, live);
      return;
    }
    if (!live) this.set('loading');
    waitFor(
      this.host,
      outcome.then((result) => {
        if (generation === this.generation) this.apply(result, live);
      }),
    );
  }

  /** The outcome of `input`, shared with the other elements on the same `src` and text. */
  private outcomeOf(input: unknown): Outcome | Promise<Outcome> {
    const format = this.sources.format || 'auto';
    const zone = this.sources.sourceTimeZone ?? undefined;
    const { url } = this;
    if (!url || typeof input !== 'string') return interpret(input, format, zone, url);
    const key = `${format} ${zone ?? ''}`;
    const known = outcomes.get(url);
    if (known && known.text === input && known.key === key) return known.outcome;
    const outcome = interpret(input, format, zone, url);
    outcomes.set(url, { text: input, key, outcome });
    return outcome;
  }

  /** Shows what reading a source gave; `announce`: fire `seminar-load` (or `seminar-error`). */
  private apply(outcome: Outcome, live: boolean, announce = true): void {
    if ('failure' in outcome) {
      // A broken update leaves the programme shown in place.
      if (live && this.programme) emit(this.host, new SeminarErrorEvent({ ...outcome.failure, live: true }));
      else this.fail(outcome.failure, announce);
      return;
    }
    // On the server: what the hydration record carries (absent for a programme another element gave).
    this.recorded = outcome.recorded;
    this.zoneAssumed = outcome.zoneAssumed;
    const previous = this.programme;
    if (live && previous && this.status === 'ready') {
      // The comparison is loaded with the first change: most pages never see one.
      const generation = this.generation;
      void import('../model/diff.js').then(({ diffProgrammes, isUnchanged }) => {
        if (generation !== this.generation || this.programme !== previous) return;
        const changes = diffProgrammes(previous, outcome.programme);
        if (isUnchanged(changes)) return;
        const detail: SeminarChangeDetail = { ...changes, programme: outcome.programme, previous };
        this.programme = outcome.programme;
        this.set('ready');
        this.onChange?.(detail);
        emit(this.host, new SeminarChangeEvent(detail));
        this.syncLive();
      });
      return;
    }
    this.ready(outcome.programme, announce);
  }

  private ready(programme: Programme, announce = true): void {
    this.programme = programme;
    parsedProgrammes.add(programme);
    this.failure = undefined;
    this.set('ready');
    if (announce) this.announce(programme);
  }

  private announce(programme: Programme): void {
    emit(this.host, new SeminarLoadEvent({ programme }));
    this.syncLive();
  }

  private fail(detail: SeminarErrorDetail, announce = true): void {
    this.programme = undefined;
    this.failure = detail;
    this.set('error');
    if (announce) emit(this.host, new SeminarErrorEvent(detail));
    this.syncLive();
  }

  private set(status: ProgrammeStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /* ------------------------------------------------------------ live */

  /** Follow `src` or stop, as `live` and the time say; wake up at the next edge for `auto`. */
  private syncLive(): void {
    if (isServer) return;
    const wanted = this.wantsToFollow();
    const seconds = Number(this.sources.liveInterval);
    const every = Math.max(pollSettings.minInterval, seconds > 0 ? seconds * 1000 : DEFAULT_LIVE_INTERVAL);
    if (!wanted) this.stopFollowing();
    else if (!this.unfollow || every !== this.followedEvery) {
      const lease = this.lease;
      const generation = this.generation;
      this.followedEvery = every;
      this.unfollow?.();
      this.unfollow = lease?.follow((text) => {
        if (generation === this.generation) this.accept(text, generation, true);
      }, every);
    }
    const edge = this.nextEdge();
    if (edge === this.liveEdge && (this.liveTimer !== undefined || edge === undefined)) return;
    clearTimeout(this.liveTimer);
    this.liveTimer = undefined;
    this.liveEdge = edge;
    if (edge !== undefined) {
      this.liveTimer = setTimeout(
        () => {
          this.liveTimer = undefined;
          this.liveEdge = undefined;
          this.syncLive();
        },
        Math.min(MAX_TIMEOUT, Math.max(0, edge - Date.now())),
      );
    }
  }

  private wantsToFollow(): boolean {
    if (!this.lease || !this.host.isConnected) return false;
    const mode = liveMode(this.sources.live);
    // `on` also follows a programme with errors, so that a fix shows without a reload.
    if (mode === 'on') return this.status === 'ready' || this.failure?.kind === 'invalid';
    if (mode === 'off' || !this.programme) return false;
    const now = this.sources.now ?? Date.now();
    const { start, end } = this.programme.event;
    return now >= start - LIVE_LEAD && now < end + LIVE_TAIL;
  }

  /** For `live="auto"` on the clock: when following should start or stop next. */
  private nextEdge(): number | undefined {
    if (!this.lease || this.sources.now !== undefined || !this.programme || liveMode(this.sources.live) !== 'auto') return undefined;
    const now = Date.now();
    const { start, end } = this.programme.event;
    if (now < start - LIVE_LEAD) return start - LIVE_LEAD;
    if (now < end + LIVE_TAIL) return end + LIVE_TAIL;
    return undefined;
  }

  private stopFollowing(): void {
    this.unfollow?.();
    this.unfollow = undefined;
    clearTimeout(this.liveTimer);
    this.liveTimer = undefined;
    this.liveEdge = undefined;
  }

  /** An element defined before its children were parsed: pick the script up when it arrives. */
  private waitForInlineScript(): void {
    if (this.childObserver) return;
    this.childObserver = new MutationObserver(() => {
      if (!this.host.querySelector(INLINE_SELECTOR)) return;
      this.childObserver?.disconnect();
      this.childObserver = undefined;
      this.reload();
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
  }
}

/**
 * The failure an element reports when the programme has no speaker or item
 * with the id it was given: the id, and the likely intended one when close.
 */
export function notFoundFailure(
  code: 'unknown-speaker' | 'unknown-item',
  id: string,
  known: readonly string[],
): SeminarErrorDetail {
  // The programme was read on this page, so the reading's code is here (the suggestion is its).
  const suggestion = programmeReading.current?.closest(id, known);
  const path = code === 'unknown-speaker' ? '/speakers' : '/items';
  const params = { value: id, ...(suggestion ? { suggestion } : {}) };
  return { kind: 'not-found', errors: [withEnglishText({ code, path, params })] };
}
