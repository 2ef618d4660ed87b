/**
 * Styles every element shares, written once: the design tokens (colours,
 * type scale, spacing), the light and dark schemes, the host page's design
 * system when it has one, what the element takes from the page around it and
 * what it resets at its boundary, and the look of the status states.
 *
 * Colours, in order of precedence: the public `--seminar-*` properties; the
 * French State design system's (DSFR) properties when the page defines them
 * (`--text-default-grey`, …: the page's own values, light or dark, never a
 * copy); the neutral palette, light or dark. The scheme is the element's
 * custom state, `:state(light)` or `:state(dark)`, set by scheme.ts from the
 * page behind it, or the `theme` attribute. See docs/theming.md.
 */
import { css } from 'lit';

/**
 * Out of sight, still read by screen readers: `.visually-hidden`, and a skip
 * link (`.skip`) until it has focus. The studio uses it too.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden,
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

const sharedStyles = css`
  :host {
    display: block;
    /* Taken from the page: font family and size. Reset at the boundary: what
       a page's text styles would do to titles, times and buttons. */
    font-family: inherit;
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    /* Colours (see above). */
    --_text: var(--seminar-text-color, var(--_d-text, light-dark(#1a1a1a, #f1f1f1)));
    --_title: var(--seminar-title-color, var(--_d-title, var(--_text)));
    --_muted: var(--seminar-muted-color, var(--_d-muted, light-dark(#4f4f4f, #c4c4c4)));
    --_accent: var(--seminar-accent-color, var(--_d-accent, light-dark(#1d4f91, #9cc2ff)));
    --_on-accent: var(--_d-on-accent, var(--_surface));
    --_surface: var(--seminar-surface-color, var(--_d-surface, light-dark(#fff, #1f1f1f)));
    --_raised: var(--_d-raised, light-dark(#f3f3f3, #2a2a2a));
    --_border: var(--seminar-border-color, var(--_d-border, light-dark(#d0d0d0, #4a4a4a)));
    --_control: var(--_d-control, light-dark(#767676, #9a9a9a));
    --_error: var(--seminar-error-color, var(--_d-error, light-dark(#a4161a, #ff9b94)));
    --_radius: var(--seminar-radius, 0.5em);
    --_heading-font: var(--seminar-heading-font, inherit);
    /* Type scale (ratio 1.2) and spacing, relative to the page's text size. */
    --_t-sm: 0.875em;
    --_t-lg: 1.2em;
    --_t-xl: 1.44em;
    --_t-2xl: 1.728em;
    --_s1: 0.25em;
    --_s2: 0.5em;
    --_s3: 0.75em;
    --_s4: 1em;
    --_s5: 1.5em;
    color: var(--_text);
  }
  /* The page's DSFR properties, unless a theme is forced (the page then has the other scheme's values only). */
  :host(:not([theme='light'], [theme='dark'])) {
    --_d-text: var(--text-default-grey);
    --_d-title: var(--text-title-grey);
    --_d-muted: var(--text-mention-grey);
    --_d-accent: var(--text-action-high-blue-france, var(--blue-france-sun-113-625));
    --_d-on-accent: var(--text-inverted-blue-france);
    --_d-surface: var(--background-default-grey);
    --_d-raised: var(--background-alt-grey);
    --_d-border: var(--border-default-grey);
    --_d-control: var(--border-plain-grey);
    --_d-error: var(--text-default-error);
    --_d-warning: var(--text-default-warning);
  }
  /* light-dark() follows color-scheme: the scheme behind the element, else the page's. */
  :host(:is([theme='light'], :state(light))) {
    color-scheme: light;
  }
  :host(:is([theme='dark'], :state(dark))) {
    color-scheme: dark;
    --_paint: var(--_surface);
  }
  /* A forced theme may differ from the page: the element is a panel of its own. */
  :host([theme='light']),
  :host([theme='dark']) {
    --_paint: var(--_surface);
    --_pad: var(--_s4);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  /* Paper is white, whatever the screen's scheme. */
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_title: #000;
      --_muted: #333;
      --_accent: #000;
      --_surface: #fff;
      --_raised: #fff;
      --_border: #999;
      --_error: #a4161a;
    }
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
    padding: var(--_s3) var(--_s4);
    background: var(--_surface);
  }
  .error-title {
    margin: 0 0 var(--_s2);
    font-weight: bold;
    color: var(--_error);
  }
  .error-details {
    margin-top: 0.5em;
    font-size: 0.9em;
  }
  .error-details summary {
    cursor: pointer;
    color: var(--_accent);
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
    margin: 0 0 var(--_s2);
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
`;

export const baseStyles = [sharedStyles, visuallyHiddenStyles];
