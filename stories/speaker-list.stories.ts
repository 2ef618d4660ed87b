import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/speaker-card.js';
import '../src/define/speaker-list.js';

/**
 * The seed programme, served by Storybook from `examples/` (see `.storybook/main.ts`).
 * The path is relative to the preview iframe, so it also works when the static
 * build is published under a subpath.
 */
const SEED = 'examples/digital-era-seminar.json';

interface ListArgs {
  src: string;
  item: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  timeZone: string;
  agendaHref: string;
  filter: boolean;
  theme: '' | 'light' | 'dark';
}

/** An attribute only when it has a value (empty controls mean "not set"). */
const attr = (value: string | undefined) => ifDefined(value ? value : undefined);

const meta: Meta<ListArgs> = {
  title: 'Speaker list',
  component: 'speaker-list',
  render: (args) => html`<speaker-list
    src=${attr(args.src)}
    item=${attr(args.item)}
    variant=${attr(args.variant)}
    heading-level=${ifDefined(args.headingLevel)}
    time-zone=${attr(args.timeZone)}
    agenda-href=${attr(args.agendaHref)}
    ?filter=${args.filter}
    theme=${attr(args.theme)}
  ></speaker-list>`,
  argTypes: {
    src: { control: 'text', description: 'URL of a programme JSON.' },
    item: {
      control: 'select',
      options: ['', 'opening-talk', 'session-1', 'session-2', 'session-3', 'recap', 'no-such-item'],
      description: 'Only the speakers of this item (empty: every speaker).',
    },
    variant: { control: 'inline-radio', options: ['full', 'compact'], description: 'Passed to each card.' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6, step: 1 } },
    timeZone: {
      name: 'time-zone',
      control: 'select',
      options: ['event', 'local', 'America/New_York', 'Asia/Tokyo'],
      description: '`event`, `local` or an IANA zone, passed to each card.',
    },
    agendaHref: { name: 'agenda-href', control: 'text' },
    filter: { control: 'boolean', description: 'Show the filter box even below 12 speakers.' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: 'Empty: follow the viewer’s colour scheme.' },
  },
  args: {
    src: SEED,
    item: '',
    variant: 'full',
    headingLevel: 3,
    timeZone: 'event',
    agendaHref: '',
    filter: false,
    theme: '',
  },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<ListArgs>;

/** Every speaker of the seed programme, sorted by family name in the page's language. */
export const AllSpeakers: Story = {};

/** Only the speakers of one item (the first session). */
export const OneItem: Story = {
  args: { item: 'session-1' },
};

/** Compact cards: photo or initials, name and role, in as many columns as fit. */
export const Compact: Story = {
  args: { variant: 'compact' },
};

/**
 * The filter box (shown by itself from 12 speakers; `filter` shows it for
 * the seed's 11): it matches names, roles and organisations, accents ignored.
 */
export const WithFilter: Story = {
  args: { filter: true },
};
