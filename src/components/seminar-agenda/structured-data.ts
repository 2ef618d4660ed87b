/**
 * StructuredDataController: the programme as schema.org JSON-LD (the model's
 * `toJsonLd`) in one `<script type="application/ld+json"
 * data-seminar-structured-data>` child of the host, in the light DOM where
 * search engines read it. `<` is written `\u003c`, so no programme text can
 * end the script early. The JSON is rebuilt only when the programme, language
 * or page URL changed, and written only when it differs. Errors are swallowed
 * (the script is removed): SEO must never break the agenda.
 *
 * The JSON-LD writer (model/jsonld.ts) comes with a dynamic import when the
 * first programme is drawn, not with the agenda's code: the script is in the
 * page once the programme is drawn (the agenda's `updateComplete` waits for it).
 *
 * Under Trusted Types (`require-trusted-types-for 'script'`) a script's text
 * must be a TrustedScript: it comes from a policy named `seminar-widgets`,
 * created on first use, that only ever sees this JSON. A page whose
 * `trusted-types` directive does not allow that name gets no structured data.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { waitFor } from '../../internal/pending-work.js';
import { LazyModule } from '../../internal/lazy-module.js';
import type { Programme } from '../../model/types.js';

/** What the host tells the controller after each update. */
export interface StructuredDataSource {
  programme?: Programme | undefined;
  /** Language of the texts. */
  lang: string;
  /** False removes the script (e.g. the `no-structured-data` attribute). */
  enabled: boolean;
  /** Absolute URL of the page: sub-events link to `#item-<id>` on it. */
  pageUrl?: string | undefined;
}

const SELECTOR = ':scope > script[data-seminar-structured-data]';

type JsonLdWriter = typeof import('../../model/jsonld.js');

/** How the writer is loaded: read at each use, so that a test can make it fail as it would offline. @internal */
export const jsonLdSource = { load: (): Promise<JsonLdWriter> => import('../../model/jsonld.js') };

/** The JSON-LD writer, for every agenda of the page. */
const jsonLd = new LazyModule(jsonLdSource);

/** A Trusted Types policy; its TrustedScript is typed as the string it stands for. */
interface ScriptPolicy {
  createScript(input: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

/** The policy (`null`: no Trusted Types in this browser; `false`: the page refuses the name). */
let policy: ScriptPolicy | null | false | undefined;

/** The JSON as a script's text: a TrustedScript where the browser has Trusted Types; `undefined` if refused. */
function scriptText(json: string): string | undefined {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy('seminar-widgets', { createScript: (input) => input }) : null;
    } catch {
      policy = false;
    }
  }
  if (policy === false) return undefined;
  return policy ? policy.createScript(json) : json;
}

export class StructuredDataController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly source: () => StructuredDataSource;
  private script: HTMLScriptElement | undefined;
  private input: unknown[] = [];
  private json = '';

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => StructuredDataSource) {
    this.host = host;
    this.source = source;
    host.addController(this);
  }

  hostConnected(): void {
    // Put the script back after a move or a reconnection.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    try {
      const source = this.source();
      const { programme, lang } = source;
      // The fragment changes as the visitor follows `#item-` links; the JSON does not.
      const pageUrl = source.pageUrl?.split('#')[0];
      if (!source.enabled || !programme) {
        this.remove();
        return;
      }
      const writer = jsonLd.current;
      if (!writer) {
        // Written once the writer has come (no new render of the agenda); a script already there (server-rendered) stays meanwhile.
        waitFor(
          this.host,
          jsonLd.load().then(
            () => {
              if (this.host.isConnected) this.hostUpdated();
            },
            () => {
              this.remove();
            },
          ),
        );
        return;
      }
      const input = [programme, lang, pageUrl];
      if (input.some((value, i) => value !== this.input[i])) {
        this.json = JSON.stringify(writer.toJsonLd(programme, { lang, url: pageUrl })).replace(/</g, '\\u003c');
        this.input = input;
      }
      const text = scriptText(this.json);
      if (text === undefined) {
        this.remove();
        return;
      }
      const host = this.host;
      let script = this.script;
      if (script?.parentNode !== host) {
        // Adopt a script already there (a clone, server-rendered markup), else create one.
        script = host.querySelector<HTMLScriptElement>(SELECTOR) ?? host.ownerDocument.createElement('script');
        script.type = 'application/ld+json';
        script.setAttribute('data-seminar-structured-data', '');
        if (script.parentNode !== host) host.append(script);
        this.script = script;
      }
      if (script.textContent !== this.json) script.textContent = text;
    } catch {
      this.remove();
    }
  }

  hostDisconnected(): void {
    this.remove();
  }

  private remove(): void {
    this.script?.remove();
    this.script = undefined;
  }
}
