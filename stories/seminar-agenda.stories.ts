import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/seminar-agenda.js';
import '../src/define/speaker-card.js';
import { manyRoomsProgramme } from '../test/fixtures/many-rooms.mjs';

/** Served by Storybook from `examples/` (relative to the preview iframe). */
const SEED = 'examples/digital-era-seminar.json';

interface Args {
  src: string;
  view: 'list' | 'grid';
  day?: string;
  timeZone: string;
  now?: string;
  headingLevel: number;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-agenda',
  component: 'seminar-agenda',
  args: { src: SEED, view: 'list', timeZone: 'event', headingLevel: 2 },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'grid'] },
    timeZone: { control: 'text', description: '`event`, `local` or an IANA zone' },
    now: { control: 'text', description: 'ISO instant replacing the clock' },
    headingLevel: { control: { type: 'number', min: 1, max: 4 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<seminar-agenda
      src=${args.src}
      view=${args.view}
      day=${ifDefined(args.day)}
      time-zone=${args.timeZone}
      now=${ifDefined(args.now)}
      heading-level=${args.headingLevel}
      theme=${ifDefined(args.theme)}
      no-structured-data
    ></seminar-agenda>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed seminar, as the institute's website shows it. */
export const Programme: Story = {};

/** During the seminar: the item running now is marked, and "Jump to now" appears. */
export const DuringTheSeminar: Story = { args: { now: '2016-07-08T10:40:00+02:00' } };

/** Times for a visitor in Montreal, with the switch back to Paris time. */
export const InAnotherTimeZone: Story = { args: { timeZone: 'America/Montreal' } };

/** The dark scheme, forced by the host. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#111;padding:1rem">${story()}</div>`],
};

/** The state shown while the programme loads (a request held open forever). */
export const Loading: Story = {
  args: { src: `${SEED}?storybook=never-loads` },
  beforeEach: () => {
    const key = '__seminarStoriesFetchWrapped';
    const global = window as unknown as Record<string, unknown>;
    if (global[key]) return;
    global[key] = true;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.includes('storybook=never-loads') ? new Promise<Response>(() => undefined) : original(input, init);
    };
  },
};

/** A programme with a mistake: one sentence for visitors; every problem with its path in the details for the editor. */
export const InvalidProgramme: Story = {
  render: () => html`<seminar-agenda
    .programme=${{ version: 1, event: { title: 'Broken', timeZone: 'Europe/Pariss', days: ['2016-07-08'] }, items: [{ id: 'a', type: 'lecture', start: '10:00', title: 'A' }] }}
  ></seminar-agenda>`,
};

/** A URL that does not exist: one sentence, a retry button, and the details (status, URL) for the editor. */
export const LoadError: Story = { args: { src: 'examples/no-such-programme.json' } };

/** The same failure with the host's fallback content, a link to the PDF programme: it stays visible. */
export const LoadErrorWithFallback: Story = {
  render: () =>
    html`<seminar-agenda src="examples/no-such-programme.json" no-structured-data>
      <p>The programme is also available <a href="#programme.pdf">as a PDF</a>.</p>
    </seminar-agenda>`,
};

/** Nothing scheduled yet. */
export const Empty: Story = {
  render: () => html`<seminar-agenda
    .programme=${{ version: 1, event: { title: 'To be announced', timeZone: 'Europe/Paris', days: ['2026-07-08'] }, items: [] }}
  ></seminar-agenda>`,
};

/** A large real programme: the frab export of Chaos Communication Camp 2019 (5 days, 79 events), read as it is. */
export const LargeImportedProgramme: Story = { args: { src: 'schedules/voc-schedule_frab-camp2019.json', view: 'grid' } };

/** FOSDEM 2010 (Pentabarf XML, 20 rooms, 301 events), first day, as a grid that scrolls sideways in its own region. */
export const TwentyRooms: Story = {
  render: () =>
    html`<seminar-agenda src="schedules/mttcrsp-fosdem_FOSDEM-2010.xml" time-zone="Europe/Brussels" view="grid" day="2010-02-06"></seminar-agenda>`,
};

/** A generated day in 30 rooms: overlapping items in one room side by side, an item without a room in a column of its own. */
export const ThirtyRooms: Story = {
  render: () => html`<seminar-agenda view="grid" .programme=${manyRoomsProgramme()}></seminar-agenda>`,
};

/** Two days, two rooms and tracks: the grid view, day navigation and every filter. */
export const ParallelRooms: Story = {
  render: () => html`<seminar-agenda view="grid" .programme=${TWO_ROOMS}></seminar-agenda>`,
};

const TWO_ROOMS = {
  version: 1,
  event: {
    title: { en: 'Autumn school', fr: "École d'automne" },
    timeZone: 'Europe/Paris',
    days: ['2016-10-29', '2016-10-30'],
  },
  rooms: [
    { id: 'a', name: { en: 'Room A', fr: 'Salle A' } },
    { id: 'b', name: { en: 'Room B', fr: 'Salle B' } },
  ],
  tracks: [
    { id: 'work', name: { en: 'Work', fr: 'Travail' }, color: '#1a6' },
    { id: 'law', name: { en: 'Law', fr: 'Droit' }, color: '#a16' },
  ],
  speakers: [
    { id: 'ana-lopez', name: 'Ana López', country: 'ES' },
    { id: 'bo-chen', name: 'Bo Chen', country: 'CA' },
  ],
  items: [
    { id: 'open', type: 'welcome', day: '2016-10-29', start: '09:00', end: '09:30', title: { en: 'Opening', fr: 'Ouverture' } },
    { id: 'a1', type: 'talk', day: '2016-10-29', start: '09:30', end: '10:30', room: 'a', track: 'work', language: 'en', title: 'Platform work', speakers: [{ id: 'ana-lopez' }] },
    { id: 'b1', type: 'talk', day: '2016-10-29', start: '09:30', end: '10:30', room: 'b', track: 'law', language: 'fr', title: { en: 'Labour law', fr: 'Droit du travail' }, speakers: [{ id: 'bo-chen' }] },
    { id: 'lunch', type: 'meal', day: '2016-10-29', start: '12:00', end: '13:00', title: { en: 'Lunch', fr: 'Déjeuner' } },
    { id: 'a2', type: 'panel', day: '2016-10-30', start: '10:00', end: '11:00', room: 'a', track: 'work', language: 'en', title: 'Organising freelancers', speakers: [{ id: 'ana-lopez' }, { id: 'bo-chen' }] },
  ],
};

/**
 * Changes on the day: a cancelled item (kept, struck through, said in words), a
 * moved one, one to be confirmed, and an item's links: its livestream is
 * featured while it runs.
 */
export const StatusAndLinks: Story = {
  render: () => html`<seminar-agenda now="2016-10-29T09:45:00+02:00" .programme=${CHANGED}></seminar-agenda>`,
};

const CHANGED = {
  ...TWO_ROOMS,
  items: [
    TWO_ROOMS.items[0],
    {
      ...TWO_ROOMS.items[1],
      links: [
        { url: 'https://video.example.org/live/a', kind: 'livestream' },
        { url: 'https://video.example.org/v/a1', kind: 'recording' },
        { url: 'https://example.org/a1.pdf', kind: 'slides' },
      ],
    },
    { ...TWO_ROOMS.items[2], status: 'cancelled' },
    { ...TWO_ROOMS.items[3], status: 'moved', start: '12:30', end: '13:30' },
    { ...TWO_ROOMS.items[4], status: 'tentative', links: [{ url: 'https://example.org/register', kind: 'registration' }] },
  ],
};
