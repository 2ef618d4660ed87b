/**
 * ProgrammeController: where an element's programme comes from, written once.
 *
 * Sources, first match wins: the `programme` property (an object or a JSON
 * string), the `src` URL (fetched once per page and shared, see
 * shared-fetch.ts), an inline `<script type="application/json">` (or
 * `application/xml`) child.
 * The controller validates and normalises with the model, keeps the state
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
 * On the server it reads a `programme` property at once (a URL is left to the
 * browser: `loading`), and gives hydration.ts what it rendered from; in the
 * browser, an element rendered on the server first takes that record as its
 * state, without a fetch, and turns to its own sources once hydrated.
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
import { parseProgrammeWith, ProgrammeError } from '../model/parse.js';
import { closest } from '../model/suggest.js';
import { NORMALISED_VERSION, type Problem, type Programme, type ProgrammeInput } from '../model/types.js';
import type { ImportError, ImportOptions, ImportResult } from '../model/import/problems.js';
import { isValidTimeZone } from '../model/time.js';
import { snapshot } from '../model/snapshot.js';
import { FETCH_URL_PROTOCOLS, safeUrl } from '../model/url.js';
import { acquire, invalidate, LoadError, MAX_PROGRAMME_SIZE, pollSettings, type Lease } from './shared-fetch.js';
import { englishProblemText, withEnglishText } from './messages.js';
import { SeminarErrorEvent, type SeminarErrorDetail } from '../events/seminar-error.js';
import { SeminarLoadEvent } from '../events/seminar-load.js';
import { SeminarChangeEvent, type SeminarChangeDetail } from '../events/seminar-change.js';
import { emit } from '../events/emit.js';
import { afterHydration, hydrationOf, recordSource, type HydrationRecord } from './hydration.js';
import type { NormalisedCopy } from '../model/normalised.js';

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

type Importer = (input: unknown, options: ImportOptions) => ImportResult;

/**
 * The importer of `format`, loaded on first use: one chunk for XML, one for
 * the other text formats (iCalendar, spreadsheets: `text` tells them apart),
 * one for the JSON formats.
 */
const TEXT_FORMATS = new Set(['text', 'icalendar', 'csv']);
const loadImporter = (format: string): Promise<Importer> =>
  format === 'pentabarf-xml'
    ? import('../model/import/pentabarf-xml.js').then((m) => m.importPentabarfXml)
    : TEXT_FORMATS.has(format)
      ? import('../model/import/text.js').then((m) => (input, options) => m.importText(format, input, options))
      : import('../model/import/json.js').then((m) => (input, options) => m.importJson(format, input, options));

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Programmes this page has already parsed: an element given one of these (a
 * list passing its programme to its cards) uses it as it is.
 */
const parsedProgrammes = new WeakSet<object>();

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

const INLINE_SELECTOR = ':scope > script:is([type="application/json"], [type="application/xml"])';

/**
 * The reader of normalised copies, when loaded up front (on the server, by
 * ssr.ts, where a render cannot wait for a module); else loaded on first use.
 */
let normalisedReader: ((value: unknown) => NormalisedCopy | undefined) | undefined;

/** Reads normalised copies at once from now on (server rendering). @internal */
export function useNormalisedReader(reader: (value: unknown) => NormalisedCopy | undefined): void {
  normalisedReader = reader;
}

/** What reading a source gave: a programme, or the problems that stop it. */
type Outcome = { programme: Programme; zoneAssumed: boolean; recorded?: unknown } | { failure: SeminarErrorDetail };

/**
 * The last outcome per `src` URL: elements on one URL read each text once
 * (on load, and on each change of a followed URL).
 */
const outcomes = new Map<string, { text: string; key: string; outcome: Outcome | Promise<Outcome> }>();

/** Reads a source (an object or a text): imports it when it is another format, then validates and normalises it. */
function interpret(input: unknown, format: string, timeZone: string | undefined, url: string | undefined): Outcome | Promise<Outcome> {
  const where = url ? { url } : {};
  // The same limit as for `src`, for a JSON string given as a property or inline.
  if (typeof input === 'string' && input.length > MAX_PROGRAMME_SIZE) return { failure: { kind: 'too-large', errors: [], ...where } };
  let source = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : input;
  if (typeof source === 'object' && source !== null) {
    if (parsedProgrammes.has(source)) return { programme: source as Programme, zoneAssumed: false };
    // Every later look at an object given from script goes through a detached,
    // plain copy (snapshot.ts): a Proxy with throwing traps, a revoked Proxy,
    // getters that throw, cycles and shared parts cannot throw or hang here.
    source = snapshot(source);
  }
  let chosen = format || 'auto';
  if (chosen === 'auto' && typeof source === 'string') {
    if (source.trimStart().startsWith('<')) chosen = 'pentabarf-xml';
    else {
      try {
        source = JSON.parse(source) as unknown;
      } catch {
        // Not JSON: an iCalendar file, a spreadsheet, or else an error (the text importers tell).
        chosen = 'text';
      }
    }
  }
  // Only a c3voc schedule, a Sessionize export or pretalx widget JSON loads the JSON importers (which tell them apart).
  if (
    chosen === 'auto' &&
    !(isObject(source) && (('talks' in source && !('items' in source)) || (!('version' in source) && ('schedule' in source || 'sessions' in source))))
  ) {
    chosen = 'native';
  }
  const invalid = (errors: Problem[]): Outcome => ({ failure: { kind: 'invalid', errors, ...where } });
  if (chosen === 'native' && isObject(source) && (source as { normalised?: unknown }).normalised === NORMALISED_VERSION) {
    // A copy of a normalised programme: read back by a small module, loaded the first time.
    const copy = source;
    const read = normalisedReader?.(copy);
    if (read) return parse(read.input, read.warnings, invalid);
    return import('../model/normalised.js').then(
      ({ readNormalised }) => {
        const read = readNormalised(copy);
        return read ? parse(read.input, read.warnings, invalid) : parse(copy, [], invalid);
      },
      (error: unknown) => invalid([{ code: 'invalid-type', path: '', message: String(error) }]),
    );
  }
  if (chosen === 'native') return parse(source, [], invalid);
  return loadImporter(chosen)
    .then((importer) => importer(source, timeZone ? { timeZone } : {}))
    .then(
      (result) => parse(result.programme, result.warnings, invalid),
      (error: unknown) => {
        // An ImportError lists the source's problems; anything else (a chunk that failed to load) is one.
        const errors = (error as Partial<ImportError>).errors;
        return invalid(errors ? errors.map(withEnglishText) : [{ code: 'invalid-type', path: '', message: String(error) }]);
      },
    );
}

/** Validates and normalises a programme; `warnings` (from an import) are appended to its own. */
function parse(source: unknown, warnings: Problem[], invalid: (errors: Problem[]) => Outcome): Outcome {
  let programme: Programme;
  try {
    programme = parseProgrammeWith(source, englishProblemText);
  } catch (error) {
    return invalid(error instanceof ProgrammeError ? error.errors : [{ code: 'invalid-type', path: '', message: String(error) }]);
  }
  programme.warnings.push(...warnings.map(withEnglishText));
  parsedProgrammes.add(programme);
  const zoneAssumed = warnings.some((warning) => warning.code === 'assumed-time-zone');
  // On the server, the programme as read (in the programme format) goes into the hydration record.
  if (isServer) return { programme, zoneAssumed, recorded: typeof source === 'string' ? JSON.parse(source) : snapshot(source) };
  return { programme, zoneAssumed };
}

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
      // Recorded in the programme format by the server: read at once, without events.
      const outcome = interpret(record.programme, 'native', undefined, undefined);
      if (!(outcome instanceof Promise)) this.apply(outcome, false, false);
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

  /** Give the controller the host's current sources; loads when they changed. */
  setSources(sources: ProgrammeSources): void {
    const zone = sources.sourceTimeZone;
    const next = { ...sources, sourceTimeZone: zone && isValidTimeZone(zone) ? zone : undefined };
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
    if (programme !== undefined && programme !== null && programme !== '') {
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
    // An XML source's importer is fetched along with it, not after it.
    if (this.sources.format === 'pentabarf-xml' || /\.xml$/i.test(new URL(url).pathname)) void loadImporter('pentabarf-xml').catch(() => undefined);
    this.lease = acquire(url);
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
    void outcome.then((result) => {
      if (generation === this.generation) this.apply(result, live);
    });
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
  const suggestion = closest(id, known);
  const path = code === 'unknown-speaker' ? '/speakers' : '/items';
  const params = { value: id, ...(suggestion ? { suggestion } : {}) };
  return { kind: 'not-found', errors: [withEnglishText({ code, path, params })] };
}
