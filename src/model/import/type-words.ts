/**
 * Item types from what people write, in English, French, German, Spanish and
 * Italian: a spreadsheet's "Type" column ("Table ronde", "Kaffeepause"), an
 * iCalendar category, or the first words of a title ("Pause déjeuner",
 * "Keynote: …") when nothing else tells.
 */
import { itemType } from './source-values.js';
import type { ItemType } from '../types.js';
import { foldAccents } from '../suggest.js';

/** Rules tried in order on the folded text: meals before breaks ("pause déjeuner"), panels before talks. */
const TYPE_WORDS: readonly (readonly [RegExp, ItemType])[] = [
  [/lunch|dinner|breakfast|meal|dejeuner|diner|repas|buffet|mittag|abendessen|essen|almuerzo|comida|cena|pranzo/, 'meal'],
  [/break|coffee|pause|cafe|kaffee|pausa/, 'break'],
  [/round.?table|table.?ronde|runder tisch|mesa redonda|tavola rotonda/, 'roundtable'],
  [/panel|podium|tribune/, 'panel'],
  [/debat|debate|discussion|diskussion|dibattito|dialogue/, 'debate'],
  [/keynote|pleniere|grand temoin|conference inaugurale|hauptvortrag|conferencia magistral|conferenza inaugurale/, 'keynote'],
  [/welcome|opening|registration|accueil|bienvenue|ouverture|begrussung|eroffnung|anmeldung|bienvenida|apertura|inauguracion|acreditacion|benvenuto|registrazione/, 'welcome'],
  [/closing|wrap.?up|recap|conclusion|cloture|synthese|abschluss|fazit|clausura|conclusiones|chiusura|conclusioni/, 'recap'],
  [/^intro|einfuhrung|einleitung|introduccion|introduzione/, 'introduction'],
  [/workshop|tutorial|atelier|seance|session|sesion|sessione|taller|laboratorio|meet.?up|bof/, 'session'],
  [/talk|lecture|presentation|conference|intervention|expose|vortrag|referat|ponencia|charla|conferencia|intervento|relazione/, 'talk'],
];

/** What the first words of a title may tell: not talks and sessions (words found in many talks' titles). */
const TITLE_TYPES: readonly ItemType[] = ['meal', 'break', 'roundtable', 'panel', 'debate', 'keynote', 'welcome', 'recap', 'introduction'];

/** Lowercase, no accents, `ß` as `ss`. */
function fold(text: string): string {
  return foldAccents(text).replace(/ß/g, 'ss');
}

/**
 * The item type a type word names (`Table ronde` → `roundtable`); the word
 * is kept as a tag when the type is broad (`Atelier` → `session`, and
 * unknown words → `other`), where it says more than the type.
 */
export function typeOfWords(text: string): { type: ItemType; tag?: string } {
  const folded = fold(text);
  const rule = TYPE_WORDS.find(([pattern]) => pattern.test(folded));
  if (!rule) return itemType(text, 'other');
  const same = folded.trim().replace(/[\s_]+/g, '-') === rule[1];
  return same || rule[1] !== 'session' ? { type: rule[1] } : { type: rule[1], tag: text };
}

/** The type the first three words of a title tell ("Table ronde : …" → `roundtable`), if any. */
export function typeOfTitle(title: string): ItemType | undefined {
  const opening = fold(title)
    .split(/[\s:–—-]+/)
    .slice(0, 3)
    .join(' ');
  return TYPE_WORDS.find(([pattern, type]) => TITLE_TYPES.includes(type) && pattern.test(opening))?.[1];
}
