/**
 * What the validator, the parser and the importers all say about values: the
 * shapes of ids and colours, JSON pointers, the JSON type of a value, values
 * shortened for messages, objects without their `undefined` fields. One home
 * each, so that a rule cannot differ between the validator and an importer.
 */
import { Opaque } from './snapshot.js';

/** Item ids, room ids, track ids and the event id. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A CSS hex colour: `#rgb` or `#rrggbb`. */
export const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Longest bad value copied into a problem's `params`. */
export const MAX_PARAM = 200;

/** Longest value quoted in a message. */
export const MAX_QUOTED = 60;

/** The JSON pointer of `key` inside `path` (RFC 6901 escaping). */
export function at(path: string, key: string | number): string {
  const text = String(key);
  // Most keys need no escaping: skip the two replacements (this runs for every value checked).
  if (!text.includes('~') && !text.includes('/')) return `${path}/${text}`;
  return `${path}/${text.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** `text`, cut to `length` characters with "…" when longer. */
export function clip(text: string, length = MAX_PARAM): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** `text` in double quotes, cut to `MAX_QUOTED` characters, for a message. */
export function quote(text: string): string {
  return JSON.stringify(clip(text, MAX_QUOTED));
}

/** The JSON type of a value (`array`, `null`, `string`…; an `Opaque`'s own type), for `params.actual`. */
export function typeOf(value: unknown): string {
  if (value instanceof Opaque) return value.type;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * `value` without its `undefined` properties, so optional fields are absent
 * rather than undefined. (A plain loop over the keys, without the entry
 * arrays of `Object.entries`: the parser calls it for every object it builds.)
 */
export function withoutUndefined<T extends object>(value: T): T {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const entry = (value as Record<string, unknown>)[key];
    if (entry !== undefined) result[key] = entry;
  }
  return result as T;
}
