/**
 * Which format a source is in, from its shape alone. Small on purpose: the
 * elements import it on every page, and load an importer only for a source
 * that is not in the programme format.
 */
import type { ImportFormat } from './common.js';

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `pentabarf-xml` for text starting with `<`; for JSON (text or parsed):
 * `frab-json` (`schedule.conference` with days of rooms), `schedule2`
 * (`schedule.conference` and `schedule.events`), `sessionize` (`sessions`
 * with `speakers`, `rooms` or `categories`), `native` (`version`, `event` or
 * `items`); `undefined` when it is none of these (or not JSON).
 */
export function detectFormat(source: unknown): ImportFormat | undefined {
  if (typeof source === 'string') {
    const text = source.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<')) return 'pentabarf-xml';
    try {
      return detectFormat(JSON.parse(text));
    } catch {
      return undefined;
    }
  }
  if (!isObject(source)) return undefined;
  const { schedule } = source;
  if (isObject(schedule) && isObject(schedule.conference)) return Array.isArray(schedule.events) ? 'schedule2' : 'frab-json';
  if (Array.isArray(source.sessions) && ['speakers', 'rooms', 'categories'].some((key) => Array.isArray(source[key]))) {
    return 'sessionize';
  }
  return ['version', 'event', 'items'].some((key) => key in source) ? 'native' : undefined;
}
