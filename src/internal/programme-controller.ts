/**
 * ProgrammeController: where an element's programme comes from, written once.
 *
 * Sources, first match wins: the `programme` property (an object or a JSON
 * string), the `src` URL (fetched once per page and shared, see
 * shared-fetch.ts), an inline `<script type="application/json">` child.
 * The controller validates and normalises with the model, keeps the state
 * (`loading`, `ready`, `error`), and fires `seminar-load` / `seminar-error`
 * from the host. It never throws into the host page. A programme object this
 * page already parsed (one element handing its programme to another) is used
 * as it is.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseProgramme, ProgrammeError } from '../model/parse.js';
import type { Problem, Programme } from '../model/types.js';
import { acquire, invalidate, LoadError, type Lease, type LoadFailureKind } from './shared-fetch.js';

export type ProgrammeStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * What went wrong: a load failure, a programme with errors (`invalid`), or a
 * programme without the speaker or item an element was asked for (`not-found`).
 */
export type ProgrammeFailureKind = LoadFailureKind | 'invalid' | 'not-found';

export interface SeminarLoadDetail {
  programme: Programme;
}

export interface SeminarErrorDetail {
  kind: ProgrammeFailureKind;
  /** The programme's problems, each with a JSON-pointer path (empty for load failures). */
  errors: Problem[];
  /** The URL, when the programme came from `src`. */
  url?: string;
  /** The HTTP status, for `http` failures. */
  status?: number;
}

/** What the host gives the controller on each update. */
export interface ProgrammeSources {
  src?: string | null | undefined;
  programme?: unknown;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Programmes this page has already parsed: an element given one of these (a
 * list passing its programme to its cards) uses it as it is.
 */
const parsedProgrammes = new WeakSet<object>();

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

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
    if (sources.src === this.sources.src && sources.programme === this.sources.programme) return;
    this.sources = { ...sources };
    if (this.host.isConnected) this.reload();
  }

  /** Load again, bypassing the page cache for `src` (the retry button). */
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
      this.accept(programme);
      return;
    }
    if (src) {
      this.fetch(src, generation);
      return;
    }
    const inline = this.host.querySelector(INLINE_SELECTOR);
    if (inline) {
      this.accept(inline.textContent ?? '');
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
    this.lease = acquire(url);
    this.set('loading');
    this.lease.text.then(
      (text) => {
        if (generation === this.generation) this.accept(text);
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

  private accept(input: unknown): void {
    const source = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : input;
    try {
      this.programme =
        typeof source === 'object' && source !== null && parsedProgrammes.has(source)
          ? (source as Programme)
          : parseProgramme(source);
      parsedProgrammes.add(this.programme);
      this.failure = undefined;
      this.set('ready');
      this.emit('seminar-load', { programme: this.programme } satisfies SeminarLoadDetail);
    } catch (error) {
      const errors: Problem[] =
        error instanceof ProgrammeError
          ? error.errors
          : [{ code: 'invalid-type', path: '', message: String(error) }];
      this.fail({ kind: 'invalid', errors, ...(this.url ? { url: this.url } : {}) });
    }
  }

  private fail(detail: SeminarErrorDetail): void {
    this.programme = undefined;
    this.failure = detail;
    this.set('error');
    this.emit('seminar-error', detail);
  }

  private set(status: ProgrammeStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private emit(type: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
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

declare global {
  interface HTMLElementEventMap {
    'seminar-load': CustomEvent<SeminarLoadDetail>;
    'seminar-error': CustomEvent<SeminarErrorDetail>;
  }
}
