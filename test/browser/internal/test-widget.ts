/**
 * A minimal element built on the shared machinery, for testing it: it shows
 * the loading text, the error state, or the event title.
 */
import { html, nothing } from 'lit';
import { SeminarElement } from '../../../src/internal/seminar-element.js';
import { ProgrammeController, type ProgrammeSource } from '../../../src/internal/programme-controller.js';
import { renderFailure } from '../../../src/internal/status-view.js';
import { loadingText } from '../../../src/internal/loading-text.js';
import { FailureReport } from '../../../src/internal/failure-report.js';
import { msg } from '../../../src/internal/localize.js';
import { localise } from '../../../src/model/text.js';
import { formatDate } from '../../../src/model/format.js';

export class TestWidget extends SeminarElement {
  static override properties = { src: {}, programme: { attribute: false } };
  src: string | null = null;
  programme: ProgrammeSource | null | undefined;
  readonly data = new ProgrammeController(this);
  private readonly failureReport = new FailureReport(this, 'agenda');

  protected override willUpdate(): void {
    this.data.setSources({ src: this.src, programme: this.programme });
    if (this.data.status === 'error' && this.data.failure) this.failureReport.report(this.data.failure);
    else this.failureReport.clear();
  }

  protected override render() {
    const { status, programme, failure } = this.data;
    if (status === 'error' && failure) {
      const view = { message: msg('The programme cannot be shown.'), report: this.failureReport, locale: this.i18n.formatLocale, onRetry: () => { this.data.retry(); } };
      return renderFailure(failure, view);
    }
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
