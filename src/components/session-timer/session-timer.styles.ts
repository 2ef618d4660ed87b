import { css } from 'lit';

/**
 * The timer's look, on the shared tokens of internal/styles.ts. The element
 * is its own size container: the digits follow its width, not the window's.
 * The compact format is a phrase of the sentence around it: its text, unless
 * a theme is forced.
 */
export const sessionTimerStyles = css`
  :host {
    container-type: inline-size;
    --_warning: var(--seminar-warning-color, var(--_d-warning, light-dark(#8a4500, #ffb84d)));
    --_size: var(--seminar-timer-size, clamp(2.25em, 15cqi, 10em));
  }
  :host([variant='clock']) {
    --_size: var(--seminar-timer-size, max(2.5em, 19cqi));
  }
  /* Compact (compact-host.styles.ts): a line of its text, not a container. */
  :host([variant='compact']) {
    container-type: normal;
    line-height: inherit;
  }
  .timer {
    display: flex;
    flex-direction: column;
    gap: var(--_s1);
    padding: var(--seminar-card-padding, var(--_s4));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-sizing: border-box;
    min-width: 0;
  }
  :host([variant='clock']) .timer {
    align-items: center;
    text-align: center;
    gap: 0.1em;
  }
  .compact {
    display: inline;
  }
  p {
    margin: 0;
  }
  .eyebrow {
    text-transform: uppercase;
    letter-spacing: 0.06em;
    font-size: 0.85em;
    font-weight: bold;
    color: var(--_muted);
  }
  .which {
    font-weight: normal;
    white-space: nowrap;
  }
  .label {
    font-family: var(--_heading-font);
    color: var(--_title);
    font-weight: bold;
    font-size: max(1.15em, 2.5cqi);
    line-height: 1.3;
  }
  .status {
    font-size: max(1em, 2cqi);
  }
  :host([variant='clock']) .label {
    font-size: max(1.15em, 4cqi);
  }
  :host([variant='clock']) .status {
    font-size: max(1em, 3cqi);
  }
  .compact .label,
  .compact .status {
    font-size: 1em;
  }
  .status,
  .details,
  .next {
    color: var(--_muted);
  }
  .details,
  .next {
    font-variant-numeric: tabular-nums;
  }
  .compact .label {
    font-family: inherit;
    color: inherit;
  }
  .compact .status {
    color: inherit;
  }
  .value {
    font-size: var(--_size);
    font-weight: 700;
    line-height: 1.05;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .value.words {
    font-size: calc(var(--_size) * 0.45);
    line-height: 1.2;
    white-space: normal;
  }
  /* Whole minutes ("1 hr, 5 min") are words: they may wrap in a narrow box. */
  .value.minutes {
    white-space: normal;
  }
  .seconds {
    align-self: start;
    font-size: 0.85em;
    padding: 0.2em 0.5em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  :host([variant='clock']) .seconds {
    align-self: center;
  }
  .compact .seconds {
    /* Part of the host's sentence: its font, spacing and case, as the words around it. */
    font-family: inherit;
    font-style: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: inherit;
    font-size: 0.75em;
    padding: 0 0.25em;
    margin-inline-start: 0.35em;
  }
  .seconds[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
  }
  .seconds svg {
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }
  .seconds .text {
    margin-inline-start: 0.35em;
  }
  .compact .value,
  .compact .value.words {
    font-size: 1em;
    line-height: inherit;
  }
  :host([warning]) .value {
    color: var(--_warning);
  }
  .value.over {
    color: var(--_error);
  }
  progress {
    display: block;
    width: 100%;
    height: 0.75em;
    accent-color: var(--_accent);
  }
  :host([warning]) progress {
    accent-color: var(--_warning);
  }
  .skeleton .bar {
    height: 2em;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  @media (prefers-reduced-motion: no-preference) {
    :host([warning]) .value {
      animation: seminar-timer-pulse 1.2s ease-in-out 3;
    }
    @keyframes seminar-timer-pulse {
      50% {
        opacity: 0.55;
      }
    }
  }
  @media print {
    :host {
      --_warning: #8a4500;
    }
  }
  @media (forced-colors: active) {
    .timer {
      border-color: CanvasText;
    }
    .seconds[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
    :host([warning]) .value,
    .value.over {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-radius: 0.1em;
    }
    .skeleton .bar {
      background: GrayText;
    }
  }
`;
