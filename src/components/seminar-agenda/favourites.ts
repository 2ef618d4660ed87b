/**
 * FavouritesController: the items a visitor starred, per programme, kept in
 * `localStorage` under `seminar-widgets:favourites:<key>` (a JSON array of item
 * ids) and shared live with the site's other tabs through the `storage` event.
 *
 * - Storage that throws (sandboxed iframe, blocked cookies, full quota) is not
 *   an error: favourites then live in memory for the page's life, and
 *   `persistent` is false.
 * - A corrupt stored value reads as no favourites (the next toggle replaces it).
 * - Ids of items no longer in the programme are kept, so a programme that is
 *   fixed later finds them again: filter against the programme where it matters.
 * - `key()` is asked on every read (`has`, `ids`, `persistent`, `toggle`) and
 *   the favourites are read again when it changed, so no refresh call is
 *   needed whatever the lifecycle order (`willUpdate` runs before controllers'
 *   `hostUpdate`). Keep `key()` cheap: return a value computed in `willUpdate`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localise } from '../../model/text.js';
import type { Programme } from '../../model/types.js';

const PREFIX = 'seminar-widgets:favourites:';

/**
 * A stable key for a programme's favourites: the event's `id`, else a short
 * hash (FNV-1a, base 36) of its title in the default language and first day.
 */
export function programmeKey(programme: Programme): string {
  const { event } = programme;
  if (event.id) return event.id;
  const text = `${localise(event.title, event.defaultLanguage, event.defaultLanguage)?.text ?? ''}\n${programme.days[0]?.date ?? ''}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The ids stored for `key`; `undefined` when storage cannot be read. */
function load(key: string): string[] | undefined {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PREFIX + key);
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    if (Array.isArray(value)) return value.filter((id): id is string => typeof id === 'string');
  } catch {
    // Corrupt: read as empty.
  }
  return [];
}

export class FavouritesController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly key: () => string | undefined;
  private loaded: string | undefined;
  private stale = true;
  private stored = true;
  private set: ReadonlySet<string> = new Set();
  private readonly onStorage = (event: StorageEvent): void => {
    if (this.loaded !== undefined && (event.key === null || event.key === PREFIX + this.loaded)) {
      this.stale = true;
      this.host.requestUpdate();
    }
  };

  /** `key` gives the current programme's key (see `programmeKey`), or `undefined` while there is none. */
  constructor(host: ReactiveControllerHost, key: () => string | undefined) {
    this.host = host;
    this.key = key;
    host.addController(this);
  }

  /** The favourite item ids: a new set object after each change, so hosts can memoise on identity. */
  get ids(): ReadonlySet<string> {
    return this.sync();
  }

  /** False when storage is unavailable: favourites are then kept for this page's life only. */
  get persistent(): boolean {
    this.sync();
    return this.stored;
  }

  has(id: string): boolean {
    return this.sync().has(id);
  }

  /** Adds or removes `id`, stores the result, and requests a host update. */
  toggle(id: string): void {
    const ids = new Set(this.sync());
    if (!ids.delete(id)) ids.add(id);
    this.save(ids);
  }

  /** Adds every one of `ids` (a shared agenda), stores the result, and requests a host update. */
  add(ids: Iterable<string>): void {
    this.save(new Set([...this.sync(), ...ids]));
  }

  private save(ids: Set<string>): void {
    this.set = ids;
    if (this.loaded !== undefined) {
      try {
        if (ids.size) localStorage.setItem(PREFIX + this.loaded, JSON.stringify([...ids]));
        else localStorage.removeItem(PREFIX + this.loaded);
        this.stored = true;
      } catch {
        this.stored = false;
      }
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Another tab may have changed them while we were not listening.
    this.stale = true;
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** The favourites of the current key, read again when the key changed or they went stale. */
  private sync(): ReadonlySet<string> {
    const key = this.key();
    if (this.stale || key !== this.loaded) {
      const same = key === this.loaded;
      const ids = key === undefined ? [] : load(key);
      // For the same key, unreadable storage or unsaved changes keep the in-memory favourites.
      if (!same || (ids && this.stored)) this.set = new Set(ids);
      if (key !== undefined && (!same || !ids)) this.stored = ids !== undefined;
      this.stale = false;
      this.loaded = key;
    }
    return this.set;
  }
}
