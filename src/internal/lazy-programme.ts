/**
 * LazyProgramme: the programme machinery (the controller of sources and
 * loading, the reading of programmes, the error view and the failure report),
 * loaded by an element when it first has a programme to read, not with the
 * element: a `<speaker-card>` given by attributes alone never downloads it.
 *
 * The element passes its sources on each update (`update`) and reads
 * `status`, `programme` and `failure` as from a ProgrammeController; it draws
 * failures with `code.renderFailure` (`report` is its failure report), or,
 * when the code itself could not be fetched (`code` is absent, the failure's
 * kind is `code`), with code-failure.ts. Its `updateComplete` waits for the
 * code (pending-work.ts). On the server ssr.js gives the machinery up front
 * (`programmeMachinery.use`), so that a `programme` property renders at once;
 * an element rendered there loads it before its first update in the browser.
 *
 * An element that always reads a programme (the agenda) passes `prefetch`
 * (which starts the request for a `src` through shared-fetch's `acquire`),
 * so that the request starts at once, in parallel with the code; the others
 * carry neither that module nor the resolving of the URL.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ProgrammeController, ProgrammeSources, ProgrammeStatus, SeminarChangeDetail } from './programme-controller.js';
import type { Lease } from './shared-fetch.js';
import type { FailureReport, WidgetKind } from './failure-report.js';
import type { SeminarErrorDetail } from '../events/seminar-error.js';
import { hydrationOf } from './hydration.js';
import { LazyModule, ModuleWait } from './lazy-module.js';

type Machinery = typeof import('./programme-machinery.js');
type Host = ReactiveControllerHost & HTMLElement;

/** How the machinery is loaded: read at each use, so that a test can make it fail as it would offline. @internal */
export const machinerySource = { load: (): Promise<Machinery> => import('./programme-machinery.js') };

/** The machinery, for every element of the page; ssr.ts provides it up front (`use`). @internal */
export const programmeMachinery = new LazyModule(machinerySource);

/** A `programme` is given (the property, not empty): it wins over `src`. The controller follows the same rule. @internal */
export const hasProgramme = (programme: unknown): boolean => programme !== undefined && programme !== null && programme !== '';

const INLINE_SELECTOR = ':scope > script:is([type="application/json"], [type="application/xml"])';

export class LazyProgramme implements ReactiveController {
  /** The machinery, once loaded. */
  code: Machinery | undefined;
  /** The element's programme controller and failure report, once the machinery is loaded. */
  data: ProgrammeController | undefined;
  report: FailureReport | undefined;
  /** The element's wait for the machinery: loading, or failed (offline since the page loaded). */
  private readonly wait: ModuleWait<Machinery>;
  private observer: MutationObserver | undefined;
  /** The request for `src`, started before the code came; released once the controller holds its own. */
  private early: Lease | undefined;

  /**
   * `onChange` hears each change of a followed `src` (see ProgrammeController);
   * `prefetch` starts the request for a `src` as the controller will make it
   * (resolved against the page, through the URL gate), or none for a URL the gate refuses.
   */
  constructor(
    private readonly host: Host,
    private readonly kind: WidgetKind,
    private readonly options: { onChange?: (detail: SeminarChangeDetail) => void; prefetch?: (src: string) => Lease | undefined } = {},
  ) {
    host.addController(this);
    this.wait = new ModuleWait(host, programmeMachinery, (module) => {
      this.attach(module);
    });
    if (programmeMachinery.current) this.attach(programmeMachinery.current);
  }

  hostConnected(): void {
    // Rendered on the server: the first update waits for the machinery (seminar-element.ts), then hydrates.
    if (!this.data && hydrationOf(this.host)) this.start();
    else if (!this.data) this.watchChildren();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.early?.release();
    this.early = undefined;
  }

  /** Call on each update, before reading the state: loads the machinery when there is a source, and passes the sources on. */
  update(sources: ProgrammeSources): void {
    // A `programme` given wins over `src` (ProgrammeController): no request for `src` then.
    if (!this.data && !this.wait.failed && this.hasSource(sources)) this.start(hasProgramme(sources.programme) ? undefined : sources.src);
    const { data, report } = this;
    if (data) data.setSources(sources);
    // The controller holds its own request now (given its sources above), or the code could not come: the early one is done.
    if (data || this.wait.failed) {
      this.early?.release();
      this.early = undefined;
    }
    if (!data) return;
    if (data.status === 'error' && data.failure) report?.report(data.failure);
    else report?.clear();
  }

  get status(): ProgrammeStatus {
    if (this.wait.failed) return 'error';
    return this.data?.status ?? (this.wait.loading ? 'loading' : 'idle');
  }

  get programme(): ProgrammeController['programme'] {
    return this.data?.programme;
  }

  get failure(): SeminarErrorDetail | undefined {
    return this.wait.failed ? { kind: 'code', errors: [] } : this.data?.failure;
  }

  /** Load again: the machinery if it could not be fetched, else the programme. */
  retry(): void {
    if (this.wait.failed) this.wait.retry();
    else this.data?.retry();
  }

  private hasSource(sources: ProgrammeSources): boolean {
    if (hasProgramme(sources.programme) || !!sources.src) return true;
    // A server renders no inline script: it has only the `programme` property (and its DOM shim no selectors).
    return !isServer && !!this.host.querySelector(INLINE_SELECTOR);
  }

  private start(src?: string | null): void {
    if (this.wait.loading || this.data) return;
    if (src && !programmeMachinery.current) this.early = this.options.prefetch?.(src);
    // Attaches at once when the machinery is here; else its wait says `loading`, and the update after it comes shows it.
    this.wait.need();
  }

  private attach(module: Machinery): void {
    this.observer?.disconnect();
    this.observer = undefined;
    module.programmeReading.use(module.reading);
    this.code = module;
    this.data = new module.ProgrammeController(this.host, this.options.onChange ? { onChange: this.options.onChange } : {});
    this.report = new module.FailureReport(this.host, this.kind);
  }

  /** An inline `<script type="application/json">` added later is a source too. */
  private watchChildren(): void {
    if (this.observer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => {
      if (this.host.querySelector(INLINE_SELECTOR)) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }
}
