/**
 * Undo and redo for the studio: the programmes before (and after) each change.
 * Programmes are never changed in place (edit.ts returns new ones), so each
 * step keeps a reference, not a copy.
 *
 * Pure and DOM-free.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(private readonly limit = 200) {}

  /** A change is made: `previous` is what undo brings back; the redo steps are forgotten. */
  record(previous: T): void {
    this.past.push(previous);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** The state before `current`, or `undefined` when there is nothing to undo. */
  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(current);
    return previous;
  }

  /** The state undone last, or `undefined` when there is nothing to redo. */
  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
