/**
 * The error state every element shows, written once (the loading text is in
 * loading-text.ts: a page loads this module only when it reads a programme).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isSingular, msg, str } from './localize.js';
import { failureText, problemText } from './messages.js';
import type { SeminarErrorDetail } from './programme-controller.js';

/** How many problems the error state lists before summarising the rest. */
const MAX_LISTED = 20;

/**
 * The error state: a headline, each problem with its JSON path, and a retry
 * button for failures that a retry may fix.
 */
export function renderFailure(failure: SeminarErrorDetail, onRetry: () => void): TemplateResult {
  const retryable = failure.kind !== 'invalid' && failure.kind !== 'too-large' && failure.kind !== 'not-found';
  const listed = failure.errors.slice(0, MAX_LISTED);
  const more = failure.errors.length - listed.length;
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${failureText(failure)}</p>
    ${listed.length
      ? html`<ul class="problems">
          ${listed.map(
            (problem) =>
              html`<li>
                <code class="path">${problem.path || '/'}</code> ${problemText(problem)}
              </li>`,
          )}
          ${more > 0
            ? html`<li>${isSingular(more) ? msg(str`…and ${more} more problem.`) : msg(str`…and ${more} more problems.`)}</li>`
            : nothing}
        </ul>`
      : nothing}
    ${retryable
      ? html`<button type="button" part="retry" class="retry" @click=${onRetry}>${msg('Try again')}</button>`
      : nothing}
  </div>`;
}
