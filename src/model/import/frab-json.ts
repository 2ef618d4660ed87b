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
import type { ImportOptions, ImportResult } from './problems.js';
import { ScheduleReader } from './c3voc.js';
import { absoluteTime, clockDuration, localTime, nextDate, type TimePoint } from './times.js';
import { at, clip, quote } from '../values.js';
import * as json from './source-values.js';
import { parseIsoDate } from '../time.js';
import type { LinkInput } from '../types.js';

/** Identifiers and layout hints, not content: read for mapping or not at all (see docs/importing.md). */
const IGNORED_CONFERENCE = ['start', 'end', 'daysCount', 'timeslot_duration'];
const IGNORED_EVENT = ['guid', 'slug'];
const IGNORED_PERSON = ['id', 'guid', 'code'];

/** Reads a c3voc schedule.json v1 (a JSON string or the parsed object). */
export function importFrabJson(input: unknown, options: ImportOptions = {}): ImportResult {
  return new FrabReader(input, options).read();
}

class FrabReader extends ScheduleReader {
  private readonly trackColors = new Map<string, string>();
  /** The export's `base_url`: relative link URLs are resolved against it. */
  private readonly base: string | undefined;

  constructor(input: unknown, options: ImportOptions) {
    super('frab-json', input, options, { schedule: 'an object with "conference"', conference: 'an object with "title" and "days"' });
    const base = json.str(json.get(this.schedule, 'base_url'));
    this.base = base !== undefined && /^https?:\/\//i.test(base) ? base : undefined;
  }

  read(): ImportResult {
    const { problems, builder, conference } = this;
    const path = '/schedule/conference';
    this.readEvent([]);
    this.tracks(json.get(conference, 'tracks'), at(path, 'tracks'));
    this.rooms(json.get(conference, 'rooms'), at(path, 'rooms'));
    const days = json.get(conference, 'days');
    if (!Array.isArray(days)) problems.invalidType(at(path, 'days'), days, 'an array of days');
    else {
      days.forEach((day, index) => {
        this.day(day, at(at(path, 'days'), index));
      });
    }
    json.reportUnused(problems, conference, path, ['acronym', 'title', 'url', 'time_zone_name', 'tracks', 'rooms', 'days'], IGNORED_CONFERENCE);
    problems.check();
    return { programme: builder.build(), format: 'frab-json', warnings: problems.warnings };
  }

  private tracks(value: unknown, path: string): void {
    json.eachNamed(this.problems, value, path, 'track', (name, track, trackPath) => {
      const trackColor = track ? json.color(this.problems, json.get(track, 'color'), at(trackPath, 'color')) : undefined;
      if (trackColor) this.trackColors.set(name, trackColor);
      this.builder.track(name, trackColor);
      if (track) json.reportUnused(this.problems, track, trackPath, ['name', 'color'], ['slug', 'guid', 'id']);
    });
  }

  private rooms(value: unknown, path: string): void {
    json.eachNamed(this.problems, value, path, 'room', (name, room, roomPath) => {
      this.builder.room(name);
      if (room) json.reportUnused(this.problems, room, roomPath, ['name'], ['guid', 'id', 'slug']);
    });
  }

  private day(value: unknown, path: string): void {
    const { problems } = this;
    if (!json.isRecord(value)) {
      problems.invalidType(path, value, 'a day (an object with "date" and "rooms")');
      return;
    }
    const date = json.str(json.get(value, 'date'));
    if (date === undefined) {
      problems.invalidType(at(path, 'date'), json.get(value, 'date'), 'a date (YYYY-MM-DD)');
    } else if (!parseIsoDate(date)) {
      problems.error('invalid-date', at(path, 'date'), `${quote(date)} is not a valid date: expected YYYY-MM-DD.`, { value: clip(date) });
    } else {
      this.builder.day(date);
    }
    const dayStart = absoluteTime(json.get(value, 'day_start'), this.builder.timeZone);
    const rooms = json.get(value, 'rooms');
    if (!json.isRecord(rooms)) {
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
    json.reportUnused(problems, value, path, ['date', 'rooms', 'day_start'], ['index', 'day_end']);
  }

  private event(source: unknown, path: string, roomName: string, date: string | undefined, dayStart: TimePoint | undefined): void {
    const { problems, builder } = this;
    const { event: value, title: given } = json.titledEvent(problems, source, path, 'an event (an object)');
    if (!value) return;
    const start = this.start(value, path, date, dayStart);
    if (given === undefined || start === undefined) return;
    const { title, cancelled } = json.cancelledTitle(given);
    const duration = clockDuration(json.get(value, 'duration'));
    if (duration === undefined && json.hasContent(json.get(value, 'duration'))) {
      problems.unusable(at(path, 'duration'), json.get(value, 'duration'), 'a duration must be written "HH:MM"');
    } else if (duration === 0) {
      problems.unusable(at(path, 'duration'), json.get(value, 'duration'), 'a duration must be longer than zero');
    }
    const sourceType = json.str(json.get(value, 'type'));
    const { type, tag } = json.itemType(sourceType, 'talk');
    const track = json.line(json.get(value, 'track'));
    if (track !== undefined) builder.track(track, this.trackColors.get(track));
    const links: (LinkInput | undefined)[] = [];
    if (json.hasContent(json.get(value, 'url'))) links.push(json.link(problems, json.get(value, 'url'), undefined, at(path, 'url'), this.base));
    links.push(...this.links(json.get(value, 'links'), at(path, 'links')));
    links.push(...this.links(json.get(value, 'attachments'), at(path, 'attachments')));
    if (json.hasContent(json.get(value, 'feedback_url'))) {
      links.push(json.link(problems, json.get(value, 'feedback_url'), 'Feedback', at(path, 'feedback_url'), this.base));
    }
    builder.item({
      path,
      id: json.str(json.get(value, 'id')) ?? json.str(json.get(value, 'guid')),
      type,
      start,
      duration,
      title,
      subtitle: json.line(json.get(value, 'subtitle')),
      description: json.paragraphs(json.longText(json.get(value, 'abstract')), json.longText(json.get(value, 'description'))),
      speakers: this.persons(json.get(value, 'persons'), at(path, 'persons')),
      room: json.line(json.get(value, 'room')) ?? (roomName.trim() || undefined),
      track,
      language: json.languageTag(problems, json.get(value, 'language'), at(path, 'language')),
      tags: [tag],
      links,
      status: cancelled ? 'cancelled' : json.statusField(problems, value, path),
    });
    json.reportUnused(
      problems,
      value,
      path,
      ['id', 'date', 'start', 'duration', 'room', 'title', 'subtitle', 'track', 'type', 'language', 'abstract', 'description', 'persons', 'links', 'attachments', 'url', 'feedback_url', 'state', 'status'],
      IGNORED_EVENT,
    );
  }

  /** The event's start: its `date` (with offset), else `start` on the day (after midnight when before the day's start). */
  private start(value: json.JsonRecord, path: string, date: string | undefined, dayStart: TimePoint | undefined): TimePoint | undefined {
    const zone = this.builder.timeZone;
    const absolute = absoluteTime(json.get(value, 'date'), zone);
    if (absolute) return absolute;
    const startText = json.str(json.get(value, 'start'));
    let local = date === undefined ? undefined : localTime(date, startText, zone);
    if (local && date !== undefined && dayStart?.local === false && local.instant < dayStart.instant) {
      local = localTime(nextDate(date), startText, zone);
    }
    if (local) {
      if (json.hasContent(json.get(value, 'date'))) {
        this.problems.unusable(at(path, 'date'), json.get(value, 'date'), 'a date-time needs an offset, e.g. "2019-08-21T11:00:00+02:00"');
      }
      return local;
    }
    if (date === undefined) return undefined;
    const shown = json.get(value, 'date') ?? json.get(value, 'start');
    const where = at(path, json.get(value, 'date') !== undefined ? 'date' : 'start');
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
    const keys: string[] = [];
    json.eachEntry(this.problems, value, path, (person, personPath) => {
      if (typeof person === 'string') {
        const name = json.line(person);
        if (name !== undefined) keys.push(this.builder.speaker(`name:${name}`, { name }, personPath));
        return;
      }
      if (!json.isRecord(person)) {
        this.problems.unusable(personPath, person, 'a person must be an object');
        return;
      }
      const name = json.line(json.get(person, 'public_name')) ?? json.line(json.get(person, 'name')) ?? json.line(json.get(person, 'full_public_name'));
      if (name === undefined) {
        this.problems.unusable(personPath, person, 'a person needs a name ("public_name" or "name")');
        return;
      }
      const id = json.str(json.get(person, 'guid')) ?? json.str(json.get(person, 'code')) ?? json.str(json.get(person, 'id'));
      const links = this.links(json.get(person, 'links'), at(personPath, 'links')).filter((entry) => entry !== undefined);
      if (json.hasContent(json.get(person, 'url'))) {
        const page = json.link(this.problems, json.get(person, 'url'), undefined, at(personPath, 'url'));
        if (page) links.unshift(page);
      }
      keys.push(
        this.builder.speaker(
          id === undefined ? `name:${name}` : `id:${id}`,
          {
            name,
            bio: json.longText(json.get(person, 'biography')) ?? json.longText(json.get(person, 'bio')),
            photo: json.photoUrl(this.problems, json.get(person, 'avatar') ?? json.get(person, 'image'), at(personPath, json.get(person, 'avatar') !== undefined ? 'avatar' : 'image')),
            links,
          },
          personPath,
        ),
      );
      json.reportUnused(this.problems, person, personPath, ['public_name', 'name', 'full_public_name', 'biography', 'bio', 'avatar', 'image', 'links', 'url'], IGNORED_PERSON);
    }, 'persons must be an array');
    return keys;
  }

  /** Links or attachments: `{ "url", "title" }` objects or URL strings. */
  private links(value: unknown, path: string): (LinkInput | undefined)[] {
    const links: (LinkInput | undefined)[] = [];
    json.eachEntry(this.problems, value, path, (entry, entryPath) => {
      if (!json.isRecord(entry)) {
        links.push(json.link(this.problems, entry, undefined, entryPath, this.base));
        return;
      }
      links.push(json.link(this.problems, json.get(entry, 'url') ?? json.get(entry, 'href'), json.get(entry, 'title') ?? json.get(entry, 'label'), at(entryPath, 'url'), this.base));
      json.reportUnused(this.problems, entry, entryPath, ['url', 'href', 'title', 'label'], ['type']);
    }, 'links must be an array');
    return links;
  }
}
