/**
 * Text helpers: picking a language out of a localised text, and splitting
 * long text (descriptions, bios) into paragraphs and bullet lists.
 *
 * Nothing here produces HTML: the elements render the blocks as DOM text.
 */
import type { LanguageTag, LocalisedText, ResolvedText, TextBlock } from './types.js';

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

const BULLET = /^[-–•*] +(.*)$/;

/**
 * Splits long text into blocks. Paragraphs are separated by blank lines; lines
 * inside a paragraph are joined with a space. A line starting with `- `, `– `,
 * `• ` or `* ` is a bullet; following non-blank, non-bullet lines continue the
 * bullet. Line endings may be LF, CRLF or CR; every line is trimmed.
 */
export function parseLongText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    const bullet = BULLET.exec(line);
    if (line === '') {
      current = undefined;
    } else if (bullet) {
      if (current?.type !== 'list') {
        current = { type: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(bullet[1].trim());
    } else if (current?.type === 'list') {
      const last = current.items.length - 1;
      current.items[last] = joinLine(current.items[last], line);
    } else if (current?.type === 'paragraph') {
      current.text = joinLine(current.text, line);
    } else {
      current = { type: 'paragraph', text: line };
      blocks.push(current);
    }
  }
  return blocks;
}

function joinLine(before: string, line: string): string {
  return before === '' ? line : `${before} ${line}`;
}
