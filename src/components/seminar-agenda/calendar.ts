/**
 * Calendar downloads: the whole programme, the favourites or one item as an
 * `.ics` file, built in the browser by the model's `toICalendar` (no server,
 * no third-party code); and the links that add an item to Google Calendar,
 * Outlook.com or Office 365, or subscribe them to the published programme.
 * Loaded the first time a visitor asks for any of these.
 */
import { calendarLink, subscribeLinks } from '../../model/calendar-links.js';
import { toICalendar } from '../../model/ical.js';
import { localise } from '../../model/text.js';
import type { Item, Programme } from '../../model/types.js';

export { subscribeLinks };

/** The item's "add to calendar" links (its page, when known, ends the description). */
export function itemCalendarLinks(programme: Programme, item: Item, lang: string, pageUrl?: string): Record<'google' | 'outlook' | 'office365', string> {
  const page = pageUrl?.split('#')[0];
  const options = { lang, ...(page && /^https?:/.test(page) ? { url: `${page}#item-${item.id}` } : {}) };
  return {
    google: calendarLink('google', programme, item, options),
    outlook: calendarLink('outlook', programme, item, options),
    office365: calendarLink('office365', programme, item, options),
  };
}

/** ASCII slug of at most 60 characters: accents dropped, lowercase, other runs become `-`. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-/, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

/**
 * The file name for a download: the slug of the title in `lang` (`programme`
 * when nothing ASCII is left of it), then `-<slug of suffix>` when given
 * (e.g. `favourites` or an item id), then `.ics`.
 */
export function icsFileName(programme: Programme, lang: string, suffix?: string): string {
  const { title, defaultLanguage } = programme.event;
  const name = slug(localise(title, lang, defaultLanguage)?.text ?? '') || 'programme';
  const extra = suffix && slug(suffix);
  return `${extra ? `${name}-${extra}` : name}.ics`;
}

/** Options of {@link downloadICalendar}. */
export interface ICalendarDownload {
  /** Language of the texts. */
  lang: string;
  /** Ids of the items to include (default: all). Ids not in the programme are skipped. */
  items?: readonly string[];
  /** The file name (see {@link icsFileName}). */
  fileName: string;
  /** The page showing the agenda: each event links to `<pageUrl without fragment>#item-<id>` (only http/https/mailto URLs are written). */
  pageUrl?: string;
}

/**
 * Builds the iCalendar text and has the browser save it as `fileName`
 * (`text/calendar;charset=utf-8`, through a temporary `<a download>` that is
 * removed at once; the object URL is revoked a second later). Returns the text.
 * Don't offer an empty selection: a calendar without events is not valid.
 *
 * @throws RangeError from `toICalendar` only for an unusable programme (e.g. an unknown time zone).
 */
export function downloadICalendar(programme: Programme, options: ICalendarDownload): string {
  const { items, pageUrl } = options;
  const known = new Set(programme.items.map((item) => item.id));
  const page = pageUrl?.split('#')[0];
  const text = toICalendar(programme, {
    lang: options.lang,
    // A later download of the same event replaces an earlier one (minutes since 2020: always higher).
    sequence: () => Math.max(0, Math.floor((Date.now() - Date.UTC(2020, 0, 1)) / 60_000)),
    items: items?.filter((id) => known.has(id)),
    // toICalendar writes the URL only when it is safe.
    url: page ? (item) => `${page}#item-${item.id}` : undefined,
  });
  const href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = options.fileName;
  // Keep the host page's click handlers (SPA routers) away from this link.
  link.addEventListener('click', (event) => {
    event.stopPropagation();
  });
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers still read the URL just after the click.
    setTimeout(() => {
      URL.revokeObjectURL(href);
    }, 1000);
  }
  return text;
}
