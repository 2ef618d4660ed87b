/**
 * Importer for Sessionize's "All data" JSON (API endpoint `view/All`):
 *
 *     { "sessions": [{ "id", "title", "description", "startsAt", "endsAt" (local, no offset),
 *                      "isServiceSession", "speakers": [speaker id], "categoryItems": [item id],
 *                      "roomId", "liveUrl", "recordingUrl", "questionAnswers" }],
 *       "speakers": [{ "id", "fullName", "firstName", "lastName", "bio", "tagLine",
 *                      "profilePicture", "links": [{ "title", "url", "linkType" }] }],
 *       "categories": [{ "id", "title", "items": [{ "id", "name" }] }],
 *       "rooms": [{ "id", "name" }], "questions": [...] }
 *
 * The export names neither the event nor its time zone: the title is
 * `options.title` (default "Programme"), the zone `options.timeZone` (default
 * UTC, with a warning). Categories become the track (a category titled like
 * "Track", "Topic" or "Theme"), the item type ("Format", "Type"), the language
 * ("Language"), and tags (any other category).
 */
import { ProgrammeBuilder, speakerReferences, type SpeakerDraft } from './builder.js';
import { Problems, type ImportOptions, type ImportResult } from './problems.js';
import { at, clip, quote } from '../values.js';
import * as json from './source-values.js';
import { localDateTime } from './times.js';
import type { ItemType, LinkInput } from '../types.js';

interface CategoryItem {
  category: string;
  name: string;
}

/** Service sessions (registration, breaks…) typed by their title. */
const SERVICE_TYPES: readonly (readonly [RegExp, ItemType])[] = [
  [/lunch|dinner|breakfast|meal|déjeuner|dîner/i, 'meal'],
  [/break|coffee|pause|café/i, 'break'],
  [/welcome|opening|registration|bienvenue|accueil|ouverture/i, 'welcome'],
  [/keynote/i, 'keynote'],
  [/closing|wrap.?up|clôture/i, 'recap'],
];

/** Reads a Sessionize "All data" export (a JSON string or the parsed object). */
export function importSessionize(input: unknown, options: ImportOptions = {}): ImportResult {
  const { problems, root } = json.openJson('sessionize', input, options, 'an object with "sessions" and "speakers"');
  if (!Array.isArray(json.get(root, 'sessions'))) problems.invalidType('/sessions', json.get(root, 'sessions'), 'an array of sessions');
  problems.check();
  return new SessionizeReader(problems, root, options).read();
}

class SessionizeReader {
  private readonly builder: ProgrammeBuilder;
  private readonly rooms = new Map<string, string>();
  private readonly categories = new Map<string, CategoryItem>();
  private readonly speakers = new Map<string, SpeakerDraft>();

  constructor(
    private readonly problems: Problems,
    private readonly root: json.JsonRecord,
    options: ImportOptions,
  ) {
    const zone = json.chooseTimeZone(problems, undefined, '', options);
    this.builder = new ProgrammeBuilder(problems, zone);
    this.builder.event.title = options.title?.trim() || 'Programme';
  }

  read(): ImportResult {
    const { root, problems, builder } = this;
    this.readRooms(json.get(root, 'rooms'), '/rooms');
    this.readCategories(json.get(root, 'categories'), '/categories');
    this.readSpeakers(json.get(root, 'speakers'), '/speakers');
    const sessions = json.get(root, 'sessions') as unknown[];
    sessions.forEach((session, index) => {
      this.session(session, at('/sessions', index));
    });
    json.reportUnused(problems, root, '', ['sessions', 'speakers', 'categories', 'rooms'], ['questions']);
    if (builder.dayCount === 0) {
      problems.error('missing-field', '/sessions', 'No session has a start ("startsAt"): there is no programme to import yet.');
    }
    problems.check();
    return { programme: builder.build(), format: 'sessionize', warnings: problems.warnings };
  }

  private readRooms(value: unknown, path: string): void {
    json.eachRecord(this.problems, value, path, (room, roomPath) => {
      const id = json.str(json.get(room, 'id'));
      const name = json.line(json.get(room, 'name'));
      if (id === undefined || name === undefined) {
        this.problems.unusable(roomPath, room, 'a room needs an "id" and a "name"');
        return;
      }
      this.rooms.set(id, name);
      this.builder.room(name);
      json.reportUnused(this.problems, room, roomPath, ['id', 'name'], ['sort']);
    });
  }

  private readCategories(value: unknown, path: string): void {
    json.eachRecord(this.problems, value, path, (category, categoryPath) => {
      const title = json.line(json.get(category, 'title')) ?? json.line(json.get(category, 'name')) ?? '';
      const items = json.get(category, 'items') ?? json.get(category, 'categoryItems');
      json.eachRecord(this.problems, items, at(categoryPath, json.get(category, 'items') !== undefined ? 'items' : 'categoryItems'), (item, itemPath) => {
        const id = json.str(json.get(item, 'id'));
        const name = json.line(json.get(item, 'name'));
        if (id === undefined || name === undefined) {
          this.problems.unusable(itemPath, item, 'a category item needs an "id" and a "name"');
          return;
        }
        this.categories.set(id, { category: title, name });
        json.reportUnused(this.problems, item, itemPath, ['id', 'name'], ['sort']);
      });
      json.reportUnused(this.problems, category, categoryPath, ['title', 'name', 'items', 'categoryItems'], ['id', 'sort', 'type']);
    });
  }

  private readSpeakers(value: unknown, path: string): void {
    json.eachRecord(this.problems, value, path, (speaker, speakerPath) => {
      const id = json.str(json.get(speaker, 'id'));
      const first = json.line(json.get(speaker, 'firstName'));
      const last = json.line(json.get(speaker, 'lastName'));
      const joined = [first, last].filter(Boolean).join(' ');
      const name = json.line(json.get(speaker, 'fullName')) ?? (joined || undefined);
      // The last name, when the last word of the name would not sort it: "García López", or a name written family name first.
      const sortName = first && last && (/\s/.test(last) || !name?.endsWith(last)) ? `${last}, ${first}` : undefined;
      if (id === undefined || name === undefined) {
        this.problems.unusable(speakerPath, speaker, 'a speaker needs an "id" and a name');
        return;
      }
      const links: LinkInput[] = [];
      json.eachRecord(this.problems, json.get(speaker, 'links'), at(speakerPath, 'links'), (entry, entryPath) => {
        const found = json.link(this.problems, json.get(entry, 'url'), json.get(entry, 'title') ?? json.get(entry, 'linkType'), at(entryPath, 'url'));
        if (found) links.push(found);
        json.reportUnused(this.problems, entry, entryPath, ['url', 'title', 'linkType']);
      });
      this.speakers.set(id, {
        name,
        sortName,
        bio: json.longText(json.get(speaker, 'bio')),
        title: json.line(json.get(speaker, 'tagLine')),
        photo: json.photoUrl(this.problems, json.get(speaker, 'profilePicture'), at(speakerPath, 'profilePicture')),
        links,
      });
      json.reportUnused(
        this.problems,
        speaker,
        speakerPath,
        ['id', 'fullName', 'firstName', 'lastName', 'bio', 'tagLine', 'profilePicture', 'links'],
        ['sessions', 'fullNameWithSessionsCount'],
      );
    });
  }

  private session(source: unknown, path: string): void {
    const { problems, builder } = this;
    const { event: value, title } = json.titledEvent(problems, source, path, 'a session (an object)');
    if (!value) return;
    const startsAt = json.get(value, 'startsAt');
    if (startsAt === null || startsAt === undefined || startsAt === '') {
      if (title !== undefined) {
        problems.warn('not-imported', path, `The session ${quote(title)} is not scheduled (no "startsAt"): it is not imported.`, {
          field: 'startsAt',
          value: clip(title),
        });
      }
      return;
    }
    const start = localDateTime(startsAt, builder.timeZone);
    if (!start) {
      const shown = typeof startsAt === 'string' ? startsAt : JSON.stringify(startsAt);
      problems.error('invalid-time', at(path, 'startsAt'), `${quote(shown)} is not a valid start: expected a date-time such as "2024-05-16T09:00:00".`, {
        value: clip(shown),
      });
    }
    if (title === undefined || !start) return;
    const end = localDateTime(json.get(value, 'endsAt'), builder.timeZone);
    if (!end && json.hasContent(json.get(value, 'endsAt'))) problems.unusable(at(path, 'endsAt'), json.get(value, 'endsAt'), 'an end must be a date-time');
    const facets = this.facets(value, path);
    const serviceRule = json.get(value, 'isServiceSession') === true ? SERVICE_TYPES.find(([pattern]) => pattern.test(title)) : undefined;
    const mapped = facets.format === undefined ? undefined : json.itemType(facets.format, 'talk');
    const type: ItemType = serviceRule?.[1] ?? mapped?.type ?? (json.get(value, 'isServiceSession') === true ? 'other' : 'talk');
    const roomId = json.str(json.get(value, 'roomId'));
    const room = roomId === undefined ? json.line(json.get(value, 'room')) : this.rooms.get(roomId);
    if (roomId !== undefined && room === undefined) problems.unusable(at(path, 'roomId'), roomId, 'no room has this id');
    if (json.get(value, 'isPlenumSession') === true) problems.notImported(at(path, 'isPlenumSession'), 'isPlenumSession', true);
    builder.item({
      path,
      id: json.str(json.get(value, 'id')),
      type,
      start,
      end,
      endPath: at(path, 'endsAt'),
      title,
      description: json.longText(json.get(value, 'description')),
      speakers: this.sessionSpeakers(json.get(value, 'speakers'), at(path, 'speakers')),
      room,
      track: facets.track,
      language: facets.language,
      tags: [mapped?.tag, ...facets.tags],
      links: [
        json.hasContent(json.get(value, 'liveUrl')) ? json.link(problems, json.get(value, 'liveUrl'), 'Live', at(path, 'liveUrl'), undefined, 'livestream') : undefined,
        json.hasContent(json.get(value, 'recordingUrl')) ? json.link(problems, json.get(value, 'recordingUrl'), 'Recording', at(path, 'recordingUrl'), undefined, 'recording') : undefined,
      ],
      status: json.statusField(problems, value, path, ['status']),
    });
    json.reportUnused(
      problems,
      value,
      path,
      ['id', 'title', 'description', 'startsAt', 'endsAt', 'isServiceSession', 'isPlenumSession', 'speakers', 'categoryItems', 'categories', 'roomId', 'room', 'liveUrl', 'recordingUrl', 'status'],
      ['isInformed', 'isConfirmed'],
    );
  }

  /** Track, format, language and tags from the session's category items. */
  private facets(session: json.JsonRecord, path: string): { track?: string; format?: string; language?: string; tags: string[] } {
    const result: { track?: string; format?: string; language?: string; tags: string[] } = { tags: [] };
    const ids: { id: unknown; path: string }[] = [];
    const items = json.get(session, 'categoryItems');
    if (Array.isArray(items)) items.forEach((id, index) => ids.push({ id, path: at(at(path, 'categoryItems'), index) }));
    // The "sessions" endpoints nest them: categories: [{ name, categoryItems: [{ id, name }] }].
    const nested = json.get(session, 'categories');
    if (Array.isArray(nested)) {
      nested.forEach((category, index) => {
        const categoryPath = at(at(path, 'categories'), index);
        const entries = json.isRecord(category) ? json.get(category, 'categoryItems') : undefined;
        if (Array.isArray(entries)) entries.forEach((entry, i) => ids.push({ id: json.isRecord(entry) ? json.get(entry, 'id') : entry, path: at(at(categoryPath, 'categoryItems'), i) }));
      });
    }
    for (const { id, path: itemPath } of ids) {
      const item = this.categories.get(json.str(id) ?? '');
      if (!item) {
        this.problems.unusable(itemPath, id, 'no category item has this id');
        continue;
      }
      const category = item.category.toLowerCase();
      if (/track|topic|theme|stream/.test(category) && result.track === undefined) result.track = item.name;
      else if (/format|type/.test(category) && result.format === undefined) result.format = item.name;
      else if (/language|langue|sprache/.test(category) && result.language === undefined) {
        result.language = json.languageTag(this.problems, item.name, itemPath);
      } else result.tags.push(item.name);
    }
    return result;
  }

  private sessionSpeakers(value: unknown, path: string): string[] {
    return speakerReferences(this.problems, this.builder, this.speakers, value, path, 'id');
  }

}
