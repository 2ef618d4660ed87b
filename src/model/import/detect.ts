/**
 * Which format a source is in, from its shape alone. Small on purpose: the
 * elements import it on every page, and load an importer only for a source
 * that is not in the programme format.
 */
import type { ImportFormat } from './problems.js';
import { looksDelimited, looksLikeICalendar } from '../sniff.js';

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `pentabarf-xml` for text starting with `<`; `icalendar` for text starting
 * with `BEGIN:VCALENDAR`; for JSON (text or parsed): `frab-json`
 * (`schedule.conference` with days of rooms), `schedule2`
 * (`schedule.conference` and `schedule.events`), `sessionize` (`sessions`
 * with `speakers`, `rooms` or `categories`), `pretalx-widget` (`talks`),
 * `native` (`version`, `event` or `items`); `csv` for other text whose first
 * line has tabs, semicolons or commas (and that does not start like JSON);
 * `undefined` when it is none of these.
 */
export function detectFormat(source: unknown): ImportFormat | undefined {
  if (typeof source === 'string') {
    const text = source.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<')) return 'pentabarf-xml';
    if (looksLikeICalendar(text)) return 'icalendar';
    try {
      return detectFormat(JSON.parse(text));
    } catch {
      return looksDelimited(text) ? 'csv' : undefined;
    }
  }
  if (!isObject(source)) return undefined;
  const { schedule } = source;
  if (isObject(schedule) && isObject(schedule.conference)) return Array.isArray(schedule.events) ? 'schedule2' : 'frab-json';
  if (Array.isArray(source.sessions) && ['speakers', 'rooms', 'categories'].some((key) => Array.isArray(source[key]))) {
    return 'sessionize';
  }
  if (Array.isArray(source.talks) && !('event' in source) && !('items' in source)) return 'pretalx-widget';
  return ['version', 'event', 'items'].some((key) => key in source) ? 'native' : undefined;
}

