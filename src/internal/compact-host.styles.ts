import { css } from 'lit';

/**
 * `variant="compact"` of the card and the timer: inline, in the text it sits
 * in, with that text's font and colour; with a forced theme, a small panel of
 * its own colours.
 */
export const compactHostStyles = css`
  :host([variant='compact']) {
    display: inline;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: inherit;
    color: inherit;
  }
  :host([variant='compact'][theme='light']),
  :host([variant='compact'][theme='dark']) {
    color: var(--_text);
    background: var(--_surface);
    padding: 0 var(--_s1);
    border-radius: var(--_s1);
  }
`;
