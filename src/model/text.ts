/**
 * Text helpers: picking a language out of a localised text. Splitting long
 * text into paragraphs and lists is long-text.ts (not every element needs it).
 */
import type { LanguageTag, LocalisedText, ResolvedText } from './types.js';

/** The primary language subtag of a tag, lowercased: `fr-CA` → `fr`. */
export function baseLanguage(tag: string): string {
  return tag.trim().split(/[-_]/, 1)[0].toLowerCase();
}

/**
 * Picks `text` in the language closest to `lang`.
 *
 * Fallback order: the requested tag exactly (case-insensitive) → a tag with the
 * same base language (`fr-CA` → `fr`; `fr` → `fr-CA` when there is no `fr`) →
 * the programme's default language (same two steps) → the first language given.
 * A plain string is in the default language. Empty translations are skipped.
 * The returned `lang` is the language actually used, as written in the text.
 */
export function localise(
  text: LocalisedText | undefined,
  lang: string,
  defaultLanguage: string,
): ResolvedText | undefined {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'string') return { text, lang: defaultLanguage };
  const entries = Object.entries(text).filter(
    (entry): entry is [LanguageTag, string] => typeof entry[1] === 'string' && entry[1] !== '',
  );
  const found =
    findLanguage(entries, lang) ?? findLanguage(entries, defaultLanguage) ?? entries[0];
  return found && { text: found[1], lang: found[0] };
}

/** The entry for `lang` exactly, else for another tag of the same base language. */
function findLanguage(
  entries: readonly [LanguageTag, string][],
  lang: string,
): [LanguageTag, string] | undefined {
  if (!lang) return undefined;
  const wanted = lang.toLowerCase();
  const exact = entries.find(([key]) => key.toLowerCase() === wanted);
  if (exact) return exact;
  const base = baseLanguage(lang);
  return (
    entries.find(([key]) => key.toLowerCase() === base) ??
    entries.find(([key]) => baseLanguage(key) === base)
  );
}
