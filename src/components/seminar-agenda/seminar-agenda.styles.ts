import { css } from 'lit';

/**
 * The agenda's look, on the shared tokens of internal/styles.ts (type scale
 * --_t-*, spacing --_s*, colours). Layout: in the list, each item is a grid
 * of its own (time | item | actions). Its time column is at least as wide as
 * the widest time range the agenda can show (`--_when-widest`, a string the
 * agenda sets: an invisible line of that text under each time, see `.when`),
 * so every title starts at the same place, yet no item's layout depends on
 * another's: drawing a slice of items lays out those items only (one grid
 * shared by all items, a subgrid, made every slice lay out every item drawn
 * before it). A time wider than that (an item across midnight) widens its own
 * item. In narrow containers the time and the actions share a row above the
 * item.
 */
export const agendaStyles = css`
  .agenda {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    position: relative;
  }
  .skip {
    display: inline-block;
    margin-bottom: var(--_s2);
  }
  /* Out of sight until it has focus: internal/styles.ts. */
  .event-title,
  .day-title,
  .title {
    font-family: var(--_heading-font);
    color: var(--_title);
    font-weight: bold;
  }
  .event-title {
    font-size: var(--_t-2xl);
    line-height: 1.2;
    margin: 0 0 var(--_s2);
  }
  .event-subtitle,
  .event-when,
  .organisations {
    margin: var(--_s1) 0;
  }
  .event-subtitle {
    font-size: var(--_t-lg);
    color: var(--_muted);
  }
  .event-when {
    font-weight: 600;
  }
  .about {
    margin: var(--_s3) 0;
  }
  .about p,
  .about ul,
  .description p,
  .description ul {
    margin: var(--_s2) 0;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
  }
  .controls {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_s3);
    margin: var(--_s4) 0 0;
    padding: var(--_s3) 0;
    border-block: 1px solid var(--_border);
  }
  .days,
  .filters,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2) var(--_s3);
    align-items: end;
  }
  .filters > label {
    display: grid;
    gap: 0.15em;
    font-size: var(--_t-sm);
  }
  .rooms > summary {
    border: 1px solid var(--_control);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.3em 0.7em;
    color: inherit;
  }
  .rooms[open] {
    flex-basis: 100%;
  }
  .rooms fieldset {
    border: none;
    margin: var(--_s2) 0 0;
    padding: 0;
  }
  .room-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1) var(--_s4);
    margin-bottom: 0.4em;
  }
  .room-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.1em var(--_s4);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .room-list label {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    overflow-wrap: anywhere;
  }
  button {
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_control);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.3em 0.7em;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.link,
  .speaker {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: inherit;
  }
  .notice {
    margin: 0;
    flex-basis: 100%;
  }
  .zone {
    margin: 0;
    flex-basis: 100%;
    font-size: var(--_t-sm);
  }
  .day-title {
    font-size: var(--_t-xl);
    line-height: 1.25;
    margin: var(--_s5) 0 var(--_s2);
  }
  /*
   * Each day is painted on its own (paint containment): items drawn into a
   * day above move the days below as a whole, not each of their items (the
   * pre-paint of every frame walked each of them: back to all days, about a
   * third of it now). Focus outlines show past the day's edges (the margin);
   * printed pages are laid out without it.
   */
  .day {
    contain: paint;
    overflow-clip-margin: 0.5em;
  }
  @media print {
    .day {
      contain: none;
    }
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /*
   * position: relative keeps the visually hidden text of an item (absolutely
   * positioned) laid out and painted with its item: with the agenda as their
   * containing block, every frame that moves items placed them all again.
   */
  .item {
    position: relative;
    display: grid;
    grid-template-columns: minmax(6em, max-content) minmax(0, 1fr) auto;
    gap: var(--_s1) var(--_s4);
    padding: var(--_s3) var(--_s2);
    border-top: 1px solid var(--_border);
    scroll-margin-block: 4em;
  }
  /* Long words wrap rather than push an item past its box (RGAA 10.11, 10.12: 320 px, text spacing, 200 % text). */
  .what {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /*
   * No \`content-visibility: auto\` on the items: Chromium then leaves the
   * accessible names of off-screen items empty (headings without text for a
   * screen reader's list of headings). Items are drawn in slices instead.
   */
  .item:focus {
    outline: none;
  }
  .item:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .when {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  /* No overflow clip (a paint property per item): a line with no height overflows nothing. */
  .when::after {
    content: var(--_when-widest, none);
    display: block;
    block-size: 0;
    line-height: 0;
    visibility: hidden;
    white-space: nowrap;
  }
  time {
    white-space: nowrap;
  }
  .badge,
  .now-badge {
    display: inline-block;
    font-size: var(--_t-sm);
    font-weight: 600;
    line-height: 1.4;
    padding: 0 0.6em;
    border-radius: 1em;
  }
  .badge {
    background: var(--_raised);
    color: var(--_muted);
    margin-bottom: var(--_s1);
  }
  .title {
    font-size: var(--_t-lg);
    line-height: 1.3;
  }
  /* A status is said in words (the badge); the strike-through only repeats it. */
  .status-badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: bold;
    padding: 0 0.5em;
    margin: 0 0.35em 0.2em 0;
    border: 1px solid currentColor;
    border-radius: 0.3em;
  }
  .cancelled .status-badge {
    color: var(--_error);
  }
  .cancelled .title,
  .cancelled .when time {
    text-decoration: line-through;
  }
  .cancelled .title,
  .cancelled .subtitle,
  .cancelled .speakers {
    color: var(--_muted);
  }
  /* An item that just changed in a followed programme: said in words, highlighted for a while. */
  .change-badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: bold;
    padding: 0 0.5em;
    margin: 0 0.35em 0.2em 0;
    border-radius: 0.3em;
    background: var(--_accent);
    color: var(--_surface);
  }
  .changed {
    background: color-mix(in srgb, var(--_accent) 7%, transparent);
  }
  .calendar-menu {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .calendar-menu a,
  .calendar-menu .link {
    color: var(--_accent);
  }
  .subscribe {
    flex-basis: 100%;
  }
  .share {
    flex-basis: 100%;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.35em 0 0;
  }
  .links a {
    color: var(--_accent);
  }
  .links .featured {
    font-weight: bold;
    padding: 0.2em 0.6em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
  .links .featured.livestream::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: currentColor;
  }
  .subtitle,
  .where {
    margin: var(--_s1) 0 0;
    color: var(--_muted);
  }
  .speakers {
    margin: var(--_s2) 0 0;
    padding: 0;
    list-style: none;
  }
  .speakers > li {
    margin: 0.15em 0;
  }
  .details,
  .role {
    color: var(--_muted);
  }
  .topic {
    font-style: italic;
  }
  .track {
    border-inline-start: 0.35em solid var(--_track, var(--_border));
    padding-inline-start: 0.35em;
    margin-inline-start: var(--_s2);
  }
  .description {
    margin-top: var(--_s1);
  }
  .actions {
    display: flex;
    gap: var(--_s1);
    align-items: start;
  }
  /*
   * An icon button's name (agenda-item.ts): in the button's one cell with the
   * icon, never seen, taking no room, yet laid out as text, so that the name
   * the button takes from it (aria-labelledby) reads as one line. Neither
   * positioned nor clipped: no layer of its own for the browser to walk.
   */
  .actions button > * {
    grid-area: 1 / 1;
  }
  .icon-name {
    visibility: hidden;
    font-size: 0;
  }
  .actions button {
    display: grid;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
  }
  .favourite[aria-pressed='true'] {
    color: var(--_accent);
    background: var(--_surface);
    border-color: var(--_accent);
  }
  .pause {
    background: var(--_raised);
  }
  .pause .title {
    font-size: 1em;
    font-weight: 600;
    font-style: italic;
    color: var(--_muted);
  }
  .pause .when {
    color: var(--_muted);
  }
  .pause .badge {
    background: var(--_surface);
  }
  .current {
    box-shadow: inset 0.25em 0 0 var(--_accent);
  }
  .now-badge {
    display: block;
    width: fit-content;
    margin-top: var(--_s1);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .empty {
    padding: var(--_s4) 0;
  }
  .skeleton .bar {
    height: 1.2em;
    margin: 0.8em 0;
    border-radius: 0.3em;
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  /* Narrow containers (320 px): the time and the actions share a row, the item has the whole width below. */
  @container (max-width: 30em) {
    .agenda {
      display: block;
    }
    .item {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'when actions' 'what what';
      align-items: center;
      column-gap: var(--_s2);
    }
    .actions button {
      width: 2.5em;
      height: 2.5em;
    }
    .when {
      grid-area: when;
    }
    .when::after {
      content: none;
    }
    .what {
      grid-area: what;
    }
    .actions {
      grid-area: actions;
    }
  }
  @media (forced-colors: active) {
    .current {
      outline: 3px solid Highlight;
    }
    button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
    .badge,
    .now-badge,
    .change-badge {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      background: none;
    }
    .controls,
    .actions,
    .speaker-dialog,
    summary {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
    .pause,
    .current {
      background: none;
      box-shadow: none;
    }
    .now-badge {
      background: none;
      color: inherit;
      border: 1px solid;
    }
    .speaker {
      color: inherit;
      text-decoration: none;
    }
  }
`;
