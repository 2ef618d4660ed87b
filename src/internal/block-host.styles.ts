import { css } from 'lit';

/**
 * The host of an element that is a block of the page (the agenda, the list):
 * it sizes its layout on its own width, and paints its own surface and
 * padding when its theme may differ from the page's (`--_paint`, `--_pad`:
 * styles.ts); its search and filter fields take the text's font and the
 * element's colours, and never widen it.
 */
export const blockHostStyles = css`
  :host {
    container-type: inline-size;
    background: var(--_paint, none);
    padding: var(--_pad, 0);
  }
  input,
  select {
    font: inherit;
    padding: 0.3em 0.45em;
    border: 1px solid var(--_control);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: inherit;
    min-width: 0;
    max-width: 100%;
  }
`;
