/**
 * schema.org JSON-LD for a programme: an `Event` with one `subEvent` per
 * item that is not a pause. Dates carry the offset of the event's time zone at
 * each instant (read with `Intl`, no hand-written DST rules). Only data present
 * in the programme is written: nothing is guessed. Texts are plain text.
 */
import { isInstantInRange, wallClock } from './time.js';
import { longTextToPlain, oneLine } from './plaintext.js';
import { localise } from './text.js';
import type { Item, LocalisedText, Organisation, Programme, Speaker } from './types.js';
import { WEB_URL_PROTOCOLS, safeUrl } from './url.js';

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /** Language of the texts (BCP 47). Default: the programme's `defaultLanguage`. */
  lang?: string;
  /**
   * Absolute URL of the page that shows the programme. Each sub-event gets
   * `url` = this URL (without its fragment) + `#item-<id>`, so the page should
   * give each item the element id `item-<id>`. Also used as the event's `url`
   * when the programme has none. Ignored unless it is an absolute http or https URL.
   */
  url?: string;
}

/** A JSON value as produced here. */
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

/** A JSON-LD node object. */
export interface JsonLdNode {
  [key: string]: JsonLdValue;
}

/**
 * The programme as a schema.org `Event` (plain JSON data; `JSON.stringify` it
 * into a `<script type="application/ld+json">`).
 *
 * - `startDate`/`endDate`: ISO 8601 with the zone's offset, e.g. `2016-07-08T08:45:00+02:00`.
 *   An item with an open end has no `endDate`.
 * - `name`, `description` (plain text), `disambiguatingDescription` (subtitle) in `lang`.
 * - `inLanguage`: the event's `languages`; an item's `language`.
 * - `location`: a `Place` only when the programme gives a venue; a sub-event
 *   with a room gets a `Place` named after the room.
 * - `organizer`: the organisers; `contributor`: the partners (a partner is not
 *   necessarily a sponsor). An organisation's role goes into its `description`.
 * - `performer`: each speaker of the item as a `Person` (name, jobTitle,
 *   affiliation, image, sameAs). The speaker's `country` is not written: the
 *   format does not say whether it is a nationality or a place of work.
 * - No `eventStatus` or `eventAttendanceMode`: the format does not record them.
 *
 * @throws RangeError for a time outside the years 0001–9999 (a validated
 *   programme has none).
 */
export function toJsonLd(programme: Programme, options: JsonLdOptions = {}): JsonLdNode {
  const { event } = programme;
  const w = writer(programme, options);
  const { text, link } = w;
  const venue = event.location;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(event.title) ?? '',
    disambiguatingDescription: text(event.subtitle),
    description: w.longText(event.description),
    startDate: w.zoned(event.start),
    endDate: event.end > event.start ? w.zoned(event.end) : undefined,
    inLanguage:
      event.languages.length === 0
        ? undefined
        : event.languages.length === 1
          ? event.languages[0]
          : [...event.languages],
    location:
      venue &&
      compact({
        '@type': 'Place',
        name: text(venue.name),
        address: oneLine(text(venue.address)),
        url: link(venue.url),
      }),
    organizer: nonEmpty(event.organisers.map((org) => organisationNode(w, org))),
    contributor: nonEmpty(event.partners.map((org) => organisationNode(w, org))),
    url: link(event.url) ?? w.pageUrl,
    subEvent: nonEmpty(programme.items.filter((item) => !item.pause).map((item) => itemNode(w, item))),
  });
}

/** How one programme's texts, times and links are written. */
interface Writer {
  /** A text in the chosen language. */
  text: (t: LocalisedText | undefined) => string | undefined;
  /** A long text as plain text. */
  longText: (t: LocalisedText | undefined) => string | undefined;
  /** An instant in the event's zone, with its offset. */
  zoned: (instant: number) => string;
  /** A URL of the programme as the URL parser reads it, or none (hand-made programmes are not validated). */
  link: (url: string | undefined) => string | undefined;
  /** The page's URL, without its fragment. */
  pageUrl: string | undefined;
}

function writer(programme: Programme, options: JsonLdOptions): Writer {
  const { event } = programme;
  const lang = options.lang ?? event.defaultLanguage;
  const text = (t: LocalisedText | undefined): string | undefined => localise(t, lang, event.defaultLanguage)?.text;
  return {
    text,
    longText: (t) => longTextToPlain(text(t) ?? '') || undefined,
    zoned: (instant) => zonedIsoDateTime(instant, event.timeZone),
    link: (url) => safeUrl(url),
    pageUrl: safeUrl(options.url, undefined, WEB_URL_PROTOCOLS)?.split('#')[0],
  };
}

function organisationNode({ text, link }: Writer, org: Organisation): JsonLdNode {
  return compact({
    '@type': 'Organization',
    name: text(org.name),
    description: text(org.role),
    url: link(org.url),
  });
}

function personNode({ text, link }: Writer, speaker: Speaker): JsonLdNode {
  return compact({
    '@type': 'Person',
    name: speaker.name,
    jobTitle: text(speaker.title),
    affiliation: speaker.organisation && {
      '@type': 'Organization',
      ...compact({ name: text(speaker.organisation.name), url: link(speaker.organisation.url) }),
    },
    image: safeUrl(speaker.photo?.url, undefined, WEB_URL_PROTOCOLS),
    sameAs: nonEmpty(speaker.links.flatMap((entry) => link(entry.url) ?? [])),
  });
}

/** schema.org's word for a status that is not the usual one. */
const EVENT_STATUS: Readonly<Record<Item['status'], string | undefined>> = {
  confirmed: undefined,
  tentative: undefined,
  moved: 'https://schema.org/EventRescheduled',
  cancelled: 'https://schema.org/EventCancelled',
};

/** An item as a sub-event. */
function itemNode(w: Writer, item: Item): JsonLdNode {
  const performers: Speaker[] = [];
  for (const { speaker } of item.speakers) {
    if (!performers.includes(speaker)) performers.push(speaker);
  }
  const room = w.text(item.room?.name);
  return compact({
    '@type': 'Event',
    name: w.text(item.title) ?? item.id,
    disambiguatingDescription: w.text(item.subtitle),
    description: w.longText(item.description),
    startDate: w.zoned(item.start),
    endDate: item.openEnd ? undefined : w.zoned(item.end),
    inLanguage: item.language,
    location: room === undefined ? undefined : { '@type': 'Place', name: room },
    performer: nonEmpty(performers.map((speaker) => personNode(w, speaker))),
    keywords: item.tags.length > 0 ? item.tags.join(', ') : undefined,
    url: w.pageUrl && `${w.pageUrl}#item-${encodeURIComponent(item.id)}`,
    eventStatus: EVENT_STATUS[item.status],
  });
}

/** A node without its `undefined` properties. */
function compact(fields: Record<string, JsonLdValue | undefined>): JsonLdNode {
  const node: JsonLdNode = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) node[key] = value;
  }
  return node;
}

function nonEmpty<T extends JsonLdValue>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

/**
 * `instant` as an ISO 8601 local date-time in `timeZone` with its UTC offset
 * at that instant, to the second: `2016-03-27T04:00:00+02:00`. The wall clock
 * is read with `Intl.DateTimeFormat#formatToParts`; the offset is the
 * difference between that wall clock (read as UTC) and the instant.
 */
export function zonedIsoDateTime(instant: number, timeZone: string): string {
  if (!isInstantInRange(instant)) throw new RangeError(`toJsonLd: ${instant} is not a time in the years 0001–9999`);
  const seconds = Math.floor(instant / 1000) * 1000;
  const f = wallClock(seconds, timeZone);
  const hour = f.hour;
  const wallAsUtc = new Date(0);
  wallAsUtc.setUTCFullYear(f.year, f.month - 1, f.day);
  wallAsUtc.setUTCHours(hour, f.minute, f.second, 0);
  const offsetMinutes = Math.round((wallAsUtc.getTime() - seconds) / 60_000);
  const p = (n: number, width = 2): string => String(n).padStart(width, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${p(f.year, 4)}-${p(f.month)}-${p(f.day)}T${p(hour)}:${p(f.minute)}:${p(f.second)}` +
    `${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`
  );
}
