/**
 * Shared by the language tests: a programme that reaches every part of every
 * element (two days, rooms, tracks, item languages, every speaker role,
 * topics, long bios, links, descriptions), and helpers to wait for elements
 * and to put them in states that are slow to reach for real (a timeout).
 */
import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { ProgrammeController, SeminarErrorDetail } from '../../../src/internal/programme-controller.js';
import { initials } from '../../../src/components/speaker-card/speaker-card.js';

const LONG_BIO =
  'Ana López studies platform work and the law that frames it. She has interviewed couriers, translators and ' +
  'designers who work through apps, and compared how unions in Spain, France and Italy reach them.\n\n' +
  'Before research, she organised freelance translators in Madrid for ten years, and she still helps collectives ' +
  'write their first statutes. Her current project follows three cooperatives of drivers from their founding ' +
  'meeting to their first collective agreement.';

/** Content in English only (plus one French-only title, to show a content fallback). */
export function richProgramme(): Record<string, unknown> {
  return {
    version: 1,
    event: {
      id: 'i18n-school',
      title: 'Autumn school on platform work',
      subtitle: 'Two days of talks and debates',
      // A zone no test machine is in: the agenda offers to switch to the viewer's zone.
      timeZone: 'Asia/Kathmandu',
      days: ['2030-10-29', { date: '2030-10-30', title: 'Second day' }],
      defaultLanguage: 'en',
      location: { name: 'Labour exchange' },
      description: 'Researchers and organisers meet.\n\n- Talks\n- Debates',
      organisers: [{ name: 'Example Institute', url: 'https://example.org' }, { name: 'Workers Network' }],
      partners: [{ name: 'Union House' }],
    },
    rooms: [
      { id: 'a', name: 'Room A' },
      { id: 'b', name: 'Room B' },
    ],
    tracks: [
      { id: 'work', name: 'Work', color: '#1a6' },
      { id: 'law', name: 'Law', color: '#a16' },
    ],
    speakers: [
      {
        id: 'ana-lopez',
        name: 'Ana López',
        title: 'Researcher',
        organisation: { name: 'Uni Madrid', url: 'https://example.edu' },
        country: 'ES',
        bio: LONG_BIO,
        links: [{ url: 'https://example.net/ana', label: 'Publications' }, { url: 'https://www.example.com/ana' }],
      },
      { id: 'bo-chen', name: 'Bo Chen', organisation: { name: 'Platform Co-op' }, country: 'CA', bio: 'Bo Chen runs a cooperative.' },
      { id: 'chiara-rossi', name: 'Chiara Rossi', title: 'Organiser', country: 'IT' },
      { id: 'dieter-braun', name: 'Dieter Braun', country: 'DE' },
    ],
    items: [
      { id: 'open', type: 'welcome', day: '2030-10-29', start: '09:00', end: '09:30', title: 'Opening' },
      {
        id: 'a1',
        type: 'talk',
        day: '2030-10-29',
        start: '09:30',
        end: '10:30',
        room: 'a',
        track: 'work',
        language: 'en',
        title: 'Platform work',
        subtitle: 'What the apps decide',
        description: 'A talk about apps.\n\nWith questions.',
        speakers: [
          { id: 'ana-lopez', topic: 'Couriers' },
          { id: 'chiara-rossi', role: 'chair' },
        ],
      },
      {
        id: 'b1',
        type: 'panel',
        day: '2030-10-29',
        start: '09:30',
        end: '10:30',
        room: 'b',
        track: 'law',
        language: 'fr',
        title: { fr: 'Droit du travail' },
        speakers: [
          { id: 'bo-chen', role: 'moderator' },
          { id: 'dieter-braun', role: 'discussant' },
          { id: 'ana-lopez' },
        ],
      },
      { id: 'pause', type: 'break', day: '2030-10-29', start: '10:30', end: '11:00', title: 'Coffee' },
      // The second day has an item of every other type, so every type's label is shown.
      { id: 'intro', type: 'introduction', day: '2030-10-30', start: '08:30', end: '09:00', title: 'Why we meet' },
      { id: 'keynote', type: 'keynote', day: '2030-10-30', start: '09:00', end: '10:00', room: 'a', title: 'Keynote', speakers: [{ id: 'bo-chen' }] },
      { id: 'cases', type: 'session', day: '2030-10-30', start: '10:00', end: '11:00', room: 'a', title: 'Case studies' },
      { id: 'close', type: 'roundtable', day: '2030-10-30', start: '10:00', end: '11:00', room: 'b', title: 'Closing round', speakers: [{ id: 'dieter-braun' }] },
      { id: 'argue', type: 'debate', day: '2030-10-30', start: '11:00', end: '12:00', title: 'Open floor' },
      { id: 'lunch', type: 'meal', day: '2030-10-30', start: '12:00', end: '13:00', title: 'Lunch' },
      { id: 'wrap', type: 'recap', day: '2030-10-30', start: '13:00', end: '13:30', title: 'What we learnt' },
      { id: 'visit', type: 'other', day: '2030-10-30', start: '13:30', end: '14:30', title: 'Museum visit' },
    ],
  };
}

/** An instant on the first day of the rich programme (Kathmandu is UTC+05:45). */
export const richAt = (time: string, date = '2030-10-29') => `${date}T${time}+05:45`;

/**
 * Every string of some programmes (values, deep), each paragraph and list
 * item of their long texts, and what the elements derive from them: the
 * initials of a name, the host name a link without a label shows.
 */
export function contentStrings(...programmes: unknown[]): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    const squashed = squash(text);
    if (squashed) out.add(squashed);
  };
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      add(value);
      for (const line of value.split(/\n+/)) add(line.replace(/^\s*[-*•]\s+/, ''));
      if (key === 'name') add(initials(value));
      if (/^https?:/.test(value)) add(new URL(value).hostname.replace(/^www\./, ''));
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  for (const p of programmes) walk(p);
  return out;
}

/** The Latin words (two letters or more, lowercased) of some strings. */
export function latinWords(strings: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of strings) for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) words.add(word.toLowerCase());
  return words;
}

/** Runs of white space as one space (ASCII white space only: narrow no-break spaces are kept). */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/** Waits until `el` has rendered something and every update (and locale load) has settled. */
export async function settle(el: LitElement, selector = '*'): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `${el.localName} should render ${selector}`);
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Puts an element's programme controller in an error state (for failures slow to reach: a timeout). */
export async function forceFailure(el: LitElement, failure: SeminarErrorDetail): Promise<void> {
  // The element's controller, or the one its lazily loaded machinery made (lazy-programme.ts).
  const outer = (el as unknown as { data: ProgrammeController | { data?: ProgrammeController } }).data;
  const data = 'setSources' in outer ? outer : outer.data;
  if (!data) throw new Error(`${el.localName} has no programme controller yet`);
  data.status = 'error';
  data.failure = failure;
  data.programme = undefined;
  el.requestUpdate();
  await el.updateComplete;
}
