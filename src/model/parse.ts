/**
 * Normalisation: turns a valid programme (format version 1) into the
 * `Programme` the elements render — days with their midnight, items in time
 * order with instants and (derived) ends, references to speakers, rooms and
 * tracks resolved into shared objects, and each speaker's items listed.
 *
 * The result is plain data built from a detached copy of the input: it shares
 * nothing with the input, and the input is never modified.
 *
 * Problems get their messages from the `Describe` function given (finding.ts):
 * the public `parseProgramme` (model.ts) gives the validator's English
 * messages, the elements their own short texts.
 */
import type {
  Day,
  DayInput,
  Item,
  ItemInput,
  ItemSpeaker,
  Link,
  LinkInput,
  LocalisedText,
  Organisation,
  OrganisationInput,
  Problem,
  Programme,
  ProgrammeEvent,
  ProgrammeInput,
  Room,
  Speaker,
  SpeakerInput,
  Track,
  TrackInput,
} from './types.js';
import { NORMALISED_VERSION, PAUSE_TYPES } from './types.js';
import { analyseProgramme, type ItemTiming } from './validate.js';
import type { Describe } from './finding.js';
import { zonedToInstant } from './time.js';
import { withoutUndefined } from './values.js';

/** Thrown by `parseProgramme` when the programme has errors. */
export class ProgrammeError extends Error {
  readonly errors: Problem[];
  readonly warnings: Problem[];

  constructor(errors: Problem[], warnings: Problem[]) {
    super(summarise(errors));
    this.name = 'ProgrammeError';
    this.errors = errors;
    this.warnings = warnings;
  }
}

function summarise(errors: readonly Problem[]): string {
  const first = errors[0];
  if (!first) return 'Invalid programme.';
  const where = first.path === '' ? 'the root' : first.path;
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  return `Invalid programme (${count}). First, at ${where}: ${first.message}`;
}

/**
 * Validates and normalises a programme (an object or a JSON string), each
 * problem's message written by `describe`.
 *
 * @throws ProgrammeError when the programme has errors (warnings do not stop it;
 *   they are returned in `warnings`).
 */
export function parseProgrammeWith(input: unknown, describe: Describe): Programme {
  const analysis = analyseProgramme(input, describe);
  if (!analysis.ok || !analysis.input) throw new ProgrammeError(analysis.errors, analysis.warnings);
  // The copy has passed validation, so it has the shape of the format.
  const source = analysis.input as unknown as ProgrammeInput;
  return normalise(source, analysis.timings, analysis.warnings);
}

function normalise(
  source: ProgrammeInput,
  timings: ReadonlyMap<number, ItemTiming>,
  warnings: Problem[],
): Programme {
  const timeZone = source.event.timeZone;
  const rooms = (source.rooms ?? []).map((room): Room => ({ id: room.id, name: copyText(room.name) }));
  const tracks = (source.tracks ?? []).map(toTrack);
  const speakers = (source.speakers ?? []).map(toSpeaker);
  const days = source.event.days.map((day) => toDay(day, timeZone)).sort((a, b) => a.start - b.start);
  const lookups: Lookups = {
    rooms: byId(rooms),
    tracks: byId(tracks),
    speakers: byId(speakers),
  };
  const items = source.items
    .map((input, index) => ({ item: toItem(input, timingOf(timings, index), lookups), index }))
    .sort((a, b) => a.item.start - b.item.start || a.index - b.index)
    .map(({ item }) => item);
  for (const item of items) {
    for (const { speaker } of item.speakers) speaker.items.push(item.id);
  }
  return {
    version: 1,
    normalised: NORMALISED_VERSION,
    event: toEvent(source, days, items),
    days,
    items,
    speakers,
    rooms,
    tracks,
    warnings: [...warnings],
  };
}

interface Lookups {
  rooms: ReadonlyMap<string, Room>;
  tracks: ReadonlyMap<string, Track>;
  speakers: ReadonlyMap<string, Speaker>;
}

function byId<T extends { id: string }>(values: readonly T[]): Map<string, T> {
  return new Map(values.map((value) => [value.id, value]));
}

function timingOf(timings: ReadonlyMap<number, ItemTiming>, index: number): ItemTiming {
  const timing = timings.get(index);
  // Validation times every item of a programme without errors.
  if (!timing) throw new Error(`Internal error: item ${index} has no resolved time.`);
  return timing;
}

/* ------------------------------------------------------------------ */
/* One object at a time                                               */
/* ------------------------------------------------------------------ */

function toEvent(source: ProgrammeInput, days: readonly Day[], items: readonly Item[]): ProgrammeEvent {
  const event = source.event;
  const defaultLanguage = event.defaultLanguage ?? 'en';
  const languages = [...new Set(event.languages ?? [])];
  const lastDay = days[days.length - 1];
  // Items are in time order: the first one starts the event.
  const start = items.length > 0 ? items[0].start : days[0].start;
  const end =
    items.length > 0
      ? items.reduce((latest, item) => Math.max(latest, item.end), start)
      : zonedToInstant(lastDay.date, '24:00', event.timeZone).instant;
  return withoutUndefined({
    id: event.id,
    title: copyText(event.title),
    subtitle: copyOptionalText(event.subtitle),
    description: copyOptionalText(event.description),
    timeZone: event.timeZone,
    defaultLanguage,
    languages: languages.length > 0 ? languages : [defaultLanguage],
    organisers: (event.organisers ?? []).map(toOrganisation),
    partners: (event.partners ?? []).map(toOrganisation),
    location: event.location
      ? withoutUndefined({
          name: copyText(event.location.name),
          address: copyOptionalText(event.location.address),
          url: event.location.url,
        })
      : undefined,
    url: event.url,
    start,
    end,
  });
}

function toDay(day: DayInput, timeZone: string): Day {
  const date = typeof day === 'string' ? day : day.date;
  const title = typeof day === 'string' ? undefined : copyOptionalText(day.title);
  return withoutUndefined({ date, title, start: zonedToInstant(date, '00:00', timeZone).instant });
}

function toOrganisation(organisation: OrganisationInput): Organisation {
  return withoutUndefined({
    name: copyText(organisation.name),
    role: copyOptionalText(organisation.role),
    url: organisation.url,
  });
}

function toTrack(track: TrackInput): Track {
  return withoutUndefined({ id: track.id, name: copyText(track.name), color: track.color });
}

function toSpeaker(speaker: SpeakerInput): Speaker {
  return withoutUndefined({
    id: speaker.id,
    name: speaker.name,
    sortName: speaker.sortName,
    title: copyOptionalText(speaker.title),
    organisation: speaker.organisation
      ? withoutUndefined({ name: copyText(speaker.organisation.name), url: speaker.organisation.url })
      : undefined,
    country: speaker.country,
    bio: copyOptionalText(speaker.bio),
    photo: speaker.photo
      ? withoutUndefined({ url: speaker.photo.url, alt: copyOptionalText(speaker.photo.alt) })
      : undefined,
    links: toLinks(speaker.links),
    items: [],
  });
}

function toItem(input: ItemInput, timing: ItemTiming, lookups: Lookups): Item {
  return withoutUndefined({
    id: input.id,
    type: input.type,
    day: timing.day,
    start: timing.start,
    end: timing.end,
    endDerived: timing.endDerived,
    openEnd: timing.openEnd,
    title: copyText(input.title),
    subtitle: copyOptionalText(input.subtitle),
    description: copyOptionalText(input.description),
    speakers: toItemSpeakers(input, lookups.speakers),
    room: input.room === undefined ? undefined : lookups.rooms.get(input.room),
    track: input.track === undefined ? undefined : lookups.tracks.get(input.track),
    language: input.language,
    tags: [...(input.tags ?? [])],
    links: toLinks(input.links),
    status: input.status ?? 'confirmed',
    pause: PAUSE_TYPES.includes(input.type),
  });
}

/** The item's speakers, in the given order; a speaker listed twice is kept once. */
function toItemSpeakers(input: ItemInput, speakers: ReadonlyMap<string, Speaker>): ItemSpeaker[] {
  const result: ItemSpeaker[] = [];
  const seen = new Set<string>();
  for (const entry of input.speakers ?? []) {
    const speaker = speakers.get(entry.id);
    if (!speaker || seen.has(entry.id)) continue;
    seen.add(entry.id);
    result.push(withoutUndefined({ speaker, role: entry.role ?? 'speaker', topic: copyOptionalText(entry.topic) }));
  }
  return result;
}

function toLinks(links: readonly LinkInput[] | undefined): Link[] {
  return (links ?? []).map((link) => withoutUndefined({ url: link.url, label: copyOptionalText(link.label), kind: link.kind }));
}

/* ------------------------------------------------------------------ */
/* Copies                                                             */
/* ------------------------------------------------------------------ */

/** A fresh copy of a localised text, as a plain object (the validated copy has a null prototype). */
function copyText(text: LocalisedText): LocalisedText {
  return typeof text === 'string' ? text : Object.fromEntries(Object.entries(text));
}

function copyOptionalText(text: LocalisedText | undefined): LocalisedText | undefined {
  return text === undefined ? undefined : copyText(text);
}
