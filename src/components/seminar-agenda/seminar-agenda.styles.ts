import { css } from 'lit';

export const agendaStyles = css`
  :host {
    container-type: inline-size;
    background: var(--_paint, none);
    padding: var(--_pad, 0);
  }
  .agenda {
    line-height: 1.45;
    position: relative;
  }
  .skip {
    display: inline-block;
    margin-bottom: 0.5em;
  }
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .event-title {
    font-size: 1.6em;
    font-weight: bold;
    line-height: 1.2;
    margin: 0 0 0.25em;
  }
  .event-subtitle,
  .event-when,
  .organisations {
    margin: 0.25em 0;
  }
  .event-subtitle {
    font-size: 1.1em;
  }
  .event-when {
    font-weight: 600;
  }
  .about {
    margin: 0.75em 0;
  }
  .about p,
  .about ul,
  .description p,
  .description ul {
    margin: 0.4em 0;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
  }
  .controls {
    display: grid;
    gap: 0.6rem;
    margin: 1rem 0;
    padding: 0.75rem 0;
    border-block: 1px solid var(--_border);
  }
  .days,
  .filters,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: end;
  }
  .filters > label {
    display: grid;
    gap: 0.15em;
    font-size: 0.9em;
  }
  .rooms > summary {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.3em 0.7em;
    color: inherit;
  }
  .rooms[open] {
    flex-basis: 100%;
  }
  .rooms fieldset {
    border: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .room-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-bottom: 0.4em;
  }
  .room-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.1em 1em;
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
  input,
  select {
    font: inherit;
    padding: 0.3em 0.45em;
    border: 1px solid var(--_control);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: inherit;
    min-width: 0;
  }
  button {
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_control);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.3em 0.7em;
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
  .zone {
    margin: 0;
    flex-basis: 100%;
    font-size: 0.9em;
  }
  .day-title {
    font-size: 1.25em;
    font-weight: bold;
    margin: 1.25em 0 0.5em;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(6.5em, max-content) 1fr auto;
    gap: 0.25em 1em;
    padding: 0.75em 0.5em;
    border-top: 1px solid var(--_border);
    scroll-margin-block: 4rem;
  }
  .what {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /*
   * Items far from the viewport are not laid out or painted until they come
   * near it: they are in the DOM (find-in-page, links, screen readers), the
   * browser skips their rendering. Their height until then: a typical item's,
   * then the one last seen.
   */
  .items:not(.grid) > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 7.5em;
  }
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
  .badge {
    display: inline-block;
    font-size: 0.8em;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_muted);
    margin-bottom: 0.2em;
  }
  .title {
    font-weight: bold;
    font-size: 1.05em;
  }
  .subtitle,
  .where {
    margin: 0.15em 0;
    color: var(--_muted);
  }
  .speakers {
    margin: 0.35em 0 0;
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
    margin-inline-start: 0.5em;
  }
  .actions {
    display: flex;
    gap: 0.35em;
    align-items: start;
  }
  .actions button {
    min-width: 2.75em;
    min-height: 2.75em;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    vertical-align: middle;
  }
  .favourite[aria-pressed='true'] {
    color: var(--_accent);
    background: var(--_surface);
  }
  .pause {
    background: color-mix(in srgb, var(--_muted) 8%, transparent);
  }
  .pause .title {
    font-weight: 600;
    font-style: italic;
  }
  .current {
    box-shadow: inset 0.3em 0 0 var(--_accent);
  }
  .now-badge {
    display: inline-block;
    margin-top: 0.2em;
    padding: 0 0.45em;
    border-radius: 0.3em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8em;
  }
  .empty {
    padding: 1em 0;
  }
  .skeleton .bar {
    height: 1.2em;
    margin: 0.8em 0;
    border-radius: 0.3em;
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .speaker-dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem 1rem;
    max-width: min(40rem, calc(100vw - 2rem));
    background: var(--_surface);
    color: inherit;
  }
  .speaker-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-bar {
    display: flex;
    justify-content: end;
  }
  .close {
    font-size: 1.4em;
    line-height: 1;
    min-width: 2em;
    min-height: 2em;
  }
  /* Narrow columns (320 px): time above the content. */
  @container (max-width: 30rem) {
    .item {
      grid-template-columns: 1fr auto;
    }
    .when {
      grid-column: 1 / -1;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition: background-color 0.2s;
    }
  }
  @media (forced-colors: active) {
    .current {
      outline: 3px solid Highlight;
    }
    button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
    .now-badge {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
      --_accent: #000;
      --_muted: #333;
      --_surface: #fff;
    }
    .controls,
    .actions,
    .speaker-dialog,
    summary {
      display: none;
    }
    .item,
    .items:not(.grid) > .item {
      break-inside: avoid;
      grid-template-columns: 7em 1fr;
      content-visibility: visible;
    }
    .pause,
    .current {
      background: none;
      box-shadow: none;
    }
    .speaker {
      color: inherit;
      text-decoration: none;
    }
  }
`;
