/**
 * Styles every element shares: the public custom properties (one prefix,
 * `--seminar-`), mapped to private ones, and the look of the status states.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--seminar-text-color, CanvasText);
    --_accent: var(--seminar-accent-color, #1d4f91);
    --_muted: var(--seminar-muted-color, #545454);
    --_surface: var(--seminar-surface-color, Canvas);
    --_border: var(--seminar-border-color, #8a8a8a);
    --_error: var(--seminar-error-color, #a4161a);
    --_radius: var(--seminar-radius, 0.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--seminar-accent-color, #8ab4f8);
      --_muted: var(--seminar-muted-color, #c4c4c4);
      --_error: var(--seminar-error-color, #ff8a80);
    }
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
