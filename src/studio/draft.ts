/**
 * The studio's draft, kept in the browser's `localStorage` so that a reload
 * or a closed tab loses nothing: the source the organiser pasted or opened
 * (to map its columns again), how it was read, and the programme as edited.
 *
 * Storage can be missing, full or refused (private windows, policies): every
 * access is guarded, and `saveDraft` says whether the draft was kept.
 */
import type { ProgrammeInput } from '../model/types.js';
import type { SpreadsheetColumn } from '../model/import/columns.js';

export const DRAFT_KEY = 'seminar-widgets:studio-draft';

export interface DraftSource {
  /** The text pasted or read from a file. */
  text: string;
  /** The file's name, when it came from a file or an address. */
  name?: string;
  /** The address it was read from, when it came from one. */
  url?: string;
}

export interface Draft {
  version: 1;
  source?: DraftSource;
  /** What each column of a spreadsheet holds, as the organiser mapped it. */
  columns?: (SpreadsheetColumn | null)[];
  /** Whether the sheet's first row names its columns. */
  header?: boolean;
  /** The time zone and language a source that names none was read in. */
  timeZone?: string;
  language?: string;
  programme?: ProgrammeInput;
  /** Changes made since the programme was last downloaded. */
  unsaved: boolean;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The draft kept by an earlier visit, if any (and if readable). */
export function loadDraft(): Draft | undefined {
  try {
    const text = storage()?.getItem(DRAFT_KEY);
    if (!text) return undefined;
    const draft = JSON.parse(text) as Partial<Draft> | null;
    if (!draft || typeof draft !== 'object' || draft.version !== 1) return undefined;
    if (draft.programme !== undefined && (typeof draft.programme !== 'object' || draft.programme === null)) return undefined;
    if (draft.source !== undefined && typeof draft.source?.text !== 'string') return undefined;
    return { ...draft, version: 1, unsaved: draft.unsaved === true };
  } catch {
    return undefined;
  }
}

/** Keeps `draft`; false when the browser would not store it (no storage, full, refused). */
export function saveDraft(draft: Draft): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the draft ("Start over"). */
export function clearDraft(): void {
  try {
    storage()?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
