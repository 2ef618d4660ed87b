/**
 * Importer for Pentabarf/frab schedule XML (FOSDEM, frab, pretalx `schedule.xml`):
 *
 *     <schedule>
 *       <conference> <acronym/> <title/> <subtitle/> <venue/> <city/> <time_zone_name/>
 *                    <day_change/> … </conference>
 *       <day index="1" date="2010-02-06" start="…" end="…">
 *         <room name="Janson">            (FOSDEM 2010 has its events directly under <day>)
 *           <event id="20" guid="…"> <date/> <start/> <duration/> <room/> <title/> <subtitle/>
 *             <track/> <type/> <language/> <abstract/> <description/> <url/>
 *             <persons><person id="201">Name</person></persons>
 *             <links><link href="…">Title</link></links> <attachments/> </event>
 *
 * Its own module, with the XML reader: nothing else imports it, so bundles of
 * pages that read JSON only never contain it. Problem paths are XPaths into
 * the source, e.g. `/schedule/day[1]/room[2]/event[3]/start`.
 */
import { ProgrammeBuilder } from './builder.js';
import { openText, type Problems, type ImportOptions, type ImportResult } from './problems.js';
import { absoluteTime, clockDuration, localTime, nextDate, type TimePoint } from './times.js';
import {
  cancelledTitle,
  chooseTimeZone,
  color,
  itemStatus,
  itemType,
  languageTag,
  line,
  link,
  longText,
  paragraphs,
} from './source-values.js';
import { clip, quote } from '../values.js';
import { parseXml, XmlSyntaxError, type XmlElement } from './xml.js';
import { parseIsoDate, parseLocalTime } from '../time.js';
import type { LinkInput } from '../types.js';

/** Elements that repeat among their siblings: their paths carry a position. */
const REPEATED = new Set(['day', 'room', 'event', 'person', 'link', 'attachment', 'track']);
const IGNORED_CONFERENCE = ['start', 'end', 'days', 'day_change', 'timeslot_duration', 'release'];
const USED_CONFERENCE = ['acronym', 'title', 'subtitle', 'venue', 'city', 'time_zone_name', 'url', 'base_url', 'track', 'tracks'];
const USED_EVENT = [
  'date', 'start', 'end', 'duration', 'room', 'title', 'subtitle', 'track', 'type', 'language', 'abstract',
  'description', 'persons', 'links', 'attachments', 'url', 'feedback_url', 'state', 'status',
];
const IGNORED_EVENT = ['slug'];

/** Reads Pentabarf/frab schedule XML (text). */
export function importPentabarfXml(input: unknown, options: ImportOptions = {}): ImportResult {
  const { problems, text } = openText('pentabarf-xml', input, options, 'XML text (a string)');
  let root: XmlElement | undefined;
  try {
    root = parseXml(text.replace(/^\uFEFF/, ''), options.domParser);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    problems.error('invalid-xml', '', `The source is not well-formed XML: ${error.message}.`, { reason: clip(error.message) });
    problems.check();
  }
  const schedule = root as XmlElement;
  if (schedule.name !== 'schedule') {
    problems.error('invalid-type', `/${schedule.name}`, `Expected a <schedule> root element, got <${clip(schedule.name, 40)}>.`, {
      expected: 'schedule',
      actual: clip(schedule.name),
    });
  }
  const conference = child(schedule, 'conference');
  if (!conference) problems.invalidType('/schedule/conference', undefined, 'a <conference> element');
  problems.check();
  return new PentabarfReader(problems, schedule, conference as XmlElement, options).read();
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

/** The trimmed text of a child element; `undefined` when absent or empty. */
function childText(element: XmlElement, name: string): string | undefined {
  const text = child(element, name)?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** True when an element holds something: text other than `false`, or such children. */
function hasContent(element: XmlElement): boolean {
  if (element.children.length > 0) return element.children.some(hasContent);
  const text = element.text.trim();
  return text !== '' && text !== 'false';
}

/** Paths of an element's children: `/schedule/day[2]`, `/schedule/conference`. */
function childPaths(parent: string, element: XmlElement): Map<XmlElement, string> {
  const counts = new Map<string, number>();
  const paths = new Map<XmlElement, string>();
  for (const entry of element.children) {
    const position = (counts.get(entry.name) ?? 0) + 1;
    counts.set(entry.name, position);
    paths.set(entry, REPEATED.has(entry.name) ? `${parent}/${entry.name}[${position}]` : `${parent}/${entry.name}`);
  }
  return paths;
}

class PentabarfReader {
  private readonly builder: ProgrammeBuilder;
  private readonly trackColors = new Map<string, string>();
  /** Local times before this one belong to the next calendar date. */
  private readonly dayChange: string | undefined;
  /** The conference's `base_url`: relative link URLs are resolved against it. */
  private readonly base: string | undefined;

  constructor(
    private readonly problems: Problems,
    private readonly schedule: XmlElement,
    private readonly conference: XmlElement,
    options: ImportOptions,
  ) {
    const zone = chooseTimeZone(problems, childText(conference, 'time_zone_name'), '/schedule/conference/time_zone_name', options);
    this.builder = new ProgrammeBuilder(problems, zone);
    const dayChange = childText(conference, 'day_change');
    this.dayChange = dayChange !== undefined && parseLocalTime(dayChange) ? dayChange : undefined;
    const base = childText(conference, 'base_url');
    this.base = base !== undefined && /^https?:\/\//i.test(base) ? base : undefined;
  }

  read(): ImportResult {
    const { problems, builder, conference, schedule } = this;
    const path = '/schedule/conference';
    const title = childText(conference, 'title');
    builder.event.title = title === undefined ? undefined : line(title);
    if (builder.event.title === undefined) problems.invalidType(`${path}/title`, undefined, 'a <title> (not empty)');
    builder.event.id = childText(conference, 'acronym');
    builder.event.subtitle = line(childText(conference, 'subtitle'));
    const venue = line(childText(conference, 'venue'));
    const city = line(childText(conference, 'city'));
    if (venue !== undefined || city !== undefined) {
      builder.event.location = city === undefined || venue === undefined ? { name: venue ?? city ?? '' } : { name: venue, address: city };
    }
    const url = childText(conference, 'url') !== undefined ? 'url' : 'base_url';
    builder.event.url = link(problems, childText(conference, url), undefined, `${path}/${url}`)?.url;
    const conferencePaths = childPaths(path, conference);
    for (const entry of conference.children) {
      const entryPath = conferencePaths.get(entry) ?? path;
      if (entry.name === 'track') this.track(entry, entryPath);
      else if (entry.name === 'tracks') {
        const trackPaths = childPaths(entryPath, entry);
        for (const track of entry.children) this.track(track, trackPaths.get(track) ?? entryPath);
      } else if (!USED_CONFERENCE.includes(entry.name) && !IGNORED_CONFERENCE.includes(entry.name) && hasContent(entry)) {
        problems.notImported(entryPath, entry.name, entry.text.trim());
      }
    }
    const schedulePaths = childPaths('/schedule', schedule);
    let days = 0;
    for (const entry of schedule.children) {
      const entryPath = schedulePaths.get(entry) ?? '/schedule';
      if (entry.name === 'day') {
        days++;
        this.day(entry, entryPath);
      } else if (entry.name !== 'conference' && entry.name !== 'version' && hasContent(entry)) {
        problems.notImported(entryPath, entry.name, entry.text.trim());
      }
    }
    if (days === 0) problems.invalidType('/schedule/day', undefined, 'at least one <day> element');
    problems.check();
    return { programme: builder.build(), format: 'pentabarf-xml', warnings: problems.warnings };
  }

  private track(element: XmlElement, path: string): void {
    const name = line(element.attribute('name') ?? element.text);
    if (name === undefined) return;
    const trackColor = color(this.problems, element.attribute('color'), `${path}/@color`);
    if (trackColor) this.trackColors.set(name, trackColor);
    this.builder.track(name, trackColor);
  }

  private day(element: XmlElement, path: string): void {
    const date = element.attribute('date')?.trim();
    if (date === undefined || !parseIsoDate(date)) {
      if (date === undefined) this.problems.invalidType(`${path}/@date`, undefined, 'a date attribute (YYYY-MM-DD)');
      else this.problems.error('invalid-date', `${path}/@date`, `${quote(date)} is not a valid date: expected YYYY-MM-DD.`, { value: clip(date) });
      return;
    }
    this.builder.day(date);
    const dayStart = absoluteTime(element.attribute('start'), this.builder.timeZone);
    const paths = childPaths(path, element);
    for (const entry of element.children) {
      const entryPath = paths.get(entry) ?? path;
      if (entry.name === 'event') {
        this.event(entry, entryPath, date, undefined, dayStart);
      } else if (entry.name === 'room') {
        const room = line(entry.attribute('name'));
        if (room !== undefined) this.builder.room(room);
        const eventPaths = childPaths(entryPath, entry);
        for (const event of entry.children) {
          if (event.name === 'event') this.event(event, eventPaths.get(event) ?? entryPath, date, room, dayStart);
          else if (hasContent(event)) this.problems.notImported(eventPaths.get(event) ?? entryPath, event.name, event.text.trim());
        }
      } else if (hasContent(entry)) {
        this.problems.notImported(entryPath, entry.name, entry.text.trim());
      }
    }
  }

  private event(element: XmlElement, path: string, date: string, roomName: string | undefined, dayStart: TimePoint | undefined): void {
    const { problems, builder } = this;
    const given = line(childText(element, 'title'));
    if (given === undefined) problems.invalidType(`${path}/title`, undefined, 'a <title> (not empty)');
    const start = this.start(element, path, date, dayStart);
    if (given === undefined || start === undefined) return;
    const { title, cancelled } = cancelledTitle(given);
    const state = childText(element, 'state') ?? childText(element, 'status');
    const status = cancelled ? 'cancelled' : itemStatus(state);
    if (state !== undefined && state.trim() !== '' && status === undefined && !cancelled) {
      problems.unusable(`${path}/${childText(element, 'state') === undefined ? 'status' : 'state'}`, state, 'the status of an item must be confirmed, tentative, moved or cancelled');
    }
    const endText = childText(element, 'end');
    const end = endText === undefined ? undefined : (absoluteTime(endText, builder.timeZone) ?? localTime(start.date, endText, builder.timeZone));
    if (endText !== undefined && !end) problems.unusable(`${path}/end`, endText, 'an end must be HH:MM or a date-time with offset');
    const durationText = childText(element, 'duration');
    const duration = clockDuration(durationText);
    if (durationText !== undefined && !duration) {
      problems.unusable(`${path}/duration`, durationText, duration === 0 ? 'a duration must be longer than zero' : 'a duration must be written "HH:MM"');
    }
    const { type, tag } = itemType(childText(element, 'type'), 'talk');
    const track = line(childText(element, 'track'));
    if (track !== undefined) builder.track(track, this.trackColors.get(track));
    const links: (LinkInput | undefined)[] = [];
    const url = childText(element, 'url');
    if (url !== undefined) links.push(link(problems, url, undefined, `${path}/url`, this.base));
    links.push(...this.links(element, 'links', path), ...this.links(element, 'attachments', path));
    const feedback = childText(element, 'feedback_url');
    if (feedback !== undefined) links.push(link(problems, feedback, 'Feedback', `${path}/feedback_url`, this.base));
    builder.item({
      path,
      id: element.attribute('id')?.trim() || element.attribute('guid')?.trim() || undefined,
      type,
      start,
      end,
      endPath: `${path}/end`,
      duration,
      title,
      subtitle: line(childText(element, 'subtitle')),
      description: paragraphs(longText(childText(element, 'abstract')), longText(childText(element, 'description'))),
      speakers: this.persons(element, path),
      room: line(childText(element, 'room')) ?? roomName,
      track,
      language: languageTag(problems, childText(element, 'language'), `${path}/language`),
      tags: [tag],
      links,
      status,
    });
    const paths = childPaths(path, element);
    for (const entry of element.children) {
      if (!USED_EVENT.includes(entry.name) && !IGNORED_EVENT.includes(entry.name) && hasContent(entry)) {
        problems.notImported(paths.get(entry) ?? path, entry.name, entry.text.trim());
      }
    }
  }

  /** `<date>` with offset, else `<start>` on the day (the next date when before the day's start). */
  private start(element: XmlElement, path: string, date: string, dayStart: TimePoint | undefined): TimePoint | undefined {
    const zone = this.builder.timeZone;
    const absolute = absoluteTime(childText(element, 'date'), zone);
    if (absolute) return absolute;
    const startText = childText(element, 'start');
    let local = localTime(date, startText, zone);
    if (local && startText !== undefined) {
      const afterMidnight = dayStart?.local === false ? local.instant < dayStart.instant : this.dayChange !== undefined && local.text < this.dayChange.slice(0, local.text.length);
      if (afterMidnight) local = localTime(nextDate(date), startText, zone);
    }
    if (local) return local;
    if (startText === undefined) this.problems.invalidType(`${path}/start`, undefined, 'a <start> (HH:MM)');
    else {
      this.problems.error('invalid-time', `${path}/start`, `${quote(startText)} is not a valid start: expected HH:MM, or a <date> with offset.`, {
        value: clip(startText),
      });
    }
    return undefined;
  }

  private persons(element: XmlElement, path: string): string[] {
    const persons = child(element, 'persons');
    if (!persons) return [];
    const paths = childPaths(`${path}/persons`, persons);
    const keys: string[] = [];
    for (const person of persons.children) {
      const personPath = paths.get(person) ?? path;
      const name = line(person.text);
      if (person.name !== 'person' || name === undefined) {
        if (hasContent(person)) this.problems.unusable(personPath, person.text.trim(), 'expected <person id="…">name</person>');
        continue;
      }
      const id = person.attribute('guid')?.trim() || person.attribute('id')?.trim();
      keys.push(this.builder.speaker(id ? `id:${id}` : `name:${name}`, { name }, personPath));
    }
    return keys;
  }

  private links(element: XmlElement, container: string, path: string): (LinkInput | undefined)[] {
    const list = child(element, container);
    if (!list) return [];
    const paths = childPaths(`${path}/${container}`, list);
    return list.children.map((entry) => {
      const entryPath = paths.get(entry) ?? path;
      const href = entry.attribute('href');
      if (href !== undefined) return link(this.problems, href, entry.text, `${entryPath}/@href`, this.base);
      if (hasContent(entry)) this.problems.unusable(entryPath, entry.text.trim(), 'a link needs an href attribute');
      return undefined;
    });
  }
}
