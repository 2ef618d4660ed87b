/**
 * `ProgrammeBuilder` turns what an importer read into a programme (format
 * version 1) that validates: ids made unique and valid, speakers given slugs,
 * texts keyed by the language they are written in, days collected.
 */
import {
  type EventInput,
  type ItemInput,
  type ItemSpeakerInput,
  type ItemStatus,
  type ItemType,
  type LinkInput,
  type LocalisedText,
  type ProgrammeInput,
  type RoomInput,
  type SpeakerInput,
  type SpeakerRole,
  type TrackInput,
} from '../types.js';
import { slugify as plainSlug } from '../suggest.js';
import { parseIsoDate } from '../time.js';
import { ID_PATTERN, at, clip, quote, withoutUndefined } from '../values.js';
import { get, hasContent, isRecord, line, str } from './source-values.js';
import type { Problems } from './problems.js';
import { isoDuration, nextDate, type TimePoint } from './times.js';

export interface SpeakerDraft {
  name: string;
  /** How the name sorts, when the source says (Sessionize's last name: "García López, Ana"). */
  sortName?: string | undefined;
  bio?: string | undefined;
  photo?: string | undefined;
  title?: string | undefined;
  links?: LinkInput[] | undefined;
}

/** A text read in one language (with `language`), or already keyed by language (`{"en": …, "de": …}`). */
export type DraftText = string | Readonly<Record<string, string>>;

export interface ItemDraft {
  /** Where the item is in the source. */
  path: string;
  /** The source's id (made valid and unique). */
  id: string | undefined;
  /** Without a source id: a text to make the id from (a slug of it), without a warning. */
  idHint?: string | undefined;
  type: ItemType;
  start: TimePoint;
  end?: TimePoint | undefined;
  /** Where the end is in the source, for a warning when it is not after the start. */
  endPath?: string | undefined;
  /** Used when there is no `end`. */
  duration?: number | undefined;
  title: DraftText;
  subtitle?: DraftText | undefined;
  description?: DraftText | undefined;
  /** Keys of speakers added with `speaker()`, with a role other than `speaker`. */
  speakers?: readonly (string | { key: string; role: SpeakerRole })[];
  room?: string | undefined;
  track?: string | undefined;
  language?: string | undefined;
  tags?: readonly (string | undefined)[];
  links?: readonly (LinkInput | undefined)[];
  /** What the source says of the item's state; `confirmed` when it says nothing. */
  status?: ItemStatus | undefined;
}

interface SpeakerEntry extends SpeakerDraft {
  key: string;
  path: string;
  order: number;
}

/**
 * Collects what an importer reads and builds the programme. Rooms and tracks
 * are keyed by name; speakers by the source's key (an id, a guid, a name).
 */
export class ProgrammeBuilder {
  readonly event: Partial<Omit<EventInput, 'timeZone' | 'days'>> = {};
  private readonly days = new Set<string>();
  private readonly rooms = new Map<string, RoomInput>();
  private readonly tracks = new Map<string, TrackInput>();
  private readonly speakers = new Map<string, SpeakerEntry>();
  private readonly items: ItemDraft[] = [];
  private readonly languages: string[] = [];
  private readonly usedRoomIds = new Set<string>();
  private readonly usedTrackIds = new Set<string>();

  constructor(
    private readonly problems: Problems,
    readonly timeZone: string,
  ) {}

  /** A day of the event (an ISO date), even without items. */
  day(date: string): void {
    if (parseIsoDate(date)) this.days.add(date);
  }

  /** A language of the event's content, in order of preference. */
  language(tag: string | undefined): void {
    if (tag !== undefined) this.languages.push(tag);
  }

  /** The room's id (adding it on first use); `names`: its name in several languages. */
  room(name: string, names?: Readonly<Record<string, string>>): string {
    const key = name.trim();
    let room = this.rooms.get(key);
    if (!room) {
      room = { id: uniqueId(slugify(key) || 'room', this.usedRoomIds), name: several(names) ?? key };
      this.rooms.set(key, room);
    }
    return room.id;
  }

  /** The track's id (adding it on first use); a colour is kept from the first mention that has one. */
  track(name: string, trackColor?: string, names?: Readonly<Record<string, string>>): string {
    const key = name.trim();
    let track = this.tracks.get(key);
    if (!track) {
      track = { id: uniqueId(slugify(key) || 'track', this.usedTrackIds), name: several(names) ?? key };
      this.tracks.set(key, track);
    }
    if (trackColor !== undefined && track.color === undefined) track.color = trackColor;
    return track.id;
  }

  /** Adds or completes a speaker; returns the key items refer to it by. */
  speaker(key: string, draft: SpeakerDraft, path: string): string {
    const known = this.speakers.get(key);
    if (!known) {
      this.speakers.set(key, { ...draft, key, path, order: this.speakers.size });
      return key;
    }
    known.sortName ??= draft.sortName;
    known.bio ??= draft.bio;
    known.photo ??= draft.photo;
    known.title ??= draft.title;
    if (draft.links?.length) known.links = mergeLinks(known.links, draft.links);
    return key;
  }

  /** How many days the programme has so far. */
  get dayCount(): number {
    return this.days.size;
  }

  item(draft: ItemDraft): void {
    this.items.push(draft);
    this.days.add(draft.start.date);
  }

  build(): ProgrammeInput {
    const itemLanguages = this.itemLanguages();
    // The source's default, else its first declared language, else the most common item language.
    const defaultLanguage = this.event.defaultLanguage ?? this.languages[0] ?? itemLanguages[0] ?? 'en';
    const languages = [...new Set([defaultLanguage, ...this.languages, ...itemLanguages])];
    const speakerIds = this.speakerIds();
    const usedItemIds = new Set<string>();
    const items = this.items
      .map((draft, index) => ({ draft, index }))
      .sort((a, b) => a.draft.start.instant - b.draft.start.instant || a.index - b.index)
      .map(({ draft, index }) => this.toItem(draft, index, usedItemIds, speakerIds, defaultLanguage));
    const speakers = [...this.speakers.values()]
      .filter((entry) => speakerIds.get(entry.key)?.owner === entry)
      .map((entry) => toSpeaker(entry, speakerIds.get(entry.key)?.id ?? ''));
    const eventId = this.event.id;
    const event: EventInput = withoutUndefined({
      id: eventId === undefined || ID_PATTERN.test(eventId) ? eventId : slugify(eventId) || undefined,
      title: this.event.title ?? 'Programme',
      subtitle: this.event.subtitle,
      description: this.event.description,
      timeZone: this.timeZone,
      days: [...this.days].sort(),
      defaultLanguage,
      languages: languages.length > 1 ? languages : undefined,
      organisers: this.event.organisers,
      partners: this.event.partners,
      location: this.event.location,
      url: this.event.url,
    });
    return withoutUndefined({
      version: 1 as const,
      event,
      speakers: speakers.length ? speakers : undefined,
      rooms: this.rooms.size ? [...this.rooms.values()] : undefined,
      tracks: this.tracks.size ? [...this.tracks.values()] : undefined,
      items,
    });
  }

  /** The item languages, most common first. */
  private itemLanguages(): string[] {
    const counts = new Map<string, number>();
    for (const item of this.items) {
      if (item.language) counts.set(item.language, (counts.get(item.language) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
  }

  /**
   * Slugs for speakers. Entries with the same name are one speaker when they
   * do not contradict each other (at most one bio and one photo, or the same
   * ones): exports often give a person a new id in each event. Otherwise the
   * later ones get `-2`, `-3`… suffixes.
   */
  private speakerIds(): Map<string, { id: string; owner: SpeakerEntry }> {
    const result = new Map<string, { id: string; owner: SpeakerEntry }>();
    const byName = new Map<string, SpeakerEntry[]>();
    const used = new Set<string>();
    for (const entry of this.speakers.values()) {
      const owners = byName.get(entry.name) ?? [];
      const owner = owners.find((candidate) => compatible(candidate, entry));
      if (owner) {
        owner.bio ??= entry.bio;
        owner.photo ??= entry.photo;
        owner.title ??= entry.title;
        if (entry.links?.length) owner.links = mergeLinks(owner.links, entry.links);
        result.set(entry.key, { id: result.get(owner.key)?.id ?? '', owner });
        continue;
      }
      owners.push(entry);
      byName.set(entry.name, owners);
      result.set(entry.key, { id: uniqueId(slugify(entry.name) || 'speaker', used), owner: entry });
    }
    return result;
  }

  private toItem(
    draft: ItemDraft,
    index: number,
    used: Set<string>,
    speakerIds: ReadonlyMap<string, { id: string }>,
    defaultLanguage: string,
  ): ItemInput {
    const id = this.itemId(draft, index, used);
    const text = (value: DraftText | undefined): LocalisedText | undefined =>
      value === undefined ? undefined : localised(value, draft.language, defaultLanguage);
    const speakers: ItemSpeakerInput[] = [];
    for (const entry of draft.speakers ?? []) {
      const { key, role } = typeof entry === 'string' ? { key: entry, role: 'speaker' as SpeakerRole } : entry;
      const speakerId = speakerIds.get(key)?.id;
      if (speakerId && !speakers.some((speaker) => speaker.id === speakerId)) {
        speakers.push(role === 'speaker' ? { id: speakerId } : { id: speakerId, role });
      }
    }
    const tags = [...new Set(draft.tags?.filter((tag): tag is string => tag !== undefined && tag.trim() !== ''))];
    const links = mergeLinks([], draft.links?.filter((entry): entry is LinkInput => entry !== undefined) ?? []);
    return withoutUndefined({
      id,
      type: draft.type,
      day: draft.start.local ? draft.start.date : undefined,
      start: draft.start.text,
      ...this.ending(draft),
      title: text(draft.title) ?? '',
      subtitle: text(draft.subtitle),
      description: text(draft.description),
      speakers: speakers.length ? speakers : undefined,
      room: draft.room === undefined ? undefined : this.room(draft.room),
      track: draft.track === undefined ? undefined : this.track(draft.track),
      language: draft.language,
      tags: tags.length ? tags : undefined,
      links: links.length ? links : undefined,
      status: draft.status === 'confirmed' ? undefined : draft.status,
    });
  }

  /** `end` (local on the same day, or absolute) or `duration`. */
  private ending(draft: ItemDraft): { end?: string; duration?: string } {
    const { start, end, duration } = draft;
    if (end !== undefined && end.instant > start.instant) {
      if (!end.local) return { end: end.text };
      if (end.date === start.date) return { end: end.text };
      if (end.date === nextDate(start.date) && end.text === '00:00') return { end: '24:00' };
      return { duration: isoDuration(end.instant - start.instant) };
    }
    if (end !== undefined) {
      this.problems.unusable(draft.endPath ?? draft.path, end.text, 'the end is not after the start');
    }
    if (duration !== undefined && duration > 0) return { duration: isoDuration(duration) };
    return {};
  }

  private itemId(draft: ItemDraft, index: number, used: Set<string>): string {
    const source = draft.id;
    const candidate =
      source !== undefined && ID_PATTERN.test(source) ? source : shortSlug(source ?? draft.idHint ?? '') || `item-${index + 1}`;
    const id = uniqueId(candidate, used);
    if (source !== undefined && id !== source) {
      const reason = candidate === source ? 'is already used by another item' : 'is not a valid item id (letters, digits, "-", "_", ".")';
      this.problems.warn('renamed-id', draft.path, `The id ${quote(source)} ${reason}: the item is imported as ${quote(id)}.`, {
        value: clip(source),
        id,
      });
    }
    return id;
  }
}

/** Names in two languages or more, as a localised text; `undefined` for fewer. */
function several(names: Readonly<Record<string, string>> | undefined): LocalisedText | undefined {
  return names && Object.keys(names).length > 1 ? { ...names } : undefined;
}

/** A slug of at most 60 characters, cut between words. */
function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60);
}

/** A slug of a source's name; `ß` becomes `ss` (`Begrüßung` → `begrussung`). */
function slugify(text: string): string {
  return plainSlug(text.replace(/ß/g, 'ss'));
}

/** `candidate`, or `candidate-2`, `candidate-3`… whichever is free; marks it used. */
function uniqueId(candidate: string, used: Set<string>): string {
  let id = candidate;
  for (let n = 2; used.has(id); n++) id = `${candidate}-${n}`;
  used.add(id);
  return id;
}

/**
 * Text in a language other than the programme's default is keyed by it; text
 * keyed by language stays so (a single entry in the default language is a string).
 */
function localised(text: DraftText, language: string | undefined, defaultLanguage: string): LocalisedText {
  if (typeof text !== 'string') {
    const keys = Object.keys(text);
    return keys.length === 1 && keys[0] === defaultLanguage ? (text[defaultLanguage] ?? '') : { ...text };
  }
  return language === undefined || language === defaultLanguage ? text : { [language]: text };
}

function compatible(a: SpeakerDraft, b: SpeakerDraft): boolean {
  const agree = (x: string | undefined, y: string | undefined) => x === undefined || y === undefined || x === y;
  return agree(a.bio, b.bio) && agree(a.photo, b.photo);
}

function mergeLinks(a: readonly LinkInput[] | undefined, b: readonly LinkInput[]): LinkInput[] {
  const result = [...(a ?? [])];
  for (const entry of b) if (!result.some((known) => known.url === entry.url)) result.push(entry);
  return result;
}

function toSpeaker(entry: SpeakerEntry, id: string): SpeakerInput {
  return withoutUndefined({
    id,
    name: entry.name,
    sortName: entry.sortName,
    title: entry.title,
    bio: entry.bio,
    photo: entry.photo === undefined ? undefined : { url: entry.photo },
    links: entry.links?.length ? entry.links : undefined,
  });
}

/**
 * The builder's keys of the speakers an item names: `value` is an array of
 * references to the source's speakers (`"<ref>"`, or `{ "<field>": "<ref>",
 * "name": … }`), looked up in `known`. A reference to no known speaker and
 * without a name is reported and left out.
 */
export function speakerReferences(
  problems: Problems,
  builder: ProgrammeBuilder,
  known: ReadonlyMap<string, SpeakerDraft>,
  value: unknown,
  path: string,
  field: 'id' | 'code',
): string[] {
  if (!Array.isArray(value)) {
    if (hasContent(value)) problems.unusable(path, value, `speakers must be an array of speaker ${field}s`);
    return [];
  }
  const keys: string[] = [];
  value.forEach((entry, index) => {
    const ref = isRecord(entry) ? str(get(entry, field)) : str(entry);
    const draft = ref === undefined ? undefined : known.get(ref);
    const name = draft?.name ?? (isRecord(entry) ? line(get(entry, 'name')) : undefined);
    if (ref === undefined || name === undefined) {
      problems.unusable(at(path, index), entry, `no speaker has this ${field}`);
      return;
    }
    keys.push(builder.speaker(`${field}:${ref}`, draft ?? { name }, at(path, index)));
  });
  return keys;
}
