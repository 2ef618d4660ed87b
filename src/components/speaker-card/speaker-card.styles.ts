import { css } from 'lit';

/**
 * The card's look, on the shared tokens of internal/styles.ts. The compact
 * variant is inline: part of the sentence around it (its text, on its
 * baseline, wrapping like words), unless a theme is forced.
 */
export const speakerCardStyles = css`
  :host {
    --_photo-size: var(--seminar-photo-size, 6em);
  }
  :host(:not([variant='compact'])) {
    container-type: inline-size;
  }
  /* Compact (compact-host.styles.ts): the photo at the size of the text. */
  :host([variant='compact']) {
    --_photo-size: var(--seminar-photo-size, 1.6em);
  }
  .card {
    display: grid;
    /* minmax(0, …) and long words wrapping: the card never widens past its container (RGAA 10.11, 10.12). */
    grid-template-columns: var(--_photo-size) minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: var(--_s3) var(--_s4);
    align-items: start;
    padding: var(--seminar-card-padding, var(--_s4));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-height: calc(var(--_photo-size) + 2em);
    box-sizing: border-box;
  }
  .photo,
  .avatar {
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
    object-fit: cover;
  }
  /* The initials are 38 % of the photo's size; the avatar's em is theirs. */
  .avatar {
    display: grid;
    place-items: center;
    color: #fff;
    font-weight: bold;
    font-size: calc(var(--_photo-size) * 0.38);
    width: calc(1em / 0.38);
    height: calc(1em / 0.38);
    line-height: 1;
    user-select: none;
  }
  .compact .photo,
  .compact .avatar {
    display: inline-grid;
    vertical-align: middle;
  }
  .name {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_t-lg);
    font-weight: bold;
    line-height: 1.25;
    color: var(--_title);
  }
  .compact .name {
    font: inherit;
    font-weight: bold;
    color: inherit;
  }
  .role,
  .organisation {
    margin: var(--_s1) 0 0;
  }
  .role {
    color: var(--_muted);
  }
  .compact .role {
    color: inherit;
  }
  .compact .role::before {
    content: ', ';
  }
  .body {
    overflow-wrap: anywhere;
  }
  .body > :last-child {
    margin-bottom: 0;
  }
  .skeleton .bar {
    height: 1em;
    margin: 0.3em 0;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .skeleton .avatar {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  /* Narrow cards (320 px, three in a row): a smaller photo. */
  @container (max-width: 24em) {
    .card {
      --_photo-size: var(--seminar-photo-size, 3.5em);
      gap: var(--_s3);
    }
  }
  @media (forced-colors: active) {
    .avatar {
      forced-color-adjust: none;
      background: Canvas !important;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    .card {
      border-color: CanvasText;
    }
  }
`;
