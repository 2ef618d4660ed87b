/**
 * How speakers' names sort: by family name, as an editor expects (Bormann,
 * Chenuet, Fuss, Garcia Arnal, Graham…). A speaker's `sortName` says how
 * ("Garcia Arnal, César": a compound family name sorts under its first part);
 * without it, the last word of the name is taken as the family name.
 * DOM-free.
 */
import type { Speaker } from './types.js';

/** The text a speaker's name sorts by: `sortName`, else "Family, Given names" from the last word. */
export function nameSortKey(speaker: Pick<Speaker, 'name' | 'sortName'>): string {
  if (speaker.sortName?.trim()) return speaker.sortName.trim();
  const words = speaker.name.trim().split(/\s+/);
  const family = words.pop() ?? '';
  return words.length ? `${family}, ${words.join(' ')}` : family;
}

/** Speakers sorted by family name with `collator` (the page's language), then by full name. */
export function sortSpeakers<T extends Pick<Speaker, 'name' | 'sortName'>>(speakers: Iterable<T>, collator: Intl.Collator): T[] {
  const keyed = [...speakers].map((speaker) => ({ speaker, key: nameSortKey(speaker) }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.speaker.name, b.speaker.name));
  return keyed.map((entry) => entry.speaker);
}
