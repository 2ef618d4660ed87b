/**
 * The edits the studio's form makes to a programme, as pure functions: each
 * returns a new programme and leaves the one given unchanged (the draft, the
 * preview and undo keep their own).
 *
 * Pure and DOM-free.
 */
import type { ItemInput, LocalisedText, ProgrammeInput } from '../model/types.js';

/** The language plain texts of `programme` are written in. */
export function defaultLanguageOf(programme: ProgrammeInput): string {
  return programme.event.defaultLanguage ?? 'en';
}

/** The text of `text` in `lang`: a plain string is in the default language; `''` when there is none. */
export function textIn(text: LocalisedText | undefined, lang: string, defaultLanguage: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return lang === defaultLanguage ? text : '';
  return typeof text[lang] === 'string' ? text[lang] : '';
}

/** `text` with its `lang` version set to `value` (removed when empty, unless it is the only one). */
export function withText(text: LocalisedText | undefined, lang: string, defaultLanguage: string, value: string): LocalisedText {
  if (text === undefined || text === null || (typeof text === 'string' && lang === defaultLanguage)) return value;
  const versions: Record<string, string> = typeof text === 'string' ? { [defaultLanguage]: text } : { ...text };
  const others = Object.entries(versions).filter(([key]) => key !== lang);
  return value === '' && others.length > 0 ? Object.fromEntries(others) : { ...versions, [lang]: value };
}

/** The event fields the form edits as text. */
export type EventTextField = 'title' | 'timeZone' | 'venue';

/** `programme` with one event field set to `value`, in `lang` for texts. */
export function withEventField(programme: ProgrammeInput, field: EventTextField, value: string, lang: string): ProgrammeInput {
  const event = { ...programme.event };
  const defaultLanguage = defaultLanguageOf(programme);
  if (field === 'title') event.title = withText(event.title, lang, defaultLanguage, value);
  else if (field === 'timeZone') event.timeZone = value.trim();
  else if (value.trim() === '' && (typeof event.location?.name === 'string' || event.location === undefined)) delete event.location;
  else event.location = { ...event.location, name: withText(event.location?.name, lang, defaultLanguage, value) };
  return { ...programme, event };
}

/** The item fields the form edits. */
export type ItemField = 'title' | 'day' | 'start' | 'end';

/** `programme` with one field of its item `index` set to `value` (an empty optional field is removed). */
export function withItemField(programme: ProgrammeInput, index: number, field: ItemField, value: string, lang: string): ProgrammeInput {
  const old = programme.items[index];
  if (!old) return programme;
  let item: ItemInput = { ...old };
  if (field === 'title') item.title = withText(item.title, lang, defaultLanguageOf(programme), value);
  else if (field === 'start') item.start = value.trim();
  else if (value.trim() !== '') item[field] = value.trim();
  else item = Object.fromEntries(Object.entries(item).filter(([key]) => key !== field)) as unknown as ItemInput;
  const items = programme.items.slice();
  items[index] = item;
  return { ...programme, items };
}

/** A blank programme to start from: one day, today, in `timeZone`, one item to fill in. */
export function blankProgramme(title: string, timeZone: string, today: string, lang: string): ProgrammeInput {
  return {
    version: 1,
    event: { title, timeZone, days: [today], defaultLanguage: lang },
    items: [{ id: 'item-1', type: 'talk', day: today, start: '09:00', end: '10:00', title }],
  };
}
