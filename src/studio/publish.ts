/**
 * What the studio publishes: the programme JSON as it is downloaded, and the
 * snippets to paste into a page, one per element, with the options chosen in
 * the preview (language, colours, the card's speaker, the timer's item and
 * variant) and the script tag that loads the elements.
 *
 * Pure and DOM-free (tested in Node, test/node/studio-export.test.mjs).
 */
import type { ProgrammeInput } from '../model/types.js';

/** The elements the studio previews and gives snippets for. */
export const EMBEDDED = ['agenda', 'card', 'list', 'timer'] as const;
export type Embedded = (typeof EMBEDDED)[number];

/** Each element's tag, and its name for `seminar-widgets render --element` (and the studio's server). */
export const TAGS: Readonly<Record<Embedded, { tag: string; render: string }>> = {
  agenda: { tag: 'seminar-agenda', render: 'agenda' },
  card: { tag: 'speaker-card', render: 'speaker' },
  list: { tag: 'speaker-list', render: 'speakers' },
  timer: { tag: 'session-timer', render: 'timer' },
};

export const TIMER_VARIANTS = ['full', 'compact', 'clock'] as const;
export type TimerVariant = (typeof TIMER_VARIANTS)[number];

/** The timer's attribute for its presentation (`full`, the default, is not written). */
export const TIMER_VARIANT_ATTRIBUTE = 'variant';

/** The script tag that loads each element when its tag appears (README, "Embed"). */
export const SCRIPT_TAG = '<script type="module" src="https://unpkg.com/seminar-widgets/cdn/autoloader.js"></script>';

export interface EmbedOptions {
  /** Where the programme JSON is published (a URL, relative to the page or absolute). */
  src: string;
  lang?: string | undefined;
  theme?: 'light' | 'dark' | undefined;
  /** The card's speaker id. */
  speaker?: string | undefined;
  /** The timer's item id (absent: the whole event). */
  session?: string | undefined;
  timerVariant?: TimerVariant | undefined;
}

/** An attribute value in double quotes, with what would end or change it escaped. */
function attribute(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')}"`;
}

/** The HTML to paste for `element`: the script tag, then the element with its options. */
export function embedSnippet(element: Embedded, options: EmbedOptions): string {
  const { tag } = TAGS[element];
  let attributes = attribute('src', options.src);
  if (element === 'card') attributes += attribute('speaker', options.speaker);
  if (element === 'timer') {
    attributes += attribute('session', options.session);
    if (options.timerVariant && options.timerVariant !== 'full') attributes += attribute(TIMER_VARIANT_ATTRIBUTE, options.timerVariant);
  }
  attributes += attribute('lang', options.lang) + attribute('theme', options.theme);
  return `${SCRIPT_TAG}\n<${tag}${attributes}></${tag}>\n`;
}

/** The programme JSON as the studio downloads it (indented, one final newline). */
export function exportProgramme(programme: ProgrammeInput): string {
  return `${JSON.stringify(programme, null, 2)}\n`;
}

/** A file name from a title: letters, digits and dashes, `programme` when nothing is left. */
export function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'programme';
}
