/**
 * StructuredDataController: the programme as schema.org JSON-LD (the model's
 * `toJsonLd`) in one `<script type="application/ld+json"
 * data-seminar-structured-data>` child of the host, in the light DOM where
 * search engines read it. `<` is written `\u003c`, so no programme text can
 * end the script early. The JSON is rebuilt only when the programme, language
 * or page URL changed, and written only when it differs. Errors are swallowed
 * (the script is removed): SEO must never break the agenda.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toJsonLd } from '../../model/jsonld.js';
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
      const input = [programme, lang, pageUrl];
      if (input.some((value, i) => value !== this.input[i])) {
        this.json = JSON.stringify(toJsonLd(programme, { lang, url: pageUrl })).replace(/</g, '\\u003c');
        this.input = input;
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
      if (script.textContent !== this.json) script.textContent = this.json;
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
