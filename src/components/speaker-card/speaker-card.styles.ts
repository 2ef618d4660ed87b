import { css } from 'lit';

export const speakerCardStyles = css`
  :host {
    --_photo-size: var(--seminar-photo-size, 6rem);
  }
  :host([variant='compact']) {
    display: inline-block;
    --_photo-size: var(--seminar-photo-size, 2.5rem);
    /* Part of the sentence around it: its text, unless a theme is forced. */
    font: inherit;
    line-height: inherit;
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
  }
  .card {
    display: grid;
    grid-template-columns: var(--_photo-size) 1fr;
    gap: 0.75rem 1rem;
    align-items: start;
    padding: var(--seminar-card-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-height: calc(var(--_photo-size) + 2rem);
    box-sizing: border-box;
  }
  .compact {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    vertical-align: middle;
  }
  .photo,
  .avatar {
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
    object-fit: cover;
    flex: none;
  }
  .avatar {
    display: grid;
    place-items: center;
    color: #fff;
    font-weight: bold;
    font-size: calc(var(--_photo-size) * 0.38);
    line-height: 1;
    user-select: none;
  }
  .name {
    margin: 0;
    font-size: 1.2em;
    font-weight: bold;
    line-height: 1.25;
  }
  .compact .name {
    font-size: 1em;
  }
  .role,
  .organisation {
    margin: 0.15em 0 0;
  }
  .role {
    color: var(--_muted);
  }
  .compact .role {
    color: inherit;
  }
  .compact .role::before {
    content: ' · ';
  }
  .body > :last-child {
    margin-bottom: 0;
  }
  .bio {
    margin-top: 0.75em;
  }
  .bio p,
  .bio ul {
    margin: 0 0 0.5em;
  }
  .bio.clamped .long-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .toggle {
    background: none;
    border: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    padding: 0;
    margin: 0.75em 0 0;
  }
  .sessions {
    margin-top: 0.75em;
  }
  .sessions-title {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .sessions ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .when,
  .session-role {
    color: var(--_muted);
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
