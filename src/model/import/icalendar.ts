/**
 * Importer for iCalendar (`.ics`, RFC 5545): each VEVENT with a time is an
 * item; an all-day VEVENT adds its days to the programme's days.
 *
 * - Times: UTC (`…Z`), with a TZID that is an IANA name or is defined by a
 *   VTIMEZONE in the file (Outlook's `W. Europe Standard Time`), or floating
 *   (read in the calendar's `X-WR-TIMEZONE`, else the `timeZone` option).
 *   The programme's zone is the calendar's `X-WR-TIMEZONE`, else the zone of
 *   most events, else the option's, else UTC (with a warning).
 * - Lines may be folded; text values are unescaped; HTML in a description
 *   (some calendar apps write it) is turned into plain text.
 * - RRULE: DAILY, WEEKLY, MONTHLY, YEARLY with INTERVAL, COUNT or UNTIL,
 *   BYDAY, BYMONTHDAY, BYMONTH; with EXDATE, RDATE, and RECURRENCE-ID for a
 *   changed occurrence. Anything else is an `unsupported-feature` error
 *   naming the rule part; so is a rule that repeats forever.
 * - SUMMARY → title; DESCRIPTION → description; LOCATION → room; URL and
 *   ATTACH (a URL) → links; CATEGORIES → the item type when one is a type
 *   word, the rest tags; LANGUAGE of SUMMARY → the item's language.
 *   Cancelled and private events are not imported (a warning says so).
 *   Attendees and organisers are people's addresses, not speakers: they are
 *   reported, never published.
 *
 * Paths are `/VCALENDAR/VEVENT[3]/DTSTART`, and messages name the line.
 */
import { ImportError, openText, type Problems, type ImportOptions, type ImportResult } from './problems.js';
import { ProgrammeBuilder } from './builder.js';
import { chooseTimeZone, languageTag, link } from './source-values.js';
import { clip, quote } from '../values.js';
import { nextDate, type TimePoint } from './times.js';
import { parseIcal, parseIcalDateTime, prop, textList, unescapeText, type IcalComponent, type IcalDateTime, type IcalProperty } from './ical-parse.js';
import { expandRule, parseRule } from './ical-recur.js';
import { ianaName, ianaResolver, matchingIanaZone, vtimezoneResolver, wallOf, type ZoneResolver } from './ical-zones.js';
import { pointAt } from './instants.js';
import { typeOfTitle, typeOfWords } from './type-words.js';
import { toPlainText } from './markup.js';
import { parseDuration } from '../time.js';
import type { ItemType, LinkInput } from '../types.js';

/** Occurrences of one recurring event at most. */
export const MAX_OCCURRENCES = 1000;
/** Events read at most. */
export const MAX_EVENTS = 20_000;

/** Properties left out without a warning: identifiers, sequencing, scheduling hints for calendar apps. */
const IGNORED = new Set([
  'UID', 'DTSTAMP', 'CREATED', 'LAST-MODIFIED', 'SEQUENCE', 'TRANSP', 'PRIORITY', 'CLASS', 'STATUS',
  'X-ALT-DESC', 'X-MICROSOFT-CDO-BUSYSTATUS', 'X-MICROSOFT-CDO-INTENDEDSTATUS', 'X-MICROSOFT-CDO-ALLDAYEVENT',
  'X-MICROSOFT-CDO-IMPORTANCE', 'X-MICROSOFT-CDO-INSTTYPE', 'X-MICROSOFT-DISALLOW-COUNTER', 'X-MICROSOFT-DONOTFORWARDMEETING',
  'X-MICROSOFT-CDO-APPT-SEQUENCE', 'X-MICROSOFT-CDO-OWNERAPPTID', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR', 'X-GOOGLE-CONFERENCE',
]);
/** Properties an event's item is made of. */
const USED = new Set([
  'DTSTART', 'DTEND', 'DURATION', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'ATTACH', 'CATEGORIES',
  'RRULE', 'RDATE', 'EXDATE', 'RECURRENCE-ID',
]);

interface EventTime {
  wall: number;
  resolver: ZoneResolver;
  /** A date without a time. */
  allDay: boolean;
}

/** Reads an iCalendar file (text). */
export function importICalendar(input: unknown, options: ImportOptions = {}): ImportResult {
  const { problems, text } = openText('icalendar', input, options, 'iCalendar text');
  const { components, errors } = parseIcal(text);
  for (const error of errors) problems.error('invalid-ics', `line ${error.line}`, error.message, { line: error.line });
  const calendar = components.find((component) => component.name === 'VCALENDAR');
  if (!calendar) problems.error('invalid-ics', '', 'This is not an iCalendar file: there is no BEGIN:VCALENDAR.');
  problems.check();
  return new CalendarReader(problems, calendar as IcalComponent, options).read();
}

class CalendarReader {
  private readonly builder: ProgrammeBuilder;
  private readonly zones = new Map<string, ZoneResolver>();
  private readonly vtimezones = new Map<string, IcalComponent>();
  /** The calendar's zone for floating times. */
  private readonly floating: ZoneResolver;
  private readonly unreported = new Map<string, { path: string; line: number; count: number }>();
  private readonly language: string | undefined;

  constructor(
    private readonly problems: Problems,
    private readonly calendar: IcalComponent,
    private readonly options: ImportOptions,
  ) {
    const events = calendar.components.filter((component) => component.name === 'VEVENT');
    if (events.length > MAX_EVENTS) {
      throw new ImportError([{ code: 'invalid-ics', path: '', message: `The calendar has ${events.length} events: at most ${MAX_EVENTS} are read.`, params: { value: events.length } }], [], 'icalendar');
    }
    for (const component of calendar.components.filter((child) => child.name === 'VTIMEZONE')) {
      const tzid = prop(component, 'TZID')?.value.trim();
      if (tzid) this.vtimezones.set(tzid, component);
    }
    const calendarZone = prop(calendar, 'X-WR-TIMEZONE');
    const named = calendarZone ? ianaName(unescapeText(calendarZone.value)) : undefined;
    if (calendarZone && !named) problems.unusable(`${calendar.path}/X-WR-TIMEZONE`, calendarZone.value, 'it is not a known IANA time zone');
    const zone = named ?? this.commonZone(events) ?? chooseTimeZone(problems, undefined, calendar.path, options);
    this.builder = new ProgrammeBuilder(problems, zone);
    this.floating = ianaResolver(named ?? options.timeZone ?? zone);
    const title = prop(calendar, 'X-WR-CALNAME') ?? prop(calendar, 'NAME');
    this.builder.event.title = (title && unescapeText(title.value).trim()) || options.title?.trim() || 'Programme';
    const description = prop(calendar, 'X-WR-CALDESC') ?? prop(calendar, 'DESCRIPTION');
    if (description) this.builder.event.description = plain(unescapeText(description.value));
    this.language = options.language === undefined ? undefined : languageTag(problems, options.language, '');
    this.builder.language(this.language);
  }

  read(): ImportResult {
    const { calendar, problems, builder } = this;
    const events = calendar.components.filter((component) => component.name === 'VEVENT');
    // Changed occurrences of recurring events: by UID, the instants they replace.
    const overrides = new Map<string, Set<number>>();
    for (const event of events) {
      const recurrence = prop(event, 'RECURRENCE-ID');
      const uid = prop(event, 'UID')?.value.trim();
      if (!recurrence || !uid) continue;
      const time = this.time(event, recurrence);
      if (time) overrides.set(uid, new Set([...(overrides.get(uid) ?? []), time.resolver.toInstant(time.wall)]));
    }
    for (const event of events) this.event(event, overrides);
    for (const child of calendar.components) {
      if (child.name === 'VEVENT' || child.name === 'VTIMEZONE') continue;
      this.unknown(child.path, child.name, child.line);
    }
    for (const property of calendar.properties) {
      if (['VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME', 'NAME', 'X-WR-TIMEZONE', 'X-WR-CALDESC', 'DESCRIPTION', 'X-WR-RELCALID', 'X-PUBLISHED-TTL', 'REFRESH-INTERVAL', 'SOURCE'].includes(property.name)) continue;
      this.unknown(`${calendar.path}/${property.name}`, property.name, property.line);
    }
    for (const [name, { path, line, count }] of this.unreported) {
      problems.warn(
        'not-imported',
        path,
        `${name} (line ${line}${count > 1 ? ` and ${count - 1} more` : ''}) is not imported: the programme format has no place for it.`,
        { field: clip(name), value: count, line },
      );
    }
    if (builder.dayCount === 0 && problems.errors.length === 0) problems.error('missing-field', calendar.path, 'The calendar has no event with a date: there is no programme to import yet.');
    problems.check();
    return { programme: builder.build(), format: 'icalendar', warnings: problems.warnings };
  }

  private event(event: IcalComponent, overrides: ReadonlyMap<string, Set<number>>): void {
    const { problems, builder } = this;
    const startProperty = prop(event, 'DTSTART');
    if (!startProperty) {
      problems.error('missing-field', `${event.path}/DTSTART`, `The event on line ${event.line} has no start (DTSTART).`, { line: event.line });
      return;
    }
    const start = this.time(event, startProperty);
    if (!start) return;
    const summary = prop(event, 'SUMMARY');
    const title = summary ? unescapeText(summary.value).replace(/\s+/g, ' ').trim() : '';
    const status = prop(event, 'STATUS')?.value.trim().toUpperCase();
    const privacy = prop(event, 'CLASS')?.value.trim().toUpperCase();
    if (status === 'CANCELLED' || privacy === 'PRIVATE' || privacy === 'CONFIDENTIAL') {
      const why = status === 'CANCELLED' ? 'cancelled' : 'private';
      problems.warn('not-imported', event.path, `The event ${quote(title || `on line ${event.line}`)} (line ${event.line}) is ${why}: it is not imported.`, {
        field: status === 'CANCELLED' ? 'STATUS' : 'CLASS',
        value: clip(title),
        line: event.line,
      });
      return;
    }
    if (start.allDay) {
      this.allDay(event, start, title);
      return;
    }
    if (title === '') {
      problems.error('missing-field', `${event.path}/SUMMARY`, `The event on line ${event.line} has no title (SUMMARY).`, { line: event.line });
      return;
    }
    const length = this.length(event, start);
    const occurrences = this.occurrences(event, start, overrides);
    if (occurrences === undefined) return;
    const language = summary?.params.LANGUAGE ? languageTag(problems, summary.params.LANGUAGE, `${event.path}/SUMMARY`) : undefined;
    const categories = this.categories(event);
    const type = categories.type ?? typeOfTitle(title) ?? 'other';
    const { tags } = categories;
    const description = prop(event, 'DESCRIPTION');
    const location = prop(event, 'LOCATION');
    const uid = prop(event, 'UID')?.value.trim();
    const zone = builder.timeZone;
    for (const instant of occurrences) {
      const point: TimePoint = pointAt(instant, zone);
      const end = length === undefined ? undefined : pointAt(instant + length, zone);
      builder.item({
        path: event.path,
        id: occurrences.length === 1 && uid && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(uid) && uid.length <= 80 ? uid : undefined,
        idHint: occurrences.length === 1 ? title : `${title} ${point.date}`,
        type,
        start: point,
        end,
        endPath: `${event.path}/${prop(event, 'DTEND') ? 'DTEND' : 'DURATION'}`,
        title,
        description: description ? plain(unescapeText(description.value)) : undefined,
        room: location ? unescapeText(location.value).replace(/\s+/g, ' ').trim() || undefined : undefined,
        language: language ?? this.language,
        tags,
        links: this.links(event),
      });
    }
    for (const property of event.properties) {
      if (USED.has(property.name) || IGNORED.has(property.name)) continue;
      this.unknown(`${event.path}/${property.name}`, property.name, property.line);
    }
    for (const child of event.components) {
      // Alarms are each attendee's reminders, not the programme's.
      if (child.name !== 'VALARM') this.unknown(child.path, child.name, child.line);
    }
  }

  /** An all-day event: its days are the programme's (DTEND is the day after the last). */
  private allDay(event: IcalComponent, start: EventTime, title: string): void {
    const first = new Date(start.wall).toISOString().slice(0, 10);
    const endProperty = prop(event, 'DTEND');
    const end = endProperty ? parseIcalDateTime(endProperty.value) : undefined;
    const last = end && !end.time && end.date > first ? end.date : nextDate(first);
    let days = 0;
    for (let date = first; date < last && days < 366; date = nextDate(date), days++) this.builder.day(date);
    this.problems.warn(
      'not-imported',
      event.path,
      `The all-day event ${quote(title || `on line ${event.line}`)} (line ${event.line}) is not an item (items have times): its ${days === 1 ? 'day is' : `${days} days are`} added to the programme's days.`,
      { field: 'DTSTART', value: clip(title), line: event.line },
    );
  }

  /** The length of an event from DTEND or DURATION; `undefined` for an event without one. */
  private length(event: IcalComponent, start: EventTime): number | undefined {
    const startInstant = start.resolver.toInstant(start.wall);
    const endProperty = prop(event, 'DTEND');
    if (endProperty) {
      const end = this.time(event, endProperty);
      if (!end) return undefined;
      const length = end.resolver.toInstant(end.wall) - startInstant;
      if (length > 0) return length;
      this.problems.unusable(`${event.path}/DTEND`, endProperty.value, `the end (line ${endProperty.line}) is not after the start`);
      return undefined;
    }
    const duration = prop(event, 'DURATION');
    if (!duration) return undefined;
    const milliseconds = parseDuration(duration.value.trim());
    if (milliseconds !== undefined && milliseconds > 0) return milliseconds;
    this.problems.unusable(`${event.path}/DURATION`, duration.value, `it is not a duration such as "PT45M" (line ${duration.line})`);
    return undefined;
  }

  /** The start instants of an event: one, or its recurrences (RRULE, RDATE, less EXDATE and changed ones). */
  private occurrences(event: IcalComponent, start: EventTime, overrides: ReadonlyMap<string, Set<number>>): number[] | undefined {
    const first = start.resolver.toInstant(start.wall);
    const rrule = prop(event, 'RRULE');
    const rdates = event.properties.filter((property) => property.name === 'RDATE');
    if (!rrule && rdates.length === 0) return [first];
    if (prop(event, 'RECURRENCE-ID')) return [first];
    const walls = [start.wall];
    if (rrule) {
      const rule = parseRule(rrule.value);
      const path = `${event.path}/RRULE`;
      if ('unsupported' in rule) {
        this.problems.error('unsupported-feature', path, `The repeat rule on line ${rrule.line} uses ${rule.unsupported}, which is not supported. Supported: FREQ DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL, COUNT or UNTIL, BYDAY, BYMONTHDAY, BYMONTH.`, {
          value: clip(rrule.value),
          line: rrule.line,
        });
        return undefined;
      }
      if (rule.count === undefined && rule.until === undefined) {
        this.problems.error('unsupported-feature', path, `The event on line ${event.line} repeats forever (RRULE without COUNT or UNTIL): a programme needs its dates. Give the rule a COUNT or an UNTIL.`, {
          value: clip(rrule.value),
          line: rrule.line,
        });
        return undefined;
      }
      let until: number | undefined;
      if (rule.until !== undefined) {
        const value = parseIcalDateTime(rule.until);
        if (!value) {
          this.problems.error('invalid-ics', path, `UNTIL=${rule.until} on line ${rrule.line} is not a date or date-time.`, { value: clip(rule.until), line: rrule.line });
          return undefined;
        }
        // UNTIL in UTC compares as an instant; a date or local time on the wall clock.
        until = value.utc ? wallAtInstant(start.resolver, wallOf(value.date, value.time ?? '00:00:00')) : wallOf(value.date, value.time ?? '23:59:59');
      }
      const walls2 = expandRule(rule, start.wall, until, MAX_OCCURRENCES + 1);
      if (walls2.length > MAX_OCCURRENCES) {
        this.problems.error('unsupported-feature', path, `The event on line ${event.line} repeats more than ${MAX_OCCURRENCES} times.`, { value: clip(rrule.value), line: rrule.line });
        return undefined;
      }
      walls.push(...walls2);
    }
    for (const rdate of rdates) {
      for (const value of rdate.value.split(',')) {
        const parsed = this.time(event, { ...rdate, value });
        if (parsed) walls.push(parsed.wall);
      }
    }
    const excluded = new Set<number>();
    for (const exdate of event.properties.filter((property) => property.name === 'EXDATE')) {
      for (const value of exdate.value.split(',')) {
        const parsed = this.time(event, { ...exdate, value });
        if (parsed) excluded.add(parsed.resolver.toInstant(parsed.wall));
      }
    }
    const replaced = overrides.get(prop(event, 'UID')?.value.trim() ?? '') ?? new Set<number>();
    const instants = [...new Set(walls.map((wall) => start.resolver.toInstant(wall)))].sort((a, b) => a - b);
    return instants.filter((instant) => !excluded.has(instant) && !replaced.has(instant));
  }

  /** The item type from CATEGORIES (the first that is a type word), the others as tags. */
  private categories(event: IcalComponent): { type: ItemType | undefined; tags: string[] } {
    const values = event.properties.filter((property) => property.name === 'CATEGORIES').flatMap((property) => textList(property.value));
    let type: ItemType | undefined;
    const tags: string[] = [];
    for (const value of values) {
      const mapped = typeOfWords(value);
      if (type === undefined && mapped.type !== 'other') {
        type = mapped.type;
        if (mapped.tag !== undefined) tags.push(value);
      } else tags.push(value);
    }
    return { type, tags };
  }

  private links(event: IcalComponent): (LinkInput | undefined)[] {
    return event.properties
      .filter((property) => property.name === 'URL' || (property.name === 'ATTACH' && property.params.VALUE !== 'BINARY' && property.params.ENCODING === undefined))
      .map((property) => link(this.problems, property.value.trim(), property.params.FILENAME ?? property.params['X-FILENAME'], `${event.path}/${property.name}`));
  }

  /** A DTSTART, DTEND, RDATE… value with its zone; errors are reported. */
  private time(event: IcalComponent, property: IcalProperty): EventTime | undefined {
    const path = `${event.path}/${property.name}`;
    const parsed = parseIcalDateTime(property.value);
    if (!parsed || (property.params.VALUE === 'DATE' && parsed.time !== undefined)) {
      this.problems.error(
        property.params.VALUE === 'DATE' || property.value.trim().length === 8 ? 'invalid-date' : 'invalid-time',
        path,
        `${property.name} on line ${property.line} is ${quote(property.value)}: expected a date-time such as "20250304T093000", "20250304T083000Z" or a date "20250304".`,
        { value: clip(property.value), line: property.line },
      );
      return undefined;
    }
    if (!validDate(parsed)) {
      this.problems.error('invalid-date', path, `${property.name} on line ${property.line}: ${quote(property.value)} is not a real date.`, { value: clip(property.value), line: property.line });
      return undefined;
    }
    const wall = wallOf(parsed.date, parsed.time ?? '00:00:00');
    if (parsed.time === undefined) return { wall, resolver: this.floating, allDay: true };
    if (parsed.utc) return { wall, resolver: ianaResolver('UTC'), allDay: false };
    const tzid = property.params.TZID;
    if (tzid === undefined) return { wall, resolver: this.floating, allDay: false };
    const resolver = this.zone(tzid, path, property.line);
    return resolver ? { wall, resolver, allDay: false } : undefined;
  }

  /** The resolver of a TZID (IANA, else its VTIMEZONE); an error when neither. */
  private zone(tzid: string, path: string, line: number): ZoneResolver | undefined {
    const known = this.zones.get(tzid);
    if (known) return known;
    const iana = ianaName(tzid);
    let resolver: ZoneResolver | undefined;
    if (iana) resolver = ianaResolver(iana);
    else {
      const vtimezone = this.vtimezones.get(tzid);
      if (!vtimezone) {
        this.problems.error('invalid-time-zone', path, `The time zone ${quote(tzid)} (line ${line}) is not an IANA name and the file has no VTIMEZONE for it.`, { value: clip(tzid), line });
        return undefined;
      }
      const years = this.years();
      const built = vtimezoneResolver(vtimezone, years[0], years[1]);
      if ('problem' in built) {
        this.problems.error('unsupported-feature', vtimezone.path, `The time zone ${quote(tzid)} (line ${vtimezone.line}) cannot be read: ${built.problem}.`, { value: clip(tzid), line: vtimezone.line });
        return undefined;
      }
      resolver = built;
    }
    this.zones.set(tzid, resolver);
    return resolver;
  }

  /** The first and last years of the calendar's events, for VTIMEZONE rules. */
  private years(): [number, number] {
    const years = this.calendar.components
      .filter((component) => component.name === 'VEVENT')
      .flatMap((event) => event.properties.filter((property) => property.name === 'DTSTART' || property.name === 'DTEND' || property.name === 'RRULE'))
      .map((property) => Number(/(\d{4})\d{4}/.exec(property.value)?.[1]))
      .filter((year) => Number.isFinite(year) && year > 0);
    return years.length ? [Math.min(...years), Math.max(...years)] : [2000, 2100];
  }

  /**
   * The programme's zone when the calendar names none: the IANA zone of most
   * events' TZIDs; for a VTIMEZONE without an IANA name, an IANA zone with
   * the same offsets at the events' times (a warning says which).
   */
  private commonZone(events: readonly IcalComponent[]): string | undefined {
    const counts = new Map<string, number>();
    for (const event of events) {
      const tzid = prop(event, 'DTSTART')?.params.TZID;
      if (tzid) counts.set(tzid, (counts.get(tzid) ?? 0) + 1);
    }
    const [tzid] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (tzid === undefined) return undefined;
    const iana = ianaName(tzid);
    if (iana) return iana;
    const vtimezone = this.vtimezones.get(tzid);
    if (!vtimezone) return undefined;
    const years = this.years();
    const resolver = vtimezoneResolver(vtimezone, years[0], years[1]);
    if ('problem' in resolver) return undefined;
    const samples = events
      .map((event) => parseIcalDateTime(prop(event, 'DTSTART')?.value ?? ''))
      .filter((value): value is IcalDateTime => value !== undefined && value.time !== undefined)
      .map((value) => wallOf(value.date, value.time ?? '00:00:00'));
    const preferred = this.options.timeZone;
    const match = matchingIanaZone(resolver, samples, preferred, tzid);
    if (match) {
      this.problems.warn(
        'assumed-time-zone',
        vtimezone.path,
        `The calendar's time zone ${quote(tzid)} is not an IANA name: its times are read by its VTIMEZONE rules, and the programme is shown in ${match}, which has the same offsets at every event's time.`,
        { timeZone: match, value: clip(tzid) },
      );
    }
    return match;
  }

  private unknown(path: string, name: string, line: number): void {
    const known = this.unreported.get(name);
    if (known) known.count++;
    else this.unreported.set(name, { path, line, count: 1 });
  }
}

/** The wall time, in `resolver`'s zone, of a UTC wall time (an instant). */
function wallAtInstant(resolver: ZoneResolver, instant: number): number {
  // Offsets are whole quarter hours, within ±14 hours.
  for (let quarters = -56; quarters <= 56; quarters++) {
    const wall = instant + quarters * 900_000;
    if (resolver.toInstant(wall) === instant) return wall;
  }
  return instant;
}

function validDate(value: IcalDateTime): boolean {
  const [year, month, day] = value.date.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && (value.time === undefined || /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value.time));
}

/** A description as plain long text: HTML (some calendar apps write it) made text, line breaks kept. */
function plain(text: string): string | undefined {
  if (/<[a-zA-Z!/]/.test(text)) return toPlainText(text);
  const tidy = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy === '' ? undefined : tidy;
}
