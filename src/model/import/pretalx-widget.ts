/**
 * Importer for pretalx's schedule widget JSON: what pretalx's own
 * `<pretalx-schedule>` widget reads (`/<event>/schedule/widgets/schedule.json`,
 * older `/<event>/schedule/widget/v2.json`):
 *
 *     { "version", "timezone", "event_start", "event_end",
 *       "talks": [{ "code", "id", "title", "abstract", "description", "speakers": [code],
 *                   "track": id, "room": id, "start", "end" (ISO with offset), "duration" (minutes),
 *                   "content_locale", "state", "do_not_record", "tags", "session_type", "updated" },
 *                 { "id", "title", "start", "end", "room", "slot_type" }],   ← a break or blocker
 *       "tracks": [{ "id", "name", "description", "color" }],
 *       "rooms": [{ "id", "name", "description" }],
 *       "speakers": [{ "code", "name", "biography", "avatar", "avatar_thumbnail_default", … }] }
 *
 * Texts are a string or an object keyed by language (`{"en": …, "de": …}`),
 * kept as such. The export names no event title: it is `options.title`
 * (default "Programme").
 */
import { ProgrammeBuilder, speakerReferences, type DraftText, type SpeakerDraft } from './builder.js';
import { Problems, type ImportOptions, type ImportResult } from './problems.js';
import { absoluteTime, type TimePoint } from './times.js';
import { at, clip, quote } from '../values.js';
import * as json from './source-values.js';
import { pointAt } from './instants.js';
import { typeOfTitle } from './type-words.js';
import { parseIsoDate } from '../time.js';
import type { ItemType } from '../types.js';

/** Submission states that are not on the programme (`all_talks` exports list them). */
const NOT_HELD = ['canceled', 'cancelled', 'withdrawn', 'rejected', 'deleted'];

/** Talk fields left out without a warning: identifiers, counters and caching hints. */
const IGNORED_TALK_FIELDS = ['updated', 'fav_count', 'exporters', 'recording_iframe', 'answers', 'resources'];

interface Named {
  name: string;
  names?: Record<string, string> | undefined;
}

/** Reads pretalx's schedule widget JSON (a JSON string or the parsed object). */
export function importPretalxWidget(input: unknown, options: ImportOptions = {}): ImportResult {
  const { problems, root } = json.openJson('pretalx-widget', input, options, 'an object with "talks"');
  if (!Array.isArray(json.get(root, 'talks'))) problems.invalidType('/talks', json.get(root, 'talks'), 'an array of talks');
  problems.check();
  return new WidgetReader(problems, root, options).read();
}

/**
 * The programme's default language: the event's first content locale, else
 * the most common locale of the talks, else the first language of a text
 * keyed by language, else English.
 */
function defaultLanguage(root: json.JsonRecord): string {
  const locales = json.get(root, 'content_locales');
  const first = Array.isArray(locales) ? json.str(locales[0]) : undefined;
  if (first !== undefined) return canonical(first);
  const counts = new Map<string, number>();
  let keyed: string | undefined;
  for (const talk of json.get(root, 'talks') as unknown[]) {
    if (!json.isRecord(talk)) continue;
    const locale = json.str(json.get(talk, 'content_locale'));
    if (locale !== undefined) counts.set(locale, (counts.get(locale) ?? 0) + 1);
    const title = json.get(talk, 'title');
    if (keyed === undefined && json.isRecord(title)) keyed = Object.keys(title)[0];
  }
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return canonical(common ?? keyed ?? 'en');
}

function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

class WidgetReader {
  private readonly builder: ProgrammeBuilder;
  private readonly rooms = new Map<string, Named>();
  private readonly tracks = new Map<string, Named & { color?: string | undefined }>();
  private readonly speakers = new Map<string, SpeakerDraft>();

  constructor(
    private readonly problems: Problems,
    private readonly root: json.JsonRecord,
    options: ImportOptions,
  ) {
    const zone = json.chooseTimeZone(problems, json.get(root, 'timezone'), '/timezone', options);
    this.builder = new ProgrammeBuilder(problems, zone);
    this.builder.event.title = options.title?.trim() || 'Programme';
    this.builder.event.defaultLanguage = defaultLanguage(root);
  }

  read(): ImportResult {
    const { root, problems, builder } = this;
    const locales = json.get(root, 'content_locales');
    if (Array.isArray(locales)) {
      locales.forEach((tag, index) => {
        builder.language(json.languageTag(problems, tag, at('/content_locales', index)));
      });
    }
    this.readDays();
    this.eachWithId('rooms', (id, name, room, path) => {
      this.rooms.set(id, name);
      builder.room(name.name, name.names);
      json.reportUnused(problems, room, path, ['id', 'name'], ['position', 'guid', 'uuid']);
    });
    this.eachWithId('tracks', (id, name, track, path) => {
      this.tracks.set(id, { ...name, color: json.color(problems, json.get(track, 'color'), at(path, 'color')) });
      json.reportUnused(problems, track, path, ['id', 'name', 'color'], ['position']);
    });
    json.eachRecord(this.problems, json.get(root, 'speakers'), '/speakers', (speaker, path) => {
      const code = json.str(json.get(speaker, 'code'));
      const name = json.line(json.get(speaker, 'name'));
      if (code === undefined || name === undefined) {
        problems.unusable(path, speaker, 'a speaker needs a "code" and a "name"');
        return;
      }
      this.speakers.set(code, {
        name,
        bio: json.longText(json.get(speaker, 'biography')),
        photo: json.photoUrl(problems, json.get(speaker, 'avatar') ?? json.get(speaker, 'avatar_thumbnail_default'), at(path, json.hasContent(json.get(speaker, 'avatar')) ? 'avatar' : 'avatar_thumbnail_default')),
      });
      json.reportUnused(
        problems,
        speaker,
        path,
        ['code', 'name', 'biography', 'avatar'],
        ['avatar_thumbnail_default', 'avatar_thumbnail_tiny', 'is_featured', 'featured_position', 'exporters'],
      );
    });
    (json.get(root, 'talks') as unknown[]).forEach((talk, index) => {
      this.talk(talk, at('/talks', index));
    });
    json.reportUnused(
      problems,
      root,
      '',
      ['talks', 'rooms', 'tracks', 'speakers', 'timezone', 'event_start', 'event_end', 'content_locales'],
      ['version', 'schedule_id', 'feature_flags'],
    );
    if (builder.dayCount === 0) problems.error('missing-field', '/talks', 'No talk has a start ("start"), and the export gives no event dates: there is no programme to import yet.');
    problems.check();
    return { programme: builder.build(), format: 'pretalx-widget', warnings: problems.warnings };
  }

  /** The event's days: every date from `event_start` to `event_end` (at most 60). */
  /** Each `{ "id", "name", … }` of the export's `rooms` or `tracks`, with its id and name; one without either is reported. */
  private eachWithId(list: 'rooms' | 'tracks', use: (id: string, name: Named, entry: json.JsonRecord, path: string) => void): void {
    json.eachRecord(this.problems, json.get(this.root, list), `/${list}`, (entry, path) => {
      const name = this.named(json.get(entry, 'name'), at(path, 'name'));
      const id = json.str(json.get(entry, 'id'));
      if (id === undefined || name === undefined) {
        this.problems.unusable(path, entry, `a ${list === 'rooms' ? 'room' : 'track'} needs an "id" and a "name"`);
        return;
      }
      use(id, name, entry, path);
    });
  }

  private readDays(): void {
    const first = json.str(json.get(this.root, 'event_start'))?.slice(0, 10);
    const last = json.str(json.get(this.root, 'event_end'))?.slice(0, 10) ?? first;
    if (first === undefined || !parseIsoDate(first) || last === undefined || !parseIsoDate(last)) {
      if (json.hasContent(json.get(this.root, 'event_start'))) this.problems.unusable('/event_start', json.get(this.root, 'event_start'), 'it is not a date such as "2025-03-04"');
      return;
    }
    let date = first;
    for (let count = 0; date <= last && count < 60; count++) {
      this.builder.day(date);
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      date = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
    }
  }

  private talk(value: unknown, path: string): void {
    const { problems, builder } = this;
    if (!json.isRecord(value)) {
      problems.invalidType(path, value, 'a talk (an object)');
      return;
    }
    const title = this.text(json.get(value, 'title'), at(path, 'title'), false);
    if (title === undefined) problems.invalidType(at(path, 'title'), json.get(value, 'title'), 'a title (a string, or texts by language)');
    const start = this.time(json.get(value, 'start'), at(path, 'start'), true);
    if (title === undefined || start === undefined) return;
    const shownTitle = typeof title === 'string' ? title : (Object.values(title)[0] ?? '');
    const state = json.str(json.get(value, 'state'));
    if (state !== undefined && NOT_HELD.includes(state.toLowerCase())) {
      problems.warn('not-imported', at(path, 'state'), `The talk ${quote(shownTitle)} is ${state}: it is not imported.`, { field: 'state', value: clip(state) });
      return;
    }
    const end = this.time(json.get(value, 'end'), at(path, 'end'), false);
    const minutes = json.get(value, 'duration');
    const code = json.str(json.get(value, 'code'));
    const slotType = json.str(json.get(value, 'slot_type'));
    const sessionType = this.named(json.get(value, 'session_type'), at(path, 'session_type'))?.name;
    let type: ItemType;
    let tag: string | undefined;
    if (code === undefined) {
      // A slot without a submission: a break, or a blocker (something else on the programme).
      type = slotType === 'blocker' ? 'other' : (typeOfTitle(shownTitle) ?? 'break');
    } else if (sessionType !== undefined) {
      ({ type, tag } = json.itemType(sessionType, 'talk'));
    } else type = 'talk';
    const room = this.lookup(this.rooms, json.get(value, 'room'), at(path, 'room'), 'room');
    const track = this.lookup(this.tracks, json.get(value, 'track'), at(path, 'track'), 'track');
    const language = json.languageTag(problems, json.get(value, 'content_locale'), at(path, 'content_locale'));
    const tags = json.get(value, 'tags');
    if (json.get(value, 'do_not_record') === true) problems.notImported(at(path, 'do_not_record'), 'do_not_record', true);
    builder.item({
      path,
      id: code ?? (json.str(json.get(value, 'id')) === undefined ? undefined : `slot-${json.str(json.get(value, 'id'))}`),
      idHint: shownTitle,
      type,
      start,
      end,
      endPath: at(path, 'end'),
      duration: typeof minutes === 'number' && minutes > 0 ? minutes * 60_000 : undefined,
      title,
      description: this.description(value, path),
      speakers: this.talkSpeakers(json.get(value, 'speakers'), at(path, 'speakers')),
      room: room?.name,
      track: track?.name,
      language,
      tags: [tag, ...(Array.isArray(tags) ? tags.map((entry) => json.line(entry)) : [json.line(tags)])],
    });
    if (room) builder.room(room.name, room.names);
    if (track) builder.track(track.name, track.color, track.names);
    json.reportUnused(
      problems,
      value,
      path,
      ['code', 'id', 'title', 'abstract', 'description', 'speakers', 'track', 'room', 'start', 'end', 'duration', 'content_locale', 'state', 'do_not_record', 'tags', 'session_type', 'slot_type'],
      IGNORED_TALK_FIELDS,
    );
  }

  /** The abstract and the description, as paragraphs (per language when they are keyed by language). */
  private description(talk: json.JsonRecord, path: string): DraftText | undefined {
    const abstract = this.text(json.get(talk, 'abstract'), at(path, 'abstract'), true);
    const description = this.text(json.get(talk, 'description'), at(path, 'description'), true);
    if (abstract === undefined || description === undefined) return abstract ?? description;
    if (typeof abstract === 'string' && typeof description === 'string') return json.paragraphs(abstract, description);
    const asRecord = (text: DraftText) => (typeof text === 'string' ? { [this.builder.event.defaultLanguage ?? '']: text } : text);
    const a = asRecord(abstract);
    const d = asRecord(description);
    const result: Record<string, string> = {};
    for (const lang of new Set([...Object.keys(a), ...Object.keys(d)])) {
      const joined = json.paragraphs(a[lang], d[lang]);
      if (joined !== undefined) result[lang] = joined;
    }
    return result;
  }

  /** A text: a string, or an object keyed by language (entries that are not tags are reported). */
  private text(value: unknown, path: string, long: boolean): DraftText | undefined {
    const read = long ? json.longText : json.line;
    if (!json.isRecord(value)) return read(value);
    const result: Record<string, string> = {};
    for (const [key, entry] of Object.entries(value)) {
      const text = read(entry);
      if (text === undefined) continue;
      const tag = json.languageTag(this.problems, key, at(path, key));
      if (tag !== undefined) result[tag] = text;
    }
    const keys = Object.keys(result);
    if (keys.length === 0) return undefined;
    return keys.length === 1 && keys[0] === this.builder.event.defaultLanguage ? result[keys[0] ?? ''] : result;
  }

  /** A name that may be keyed by language: the first for ids and keys, all of them for the programme. */
  private named(value: unknown, path: string): Named | undefined {
    const text = this.text(value, path, false);
    if (text === undefined) return undefined;
    if (typeof text === 'string') return { name: text };
    return { name: Object.values(text)[0] ?? '', names: text };
  }

  private lookup<T>(map: ReadonlyMap<string, T>, id: unknown, path: string, what: string): T | undefined {
    const key = json.str(id);
    if (key === undefined) return undefined;
    const found = map.get(key);
    if (found === undefined) this.problems.unusable(path, id, `no ${what} has this id`);
    return found;
  }

  /** A date-time with an offset, as a programme time in the event's zone. */
  private time(value: unknown, path: string, required: boolean): TimePoint | undefined {
    if (!json.hasContent(value)) {
      if (required) this.problems.invalidType(path, value, 'a date-time with an offset, such as "2025-03-04T09:30:00+01:00"');
      return undefined;
    }
    const parsed = absoluteTime(value, this.builder.timeZone);
    if (parsed) return pointAt(parsed.instant, this.builder.timeZone);
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    if (required) {
      this.problems.error('invalid-time', path, `${quote(shown)} is not a date-time with an offset, such as "2025-03-04T09:30:00+01:00".`, { value: clip(shown) });
    } else this.problems.unusable(path, value, 'it is not a date-time with an offset');
    return undefined;
  }

  private talkSpeakers(value: unknown, path: string): string[] {
    return speakerReferences(this.problems, this.builder, this.speakers, value, path, 'code');
  }

}
