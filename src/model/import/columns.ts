/**
 * What the columns of a spreadsheet hold: the fields a column can map to, and
 * the guess made from the header row (in English, French, German, Spanish
 * and Italian) or, without headers, from the values. The studio shows the
 * guess and lets the user correct it; the importer takes the mapping as the
 * `columns` option.
 */
import { foldAccents } from '../suggest.js';

/** The fields a spreadsheet column can hold. */
export const SPREADSHEET_FIELDS = [
  'day',
  'start',
  'end',
  'duration',
  'title',
  'subtitle',
  'description',
  'speakers',
  'moderators',
  'room',
  'track',
  'type',
  'language',
  'link',
  'id',
  'tags',
] as const;
export type SpreadsheetField = (typeof SPREADSHEET_FIELDS)[number];

/** Fields whose text can be given in several languages, one column each (`Titre (fr)`, `Title EN`). */
export const TRANSLATABLE_FIELDS: readonly SpreadsheetField[] = ['title', 'subtitle', 'description'];

/** A column's field, and for a translatable field the language of the column (else the programme's default). */
export interface SpreadsheetColumn {
  field: SpreadsheetField;
  lang?: string;
}

/** How to read an all-numeric date such as `03/04/2025`. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** The languages of the header words. */
const HEADER_LANGUAGES = ['en', 'fr', 'de', 'es', 'it'] as const;
type HeaderLanguage = (typeof HEADER_LANGUAGES)[number];

/**
 * Header words per field and language, lowercase without accents (a header
 * matches when it is one of them, or starts with one, as in "Heure de début
 * (CET)"). The language of the matched words is the guess for the language
 * the texts are written in.
 */
const HEADER_WORDS: Readonly<Record<SpreadsheetField, Readonly<Record<HeaderLanguage, readonly string[]>>>> = {
  day: {
    en: ['day', 'date'],
    fr: ['jour', 'journee', 'date'],
    de: ['tag', 'datum'],
    es: ['dia', 'fecha', 'jornada'],
    it: ['giorno', 'data', 'giornata'],
  },
  start: {
    en: ['start', 'start time', 'starts', 'begin', 'begins', 'from', 'time', 'times', 'slot', 'schedule'],
    fr: ['debut', 'heure de debut', 'heure', 'horaire', 'horaires', 'creneau', 'de'],
    de: ['beginn', 'anfang', 'von', 'uhrzeit', 'zeit'],
    es: ['inicio', 'hora de inicio', 'hora', 'horario', 'desde', 'comienzo'],
    it: ['inizio', 'ora di inizio', 'ora', 'orario', 'dalle'],
  },
  end: {
    en: ['end', 'end time', 'ends', 'finish', 'until', 'to'],
    fr: ['fin', 'heure de fin', 'a', 'jusqu a'],
    de: ['ende', 'bis', 'schluss'],
    es: ['fin', 'hora de fin', 'hasta', 'final'],
    it: ['fine', 'ora di fine', 'alle'],
  },
  duration: {
    en: ['duration', 'length', 'minutes', 'mins', 'min'],
    fr: ['duree'],
    de: ['dauer', 'lange', 'minuten'],
    es: ['duracion', 'minutos'],
    it: ['durata', 'minuti'],
  },
  title: {
    en: ['title', 'session', 'talk', 'item', 'programme', 'program', 'activity', 'subject', 'topic', 'what'],
    fr: ['titre', 'intitule', 'sujet', 'seance', 'activite', 'programme'],
    de: ['titel', 'thema', 'vortrag', 'programmpunkt', 'veranstaltung'],
    es: ['titulo', 'tema', 'sesion', 'actividad', 'charla', 'ponencia'],
    it: ['titolo', 'sessione', 'intervento', 'attivita', 'argomento'],
  },
  subtitle: {
    en: ['subtitle', 'sub title'],
    fr: ['sous titre'],
    de: ['untertitel'],
    es: ['subtitulo'],
    it: ['sottotitolo'],
  },
  description: {
    en: ['description', 'abstract', 'summary', 'details', 'notes', 'synopsis'],
    fr: ['description', 'resume', 'presentation', 'descriptif'],
    de: ['beschreibung', 'zusammenfassung', 'kurzbeschreibung', 'inhalt'],
    es: ['descripcion', 'resumen', 'detalles'],
    it: ['descrizione', 'sommario', 'riassunto', 'dettagli'],
  },
  speakers: {
    en: ['speaker', 'speakers', 'presenter', 'presenters', 'panelist', 'panelists', 'panellists', 'with', 'who', 'people', 'participants'],
    fr: ['intervenant', 'intervenants', 'intervenante', 'intervenantes', 'intervenant e s', 'intervenant es', 'orateur', 'orateurs', 'conferencier', 'conferenciers', 'conferenciere', 'avec', 'qui'],
    de: ['sprecher', 'sprecherin', 'sprecherinnen', 'referent', 'referentin', 'referenten', 'referentinnen', 'vortragende', 'mit', 'wer'],
    es: ['ponente', 'ponentes', 'orador', 'oradores', 'conferenciante', 'conferenciantes', 'con', 'quien'],
    it: ['relatore', 'relatori', 'relatrice', 'relatrici', 'oratore', 'oratori', 'chi'],
  },
  moderators: {
    en: ['moderator', 'moderators', 'moderation', 'chair', 'chairs', 'host', 'hosts', 'facilitator', 'facilitators'],
    fr: ['moderateur', 'moderateurs', 'moderatrice', 'animateur', 'animateurs', 'animatrice', 'animation', 'president de seance', 'presidence'],
    de: ['moderatorin', 'moderation', 'leitung', 'vorsitz'],
    es: ['moderador', 'moderadores', 'moderadora', 'moderacion', 'presidente'],
    it: ['moderatore', 'moderatori', 'moderatrice', 'moderazione', 'conduce', 'presiede'],
  },
  room: {
    en: ['room', 'rooms', 'location', 'venue', 'hall', 'place', 'where'],
    fr: ['salle', 'salles', 'lieu'],
    de: ['raum', 'saal', 'ort'],
    es: ['sala', 'lugar', 'donde'],
    it: ['sala', 'aula', 'luogo', 'dove'],
  },
  track: {
    en: ['track', 'tracks', 'stream', 'theme'],
    fr: ['parcours', 'filiere', 'thematique', 'axe'],
    de: ['themenbereich'],
    es: ['linea', 'tematica', 'eje'],
    it: ['percorso', 'tematica', 'filone'],
  },
  type: {
    en: ['type', 'format', 'kind', 'category'],
    fr: ['type', 'format', 'categorie', 'nature'],
    de: ['typ', 'art', 'format', 'kategorie'],
    es: ['tipo', 'formato', 'categoria'],
    it: ['tipo', 'formato', 'categoria'],
  },
  language: {
    en: ['language', 'lang'],
    fr: ['langue'],
    de: ['sprache'],
    es: ['idioma', 'lengua'],
    it: ['lingua'],
  },
  link: {
    en: ['link', 'links', 'url', 'website', 'web'],
    fr: ['lien', 'liens', 'site'],
    de: ['webseite'],
    es: ['enlace', 'enlaces'],
    it: ['collegamento', 'sito'],
  },
  id: {
    en: ['id', 'identifier', 'code', 'ref', 'reference'],
    fr: ['identifiant'],
    de: ['kennung'],
    es: ['identificador', 'codigo'],
    it: ['identificativo', 'codice'],
  },
  tags: {
    en: ['tags', 'tag list', 'keywords', 'labels'],
    fr: ['mots cles', 'etiquettes'],
    de: ['schlagworte', 'stichworte', 'schlagworter'],
    es: ['etiquetas', 'palabras clave'],
    it: ['etichette', 'parole chiave'],
  },
};

/** The field and languages of a header key (exact match), or `undefined`. */
function exactField(key: string): { field: SpreadsheetField; languages: HeaderLanguage[] } | undefined {
  for (const field of SPREADSHEET_FIELDS) {
    const languages = HEADER_LANGUAGES.filter((lang) => HEADER_WORDS[field][lang].includes(key));
    if (languages.length > 0) return { field, languages };
  }
  return undefined;
}

/** A header as compared: lowercase, no accents, punctuation as spaces. */
export function headerKey(header: string): string {
  return foldAccents(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A language written after a header: `Titre (fr)`, `Title EN`, `title_de`, `Titolo [it]`. */
const LANGUAGE_SUFFIX = /^(.*?)(?:\s*[([]\s*|[\s_:-]+)([a-z]{2}(?:[-_][a-z]{2})?)\s*[)\]]?$/i;

/** A column header read as a field (with its language), or `undefined` when it is none. */
export function guessHeader(header: string): SpreadsheetColumn | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  const match = LANGUAGE_SUFFIX.exec(header.trim());
  if (match) {
    const baseKey = headerKey(match[1] ?? '');
    const base = exactField(baseKey)?.field;
    const lang = canonicalLanguage(match[2] ?? '');
    if (base && lang && TRANSLATABLE_FIELDS.includes(base)) return { field: base, lang };
  }
  const field = fieldOf(key);
  return field ? { field } : undefined;
}

function fieldOf(key: string): SpreadsheetField | undefined {
  return headerMatch(key)?.field;
}

/** The whole header first (so "heure de fin" is the end, not "heure" the start), then its first words. */
function headerMatch(key: string): { field: SpreadsheetField; languages: HeaderLanguage[] } | undefined {
  const words = key.split(' ');
  for (let length = words.length; length > 0; length--) {
    const found = exactField(words.slice(0, length).join(' '));
    if (found) return found;
  }
  return undefined;
}

/**
 * The language of a header row (`fr` for "Jour, Début, Titre, Intervenants"):
 * the language most of its known headers are words of; `undefined` when no
 * language stands out (English is also the language of "Session", "Format"…).
 */
export function guessHeaderLanguage(row: readonly string[]): string | undefined {
  const votes = new Map<HeaderLanguage, number>();
  for (const cell of row) {
    const found = headerMatch(headerKey(cell));
    if (!found) continue;
    // A word shared by languages ("date", "format") says little: a vote for each, divided.
    for (const lang of found.languages) votes.set(lang, (votes.get(lang) ?? 0) + 1 / found.languages.length);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return first[0];
}

function canonicalLanguage(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.replace('_', '-'));
    return canonical;
  } catch {
    return undefined;
  }
}

/** What a column's values look like, for guessing without headers. */
type ValueKind = 'date' | 'time' | 'time-range' | 'duration' | 'url' | 'text' | 'empty';

const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;
const TIME_LIKE = /^\d{1,2}(?:[:h.]\d{2})?(?::\d{2})?\s*(?:h|uhr|am|pm|a\.m\.|p\.m\.)?$/i;
const RANGE_LIKE = /^\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am|pm)?\s*(?:-|–|—|to|à|a|bis|al|alle)\s*\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am|pm|uhr)?$/i;
const DURATION_LIKE = /^(?:PT[\dHMS.]+|\d+\s*(?:min|mins|minutes|minuten|minutos|minuti|')|\d+h\d*)$/i;

function kindOf(value: string): ValueKind {
  const text = value.trim();
  if (text === '') return 'empty';
  if (DATE_LIKE.test(text)) return 'date';
  if (RANGE_LIKE.test(text)) return 'time-range';
  if (TIME_LIKE.test(text) && /[:h.]|am|pm|uhr/i.test(text)) return 'time';
  if (DURATION_LIKE.test(text)) return 'duration';
  if (/^(?:https?:\/\/|mailto:)/i.test(text)) return 'url';
  return 'text';
}

/** The kind most of a column's non-empty values have. */
function columnKind(values: readonly string[]): ValueKind {
  const counts = new Map<ValueKind, number>();
  for (const value of values) {
    const kind = kindOf(value);
    if (kind !== 'empty') counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: ValueKind = 'empty';
  let most = 0;
  for (const [kind, count] of counts) {
    if (count > most) {
      best = kind;
      most = count;
    }
  }
  return best;
}

/**
 * Whether the first row names the columns: at least one cell is a known
 * header and no cell looks like a date, a time or a URL.
 */
export function looksLikeHeader(row: readonly string[]): boolean {
  const known = row.filter((cell) => guessHeader(cell) !== undefined).length;
  const data = row.filter((cell) => ['date', 'time', 'time-range', 'url', 'duration'].includes(kindOf(cell))).length;
  return known > 0 && data === 0;
}

/**
 * The guessed field of each column (`null`: not used). From the header row
 * when there is one (each field used once, translatable fields once per
 * language), else from the values: a date column is the day, the first time
 * column the start and the next the end, the text column with the longest
 * values the description and the next-longest… the title.
 */
export function guessColumns(rows: readonly (readonly string[])[], hasHeader = rows.length > 0 && looksLikeHeader(rows[0] ?? [])): (SpreadsheetColumn | null)[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const columns: (SpreadsheetColumn | null)[] = Array.from({ length: width }, () => null);
  const used = new Set<string>();
  const take = (index: number, column: SpreadsheetColumn) => {
    const key = `${column.field}:${column.lang ?? ''}`;
    if (used.has(key)) return false;
    used.add(key);
    columns[index] = column;
    return true;
  };
  if (hasHeader) {
    const header = rows[0] ?? [];
    header.forEach((cell, index) => {
      const guess = guessHeader(cell);
      if (guess) take(index, guess);
    });
    return columns;
  }
  const data = rows.slice(0, 200);
  const kinds = columns.map((_, index) => columnKind(data.map((row) => row[index] ?? '')));
  const texts: { index: number; length: number }[] = [];
  kinds.forEach((kind, index) => {
    if (kind === 'date') take(index, { field: 'day' });
    else if (kind === 'time' || kind === 'time-range') {
      if (!take(index, { field: 'start' })) take(index, { field: 'end' });
    } else if (kind === 'duration') take(index, { field: 'duration' });
    else if (kind === 'url') take(index, { field: 'link' });
    else if (kind === 'text') {
      const values = data.map((row) => (row[index] ?? '').trim()).filter(Boolean);
      texts.push({ index, length: values.reduce((sum, value) => sum + value.length, 0) / Math.max(1, values.length) });
    }
  });
  // Left to right: a title, then speakers and a room; the longest text of at least 80 characters is a description.
  const longest = texts.reduce<{ index: number; length: number } | undefined>((best, entry) => (best === undefined || entry.length > best.length ? entry : best), undefined);
  if (longest && longest.length >= 80 && texts.length > 1) take(longest.index, { field: 'description' });
  const order: SpreadsheetField[] = ['title', 'speakers', 'room'];
  for (const { index } of texts) {
    if (columns[index] !== null) continue;
    const next = order.shift();
    if (next) take(index, { field: next });
  }
  return columns;
}
