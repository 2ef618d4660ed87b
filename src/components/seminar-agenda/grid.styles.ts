import { css } from 'lit';

/**
 * The grid view (drawn only when the element is at least 48rem wide): a time
 * column and a column per room, never narrower than a readable width. The
 * grid scrolls inside its own region, in both directions, so the room names
 * (a row of their own above the items) and the times stay in view.
 *
 * A sticky box cannot leave its grid area, so the room names are a second
 * grid with the same columns (sticky at the top of the region), and each
 * time label spans the whole row with its box in the time column (sticky at
 * the left): one label per row, opaque and as tall as the row and the gap
 * below it, makes a solid time column. The region paints its own surface,
 * the one the sticky parts are painted with, whatever the page behind. The
 * content of an item across many rooms (a plenary) sticks to the left too,
 * so it is not scrolled away.
 *
 * The region is `position: relative` so that visually hidden text in the items
 * (absolutely positioned) stays inside it, not out past the page's edge.
 *
 * (No comments inside the css literal: they would ship.)
 */
export const agendaGridStyles = css`
  .grid-scroll {
    position: relative;
    overflow: auto;
    background: var(--_surface);
    max-block-size: var(--seminar-grid-max-height, 85vh);
    overscroll-behavior-x: contain;
    scroll-padding-block-start: 3.5em;
    scroll-padding-inline-start: 6em;
    border-block: 1px solid var(--_border);
  }
  .grid-frame {
    --_col: var(--seminar-grid-min-column, 12rem);
    --_time-col: 5.5em;
    --_gap: 0.5rem;
    min-inline-size: calc(var(--_time-col) + var(--_tracks) * (var(--_col) + var(--_gap)));
  }
  .grid-head,
  .items.grid {
    display: grid;
    grid-template-columns: var(--_time-col) repeat(var(--_tracks), minmax(var(--_col), 1fr));
    column-gap: var(--_gap);
  }
  .grid-head {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_gap);
  }
  .corner,
  .time-head {
    grid-column: 1 / -1;
    justify-self: start;
    position: sticky;
    left: 0;
    box-sizing: border-box;
    inline-size: var(--_time-col);
    background: var(--_surface);
  }
  .corner {
    grid-row: 1;
    align-self: stretch;
    z-index: 1;
  }
  .room-head {
    grid-row: 1;
    font-weight: bold;
    padding: 0.4em 0.5em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .items.grid {
    row-gap: var(--_gap);
    padding-bottom: var(--_gap);
  }
  .time-head {
    z-index: 1;
    align-self: stretch;
    margin-block-end: calc(-1 * var(--_gap));
    border-inline-end: 1px solid var(--_border);
    padding: 0.5em 0.5em 0.5em 0.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .items.grid .item {
    display: flex;
    flex-wrap: wrap;
    align-content: start;
    gap: 0.25em 0.5em;
    min-width: 0;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    scroll-margin-block-start: 3.5em;
  }
  .items.grid .when,
  .items.grid .what {
    flex: 1 1 100%;
    min-width: 0;
  }
  .items.grid .when::after {
    content: none;
  }
  .items.grid .actions {
    margin-inline-start: auto;
  }
  .items.grid .wide {
    flex-direction: column;
    flex-wrap: nowrap;
    align-items: start;
  }
  .items.grid .wide > * {
    flex: none;
    position: sticky;
    left: calc(var(--_time-col) + var(--_gap));
    max-inline-size: min(100%, 36rem);
  }
  .items.grid .wide > .actions {
    margin-inline-start: 0;
  }
`;
