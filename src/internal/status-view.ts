/**
 * The error state every element shows, written once (the loading text is in
 * loading-text.ts: a card given by attributes loads this module only when it
 * reads a programme).
 *
 * The error state is for two readers. Visitors get one short sentence saying
 * what cannot be shown, the host's own fallback content (the element's
 * children, such as a link to the PDF programme) and, when a retry may help,
 * a button. The site's editor gets the details — what failed, the URL, the
 * HTTP status, each problem with its JSON path — in a collapsed "details",
 * as well as in the console and the `seminar-error` event.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cachedIntl } from '../model/format.js';
import { isSingular, msg, str } from './localize.js';
import { failureText, problemText } from './messages.js';
import type { FailureReport, WidgetKind } from './failure-report.js';
import type { SeminarErrorDetail } from './programme-controller.js';

/** How many problems the error state lists before summarising the rest. */
const MAX_LISTED = 20;

export interface FailureView {
  /** The element's sentence for visitors, e.g. "The programme cannot be shown." */
  message: string;
  /** The element's failure report: whether it announces, and what else failed with it. */
  report: FailureReport;
  /** The locale for `Intl` (the list of what else failed). */
  locale: string;
  /** Load again; absent when a retry cannot help. */
  onRetry?: (() => void) | undefined;
  /** More for the editor, after the problems (the timer's hint on writing times). */
  hint?: string | undefined;
}

/**
 * The error state: the visitor's sentence (a `role="alert"` for the first
 * element of a source to fail, naming what else failed with it), the host's
 * fallback content, a retry button when it may help, and the details for
 * the editor.
 */
export function renderFailure(failure: SeminarErrorDetail, view: FailureView): TemplateResult {
  const retryable = failure.kind !== 'invalid' && failure.kind !== 'too-large' && failure.kind !== 'not-found';
  const listed = failure.errors.slice(0, MAX_LISTED);
  const more = failure.errors.length - listed.length;
  const others = view.report.others();
  return html`<div part="error" class="error">
    <p class="error-title" role=${view.report.announces ? 'alert' : nothing}>
      ${view.message}${others.length
        ? html` <span class="visually-hidden">${msg(str`Also not shown: ${othersText(others, view.locale)}.`)}</span>`
        : nothing}
    </p>
    <slot></slot>
    ${retryable && view.onRetry
      ? html`<button type="button" part="retry" class="retry" @click=${view.onRetry}>${msg('Try again')}</button>`
      : nothing}
    <details part="error-details" class="error-details">
      <summary>${msg('Details for the site’s editor')}</summary>
      <p class="error-reason">${failureText(failure)}</p>
      ${failure.url ? html`<p><code class="url">${failure.url}</code></p>` : nothing}
      ${listed.length
        ? html`<ul class="problems">
            ${listed.map((problem) => html`<li><code class="path">${problem.path || '/'}</code> ${problemText(problem)}</li>`)}
            ${more > 0
              ? html`<li>${isSingular(more) ? msg(str`…and ${more} more problem.`) : msg(str`…and ${more} more problems.`)}</li>`
              : nothing}
          </ul>`
        : nothing}
      ${view.hint ? html`<p>${view.hint}</p>` : nothing}
    </details>
  </div>`;
}

/** "2 speaker cards and a timer": what else failed, for the announcement. */
function othersText(others: [WidgetKind, number][], locale: string): string {
  const list = cachedIntl(['list', locale], () => new Intl.ListFormat(locale, { type: 'conjunction' }));
  return list.format(others.map(([kind, count]) => kindText(kind, count)));
}

function kindText(kind: WidgetKind, count: number): string {
  const one = isSingular(count);
  switch (kind) {
    case 'agenda':
      return one ? msg('the programme') : msg(str`${count} programmes`);
    case 'speaker-card':
      return one ? msg('a speaker card') : msg(str`${count} speaker cards`);
    case 'speaker-list':
      return one ? msg('the list of speakers') : msg(str`${count} lists of speakers`);
    case 'timer':
      return one ? msg('a timer') : msg(str`${count} timers`);
  }
}
