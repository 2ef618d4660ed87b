/**
 * A safe, detached copy of untrusted input, made before anything else looks at it.
 *
 * The programme may come from anywhere: parsed JSON, or a JavaScript object
 * with cycles, getters that throw, proxies, class instances or huge sparse
 * arrays. `snapshot` reads every value exactly once, never throws, and gives
 * plain JSON-like data: objects have a null prototype (so a `__proto__` key is
 * an ordinary key), and every value JSON cannot hold becomes an `Opaque`
 * describing what was there, for the validator to report. `undefined`
 * properties are left out, as `JSON.stringify` would.
 */

/**
 * A value that is not JSON data. `type` is short (`function`, `Date`,
 * `circular`…); `description` reads well after "got", e.g. "a function".
 */
export class Opaque {
  constructor(
    readonly type: string,
    readonly description: string,
  ) {}
}

export type Json = null | boolean | number | string | Json[] | JsonObject | Opaque;

/** A JSON object with a null prototype. */
export interface JsonObject {
  [key: string]: Json;
}

/** Deeper than any programme needs: beyond this, values are not copied. */
const MAX_DEPTH = 32;
/** More entries than any programme needs: longer arrays and objects are not copied. */
const MAX_ENTRIES = 100_000;
/** Stands for the value of a property whose getter threw (turned into an `Opaque` by `copy`). */
const THREW = Symbol('threw');

/** Copies `value` into JSON-like data; undefined when the value is `undefined`. */
export function snapshot(value: unknown): Json | undefined {
  return copy(value, 0, new Set());
}

export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Opaque);
}

function copy(value: unknown, depth: number, ancestors: Set<object>): Json | undefined {
  if (value === THREW) return new Opaque('unreadable', 'a property that throws when read');
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'undefined':
      return undefined;
    case 'object':
      return value === null ? null : copyObject(value, depth, ancestors);
    default:
      return new Opaque(typeof value, `a ${typeof value}`);
  }
}

function copyObject(value: object, depth: number, ancestors: Set<object>): Json {
  if (ancestors.has(value)) return new Opaque('circular', 'a circular reference');
  if (depth >= MAX_DEPTH) return new Opaque('too-deep', 'a value nested too deeply');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return copyArray(value, depth, ancestors);
    if (!isPlainObject(value)) return describeInstance(value);
    const keys = Object.keys(value);
    if (keys.length > MAX_ENTRIES) return new Opaque('too-large', 'an object with too many properties');
    const result: JsonObject = Object.create(null) as JsonObject;
    for (const key of keys) {
      const entry = copy(readProperty(value, key), depth + 1, ancestors);
      if (entry !== undefined) result[key] = entry;
    }
    return result;
  } catch {
    // A proxy whose traps throw, a revoked proxy…
    return new Opaque('unreadable', 'an unreadable value');
  } finally {
    ancestors.delete(value);
  }
}

function copyArray(value: unknown[], depth: number, ancestors: Set<object>): Json {
  if (value.length > MAX_ENTRIES) return new Opaque('too-large', 'an array with too many entries');
  const result: Json[] = [];
  for (let index = 0; index < value.length; index++) {
    const entry = copy(readProperty(value, String(index)), depth + 1, ancestors);
    result.push(entry === undefined ? new Opaque('undefined', 'undefined') : entry);
  }
  return result;
}

/** Reads one property; a getter that throws gives an `Opaque`. */
function readProperty(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return THREW;
  }
}

/** True for `{}` or `Object.create(null)` (from this realm or another one). */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function describeInstance(value: object): Opaque {
  const name = constructorName(value);
  return name ? new Opaque(name, `an instance of ${name}`) : new Opaque('object', 'a non-plain object');
}

function constructorName(value: object): string | undefined {
  try {
    const ctor: unknown = (value as { constructor?: unknown }).constructor;
    return typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== ''
      ? ctor.name.slice(0, 40)
      : undefined;
  } catch {
    return undefined;
  }
}
