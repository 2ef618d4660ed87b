/**
 * Importer for the c3voc `schedule.json` (version 1), as frab and pretalx
 * export it:
 *
 *     { "schedule": { "version", "base_url", "conference": {
 *         "acronym", "title", "time_zone_name"?, "tracks"?: [{ "name", "color" }],
 *         "rooms"?: [{ "name", "guid" }],
 *         "days": [{ "index", "date", "day_start", "day_end",
 *                    "rooms": { "<room name>": [event, …] } }] } } }
 *
 * An event: `id`, `guid`, `date` (ISO with offset), `start` (`HH:MM`),
 * `duration` (`HH:MM`), `room`, `slug`, `url`, `title`, `subtitle`, `track`,
 * `type`, `language`, `abstract`, `description`, `persons` (`public_name` or
 * `name`, `id`/`guid`/`code`, `biography`, `avatar`), `links` and
 * `attachments` (`{ "url", "title" }`).
 */
import { DEFAULT_IMPORT_TIME_ZONE, Problems, type ImportOptions, type ImportResult } from './problems.js';
import { ProgrammeBuilder } from './builder.js';
import { absoluteTime, clockDuration, localTime, nextDate, type TimePoint } from './times.js';
import { at, clip, quote } from '../values.js';
import {
  cancelledTitle,
  conferenceZone,
  color,
  get,
  hasContent,
  isRecord,
  itemType,
  languageTag,
  line,
  link,
  longText,
  paragraphs,
  photoUrl,
  openSchedule,
  reportUnused,
  requiredLine,
  statusField,
  str,
  type JsonRecord,
} from './source-values.js';
import { parseIsoDate } from '../time.js';
import type { LinkInput } from '../types.js';

/** Identifiers and layout hints, not content: read for mapping or not at all (see docs/importing.md). */
const IGNORED_CONFERENCE = ['start', 'end', 'daysCount', 'timeslot_duration'];
const IGNORED_EVENT = ['guid', 'slug'];
const IGNORED_PERSON = ['id', 'guid', 'code'];

/** Reads a c3voc schedule.json v1 (a JSON string or the parsed object). */
export function importFrabJson(input: unknown, options: ImportOptions = {}): ImportResult {
  const expected = { schedule: 'an object with "conference"', conference: 'an object with "title" and "days"' };
  const { problems, root, schedule, conference } = openSchedule('frab-json', input, options, expected);
  return new FrabReader(problems, schedule, conference, options).read(root);
}

class FrabReader {
  private readonly builder: ProgrammeBuilder;
  private readonly trackColors = new Map<string, string>();
  /** The export's `base_url`: relative link URLs are resolved against it. */
  private readonly base: string | undefined;

  constructor(
    private readonly problems: Problems,
    private readonly schedule: JsonRecord,
    private readonly conference: JsonRecord,
    options: ImportOptions,
  ) {
    this.builder = new ProgrammeBuilder(problems, conferenceZone(problems, conference, options) || DEFAULT_IMPORT_TIME_ZONE);
    const base = str(get(schedule, 'base_url'));
    this.base = base !== undefined && /^https?:\/\//i.test(base) ? base : undefined;
  }

  read(root: JsonRecord): ImportResult {
    const { problems, builder, conference } = this;
    const path = '/schedule/conference';
    reportUnused(problems, root, '', ['schedule'], ['$schema']);
    reportUnused(problems, this.schedule, '/schedule', ['conference', 'base_url'], ['version']);
    builder.event.title = requiredLine(problems, conference, 'title', path, 'a title');
    const acronym = str(get(conference, 'acronym'));
    builder.event.id = acronym;
    const url = link(problems, get(conference, 'url') ?? get(this.schedule, 'base_url'), undefined, hasContent(get(conference, 'url')) ? at(path, 'url') : '/schedule/base_url');
    builder.event.url = url?.url;
    this.tracks(get(conference, 'tracks'), at(path, 'tracks'));
    this.rooms(get(conference, 'rooms'), at(path, 'rooms'));
    const days = get(conference, 'days');
    if (!Array.isArray(days)) problems.invalidType(at(path, 'days'), days, 'an array of days');
    else {
      days.forEach((day, index) => {
        this.day(day, at(at(path, 'days'), index));
      });
    }
    reportUnused(problems, conference, path, ['acronym', 'title', 'url', 'time_zone_name', 'tracks', 'rooms', 'days'], IGNORED_CONFERENCE);
    problems.check();
    return { programme: builder.build(), format: 'frab-json', warnings: problems.warnings };
  }

  private tracks(value: unknown, path: string): void {
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) {
      this.problems.unusable(path, value, 'tracks must be an array');
      return;
    }
    value.forEach((track, index) => {
      const trackPath = at(path, index);
      const name = isRecord(track) ? line(get(track, 'name')) : line(track);
      if (name === undefined) {
        this.problems.unusable(trackPath, track, 'a track needs a name');
        return;
      }
      const trackColor = isRecord(track) ? color(this.problems, get(track, 'color'), at(trackPath, 'color')) : undefined;
      if (trackColor) this.trackColors.set(name, trackColor);
      this.builder.track(name, trackColor);
      if (isRecord(track)) reportUnused(this.problems, track, trackPath, ['name', 'color'], ['slug', 'guid', 'id']);
    });
  }

  private rooms(value: unknown, path: string): void {
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) {
      this.problems.unusable(path, value, 'rooms must be an array');
      return;
    }
    value.forEach((room, index) => {
      const roomPath = at(path, index);
      const name = isRecord(room) ? line(get(room, 'name')) : line(room);
      if (name === undefined) {
        this.problems.unusable(roomPath, room, 'a room needs a name');
        return;
      }
      this.builder.room(name);
      if (isRecord(room)) reportUnused(this.problems, room, roomPath, ['name'], ['guid', 'id', 'slug']);
    });
  }

  private day(value: unknown, path: string): void {
    const { problems } = this;
    if (!isRecord(value)) {
      problems.invalidType(path, value, 'a day (an object with "date" and "rooms")');
      return;
    }
    const date = str(get(value, 'date'));
    if (date === undefined) {
      problems.invalidType(at(path, 'date'), get(value, 'date'), 'a date (YYYY-MM-DD)');
    } else if (!parseIsoDate(date)) {
      problems.error('invalid-date', at(path, 'date'), `${quote(date)} is not a valid date: expected YYYY-MM-DD.`, { value: clip(date) });
    } else {
      this.builder.day(date);
    }
    const dayStart = absoluteTime(get(value, 'day_start'), this.builder.timeZone);
    const rooms = get(value, 'rooms');
    if (!isRecord(rooms)) {
      problems.invalidType(at(path, 'rooms'), rooms, 'an object of room name → events');
    } else {
      for (const [room, events] of Object.entries(rooms)) {
        const roomPath = at(at(path, 'rooms'), room);
        if (!Array.isArray(events)) {
          problems.invalidType(roomPath, events, 'an array of events');
          continue;
        }
        events.forEach((event, index) => {
          this.event(event, at(roomPath, index), room, date, dayStart);
        });
      }
    }
    reportUnused(problems, value, path, ['date', 'rooms', 'day_start'], ['index', 'day_end']);
  }

  private event(value: unknown, path: string, roomName: string, date: string | undefined, dayStart: TimePoint | undefined): void {
    const { problems, builder } = this;
    if (!isRecord(value)) {
      problems.invalidType(path, value, 'an event (an object)');
      return;
    }
    const given = requiredLine(problems, value, 'title', path, 'a title');
    const start = this.start(value, path, date, dayStart);
    if (given === undefined || start === undefined) return;
    const { title, cancelled } = cancelledTitle(given);
    const duration = clockDuration(get(value, 'duration'));
    if (duration === undefined && hasContent(get(value, 'duration'))) {
      problems.unusable(at(path, 'duration'), get(value, 'duration'), 'a duration must be written "HH:MM"');
    } else if (duration === 0) {
      problems.unusable(at(path, 'duration'), get(value, 'duration'), 'a duration must be longer than zero');
    }
    const sourceType = str(get(value, 'type'));
    const { type, tag } = itemType(sourceType, 'talk');
    const track = line(get(value, 'track'));
    if (track !== undefined) builder.track(track, this.trackColors.get(track));
    const links: (LinkInput | undefined)[] = [];
    if (hasContent(get(value, 'url'))) links.push(link(problems, get(value, 'url'), undefined, at(path, 'url'), this.base));
    links.push(...this.links(get(value, 'links'), at(path, 'links')));
    links.push(...this.links(get(value, 'attachments'), at(path, 'attachments')));
    if (hasContent(get(value, 'feedback_url'))) {
      links.push(link(problems, get(value, 'feedback_url'), 'Feedback', at(path, 'feedback_url'), this.base));
    }
    builder.item({
      path,
      id: str(get(value, 'id')) ?? str(get(value, 'guid')),
      type,
      start,
      duration,
      title,
      subtitle: line(get(value, 'subtitle')),
      description: paragraphs(longText(get(value, 'abstract')), longText(get(value, 'description'))),
      speakers: this.persons(get(value, 'persons'), at(path, 'persons')),
      room: line(get(value, 'room')) ?? (roomName.trim() || undefined),
      track,
      language: languageTag(problems, get(value, 'language'), at(path, 'language')),
      tags: [tag],
      links,
      status: cancelled ? 'cancelled' : statusField(problems, value, path),
    });
    reportUnused(
      problems,
      value,
      path,
      ['id', 'date', 'start', 'duration', 'room', 'title', 'subtitle', 'track', 'type', 'language', 'abstract', 'description', 'persons', 'links', 'attachments', 'url', 'feedback_url', 'state', 'status'],
      IGNORED_EVENT,
    );
  }

  /** The event's start: its `date` (with offset), else `start` on the day (after midnight when before the day's start). */
  private start(value: JsonRecord, path: string, date: string | undefined, dayStart: TimePoint | undefined): TimePoint | undefined {
    const zone = this.builder.timeZone;
    const absolute = absoluteTime(get(value, 'date'), zone);
    if (absolute) return absolute;
    const startText = str(get(value, 'start'));
    let local = date === undefined ? undefined : localTime(date, startText, zone);
    if (local && date !== undefined && dayStart?.local === false && local.instant < dayStart.instant) {
      local = localTime(nextDate(date), startText, zone);
    }
    if (local) {
      if (hasContent(get(value, 'date'))) {
        this.problems.unusable(at(path, 'date'), get(value, 'date'), 'a date-time needs an offset, e.g. "2019-08-21T11:00:00+02:00"');
      }
      return local;
    }
    if (date === undefined) return undefined;
    const shown = get(value, 'date') ?? get(value, 'start');
    const where = at(path, get(value, 'date') !== undefined ? 'date' : 'start');
    if (shown === undefined) {
      this.problems.invalidType(where, shown, 'a start: "date" (ISO date-time with offset) or "start" (HH:MM)');
    } else {
      const text = typeof shown === 'string' ? shown : JSON.stringify(shown);
      this.problems.error('invalid-time', where, `${quote(text)} is not a usable start: expected "date" as an ISO date-time with offset, or "start" as HH:MM.`, {
        value: clip(text),
      });
    }
    return undefined;
  }

  /** Persons, as speaker keys. */
  private persons(value: unknown, path: string): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problems.unusable(path, value, 'persons must be an array');
      return [];
    }
    const keys: string[] = [];
    value.forEach((person, index) => {
      const personPath = at(path, index);
      if (typeof person === 'string') {
        const name = line(person);
        if (name !== undefined) keys.push(this.builder.speaker(`name:${name}`, { name }, personPath));
        return;
      }
      if (!isRecord(person)) {
        this.problems.unusable(personPath, person, 'a person must be an object');
        return;
      }
      const name = line(get(person, 'public_name')) ?? line(get(person, 'name')) ?? line(get(person, 'full_public_name'));
      if (name === undefined) {
        this.problems.unusable(personPath, person, 'a person needs a name ("public_name" or "name")');
        return;
      }
      const id = str(get(person, 'guid')) ?? str(get(person, 'code')) ?? str(get(person, 'id'));
      const links = this.links(get(person, 'links'), at(personPath, 'links')).filter((entry) => entry !== undefined);
      if (hasContent(get(person, 'url'))) {
        const page = link(this.problems, get(person, 'url'), undefined, at(personPath, 'url'));
        if (page) links.unshift(page);
      }
      keys.push(
        this.builder.speaker(
          id === undefined ? `name:${name}` : `id:${id}`,
          {
            name,
            bio: longText(get(person, 'biography')) ?? longText(get(person, 'bio')),
            photo: photoUrl(this.problems, get(person, 'avatar') ?? get(person, 'image'), at(personPath, get(person, 'avatar') !== undefined ? 'avatar' : 'image')),
            links,
          },
          personPath,
        ),
      );
      reportUnused(this.problems, person, personPath, ['public_name', 'name', 'full_public_name', 'biography', 'bio', 'avatar', 'image', 'links', 'url'], IGNORED_PERSON);
    });
    return keys;
  }

  /** Links or attachments: `{ "url", "title" }` objects or URL strings. */
  private links(value: unknown, path: string): (LinkInput | undefined)[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problems.unusable(path, value, 'links must be an array');
      return [];
    }
    return value.map((entry, index) => {
      const entryPath = at(path, index);
      if (!isRecord(entry)) return link(this.problems, entry, undefined, entryPath, this.base);
      const result = link(this.problems, get(entry, 'url') ?? get(entry, 'href'), get(entry, 'title') ?? get(entry, 'label'), at(entryPath, 'url'), this.base);
      reportUnused(this.problems, entry, entryPath, ['url', 'href', 'title', 'label'], ['type']);
      return result;
    });
  }
}
