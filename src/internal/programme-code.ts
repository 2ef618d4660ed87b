/**
 * ProgrammeCode: the programme machinery (loading, validation, normalisation,
 * the error view and report), loaded by an element when it first has a
 * programme to read, not with the element. A page then downloads up front the
 * elements' own code only: the agenda's validator comes beside the programme,
 * in parallel with it (the request for `src` starts at once, before the code
 * has come), and a `<speaker-card>` given by attributes never loads it.
 *
 * An element that always reads a programme (the agenda) passes `prefetch`
 * (shared-fetch's `acquire`), so that the request for its `src` starts at
 * once, before the code has come; the others do not carry that module.
 *
 * The element passes its sources on each update (`update`), reads `status`,
 * `programme` and `failure` as from a ProgrammeController, and draws failures
 * with `code.renderFailure`. `updateComplete` waits for the code when the
 * element uses `settled()` (SeminarElement-based elements here do).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProgrammeController, ProgrammeSources, ProgrammeStatus, SeminarErrorDetail } from './programme-controller.js';
import type { FailureReport, WidgetKind } from './failure-report.js';
import type { renderFailure } from './status-view.js';
import type { notFoundFailure } from './programme-controller.js';
import type { logNotFound } from './failure-report.js';
import type { acquire, Lease } from './shared-fetch.js';

/** What the lazily loaded module gives (programme-machinery.ts, or an element's module that re-exports it). */
export interface ProgrammeModule {
  ProgrammeController: typeof ProgrammeController;
  FailureReport: typeof FailureReport;
  renderFailure: typeof renderFailure;
  notFoundFailure: typeof notFoundFailure;
  logNotFound: typeof logNotFound;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ProgrammeCode<M extends ProgrammeModule> implements ReactiveController {
  /** The module, once loaded. */
  code: M | undefined;
  /** The programme controller and the failure report, once the code is loaded. */
  data: ProgrammeController | undefined;
  report: FailureReport | undefined;
  /** The code could not be fetched (offline since the page loaded). */
  failed = false;
  private loading: Promise<void> | undefined;
  /** The request for `src`, started before the code came; released once the controller holds its own. */
  private early: Lease | undefined;

  /**
   * @param kind how the failure report names the element; none: the element reports its failures itself (the timer)
   * @param source where the module comes from; `load` is read at each use (tests replace it)
   */
  constructor(
    private readonly host: Host,
    private readonly kind: WidgetKind | undefined,
    private readonly source: { load: () => Promise<M> },
    private readonly onFailed: () => void,
    private readonly prefetch?: typeof acquire,
  ) {
    host.addController(this);
  }

  /** Call on each update, before reading the state: loads the code when `needed`, and passes the sources on. */
  update(sources: ProgrammeSources, needed: boolean): void {
    if (!this.data && needed && !this.failed) this.start(sources.src);
    if (!this.data) return;
    this.data.setSources(sources);
    this.early?.release();
    this.early = undefined;
    if (this.data.status === 'error' && this.data.failure) this.report?.report(this.data.failure);
    else this.report?.clear();
  }

  get status(): ProgrammeStatus {
    if (this.failed) return 'error';
    return this.data?.status ?? (this.loading ? 'loading' : 'idle');
  }

  get programme(): ProgrammeController['programme'] {
    return this.data?.programme;
  }

  get failure(): SeminarErrorDetail | undefined {
    return this.data?.failure;
  }

  /** Resolves when the code has come (or failed), if it is coming. */
  get arriving(): Promise<void> | undefined {
    return this.loading;
  }

  hostDisconnected(): void {
    this.early?.release();
    this.early = undefined;
  }

  private start(src: string | null | undefined): void {
    if (this.loading) return;
    if (src && this.prefetch) {
      try {
        this.early = this.prefetch(new URL(src, this.host.ownerDocument.baseURI).href);
        this.early.text.catch(() => undefined);
      } catch {
        // Not a URL: the controller reports it.
      }
    }
    this.loading = this.source.load().then(
      (code) => {
        this.code = code;
        this.data = new code.ProgrammeController(this.host);
        if (this.kind) this.report = new code.FailureReport(this.host, this.kind);
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.early?.release();
        this.early = undefined;
        this.host.requestUpdate();
        this.onFailed();
      },
    );
  }
}
