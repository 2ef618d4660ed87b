/** Modules loaded on first use: LazyModule (once per page) and ModuleWait (an element's wait for one). */
import type { ReactiveControllerHost } from 'lit';
import { SeminarErrorEvent } from '../events/seminar-error.js';
import { emit } from '../events/emit.js';
import { waitFor } from './pending-work.js';

/**
 * A module an element loads on first use, not with its own code: once per
 * page (every element shares it), and again after a failure, so that a retry
 * works once the network is back.
 *
 * `source.load` is read at each use, so that a test can make it fail as it
 * would offline. `use` gives the module up front: on the server (ssr.ts),
 * where a render cannot wait for a module. `forget` drops it, for tests of
 * loading it.
 */
export class LazyModule<M> {
  /** The module, once loaded or given. */
  current: M | undefined;
  private pending: Promise<M> | undefined;

  constructor(readonly source: { load: () => Promise<M> }) {}

  /** The module: at once when loaded, else fetched (one request for all who ask meanwhile). */
  load(): Promise<M> {
    if (this.current) return Promise.resolve(this.current);
    this.pending ??= this.source.load().then(
      (module) => (this.current = module),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }

  use(module: M): void {
    this.current = module;
  }

  forget(): void {
    this.current = undefined;
    this.pending = undefined;
  }
}

/**
 * An element's use of a LazyModule: `need` loads it (once), its
 * `updateComplete` waits for it, and the element updates when it comes (after
 * `onLoad`, if given). When it cannot come, `failed` is set, the element
 * updates (to say so) and sends `seminar-error` of kind `code`; `retry` tries
 * again.
 */
export class ModuleWait<M> {
  loading = false;
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly module: LazyModule<M>,
    private readonly onLoad?: (module: M) => void,
  ) {}

  need(): void {
    const { current } = this.module;
    if (current) {
      this.onLoad?.(current);
      return;
    }
    if (this.loading || this.failed) return;
    this.loading = true;
    const settled = (failed: boolean) => {
      this.loading = false;
      this.failed = failed;
      this.host.requestUpdate();
      if (failed) emit(this.host, new SeminarErrorEvent({ kind: 'code', errors: [] }));
    };
    const work = this.module.load().then(
      (module) => {
        this.onLoad?.(module);
        settled(false);
      },
      () => {
        settled(true);
      },
    );
    waitFor(this.host, work);
  }

  retry(): void {
    this.failed = false;
    this.need();
    this.host.requestUpdate();
  }
}
