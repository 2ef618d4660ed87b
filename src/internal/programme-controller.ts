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
 * Every problem it reports (in `seminar-error`, and in the programme's
 * `warnings`) has as its `message` the English of the element's own short
 * text for it (messages.ts), not the validator's longer English message: the
 * elements do not bundle those.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseProgrammeWith, ProgrammeError } from '../model/parse.js';
import { closest } from '../model/suggest.js';
import { NORMALISED_VERSION, type Problem, type Programme, type ProgrammeInput } from '../model/types.js';
import type { ImportError, ImportOptions, ImportResult } from '../model/import/common.js';
import { isValidTimeZone } from '../model/time.js';
import { acquire, invalidate, LoadError, MAX_PROGRAMME_SIZE, type Lease } from './shared-fetch.js';
import { englishProblemText, withEnglishText } from './messages.js';
import { SeminarErrorEvent, type SeminarErrorDetail } from '../events/seminar-error.js';
import { SeminarLoadEvent } from '../events/seminar-load.js';
import { emit } from '../events/emit.js';

export type ProgrammeStatus = 'idle' | 'loading' | 'ready' | 'error';

export type { ProgrammeFailureKind, SeminarErrorDetail } from '../events/seminar-error.js';
export type { SeminarLoadDetail } from '../events/seminar-load.js';

/**
 * What an element's `programme` property takes: a programme in the programme
 * format (an object, or its JSON text), a normalised `Programme` by value (the
 * object `parseProgramme` or `seminar-load` gives, or any copy of it: a
 * structured clone, JSON, a framework's proxy — recognised by its marker
 * `normalised: 1`), or an export of another tool (pretalx, frab, FOSDEM,
 * Sessionize), an object or text, read according to `format`.
 */
export type ProgrammeSource = ProgrammeInput | Programme | string | object;

/** What the host gives the controller on each update. */
export interface ProgrammeSources {
  src?: string | null | undefined;
  programme?: ProgrammeSource | null | undefined;
  /** `auto` (default), `native`, `frab-json`, `schedule2`, `pentabarf-xml` or `sessionize`. */
  format?: string | null | undefined;
  /**
   * The zone of a source that names none (FOSDEM XML, rC3, Sessionize): the
   * elements pass their `time-zone` attribute; used when it is an IANA name.
   */
  sourceTimeZone?: string | null | undefined;
}

type Importer = (input: unknown, options: ImportOptions) => ImportResult;

/** The importer of `format`, loaded on first use: one chunk for XML, one for the JSON formats. */
const loadImporter = (format: string): Promise<Importer> =>
  format === 'pentabarf-xml'
    ? import('../model/import/pentabarf-xml.js').then((m) => m.importPentabarfXml)
    : import('../model/import/json.js').then((m) => (input, options) => m.importJson(format, input, options));

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Programmes this page has already parsed: an element given one of these (a
 * list passing its programme to its cards) uses it as it is.
 */
const parsedProgrammes = new WeakSet<object>();

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

const INLINE_SELECTOR = ':scope > script:is([type="application/json"], [type="application/xml"])';

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

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.reload();
  }

  hostDisconnected(): void {
    this.generation++;
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
      return;
    }
    this.sources = next;
    if (this.host.isConnected) this.reload();
  }

  /**
   * Load again (the retry button). For `src`, a settled response is dropped from
   * the page cache too, so a file fixed on the server since is fetched afresh.
   */
  retry(): void {
    if (this.url) invalidate(this.url);
    this.reload();
  }

  private reload(): void {
    const generation = ++this.generation;
    this.lease?.release();
    this.lease = undefined;
    this.url = undefined;
    const { programme, src } = this.sources;
    if (programme !== undefined && programme !== null && programme !== '') {
      this.accept(programme, generation);
      return;
    }
    if (src) {
      this.fetch(src, generation);
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
    let url: string;
    try {
      url = new URL(src, this.host.ownerDocument.baseURI).href;
    } catch {
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

  private accept(input: unknown, generation: number): void {
    // The same limit as for `src`, for a JSON string given as a property or inline.
    if (typeof input === 'string' && input.length > MAX_PROGRAMME_SIZE) {
      this.fail({ kind: 'too-large', errors: [], ...(this.url ? { url: this.url } : {}) });
      return;
    }
    let source = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : input;
    if (typeof source === 'object' && source !== null && parsedProgrammes.has(source)) {
      this.ready(source as Programme);
      return;
    }
    let chosen = this.sources.format || 'auto';
    if (chosen === 'auto' && typeof source === 'string') {
      if (source.trimStart().startsWith('<')) chosen = 'pentabarf-xml';
      else {
        try {
          source = JSON.parse(source) as unknown;
        } catch {
          // Not JSON: parseProgramme reports it.
        }
      }
    }
    // Only a c3voc schedule or a Sessionize export loads the JSON importers (which tell them apart).
    if (chosen === 'auto' && !(isObject(source) && !('version' in source) && ('schedule' in source || 'sessions' in source))) {
      chosen = 'native';
    }
    if (chosen === 'native' && isObject(source) && (source as { normalised?: unknown }).normalised === NORMALISED_VERSION) {
      // A copy of a normalised programme: read back by a small module, loaded the first time.
      const copy = source;
      this.set('loading');
      import('../model/normalised.js').then(
        ({ readNormalised }) => {
          if (generation !== this.generation) return;
          const read = readNormalised(copy);
          if (read) this.parse(read.input, read.warnings);
          else this.parse(copy);
        },
        (error: unknown) => {
          if (generation === this.generation) this.invalid([{ code: 'invalid-type', path: '', message: String(error) }]);
        },
      );
      return;
    }
    if (chosen === 'native') {
      this.parse(source);
      return;
    }
    this.set('loading');
    loadImporter(chosen)
      .then((importer) => {
        const timeZone = this.sources.sourceTimeZone;
        return importer(source, timeZone ? { timeZone } : {});
      })
      .then(
        (result) => {
          if (generation === this.generation) this.parse(result.programme, result.warnings);
        },
        (error: unknown) => {
          // An ImportError lists the source's problems; anything else (a chunk that failed to load) is one.
          if (generation !== this.generation) return;
          const errors = (error as Partial<ImportError>).errors;
          this.invalid(errors ? errors.map(withEnglishText) : [{ code: 'invalid-type', path: '', message: String(error) }]);
        },
      );
  }

  /** Validates and normalises a programme; `warnings` (from an import) are appended to its own. */
  private parse(source: unknown, warnings: Problem[] = []): void {
    let programme: Programme;
    try {
      programme = parseProgrammeWith(source, englishProblemText);
    } catch (error) {
      const errors: Problem[] =
        error instanceof ProgrammeError
          ? error.errors
          : [{ code: 'invalid-type', path: '', message: String(error) }];
      this.invalid(errors);
      return;
    }
    programme.warnings.push(...warnings.map(withEnglishText));
    this.zoneAssumed = warnings.some((warning) => warning.code === 'assumed-time-zone');
    this.ready(programme);
  }

  private ready(programme: Programme): void {
    this.programme = programme;
    parsedProgrammes.add(programme);
    this.failure = undefined;
    this.set('ready');
    emit(this.host, new SeminarLoadEvent({ programme }));
  }

  private invalid(errors: Problem[]): void {
    this.fail({ kind: 'invalid', errors, ...(this.url ? { url: this.url } : {}) });
  }

  private fail(detail: SeminarErrorDetail): void {
    this.programme = undefined;
    this.failure = detail;
    this.set('error');
    emit(this.host, new SeminarErrorEvent(detail));
  }

  private set(status: ProgrammeStatus): void {
    this.status = status;
    this.host.requestUpdate();
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
