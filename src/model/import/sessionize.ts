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
import {
  eachRecord,
  chooseTimeZone,
  get,
  hasContent,
  isRecord,
  itemType,
  languageTag,
  line,
  link,
  longText,
  photoUrl,
  openJson,
  reportUnused,
  requiredLine,
  statusField,
  str,
  type JsonRecord,
} from './source-values.js';
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
  const { problems, root } = openJson('sessionize', input, options, 'an object with "sessions" and "speakers"');
  if (!Array.isArray(get(root, 'sessions'))) problems.invalidType('/sessions', get(root, 'sessions'), 'an array of sessions');
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
    private readonly root: JsonRecord,
    options: ImportOptions,
  ) {
    const zone = chooseTimeZone(problems, undefined, '', options);
    this.builder = new ProgrammeBuilder(problems, zone);
    this.builder.event.title = options.title?.trim() || 'Programme';
  }

  read(): ImportResult {
    const { root, problems, builder } = this;
    this.readRooms(get(root, 'rooms'), '/rooms');
    this.readCategories(get(root, 'categories'), '/categories');
    this.readSpeakers(get(root, 'speakers'), '/speakers');
    const sessions = get(root, 'sessions') as unknown[];
    sessions.forEach((session, index) => {
      this.session(session, at('/sessions', index));
    });
    reportUnused(problems, root, '', ['sessions', 'speakers', 'categories', 'rooms'], ['questions']);
    if (builder.dayCount === 0) {
      problems.error('missing-field', '/sessions', 'No session has a start ("startsAt"): there is no programme to import yet.');
    }
    problems.check();
    return { programme: builder.build(), format: 'sessionize', warnings: problems.warnings };
  }

  private readRooms(value: unknown, path: string): void {
    eachRecord(this.problems, value, path, (room, roomPath) => {
      const id = str(get(room, 'id'));
      const name = line(get(room, 'name'));
      if (id === undefined || name === undefined) {
        this.problems.unusable(roomPath, room, 'a room needs an "id" and a "name"');
        return;
      }
      this.rooms.set(id, name);
      this.builder.room(name);
      reportUnused(this.problems, room, roomPath, ['id', 'name'], ['sort']);
    });
  }

  private readCategories(value: unknown, path: string): void {
    eachRecord(this.problems, value, path, (category, categoryPath) => {
      const title = line(get(category, 'title')) ?? line(get(category, 'name')) ?? '';
      const items = get(category, 'items') ?? get(category, 'categoryItems');
      eachRecord(this.problems, items, at(categoryPath, get(category, 'items') !== undefined ? 'items' : 'categoryItems'), (item, itemPath) => {
        const id = str(get(item, 'id'));
        const name = line(get(item, 'name'));
        if (id === undefined || name === undefined) {
          this.problems.unusable(itemPath, item, 'a category item needs an "id" and a "name"');
          return;
        }
        this.categories.set(id, { category: title, name });
        reportUnused(this.problems, item, itemPath, ['id', 'name'], ['sort']);
      });
      reportUnused(this.problems, category, categoryPath, ['title', 'name', 'items', 'categoryItems'], ['id', 'sort', 'type']);
    });
  }

  private readSpeakers(value: unknown, path: string): void {
    eachRecord(this.problems, value, path, (speaker, speakerPath) => {
      const id = str(get(speaker, 'id'));
      const first = line(get(speaker, 'firstName'));
      const last = line(get(speaker, 'lastName'));
      const joined = [first, last].filter(Boolean).join(' ');
      const name = line(get(speaker, 'fullName')) ?? (joined || undefined);
      // The last name, when the last word of the name would not sort it: "García López", or a name written family name first.
      const sortName = first && last && (/\s/.test(last) || !name?.endsWith(last)) ? `${last}, ${first}` : undefined;
      if (id === undefined || name === undefined) {
        this.problems.unusable(speakerPath, speaker, 'a speaker needs an "id" and a name');
        return;
      }
      const links: LinkInput[] = [];
      eachRecord(this.problems, get(speaker, 'links'), at(speakerPath, 'links'), (entry, entryPath) => {
        const found = link(this.problems, get(entry, 'url'), get(entry, 'title') ?? get(entry, 'linkType'), at(entryPath, 'url'));
        if (found) links.push(found);
        reportUnused(this.problems, entry, entryPath, ['url', 'title', 'linkType']);
      });
      this.speakers.set(id, {
        name,
        sortName,
        bio: longText(get(speaker, 'bio')),
        title: line(get(speaker, 'tagLine')),
        photo: photoUrl(this.problems, get(speaker, 'profilePicture'), at(speakerPath, 'profilePicture')),
        links,
      });
      reportUnused(
        this.problems,
        speaker,
        speakerPath,
        ['id', 'fullName', 'firstName', 'lastName', 'bio', 'tagLine', 'profilePicture', 'links'],
        ['sessions', 'fullNameWithSessionsCount'],
      );
    });
  }

  private session(value: unknown, path: string): void {
    const { problems, builder } = this;
    if (!isRecord(value)) {
      problems.invalidType(path, value, 'a session (an object)');
      return;
    }
    const title = requiredLine(problems, value, 'title', path, 'a title');
    const startsAt = get(value, 'startsAt');
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
    const end = localDateTime(get(value, 'endsAt'), builder.timeZone);
    if (!end && hasContent(get(value, 'endsAt'))) problems.unusable(at(path, 'endsAt'), get(value, 'endsAt'), 'an end must be a date-time');
    const facets = this.facets(value, path);
    const serviceRule = get(value, 'isServiceSession') === true ? SERVICE_TYPES.find(([pattern]) => pattern.test(title)) : undefined;
    const mapped = facets.format === undefined ? undefined : itemType(facets.format, 'talk');
    const type: ItemType = serviceRule?.[1] ?? mapped?.type ?? (get(value, 'isServiceSession') === true ? 'other' : 'talk');
    const roomId = str(get(value, 'roomId'));
    const room = roomId === undefined ? line(get(value, 'room')) : this.rooms.get(roomId);
    if (roomId !== undefined && room === undefined) problems.unusable(at(path, 'roomId'), roomId, 'no room has this id');
    if (get(value, 'isPlenumSession') === true) problems.notImported(at(path, 'isPlenumSession'), 'isPlenumSession', true);
    builder.item({
      path,
      id: str(get(value, 'id')),
      type,
      start,
      end,
      endPath: at(path, 'endsAt'),
      title,
      description: longText(get(value, 'description')),
      speakers: this.sessionSpeakers(get(value, 'speakers'), at(path, 'speakers')),
      room,
      track: facets.track,
      language: facets.language,
      tags: [mapped?.tag, ...facets.tags],
      links: [
        hasContent(get(value, 'liveUrl')) ? link(problems, get(value, 'liveUrl'), 'Live', at(path, 'liveUrl'), undefined, 'livestream') : undefined,
        hasContent(get(value, 'recordingUrl')) ? link(problems, get(value, 'recordingUrl'), 'Recording', at(path, 'recordingUrl'), undefined, 'recording') : undefined,
      ],
      status: statusField(problems, value, path, ['status']),
    });
    reportUnused(
      problems,
      value,
      path,
      ['id', 'title', 'description', 'startsAt', 'endsAt', 'isServiceSession', 'isPlenumSession', 'speakers', 'categoryItems', 'categories', 'roomId', 'room', 'liveUrl', 'recordingUrl', 'status'],
      ['isInformed', 'isConfirmed'],
    );
  }

  /** Track, format, language and tags from the session's category items. */
  private facets(session: JsonRecord, path: string): { track?: string; format?: string; language?: string; tags: string[] } {
    const result: { track?: string; format?: string; language?: string; tags: string[] } = { tags: [] };
    const ids: { id: unknown; path: string }[] = [];
    const items = get(session, 'categoryItems');
    if (Array.isArray(items)) items.forEach((id, index) => ids.push({ id, path: at(at(path, 'categoryItems'), index) }));
    // The "sessions" endpoints nest them: categories: [{ name, categoryItems: [{ id, name }] }].
    const nested = get(session, 'categories');
    if (Array.isArray(nested)) {
      nested.forEach((category, index) => {
        const categoryPath = at(at(path, 'categories'), index);
        const entries = isRecord(category) ? get(category, 'categoryItems') : undefined;
        if (Array.isArray(entries)) entries.forEach((entry, i) => ids.push({ id: isRecord(entry) ? get(entry, 'id') : entry, path: at(at(categoryPath, 'categoryItems'), i) }));
      });
    }
    for (const { id, path: itemPath } of ids) {
      const item = this.categories.get(str(id) ?? '');
      if (!item) {
        this.problems.unusable(itemPath, id, 'no category item has this id');
        continue;
      }
      const category = item.category.toLowerCase();
      if (/track|topic|theme|stream/.test(category) && result.track === undefined) result.track = item.name;
      else if (/format|type/.test(category) && result.format === undefined) result.format = item.name;
      else if (/language|langue|sprache/.test(category) && result.language === undefined) {
        result.language = languageTag(this.problems, item.name, itemPath);
      } else result.tags.push(item.name);
    }
    return result;
  }

  private sessionSpeakers(value: unknown, path: string): string[] {
    return speakerReferences(this.problems, this.builder, this.speakers, value, path, 'id');
  }

}
