/**
 * Styles every element shares: the public custom properties (one prefix,
 * `--seminar-`), mapped to private ones, light and dark schemes (following
 * `prefers-color-scheme`, or forced with `theme="light|dark"` on the host),
 * and the look of the status states.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color-scheme: light dark;
    color: var(--seminar-text-color, light-dark(#1a1a1a, #f1f1f1));
    --_accent: var(--seminar-accent-color, light-dark(#1d4f91, #9cc2ff));
    --_muted: var(--seminar-muted-color, light-dark(#4f4f4f, #c8c8c8));
    --_surface: var(--seminar-surface-color, light-dark(#ffffff, #1f1f1f));
    --_border: var(--seminar-border-color, light-dark(#767676, #9a9a9a));
    --_error: var(--seminar-error-color, light-dark(#a4161a, #ff9b94));
    --_radius: var(--seminar-radius, 0.5rem);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .error-title {
    margin: 0 0 0.5em;
    font-weight: bold;
    color: var(--_error);
  }
  .error-details {
    margin-top: 0.5em;
    font-size: 0.9em;
  }
  .error-details summary {
    cursor: pointer;
    width: fit-content;
  }
  .error-details p {
    margin: 0.4em 0;
  }
  .url {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .problems {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .path {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
