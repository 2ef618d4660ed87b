/**
 * The grid view of `<seminar-agenda>` (rooms as columns): its layout, its
 * template and its styles. Loaded when `view="grid"` is first drawn, not with
 * the agenda: a page that shows the list never downloads it. The server entry
 * (ssr.ts) provides it up front.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../internal/localize.js';
import { renderText, type ContentLanguage } from '../../internal/content.js';
import { formatTime } from '../../model/format.js';
import type { GridLayout } from './grid-layout.js';

export { gridLayout } from './grid-layout.js';
export { agendaGridStyles as gridStyles } from './grid.styles.js';

/** What the grid needs of the agenda that draws it. */
export interface GridContext {
  language: ContentLanguage;
  /** The locale of dates and times. */
  locale: string;
  zone: string;
}

/**
 * The grid of a day: rooms as columns, in a region of its own that scrolls
 * sideways (the host page never does), with the room names and the time
 * column kept in view. The items stay one list in time order (`items`: drawn
 * by the agenda, each in its place of `grid`): the grid is only where they are drawn.
 */
export function renderGrid(heading: string, items: unknown, grid: GridLayout, agenda: GridContext): TemplateResult {
  const options = { locale: agenda.locale, timeZone: agenda.zone };
  const columns = `--_tracks: ${grid.columnEnd - 2}; --_rows: ${grid.rows}`;
  return html`<div class="grid-scroll" role="region" tabindex="0" aria-label=${msg(str`${heading}: rooms side by side`)}>
    <div class="grid-frame" .style=${columns}>
      <div class="grid-head" aria-hidden="true">
        <span class="corner"></span>
        ${grid.columns.map(
          (c) =>
            html`<span class="room-head" .style=${`grid-column: ${c.column} / ${c.columnEnd}`}
              >${c.room ? renderText(c.room.name, agenda.language, 'name') : msg('No room given')}</span
            >`,
        )}
      </div>
      <ol class="items grid">
        ${grid.times.map(
          (t) => html`<li class="time-head" aria-hidden="true" .style=${`grid-row: ${t.row}`}>${t.starts ? formatTime(t.instant, options) : ''}</li>`,
        )}
        ${items}
      </ol>
    </div>
  </div>`;
}
