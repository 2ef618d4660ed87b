/**
 * "Did you mean…?" helpers for validation messages: edit distance, the closest
 * known value, and the slug of a name.
 */

/** Strings longer than this are never compared (edit distance is quadratic). */
const MAX_COMPARED_LENGTH = 64;

/**
 * Edit distance between two strings: insertions, deletions, substitutions and
 * swaps of two neighbouring characters (`mian` → `main` is one edit).
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, beforePrevious[j - 2] + 1);
      }
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * How much comparing a run of validation may do, in cells of the edit-distance
 * table (characters × characters): suggestions for thousands of bad
 * references against thousands of ids would otherwise grow as their product.
 * Past it, no more suggestions.
 */
export interface SuggestionBudget {
  cells: number;
}

/** A few tens of milliseconds of comparisons. */
export const SUGGESTION_CELLS = 5_000_000;

/**
 * The known value closest to `value`, if it is close enough to be a likely
 * typo: equal ignoring case and accents, or a few edits away (at most a third
 * of the length, at most 3). With a `budget`, each comparison is paid from
 * it, and none is made once it is spent.
 */
export function closest(value: string, known: Iterable<string>, budget?: SuggestionBudget): string | undefined {
  if (value.length > MAX_COMPARED_LENGTH) return undefined;
  const wanted = slugify(value) || value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate.length > MAX_COMPARED_LENGTH || candidate === value) continue;
    if (budget) {
      budget.cells -= (wanted.length + 1) * (candidate.length + 1);
      if (budget.cells < 0) return undefined;
    }
    const distance = editDistance(wanted, candidate.toLowerCase());
    const allowed = Math.max(1, Math.min(3, Math.floor(candidate.length / 3)));
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Lowercase, accents dropped: `César` → `cesar`. For comparing words as people type them. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A lowercase ASCII slug: `César García Arnal` → `cesar-garcia-arnal`. */
export function slugify(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
