/**
 * ProgrammeElement: the base class of the elements that read a programme
 * (`<seminar-agenda>`, `<speaker-card>`, `<speaker-list>`, `<session-timer>`).
 *
 * It declares and documents once what they share: where the programme comes
 * from (`src` or `programme`), the source's format (`source-format`), the
 * `time-zone` (also the zone a source without one is read in), and following
 * a changing `src` (`live`, `live-interval`). `programmeSources()` gives them
 * in the form the programme machinery takes.
 *
 * The machinery itself stays each element's own choice: the agenda and the
 * card load it on first use (lazy-programme.ts), so that a card given by
 * attributes alone never downloads it; the list and the timer hold a
 * ProgrammeController. This module imports no part of it.
 *
 * It also keeps the old name `format` working until 1.0, with one console
 * warning per element name: the source's format on three elements, the
 * presentation (`variant`) on the timer.
 */
import type { PropertyDeclarations } from 'lit';
import { SeminarElement } from './seminar-element.js';
import type { ProgrammeSource, ProgrammeSources } from './programme-controller.js';

/** The elements (by tag) that said `format` is deprecated. */
const warned = new Set<string>();

export abstract class ProgrammeElement extends SeminarElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    live: { reflect: true },
    liveInterval: { attribute: 'live-interval', type: Number },
    programme: { attribute: false },
    sourceFormat: { attribute: 'source-format' },
    timeZone: { attribute: 'time-zone', reflect: true },
    // Deprecated (until 1.0): the accessor below forwards it.
    format: { noAccessor: true },
  };

  /** URL of a programme JSON (one request per page, shared with other widgets). */
  src: string | null = null;
  /**
   * Follow changes to `src`: `auto` (default: while the event runs, from an
   * hour before its first item to half an hour after its last), `on` (or the
   * attribute alone: always) or `off`. One poll per URL for the whole page,
   * paused while the page is hidden.
   */
  live: string | null = null;
  /** Seconds between two looks at a followed `src` (default 60, at least 15), give or take 20 %. */
  liveInterval: number | null = null;
  /**
   * The programme, which takes precedence over `src`: a programme object or its
   * JSON text, a normalised programme (from `parseProgramme` or `seminar-load`,
   * also a copy of one: recognised by its `normalised` marker), or another tool's
   * export (see `sourceFormat`).
   */
  programme: ProgrammeSource | null | undefined = undefined;
  /**
   * The source's format: `auto` (default: detected), `native` (the programme
   * format), `frab-json` (pretalx/frab schedule.json), `schedule2`,
   * `pentabarf-xml` (FOSDEM), `sessionize`, `pretalx-widget`, `icalendar`
   * (.ics) or `csv` (CSV, TSV). For a source without a time zone, an IANA
   * `time-zone` is also the zone its times are read in.
   */
  sourceFormat = 'auto';
  /** `event` (default), `local` (the viewer's zone) or an IANA zone name (also the zone of a source that names none). */
  timeZone = 'event';

  /**
   * Deprecated: the old name of `source-format` (`sourceFormat`), and on
   * `<session-timer>` of `variant`. It works until 1.0, with a console warning.
   * @deprecated Use `source-format`; on `<session-timer>`, `variant`.
   */
  get format(): string | null {
    return (this as unknown as Record<string, string | null>)[this.formatIs] ?? null;
  }
  set format(value: string | null) {
    const property = this.formatIs;
    if (!warned.has(this.localName)) {
      warned.add(this.localName);
      console.warn(`seminar-widgets: <${this.localName}>: \`format\` is deprecated and stops working in 1.0; use \`${property === 'variant' ? property : 'source-format'}\`.`);
    }
    (this as unknown as Record<string, string | null>)[property] = property === 'variant' ? value : (value ?? 'auto');
  }

  /** The property the deprecated `format` now is. */
  protected get formatIs(): 'sourceFormat' | 'variant' {
    return 'sourceFormat';
  }

  /** The sources, as the programme machinery takes them (each element's `willUpdate`). `now`: the element's fixed time. */
  protected programmeSources(now?: number): ProgrammeSources {
    return {
      src: this.src,
      programme: this.programme,
      format: this.sourceFormat,
      sourceTimeZone: this.timeZone,
      live: this.live,
      liveInterval: this.liveInterval,
      now,
    };
  }
}
