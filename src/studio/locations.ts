/**
 * Where a problem is, for the studio: the `path` of a problem read as a place
 * the organiser can see. Importers of spreadsheets name cells (`C4`), whole
 * rows (`4:4`) and lines (`line 12`); the validator names JSON pointers into
 * the programme (`/event/timeZone`, `/items/3/start`), of which the event's
 * fields are fields of the studio's form.
 *
 * Pure and DOM-free.
 */

/** The event fields the studio's form edits. */
export const EVENT_FIELDS = ['title', 'timeZone', 'venue', 'days'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export type Location =
  /** A cell of the pasted sheet: `column` 0-based, `row` 1-based as the sheet numbers them. */
  | { kind: 'cell'; name: string; column: number; row: number }
  /** A whole column of the sheet (`A:A`), `column` 0-based. */
  | { kind: 'column'; name: string; column: number }
  /** A whole row of the sheet (1-based). */
  | { kind: 'row'; row: number }
  /** A line of the source text (1-based). */
  | { kind: 'line'; line: number }
  /** A field of the event form. */
  | { kind: 'field'; field: EventField }
  /** An item of the programme (0-based), and the field of it named by the path, if any. */
  | { kind: 'item'; index: number; field: string | undefined }
  /** Somewhere else in the programme or the source (the path as given, `''` for the whole). */
  | { kind: 'other'; path: string };

/** The 0-based index of a column named like a spreadsheet's (`A`, `Z`, `AA`). */
export function columnIndex(name: string): number {
  let index = 0;
  for (const letter of name) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** Where `path` points, for a problem found by an importer (`source: true`) or by the validator. */
export function locate(path: string, source: boolean): Location {
  if (source) {
    const cell = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(path);
    if (cell) return { kind: 'cell', name: path, column: columnIndex(cell[1]), row: Number(cell[2]) };
    const column = /^([A-Z]{1,3}):\1$/.exec(path);
    if (column) return { kind: 'column', name: column[1], column: columnIndex(column[1]) };
    const row = /^([1-9]\d{0,6}):\1$/.exec(path);
    if (row) return { kind: 'row', row: Number(row[1]) };
    const line = /^line ([1-9]\d{0,6})$/.exec(path);
    if (line) return { kind: 'line', line: Number(line[1]) };
    return { kind: 'other', path };
  }
  const event = /^\/event\/(title|timeZone|location|days)(?:\/|$)/.exec(path);
  if (event) {
    const name = event[1];
    return { kind: 'field', field: name === 'location' ? 'venue' : (name as EventField) };
  }
  const item = /^\/items\/(\d{1,6})(?:\/([^/]+))?/.exec(path);
  if (item) return { kind: 'item', index: Number(item[1]), field: item[2] };
  return { kind: 'other', path };
}
