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
 *
 * Time and size stay linear in the input. An object reached again through
 * another path (a DAG: one huge array referenced a thousand times) is copied
 * once and the copy shared; but whatever walks the copy walks it as a tree,
 * so the values counted are those of the tree, and past `MAX_VALUES` (more
 * than the 5 MB a programme may weigh as JSON can hold) the whole input is
 * refused as too large rather than walked.
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
/**
 * More values (counted as in a tree: a shared object once per reference) than
 * 5 MB of JSON can hold (`[0,0,…]` is two bytes a value).
 */
export const MAX_VALUES = 3_000_000;
/** Stands for the value of a property whose getter threw (turned into an `Opaque` by `copy`). */
const THREW = Symbol('threw');

/** Marks an object whose copy is under way. */
const COPYING = 0;

/** Thrown inside `copy` when the input holds more than `MAX_VALUES` values. */
class TooLarge extends Error {}

/** What one copy keeps track of. */
interface Walk {
  /**
   * Objects already copied: their copies, and the values in each (itself
   * included, counted as in a tree); `COPYING` for those being copied, from
   * the root down (a cycle leads back to one).
   */
  copies: Map<object, { copy: Json; size: number } | typeof COPYING>;
  /** Values so far, counted as in a tree. */
  values: number;
}

/** The copies `snapshot` made (copying one again would give the same). */
const snapshots = new WeakSet<object>();

/** Copies `value` into JSON-like data; undefined when the value is `undefined`. */
export function snapshot(value: unknown): Json | undefined {
  if (typeof value === 'object' && value !== null && snapshots.has(value)) return value as Json;
  const walk: Walk = { copies: new Map(), values: 0 };
  let result: Json | undefined;
  try {
    result = copy(value, 0, walk);
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    result = new Opaque('too-large', `a value with more than ${MAX_VALUES.toLocaleString('en')} values in it`);
  }
  if (typeof result === 'object' && result !== null) snapshots.add(result);
  return result;
}

export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Opaque);
}

function copy(value: unknown, depth: number, walk: Walk): Json | undefined {
  if (value === THREW) return new Opaque('unreadable', 'a property that throws when read');
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      count(walk, 1);
      return value;
    case 'undefined':
      return undefined;
    case 'object':
      if (value === null) {
        count(walk, 1);
        return null;
      }
      return copyObject(value, depth, walk);
    default:
      return new Opaque(typeof value, `a ${typeof value}`);
  }
}

function count(walk: Walk, values: number): void {
  walk.values += values;
  if (walk.values > MAX_VALUES) throw new TooLarge();
}

function copyObject(value: object, depth: number, walk: Walk): Json {
  // Already a copy's placeholder (a snapshot of a snapshot): kept as it is.
  if (isOpaque(value)) return value;
  const { copies } = walk;
  const done = copies.get(value);
  if (done === COPYING) return new Opaque('circular', 'a circular reference');
  if (done !== undefined) {
    // Shared, not copied again; but it counts as often as it is reached.
    count(walk, done.size);
    return done.copy;
  }
  if (depth >= MAX_DEPTH) return new Opaque('too-deep', 'a value nested too deeply');
  copies.set(value, COPYING);
  const before = walk.values;
  let result: Json;
  try {
    result = copyContent(value, depth, walk);
  } catch (error) {
    if (error instanceof TooLarge) throw error;
    // A proxy whose traps throw, a revoked proxy…
    result = new Opaque('unreadable', 'an unreadable value');
  }
  count(walk, 1);
  copies.set(value, { copy: result, size: walk.values - before });
  return result;
}

function copyContent(value: object, depth: number, walk: Walk): Json {
  if (Array.isArray(value)) return copyArray(value, depth, walk);
  if (!isPlainObject(value)) return describeInstance(value);
  const keys = Object.keys(value);
  if (keys.length > MAX_ENTRIES) return new Opaque('too-large', 'an object with too many properties');
  const result: JsonObject = Object.create(null) as JsonObject;
  for (const key of keys) {
    const entry = copy(readProperty(value, key), depth + 1, walk);
    if (entry !== undefined) result[key] = entry;
  }
  return result;
}

function copyArray(value: unknown[], depth: number, walk: Walk): Json {
  if (value.length > MAX_ENTRIES) return new Opaque('too-large', 'an array with too many entries');
  const result: Json[] = [];
  for (let index = 0; index < value.length; index++) {
    const entry = copy(readProperty(value, String(index)), depth + 1, walk);
    if (entry === undefined) {
      // A hole of a sparse array is a value to report too.
      count(walk, 1);
      result.push(new Opaque('undefined', 'undefined'));
    } else {
      result.push(entry);
    }
  }
  return result;
}

/** `instanceof Opaque`, without letting a Proxy's `getPrototypeOf` trap throw. */
function isOpaque(value: object): value is Opaque {
  try {
    return value instanceof Opaque;
  } catch {
    return false;
  }
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
