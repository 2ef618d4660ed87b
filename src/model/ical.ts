/**
 * iCalendar export (RFC 5545): a VCALENDAR with one VEVENT per programme item,
 * times in UTC. Pure string building — no DOM, no dependencies — so it runs in
 * Node and in the browser (the elements offer the result as a `.ics` download).
 */
import { longTextToPlain, oneLine } from './plaintext.js';
import { baseLanguage, localise } from './text.js';
import type { Item, LocalisedText, Programme, SpeakerRole } from './types.js';
import { safeUrl } from './url.js';
import { isInstantInRange } from './time.js';

/** Options of {@link toICalendar}. All optional. */
export interface ICalendarOptions {
  /** Language of the texts (BCP 47). Default: the programme's `defaultLanguage`. */
  lang?: string;
  /**
   * Ids of the items to export. Default: all items. Events are written in
   * programme (time) order whatever the order of this list; duplicates are
   * ignored; an id not in the programme throws a `RangeError`. An empty list
   * gives a calendar without events (RFC 5545 wants at least one: don't offer
   * an empty download).
   */
  items?: readonly string[];
  /** The PRODID. Default `-//seminar-widgets//Programme//EN`. */
  prodId?: string;
  /** DTSTAMP, as epoch milliseconds. Default `Date.now()`; pass a fixed value for reproducible output. */
  now?: number;
  /**
   * The URL of an item, e.g. `page + '#item-' + item.id`. Written as the
   * event's URL when it is an absolute http, https or mailto URL (as the URL
   * parser reads it); otherwise, or when it returns `undefined`, no URL is written.
   */
  url?: (item: Item) => string | undefined;
  /**
   * The SEQUENCE of each event (a non-negative integer; default 0). A calendar
   * replaces an event it already has (same UID) by one with a higher
   * SEQUENCE: raise it when the item changed (see `icsSequences`).
   */
  sequence?: (item: Item) => number;
  /** The DTSTAMP of an event, as epoch milliseconds, when it should not be `now` (an unchanged event keeps its own). */
  stamp?: (item: Item) => number | undefined;
  /**
   * The text of the calendar published before, to publish its update: an event
   * written exactly as before keeps its SEQUENCE and DTSTAMP (so an unchanged
   * programme gives the same file, byte for byte); a changed one gets the
   * previous SEQUENCE + 1 and DTSTAMP `now`, so that calendars replace it; a
   * new one starts at 0. `sequence` and `stamp`, when given, take precedence.
   */
  previous?: string;
}

/** The default PRODID. */
export const DEFAULT_PROD_ID = '-//seminar-widgets//Programme//EN';

/** Role names shown in DESCRIPTION for roles other than `speaker`, by base language. */
const ROLE_LABELS: Readonly<Record<string, Readonly<Record<SpeakerRole, string>>>> = {
  en: { speaker: 'speaker', moderator: 'moderator', chair: 'chair', discussant: 'discussant' },
  fr: { speaker: 'intervention', moderator: 'modération', chair: 'présidence', discussant: 'discussion' },
};

/**
 * The programme (or some of its items) as an iCalendar document.
 *
 * - Lines end with CRLF and are folded at 75 octets of UTF-8 without
 *   splitting a character; TEXT values are escaped.
 * - UID: `<item id>@<event id>`, or `<item id>@<slug of the title in the
 *   default language>` when the event has no id. It does not depend on
 *   `lang`, the date or the selection, so re-importing updates events.
 * - DTSTART/DTEND are UTC. An item with an open end (`openEnd`) has no DTEND:
 *   RFC 5545 §3.6.1 then makes it end when it starts (a zero-length event).
 * - DESCRIPTION: subtitle, speakers (organisation, role other than speaker,
 *   topic), the description as plain text, then the item's links.
 * - LOCATION: room, then the event's venue name and address.
 * - CATEGORIES: item type, track name, tags.
 * - STATUS: CANCELLED for a cancelled item (kept, so that a calendar that has
 *   it learns of the cancellation), TENTATIVE for a tentative one, CONFIRMED
 *   otherwise; SEQUENCE from `options.sequence`, else from `options.previous`
 *   (the calendar published before: +1 for each event that changed), else 0.
 *
 * @throws RangeError when `options.items` names an unknown item, or when
 *   `options.now` or a time of an item is not in the years 0001–9999 (a
 *   validated programme's times always are): the output always parses.
 */
export function toICalendar(programme: Programme, options: ICalendarOptions = {}): string {
  const { event } = programme;
  const defaultLanguage = event.defaultLanguage;
  const lang = options.lang ?? defaultLanguage;
  const text = (t: LocalisedText | undefined): string | undefined =>
    localise(t, lang, defaultLanguage)?.text;
  const now = options.now ?? Date.now();
  if (!isInstantInRange(now)) throw new RangeError(`toICalendar: "now" is not a time in the years 0001–9999 (${now})`);

  const items = selectItems(programme, options.items);
  const uidDomain = calendarDomain(programme);

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId ?? DEFAULT_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(text(event.title) ?? '')}`,
    `X-WR-TIMEZONE:${escapeText(event.timeZone)}`,
  ];

  const published = options.previous === undefined ? undefined : publishedEvents(options.previous);
  for (const item of items) {
    const uid = escapeText(eventUid(item, uidDomain));
    const { summary, description, location } = eventTexts(programme, item, lang);
    // Everything but DTSTAMP and SEQUENCE: what tells whether the event changed.
    const body = [`UID:${uid}`, `STATUS:${STATUS[item.status] ?? 'CONFIRMED'}`, `DTSTART:${utcStamp(item.start)}`];
    if (!item.openEnd) body.push(`DTEND:${utcStamp(item.end)}`);
    body.push(`SUMMARY:${escapeText(summary)}`);
    if (description) body.push(`DESCRIPTION:${escapeText(description)}`);
    if (location) body.push(`LOCATION:${escapeText(location)}`);
    const url = safeUrl(options.url?.(item));
    if (url !== undefined) body.push(`URL:${url}`);
    const categories = [item.type, text(item.track?.name), ...item.tags].filter(
      (c, i, all): c is string => Boolean(c) && all.indexOf(c) === i,
    );
    body.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);

    const before = published?.get(uid);
    const same = before?.body === body.join('\n');
    const sequence = options.sequence?.(item) ?? (before ? before.sequence + (same ? 0 : 1) : 0);
    if (!Number.isSafeInteger(sequence) || sequence < 0) {
      throw new RangeError(`toICalendar: the sequence of "${item.id}" is not a non-negative integer (${sequence})`);
    }
    const stamp = options.stamp?.(item) ?? (same && before.stamp !== undefined ? before.stamp : now);
    const [first, ...rest] = body;
    lines.push('BEGIN:VEVENT', first ?? '', `DTSTAMP:${utcStamp(Number.isFinite(stamp) ? stamp : now)}`, `SEQUENCE:${sequence}`, ...rest, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** What a calendar shows of an item, in `lang`: the same texts for a `.ics` file and an "add to calendar" link. */
export interface EventTexts {
  summary: string;
  /** Subtitle, speakers (organisation, role other than speaker, topic), the description as plain text, then the item's links. */
  description: string;
  /** The room, then the event's venue name and address. */
  location: string;
}

/** The texts of `item`'s calendar event (see {@link EventTexts}). */
export function eventTexts(programme: Programme, item: Item, lang = programme.event.defaultLanguage): EventTexts {
  const { defaultLanguage, location: venue } = programme.event;
  const text = (t: LocalisedText | undefined): string | undefined => localise(t, lang, defaultLanguage)?.text;
  const roles = ROLE_LABELS[baseLanguage(lang)] ?? ROLE_LABELS.en;
  const sections: string[] = [];
  const subtitle = text(item.subtitle);
  if (subtitle) sections.push(subtitle);
  const speakerLines = item.speakers.map(({ speaker, role, topic }) => {
    let line = `- ${speaker.name}`;
    const organisation = text(speaker.organisation?.name);
    if (organisation) line += `, ${organisation}`;
    if (role !== 'speaker') line += ` (${roles[role]})`;
    const about = text(topic);
    if (about) line += `: ${about}`;
    return line;
  });
  if (speakerLines.length > 0) sections.push(speakerLines.join('\n'));
  const description = longTextToPlain(text(item.description) ?? '');
  if (description) sections.push(description);
  const linkLines = item.links.flatMap((link) => {
    const url = safeUrl(link.url);
    if (url === undefined) return [];
    const label = text(link.label);
    return [label ? `${label}: ${url}` : url];
  });
  if (linkLines.length > 0) sections.push(linkLines.join('\n'));
  const place = [text(item.room?.name), text(venue?.name), oneLine(text(venue?.address))].filter((part): part is string => Boolean(part));
  return { summary: text(item.title) ?? item.id, description: sections.join('\n\n'), location: place.join(', ') };
}

/** The iCalendar STATUS of each item status. */
const STATUS: Readonly<Record<Item['status'], string>> = {
  confirmed: 'CONFIRMED',
  moved: 'CONFIRMED',
  tentative: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** The UID of an item's event: `<item id>@<domain>` (see {@link calendarDomain}). */
export function eventUid(item: Pick<Item, 'id'>, domain: string): string {
  return `${item.id}@${domain}`;
}

/** The domain part of the UIDs: the event's id, else the slug of its title in the default language. */
export function calendarDomain(programme: Programme): string {
  const { event } = programme;
  return event.id !== undefined && event.id !== ''
    ? event.id
    : slug(localise(event.title, event.defaultLanguage, event.defaultLanguage)?.text ?? '');
}

/** The events of a published calendar by UID (as written): SEQUENCE, DTSTAMP, and their other lines. */
function publishedEvents(text: string): Map<string, { sequence: number; stamp?: number; body: string }> {
  const events = new Map<string, { sequence: number; stamp?: number; body: string }>();
  let current: string[] | undefined;
  let sequence = 0;
  let stamp: number | undefined;
  for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    if (line === 'BEGIN:VEVENT') {
      current = [];
      sequence = 0;
      stamp = undefined;
    } else if (line === 'END:VEVENT' && current) {
      const uid = current.find((l) => l.startsWith('UID:'))?.slice(4);
      if (uid !== undefined) events.set(uid, { sequence, ...(stamp === undefined ? {} : { stamp }), body: current.join('\n') });
      current = undefined;
    } else if (current) {
      const value = /^(SEQUENCE|DTSTAMP):(.*)$/.exec(line);
      if (!value) current.push(line);
      else if (value[1] === 'SEQUENCE') sequence = /^\d{1,9}$/.test(value[2] ?? '') ? Number(value[2]) : 0;
      else stamp = parseUtcStamp(value[2] ?? '');
    }
  }
  return events;
}

/** `YYYYMMDDTHHMMSSZ` as epoch milliseconds; `undefined` otherwise. */
function parseUtcStamp(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const instant = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isFinite(instant) ? instant : undefined;
}

/** The items to export, in programme order. */
function selectItems(programme: Programme, ids: readonly string[] | undefined): Item[] {
  if (ids === undefined) return programme.items;
  const known = new Set(programme.items.map((item) => item.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const list = unknown.map((id) => `"${id}"`).join(', ');
    throw new RangeError(`toICalendar: unknown item id${unknown.length > 1 ? 's' : ''} ${list}`);
  }
  const wanted = new Set(ids);
  return programme.items.filter((item) => wanted.has(item.id));
}

/**
 * An instant as an RFC 5545 UTC date-time, `YYYYMMDDTHHMMSSZ`.
 *
 * @throws RangeError outside the years 0001–9999 (iCalendar has four-digit years).
 */
export function utcStamp(instant: number): string {
  if (!isInstantInRange(instant)) throw new RangeError(`toICalendar: ${instant} is not a time in the years 0001–9999`);
  const d = new Date(instant);
  const p = (n: number, width = 2): string => String(n).padStart(width, '0');
  return (
    `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}` +
    `T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`
  );
}

/**
 * RFC 5545 TEXT escaping: backslash, semicolon and comma are escaped, line
 * breaks (LF, CRLF, CR) become `\n`, other control characters except tab are
 * dropped (TEXT does not allow them; nor do C1 controls, which some
 * terminals act on, belong in text).
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  );
}

/**
 * Folds a content line so that no physical line exceeds 75 octets of UTF-8
 * (RFC 5545 §3.1). Continuation lines start with one space, which counts.
 * Lines are split between grapheme clusters where `Intl.Segmenter` exists (an
 * emoji sequence or an accented letter stays whole), otherwise between code
 * points; a character's bytes are never split.
 */
export function foldLine(line: string): string {
  const MAX = 75;
  let out = '';
  let width = 0;
  const put = (text: string, size: number): void => {
    if (width + size > MAX) {
      out += '\r\n ';
      width = 1;
    }
    out += text;
    width += size;
  };
  for (const cluster of graphemes(line)) {
    const size = utf8Length(cluster);
    if (size < MAX) {
      put(cluster, size);
    } else {
      // Longer than a continuation line can hold: split it between code points.
      for (const char of cluster) put(char, utf8Length(char));
    }
  }
  return out;
}

const segmenter: { segment(text: string): Iterable<{ segment: string }> } | undefined =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** The grapheme clusters of `text`, or its code points without `Intl.Segmenter`. */
function graphemes(text: string): Iterable<string> {
  if (!segmenter) return text;
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Bytes of `text` in UTF-8 (a lone surrogate is encoded as U+FFFD: 3 bytes). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** ASCII slug: accents removed, lowercase, runs of other characters become `-`. */
function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s === '' ? 'programme' : s;
}
