/**
 * The failure of an element whose own code for programmes could not be
 * fetched (the visitor went offline after the page loaded): its sentence,
 * and the error state drawn without the rest of the machinery (which is
 * what could not be fetched).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from './localize.js';

/** Call inside render (it uses `msg`). */
export function codeFailureText(): string {
  return msg('The programme could not be read: part of this widget could not be downloaded. Check your connection and try again.');
}

/** The error state, as status-view.ts draws it, for a failure of kind `code`. */
export function renderCodeFailure(message: string, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="error">
    <p class="error-title" role="alert">${message}</p>
    <slot></slot>
    <button type="button" part="retry" class="retry" @click=${onRetry}>${msg('Try again')}</button>
    <details part="error-details" class="error-details">
      <summary>${msg('Details for the site’s editor')}</summary>
      <p class="error-reason">${codeFailureText()}</p>
    </details>
  </div>`;
}
