/**
 * The programme format, version 1: the JSON a host gives a widget (input types),
 * and the normalised programme the model hands to the elements (output types).
 *
 * Kept in step with `schema/programme.schema.json` by a test.
 */
import type { ProblemCode } from './problem-codes.js';

/** A BCP 47 language tag such as `en`, `fr` or `fr-CA`. */
export type LanguageTag = string;

/**
 * Text in one or more languages: a plain string (in the programme's default
 * language), or an object keyed by language tag, e.g. `{"en": "Debate", "fr": "Débat"}`.
 */
export type LocalisedText = string | { readonly [lang: LanguageTag]: string };

/** The kinds of programme item. Breaks and meals are pauses, not talks. */
export const ITEM_TYPES = [
  'welcome',
  'introduction',
  'keynote',
  'session',
  'talk',
  'panel',
  'debate',
  'break',
  'meal',
  'recap',
  'roundtable',
  'other',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** Item types that are pauses in the programme rather than content. */
export const PAUSE_TYPES: readonly ItemType[] = ['break', 'meal'];

/** What a speaker does in an item. */
export const SPEAKER_ROLES = ['speaker', 'moderator', 'chair', 'discussant'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/**
 * Where an item stands. `confirmed` (the default) happens as planned;
 * `tentative` is not certain yet ("to be confirmed"); `moved` happens at
 * another time or in another room than first announced (the item's own
 * `start`, `end` and `room` are the new ones); `cancelled` will not happen:
 * it stays in the programme, marked, so nobody looks for it in vain.
 */
export const ITEM_STATUSES = ['confirmed', 'tentative', 'moved', 'cancelled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * What a link leads to. The agenda shows a `livestream` link prominently while
 * its item runs, and a `recording` once it has ended; `slides` and
 * `registration` are labelled as such. Links without a kind are plain links.
 */
export const LINK_KINDS = ['livestream', 'recording', 'slides', 'registration'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A link: only `http:`, `https:` and `mailto:` URLs are accepted. */
export interface LinkInput {
  url: string;
  label?: LocalisedText;
  /** What the link leads to (see `LINK_KINDS`); absent for a plain link. */
  kind?: LinkKind;
}

/** An organiser or partner of the event. */
export interface OrganisationInput {
  name: LocalisedText;
  role?: LocalisedText;
  url?: string;
}

export interface LocationInput {
  name: LocalisedText;
  address?: LocalisedText;
  url?: string;
}

/** A day of the event: an ISO date, or an object with a date and an optional title. */
export type DayInput = string | { date: string; title?: LocalisedText };

export interface EventInput {
  id?: string;
  title: LocalisedText;
  subtitle?: LocalisedText;
  /** Long text: paragraphs separated by blank lines, bullet lines starting with `- `. */
  description?: LocalisedText;
  /** IANA time zone of the event, e.g. `Europe/Paris`. Required. */
  timeZone: string;
  /** One or more days (ISO dates `YYYY-MM-DD`, in the event's time zone). */
  days: DayInput[];
  /** Language used for plain-string texts and as the last fallback. Default `en`. */
  defaultLanguage?: LanguageTag;
  /** Languages the programme's content is written in. */
  languages?: LanguageTag[];
  organisers?: OrganisationInput[];
  partners?: OrganisationInput[];
  location?: LocationInput;
  url?: string;
}

export interface SpeakerInput {
  /** Lowercase ASCII slug of the name, e.g. `cesar-garcia-arnal`. */
  id: string;
  name: string;
  /**
   * How the name sorts in lists: the family name first, then a comma and the
   * given names, e.g. `Garcia Arnal, César`. Without it, the last word of
   * `name` is taken as the family name.
   */
  sortName?: string;
  /** Role or job title, e.g. "General Secretary". */
  title?: LocalisedText;
  organisation?: { name: LocalisedText; url?: string };
  /** ISO 3166-1 alpha-2 code, e.g. `CA`; shown in the active language. */
  country?: string;
  /** Long text. */
  bio?: LocalisedText;
  photo?: { url: string; alt?: LocalisedText };
  links?: LinkInput[];
}

/** A speaker's part in an item. */
export interface ItemSpeakerInput {
  /** The speaker's `id`. */
  id: string;
  role?: SpeakerRole;
  /** What this speaker talks about within the item. */
  topic?: LocalisedText;
}

export interface RoomInput {
  id: string;
  name: LocalisedText;
}

export interface TrackInput {
  id: string;
  name: LocalisedText;
  /** CSS hex colour, `#rgb` or `#rrggbb`. */
  color?: string;
}

export interface ItemInput {
  /** Stable, unique id: letters, digits, `-`, `_`, `.`. */
  id: string;
  type: ItemType;
  /** The day (ISO date). Required when the event has several days and `start` is a local time. */
  day?: string;
  /** Local time on its day (`09:15`) or a full ISO date-time with offset. */
  start: string;
  /** Local time (`09:30`) or ISO date-time with offset. */
  end?: string;
  /** ISO 8601 duration (`PT45M`) or minutes. Ignored when `end` is given. */
  duration?: string | number;
  title: LocalisedText;
  subtitle?: LocalisedText;
  /** Long text. */
  description?: LocalisedText;
  speakers?: ItemSpeakerInput[];
  /** A room id from `rooms`. */
  room?: string;
  /** A track id from `tracks`. */
  track?: string;
  /** The language the item is held in. */
  language?: LanguageTag;
  tags?: string[];
  links?: LinkInput[];
  /** `confirmed` (default), `tentative`, `moved` or `cancelled`. */
  status?: ItemStatus;
}

/** The programme JSON (format version 1). */
export interface ProgrammeInput {
  $schema?: string;
  version: 1;
  event: EventInput;
  speakers?: SpeakerInput[];
  rooms?: RoomInput[];
  tracks?: TrackInput[];
  items: ItemInput[];
}

/* ------------------------------------------------------------------ */
/* Validation results                                                 */
/* ------------------------------------------------------------------ */

/** One problem found in a programme. `path` is a JSON pointer, e.g. `/items/3/end`. */
export interface Problem {
  code: ProblemCode;
  path: string;
  message: string;
  /** Values that make the message specific (the bad value, an expected one, a suggestion…). */
  params?: Record<string, string | number>;
}

export interface ValidationResult {
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
}

export { PROBLEM_CODES, type ProblemCode } from './problem-codes.js';

/* ------------------------------------------------------------------ */
/* The normalised programme                                           */
/* ------------------------------------------------------------------ */

/** Milliseconds since the Unix epoch (UTC). */
export type Instant = number;

export interface Link {
  url: string;
  label?: LocalisedText;
  kind?: LinkKind;
}

export interface Organisation {
  name: LocalisedText;
  role?: LocalisedText;
  url?: string;
}

export interface Day {
  /** ISO date in the event's time zone. */
  date: string;
  title?: LocalisedText;
  /** Midnight starting this day in the event's zone. */
  start: Instant;
}

/** A speaker as the programme gives it (`SpeakerInput`), with every link read and the speaker's items. */
export interface Speaker extends Omit<SpeakerInput, 'links'> {
  links: Link[];
  /** Ids of the items this speaker takes part in, in time order. */
  items: string[];
}

export interface ItemSpeaker {
  speaker: Speaker;
  role: SpeakerRole;
  topic?: LocalisedText;
}

export interface Room {
  id: string;
  name: LocalisedText;
}

export interface Track {
  id: string;
  name: LocalisedText;
  color?: string;
}

export interface Item {
  id: string;
  type: ItemType;
  /** ISO date of the item's day, in the event's time zone. */
  day: string;
  start: Instant;
  end: Instant;
  /** True when `end` was derived (from the next item) rather than given. */
  endDerived: boolean;
  /** True when no end could be given or derived (`end === start`). */
  openEnd: boolean;
  title: LocalisedText;
  subtitle?: LocalisedText;
  description?: LocalisedText;
  speakers: ItemSpeaker[];
  room?: Room;
  track?: Track;
  language?: LanguageTag;
  tags: string[];
  links: Link[];
  /** `confirmed` unless the programme says otherwise. */
  status: ItemStatus;
  /** True for breaks and meals. */
  pause: boolean;
}

export interface ProgrammeEvent {
  id?: string;
  title: LocalisedText;
  subtitle?: LocalisedText;
  description?: LocalisedText;
  timeZone: string;
  defaultLanguage: LanguageTag;
  languages: LanguageTag[];
  organisers: Organisation[];
  partners: Organisation[];
  location?: { name: LocalisedText; address?: LocalisedText; url?: string };
  url?: string;
  /** Start of the first item (or of the first day when there are no items). */
  start: Instant;
  /** End of the last item. */
  end: Instant;
}

/** The version of the normalised form: the marker `normalised` of every `Programme` (see model/normalised.ts). */
export const NORMALISED_VERSION = 1;

/**
 * A validated, normalised programme: items in time order, references resolved.
 *
 * It is plain data (it survives `structuredClone` and JSON), and it can be
 * given back to any element or to `parseProgramme` by value: the marker
 * `normalised: 1` says it is in the normalised form (version 1 of that form),
 * and it is then read as the programme it stands for and checked again.
 */
export interface Programme {
  /** The version of the programme format. */
  version: 1;
  /** The marker of the normalised form, and its version. */
  normalised: 1;
  event: ProgrammeEvent;
  days: Day[];
  items: Item[];
  speakers: Speaker[];
  rooms: Room[];
  tracks: Track[];
  warnings: Problem[];
}

/** A block of long text, rendered as DOM by the elements (never as HTML). */
export type TextBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] };

/** Text picked in one language, with the language it is actually in. */
export interface ResolvedText {
  text: string;
  lang: LanguageTag;
}
