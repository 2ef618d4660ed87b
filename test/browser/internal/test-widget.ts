/**
 * A minimal element built on the shared machinery, for testing it: it shows
 * the loading text, the error state, or the event title.
 */
import { html, nothing } from 'lit';
import { SeminarElement } from '../../../src/internal/seminar-element.js';
import { ProgrammeController, type ProgrammeSource } from '../../../src/internal/programme-controller.js';
import { renderFailure } from '../../../src/internal/status-view.js';
import { loadingText } from '../../../src/internal/loading-text.js';
import { localise } from '../../../src/model/text.js';
import { formatDate } from '../../../src/model/format.js';

export class TestWidget extends SeminarElement {
  static override properties = { src: {}, programme: { attribute: false } };
  src: string | null = null;
  programme: ProgrammeSource | null | undefined;
  readonly data = new ProgrammeController(this);

  protected override willUpdate(): void {
    this.data.setSources({ src: this.src, programme: this.programme });
  }

  protected override render() {
    const { status, programme, failure } = this.data;
    if (status === 'error' && failure) return renderFailure(failure, () => { this.data.retry(); });
    if (status !== 'ready' || !programme) return html`<p class="loading">${status === 'loading' ? loadingText() : nothing}</p>`;
    const title = localise(programme.event.title, this.i18n.lang, programme.event.defaultLanguage);
    return html`<h2 lang=${title?.lang ?? nothing}>${title?.text}</h2>
      <p class="date">${formatDate(programme.event.start, this.formatOptions(programme.event.timeZone), 'full')}</p>`;
  }
}
if (!customElements.get('test-widget')) customElements.define('test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
