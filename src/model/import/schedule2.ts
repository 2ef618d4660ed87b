/**
 * Importer for the newer, flat c3voc "schedule2" JSON (the CCC hub):
 *
 *     { "schedule": { "version", "base_url",
 *         "conference": { "acronym", "title", "time_zone_name", "url", "languages",
 *           "defaults": { "language" }, "tracks": [{ "name", "slug", "colors": { "light", "dark" } }],
 *           "rooms": [{ "name", "slug", "guid", "description" }], "days": [{ "index", "date", "start", "end" }] },
 *         "events": [{ "guid", "code", "type", "start", "end" (ISO with offset), "room": { "name" },
 *           "title", "subtitle", "language", "track": { "slug" }, "abstract", "description",
 *           "participants": [{ "guid", "name", "role" }], "links", "attachments" }],
 *         "persons": [{ "guid", "name", "biography", "avatar": { "url" }, "links", "url" }] } }
 */
import type { ImportOptions, ImportResult } from './problems.js';
import { ScheduleReader } from './c3voc.js';
import { absoluteTime, clockDuration } from './times.js';
import { at, quote, clip } from '../values.js';
import * as json from './source-values.js';
import type { LinkInput, SpeakerRole } from '../types.js';

const IGNORED_CONFERENCE = ['start', 'end', 'daysCount', 'timeslot_duration', 'colors'];
const IGNORED_ROOM = ['guid', 'slug', 'stream_id', 'type', 'features', 'parent', 'id'];
const IGNORED_EVENT = ['guid', 'slug', 'code'];

/** Participant roles → speaker roles; any other role is read as `speaker`, with a warning. */
const ROLES: Readonly<Record<string, SpeakerRole>> = {
  speaker: 'speaker',
  moderator: 'moderator',
  host: 'moderator',
  chair: 'chair',
  discussant: 'discussant',
};

interface Person {
  name?: string | undefined;
  bio?: string | undefined;
  photo?: string | undefined;
  links: LinkInput[];
}

/** Reads a c3voc schedule2 export (a JSON string or the parsed object). */
export function importSchedule2(input: unknown, options: ImportOptions = {}): ImportResult {
  return new Schedule2Reader(input, options).read();
}

class Schedule2Reader extends ScheduleReader {
  /** Track names by slug, guid and name. */
  private readonly tracks = new Map<string, string>();
  private readonly persons = new Map<string, Person>();

  constructor(input: unknown, options: ImportOptions) {
    super('schedule2', input, options, { schedule: 'an object with "conference" and "events"', conference: 'an object with "title"' });
  }

  read(): ImportResult {
    const { problems, builder, conference, schedule } = this;
    const path = '/schedule/conference';
    this.readEvent(['events', 'persons']);
    this.languages(path);
    this.readTracks(json.get(conference, 'tracks'), at(path, 'tracks'));
    this.readRooms(json.get(conference, 'rooms'), at(path, 'rooms'));
    const days = json.get(conference, 'days');
    if (Array.isArray(days)) {
      days.forEach((day, index) => {
        const date = json.isRecord(day) ? json.str(json.get(day, 'date')) : undefined;
        if (date !== undefined) builder.day(date);
        else problems.unusable(at(at(path, 'days'), index), day, 'a day needs a "date"');
      });
    } else if (json.hasContent(days)) {
      problems.unusable(at(path, 'days'), days, 'days must be an array');
    }
    json.reportUnused(
      problems,
      conference,
      path,
      ['title', 'acronym', 'url', 'time_zone_name', 'languages', 'defaults', 'tracks', 'rooms', 'days'],
      IGNORED_CONFERENCE,
    );
    this.readPersons(json.get(schedule, 'persons'), '/schedule/persons');
    const events = json.get(schedule, 'events');
    if (!Array.isArray(events)) problems.invalidType('/schedule/events', events, 'an array of events');
    else {
      events.forEach((event, index) => {
        this.event(event, at('/schedule/events', index));
      });
    }
    problems.check();
    return { programme: builder.build(), format: 'schedule2', warnings: problems.warnings };
  }

  private languages(path: string): void {
    const { problems, builder, conference } = this;
    const defaults = json.get(conference, 'defaults');
    if (json.isRecord(defaults)) {
      builder.event.defaultLanguage = json.languageTag(problems, json.get(defaults, 'language'), at(at(path, 'defaults'), 'language'));
      json.reportUnused(problems, defaults, at(path, 'defaults'), ['language'], ['theme']);
    }
    const languages = json.get(conference, 'languages');
    if (Array.isArray(languages)) {
      languages.forEach((tag, index) => {
        builder.language(json.languageTag(problems, tag, at(at(path, 'languages'), index)));
      });
    }
  }

  private readTracks(value: unknown, path: string): void {
    // A track given by its name alone is an object with nothing else.
    json.eachNamed(this.problems, value, path, 'track', (name, track = {}, trackPath) => {
      const colors = json.get(track, 'colors');
      let trackColor = json.color(this.problems, json.get(track, 'color'), at(trackPath, 'color'));
      if (json.isRecord(colors)) {
        trackColor ??= json.color(this.problems, json.get(colors, 'light'), at(at(trackPath, 'colors'), 'light'));
        const dark = json.str(json.get(colors, 'dark'));
        if (dark !== undefined && dark.toLowerCase() !== trackColor?.toLowerCase()) {
          this.problems.notImported(at(at(trackPath, 'colors'), 'dark'), 'dark', dark);
        }
        json.reportUnused(this.problems, colors, at(trackPath, 'colors'), ['light', 'dark']);
      }
      this.builder.track(name, trackColor);
      for (const key of [json.str(json.get(track, 'slug')), json.str(json.get(track, 'guid')), name]) if (key !== undefined) this.tracks.set(key, name);
      json.reportUnused(this.problems, track, trackPath, ['name', 'color', 'colors'], ['slug', 'guid', 'id']);
    });
  }

  private readRooms(value: unknown, path: string): void {
    json.eachNamed(this.problems, value, path, 'room', (name, room, roomPath) => {
      this.builder.room(name);
      if (room) json.reportUnused(this.problems, room, roomPath, ['name'], IGNORED_ROOM);
    });
  }

  private readPersons(value: unknown, path: string): void {
    json.eachEntry(this.problems, value, path, (person, personPath) => {
      const key = json.isRecord(person) ? (json.str(json.get(person, 'guid')) ?? json.str(json.get(person, 'code')) ?? json.str(json.get(person, 'id'))) : undefined;
      if (!json.isRecord(person) || key === undefined) {
        this.problems.unusable(personPath, person, 'a person needs a "guid"');
        return;
      }
      const avatar = json.get(person, 'avatar');
      const links = this.links(json.get(person, 'links'), at(personPath, 'links'));
      if (json.hasContent(json.get(person, 'url'))) {
        const page = json.link(this.problems, json.get(person, 'url'), undefined, at(personPath, 'url'));
        if (page) links.unshift(page);
      }
      this.persons.set(key, {
        name: json.line(json.get(person, 'public_name')) ?? json.line(json.get(person, 'name')),
        bio: json.longText(json.get(person, 'biography')),
        photo: json.isRecord(avatar)
          ? json.photoUrl(this.problems, json.get(avatar, 'url'), at(at(personPath, 'avatar'), 'url'))
          : json.photoUrl(this.problems, avatar, at(personPath, 'avatar')),
        links,
      });
      json.reportUnused(this.problems, person, personPath, ['guid', 'name', 'public_name', 'biography', 'avatar', 'links', 'url'], ['code', 'id']);
    }, 'persons must be an array');
  }

  private event(source: unknown, path: string): void {
    const { problems, builder } = this;
    const { event: value, title: given } = json.titledEvent(problems, source, path, 'an event (an object)');
    if (!value) return;
    const zone = builder.timeZone;
    const start = absoluteTime(json.get(value, 'start'), zone);
    if (!start) this.badTime(value, path);
    if (given === undefined || start === undefined) return;
    const { title, cancelled } = json.cancelledTitle(given);
    const endValue = json.get(value, 'end');
    const end = absoluteTime(endValue, zone);
    if (!end && json.hasContent(endValue)) problems.unusable(at(path, 'end'), endValue, 'an end must be an ISO date-time with offset');
    const room = json.get(value, 'room');
    const roomName = json.isRecord(room) ? json.line(json.get(room, 'name')) : json.line(room);
    if (json.isRecord(room)) json.reportUnused(problems, room, at(path, 'room'), ['name'], IGNORED_ROOM);
    const { type, tag } = json.itemType(json.str(json.get(value, 'type')), 'talk');
    const logo = json.get(value, 'logo');
    if (json.hasContent(logo)) problems.notImported(at(path, 'logo'), 'logo', json.isRecord(logo) ? json.get(logo, 'url') : logo);
    builder.item({
      path,
      id: json.str(json.get(value, 'id')) ?? json.str(json.get(value, 'code')) ?? json.str(json.get(value, 'guid')),
      type,
      start,
      end,
      endPath: at(path, 'end'),
      duration: end ? undefined : clockDuration(json.get(value, 'duration')),
      title,
      subtitle: json.line(json.get(value, 'subtitle')),
      description: json.paragraphs(json.longText(json.get(value, 'abstract')), json.longText(json.get(value, 'description'))),
      speakers: this.participants(json.get(value, 'participants') ?? json.get(value, 'persons'), at(path, json.get(value, 'participants') !== undefined ? 'participants' : 'persons')),
      room: roomName,
      track: this.track(json.get(value, 'track'), at(path, 'track')),
      language: json.languageTag(problems, json.get(value, 'language'), at(path, 'language')),
      tags: [tag],
      links: [
        json.hasContent(json.get(value, 'url')) ? json.link(problems, json.get(value, 'url'), undefined, at(path, 'url')) : undefined,
        ...this.links(json.get(value, 'links'), at(path, 'links')),
        ...this.links(json.get(value, 'attachments'), at(path, 'attachments')),
      ],
      status: cancelled ? 'cancelled' : json.statusField(problems, value, path),
    });
    json.reportUnused(
      problems,
      value,
      path,
      ['id', 'code', 'guid', 'start', 'end', 'duration', 'room', 'title', 'subtitle', 'type', 'language', 'track', 'abstract', 'description', 'participants', 'persons', 'links', 'attachments', 'url', 'logo', 'state', 'status'],
      IGNORED_EVENT,
    );
  }

  private badTime(value: json.JsonRecord, path: string): void {
    const start = json.get(value, 'start');
    if (typeof start !== 'string') {
      this.problems.invalidType(at(path, 'start'), start, 'a start (an ISO date-time with offset)');
      return;
    }
    this.problems.error('invalid-time', at(path, 'start'), `${quote(start)} is not a valid start: expected an ISO date-time with offset, e.g. "2024-12-27T10:30:00+01:00".`, {
      value: clip(start),
    });
  }

  /** The track's name, from `{ "slug" }`, `{ "name" }` or a string. */
  private track(value: unknown, path: string): string | undefined {
    if (!json.hasContent(value)) return undefined;
    const key = json.isRecord(value) ? (json.str(json.get(value, 'slug')) ?? json.str(json.get(value, 'guid')) ?? json.line(json.get(value, 'name'))) : json.line(value);
    const name = key === undefined ? undefined : (this.tracks.get(key) ?? (json.isRecord(value) ? json.line(json.get(value, 'name')) : key));
    if (name === undefined) {
      this.problems.unusable(path, key ?? value, 'the track is not in conference.tracks');
      return undefined;
    }
    return name;
  }

  private participants(value: unknown, path: string): { key: string; role: SpeakerRole }[] {
    const result: { key: string; role: SpeakerRole }[] = [];
    json.eachEntry(this.problems, value, path, (participant, participantPath) => {
      if (!json.isRecord(participant)) {
        this.problems.unusable(participantPath, participant, 'a participant must be an object');
        return;
      }
      const id = json.str(json.get(participant, 'guid')) ?? json.str(json.get(participant, 'code')) ?? json.str(json.get(participant, 'id'));
      const person = id === undefined ? undefined : this.persons.get(id);
      const name = json.line(json.get(participant, 'public_name')) ?? json.line(json.get(participant, 'name')) ?? person?.name;
      if (name === undefined) {
        this.problems.unusable(participantPath, participant, 'a participant needs a name');
        return;
      }
      const sourceRole = json.str(json.get(participant, 'role'));
      const role = sourceRole === undefined ? 'speaker' : ROLES[sourceRole.toLowerCase()];
      if (role === undefined && sourceRole !== undefined) {
        this.problems.notImported(at(participantPath, 'role'), 'role', sourceRole);
      }
      const key = this.builder.speaker(
        id === undefined ? `name:${name}` : `id:${id}`,
        {
          name,
          bio: person?.bio ?? json.longText(json.get(participant, 'biography')),
          photo: person?.photo,
          links: person?.links,
        },
        participantPath,
      );
      result.push({ key, role: role ?? 'speaker' });
      json.reportUnused(this.problems, participant, participantPath, ['guid', 'code', 'id', 'name', 'public_name', 'role', 'biography']);
    }, 'participants must be an array');
    return result;
  }

  /** Links or attachments: `{ "url", "title", "type", "service" }`. */
  private links(value: unknown, path: string): LinkInput[] {
    const result: LinkInput[] = [];
    json.eachEntry(this.problems, value, path, (entry, entryPath) => {
      if (!json.isRecord(entry)) {
        const plain = json.link(this.problems, entry, undefined, entryPath);
        if (plain) result.push(plain);
        return;
      }
      const source = json.str(json.get(entry, 'service')) ?? json.str(json.get(entry, 'type'));
      const label = json.line(json.get(entry, 'title')) ?? humanise(source);
      // The link's type (`SLIDES`, `VIDEO`…) says its kind before its title does.
      const found = json.link(this.problems, json.get(entry, 'url'), label, at(entryPath, 'url'), undefined, json.linkKind(source));
      if (found) result.push(found);
      json.reportUnused(this.problems, entry, entryPath, ['url', 'title', 'service', 'type']);
    }, 'links must be an array');
    return result;
  }
}

/** `ACTIVITYPUB` → `Activitypub`, `LIGHTNING_TALK` → `Lightning talk`. */
function humanise(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const words = value.replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
