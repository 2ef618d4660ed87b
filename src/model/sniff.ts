/**
 * What the elements tell from a source's text before loading any importer:
 * small on purpose, since every element carries it (the importers' own
 * `detectFormat` uses it too).
 */

/** Text that is not JSON and whose first line is split by tabs, semicolons or commas: a spreadsheet. */
export function looksDelimited(text: string): boolean {
  if (/^[[{"]/.test(text)) return false;
  const first = text.split(/\r?\n|\r/, 1)[0] ?? '';
  return /[\t;,]/.test(first);
}

/** Text that starts an iCalendar file. */
export function looksLikeICalendar(text: string): boolean {
  return /^BEGIN:VCALENDAR\b/i.test(text);
}
