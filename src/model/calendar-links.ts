/**
 * "Add to calendar" links for the calendars people use: Google Calendar,
 * Outlook.com (personal Microsoft accounts) and Office 365 (work and school
 * accounts), built from the same texts as the `.ics` files (`eventTexts`),
 * with times in UTC so that they are right whatever the zone of the event,
 * of the page and of the calendar (the service shows them in its user's zone).
 *
 * What each service allows:
 * - one event per link (a "template" the visitor saves): no service takes
 *   several events in a link, so "my agenda" goes to them as a `.ics` file
 *   (Google Calendar: Settings → Import; Outlook: Add calendar → Upload
 *   from file) or item by item;
 * - a subscription to a calendar published at a public URL (the `.ics` the
 *   command line writes beside the programme): every service, and Apple
 *   Calendar and Thunderbird through `webcal:`. The service fetches the file
 *   itself (every few hours: Google up to a day), so updates replace events.
 *
 * Pure string building: no DOM; runs in Node and the browser.
 */
import { eventTexts } from './ical.js';
import type { Item, Programme } from './types.js';
import { QueryWriter, UrlParser } from './url.js';

/** The calendars "add to calendar" links go to. */
export const CALENDAR_SERVICES = ['google', 'outlook', 'office365'] as const;
export type CalendarService = (typeof CALENDAR_SERVICES)[number];

/** Options of {@link calendarLink}. */
export interface CalendarLinkOptions {
  /** Language of the texts (default: the programme's default language). */
  lang?: string;
  /** The item's page (`…#item-<id>`), added at the end of the description. */
  url?: string;
}

/**
 * Longest description put in a link (characters). Links of a few thousand
 * characters are refused by some servers and proxies: longer descriptions are
 * cut, and end with "…" and the item's page.
 */
export const MAX_LINK_DESCRIPTION = 1000;

const BASE: Readonly<Record<CalendarService, string>> = {
  google: 'https://calendar.google.com/calendar/render',
  outlook: 'https://outlook.live.com/calendar/0/action/compose',
  office365: 'https://outlook.office.com/calendar/0/action/compose',
};

/** A link that opens `service` with a new event for `item`, filled in. */
export function calendarLink(service: CalendarService, programme: Programme, item: Item, options: CalendarLinkOptions = {}): string {
  const { summary, description, location } = eventTexts(programme, item, options.lang);
  const details = shorten(description, options.url);
  // An open end (no end known): the service's default length would be a guess; start = end says "no end".
  const end = item.openEnd ? item.start : item.end;
  const query = new QueryWriter();
  if (service === 'google') {
    query.set('action', 'TEMPLATE');
    query.set('text', summary);
    query.set('dates', `${googleTime(item.start)}/${googleTime(end)}`);
    if (details) query.set('details', details);
    if (location) query.set('location', location);
  } else {
    query.set('path', '/calendar/action/compose');
    query.set('rru', 'addevent');
    query.set('subject', summary);
    query.set('startdt', isoTime(item.start));
    query.set('enddt', isoTime(end));
    if (details) query.set('body', details);
    if (location) query.set('location', location);
  }
  return `${BASE[service]}?${query.toString()}`;
}

/** Links that subscribe each service to the calendar published at `feed` (an absolute http(s) URL of a `.ics`). */
export function subscribeLinks(feed: string, name: string): Record<CalendarService | 'webcal', string> {
  const url = new UrlParser(feed);
  const webcal = `webcal://${url.host}${url.pathname}${url.search}`;
  const addFromWeb = (base: string) => `${base}?${new QueryWriter({ url: url.href, name }).toString()}`;
  return {
    google: `https://calendar.google.com/calendar/render?${new QueryWriter({ cid: webcal }).toString()}`,
    outlook: addFromWeb('https://outlook.live.com/calendar/0/addfromweb'),
    office365: addFromWeb('https://outlook.office.com/calendar/0/addfromweb'),
    webcal,
  };
}

/** `20160708T071500Z`: Google's form of a UTC time. */
function googleTime(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** `2016-07-08T07:15:00Z`: Outlook's form of a UTC time. */
function isoTime(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}/, '');
}

/** The description, cut to `MAX_LINK_DESCRIPTION`, then the item's page. */
function shorten(description: string, url: string | undefined): string {
  const text = description.length > MAX_LINK_DESCRIPTION ? `${description.slice(0, MAX_LINK_DESCRIPTION - 1).trimEnd()}…` : description;
  return [text, url].filter(Boolean).join('\n\n');
}
