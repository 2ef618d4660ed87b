import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/define/session-timer.js';
import type { SessionTimer } from '../src/define/session-timer.js';

/**
 * The seed programme (8 July 2016, Europe/Paris, 08:45–13:30), served by
 * Storybook from `examples/` (see `.storybook/main.ts`). Every story but
 * "Live" freezes the clock with `now`, so it always shows the same state.
 */
const SEED = 'examples/digital-era-seminar.json';

/** A time on the seed day, in Paris (UTC+2 in July). */
const onSeedDay = (time: string, date = '2016-07-08') => `${date}T${time}+02:00`;

interface TimerArgs {
  src: string;
  session: string;
  mode: '' | 'next';
  start: string;
  end: string;
  label: string;
  now: string;
  warnBefore: string;
  variant: 'full' | 'compact' | 'clock';
  overtime: boolean;
  timeZone: string;
  theme: '' | 'light' | 'dark';
}

/** An attribute only when it has a value (empty controls mean "not set"). */
const attr = (value: string | undefined) => ifDefined(value ? value : undefined);

function timer(args: Partial<TimerArgs>): TemplateResult {
  return html`<session-timer
    src=${attr(args.src)}
    session=${attr(args.session)}
    mode=${attr(args.mode)}
    start=${attr(args.start)}
    end=${attr(args.end)}
    label=${attr(args.label)}
    now=${attr(args.now)}
    warn-before=${attr(args.warnBefore)}
    variant=${attr(args.variant)}
    ?overtime=${args.overtime}
    time-zone=${attr(args.timeZone)}
    theme=${attr(args.theme)}
  ></session-timer>`;
}

const meta: Meta<TimerArgs> = {
  title: 'Session timer',
  component: 'session-timer',
  render: (args) => html`<div style="max-width: 32rem">${timer(args)}</div>`,
  argTypes: {
    src: { control: 'text', description: 'URL of a programme JSON.' },
    session: { control: 'text', description: 'The item id to time, e.g. `debate-2`; empty: the whole event.' },
    mode: { control: 'inline-radio', options: ['', 'next'], description: '`next`: the item on now, or the next one.' },
    start: { control: 'text', description: 'ISO date-time with offset (standalone, or an override).' },
    end: { control: 'text', description: 'ISO date-time with offset (standalone, or an override).' },
    label: { control: 'text', description: 'Overrides the title.' },
    now: { control: 'text', description: 'Freeze the clock at this ISO instant; empty: the real clock.' },
    warnBefore: { name: 'warn-before', control: 'text', description: 'ISO 8601 duration (`PT5M`) or minutes.' },
    variant: { control: 'inline-radio', options: ['full', 'compact', 'clock'] },
    overtime: { control: 'boolean', description: 'Count the time past the end up.' },
    timeZone: {
      name: 'time-zone',
      control: 'select',
      options: ['event', 'local', 'America/New_York', 'Asia/Tokyo'],
      description: '`event`, `local` or an IANA zone.',
    },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: 'Empty: follow the viewer’s colour scheme.' },
  },
  args: {
    src: SEED,
    session: 'debate-2',
    mode: '',
    start: '',
    end: '',
    label: '',
    now: onSeedDay('10:45'),
    warnBefore: 'PT5M',
    variant: 'full',
    overtime: false,
    timeZone: 'event',
    theme: '',
  },
};
export default meta;

type Story = StoryObj<TimerArgs>;

/** Three days before the seminar: the start in words ("in 3 days"), ticking once a minute. */
export const UpcomingFar: Story = {
  args: { session: '', now: onSeedDay('10:00', '2016-07-05') },
};

/** The evening before: "tomorrow at 08:45". */
export const UpcomingTomorrow: Story = {
  args: { session: '', now: onSeedDay('18:30', '2016-07-07') },
};

/** Within the hour: a countdown in digits. */
export const UpcomingCountdown: Story = {
  args: { session: '', now: onSeedDay('08:27:30') },
};

/** The second debate is on: time left, progress and the end time. */
export const Running: Story = {};

/** Within `warn-before` of the end: `state="running"` plus the `warning` attribute. */
export const Warning: Story = {
  args: { now: onSeedDay('11:12:20') },
};

/** After the end, without `overtime`. */
export const Ended: Story = {
  args: { now: onSeedDay('11:40') },
};

/** After the end, with `overtime`: the time past the end counts up, for moderators. */
export const Overtime: Story = {
  args: { now: onSeedDay('11:17:15'), overtime: true },
};

/** `mode="next"` for a lobby screen: the item on now and what follows. */
export const NextMode: Story = {
  args: { session: '', mode: 'next', now: onSeedDay('11:03') },
};

/** `mode="next"` in the coffee break. */
export const NextModeBreak: Story = {
  args: { session: '', mode: 'next', now: onSeedDay('11:21') },
};

/** `variant="compact"`: one line, inside a sentence. */
export const Compact: Story = {
  args: { variant: 'compact' },
  render: (args) => html`<p style="max-width: 40rem">The second debate — ${timer(args)} — closes the morning's sessions.</p>`,
};

/** `variant="clock"` on a stage: large digits that grow with the element's width, dark and high-contrast. */
export const Stage: Story = {
  args: { variant: 'clock', theme: 'dark', now: onSeedDay('11:12:20') },
  render: (args) =>
    html`<div style="background: #000; padding: 1.5rem; width: min(100%, 64rem); resize: horizontal; overflow: auto">
      ${timer(args)}
    </div>`,
};

/** Large, full variant: everything scales with the element (container query units). */
export const Large: Story = {
  args: { now: onSeedDay('10:45') },
  render: (args) => html`<div style="width: min(100%, 56rem)">${timer(args)}</div>`,
};

/** No programme: a standalone `start`, `end` and `label`. */
export const Standalone: Story = {
  args: {
    src: '',
    session: '',
    start: '2016-07-08T14:00+02:00',
    end: '2016-07-08T15:30+02:00',
    label: 'Afternoon workshop',
    now: onSeedDay('13:20'),
  },
};

/** Times in New York instead of the event's zone (Europe/Paris). */
export const OtherTimeZone: Story = {
  args: { timeZone: 'America/New_York' },
};

/** The real clock: a standalone timer that starts 20 seconds after the story loads, lasts a minute and warns 15 seconds before the end. */
export const Live: Story = {
  args: { src: '', session: '', label: 'Lightning talk', now: '', warnBefore: 'PT15S', overtime: true },
  render: (args) => {
    const now = Date.now();
    return html`<div style="max-width: 32rem">
      ${timer({ ...args, start: new Date(now + 20_000).toISOString(), end: new Date(now + 80_000).toISOString() })}
    </div>`;
  },
};

/** An id the programme does not have: the error names it and suggests the likely one. */
export const UnknownSession: Story = {
  args: { session: 'debate-5' },
};

/** A standalone timer whose start is not a date-time with an offset. */
export const InvalidStart: Story = {
  args: { src: '', session: '', start: 'tomorrow morning', end: '2016-07-08T15:30+02:00', label: 'Workshop' },
};

/** Drives `now` through the debate and checks the state the element reflects. */
export const Transitions: Story = {
  args: { now: onSeedDay('10:29') },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SessionTimer>('session-timer');
    if (!el) throw new Error('no <session-timer> in the story');
    await waitFor(() => expect(el.getAttribute('state')).toBe('upcoming'));
    const seen: string[] = [];
    for (const type of ['seminar-timer-start', 'seminar-timer-warning', 'seminar-timer-end'] as const) {
      el.addEventListener(type, () => seen.push(type));
    }
    el.now = onSeedDay('10:31');
    await waitFor(() => expect(el.getAttribute('state')).toBe('running'));
    el.now = onSeedDay('11:11');
    await waitFor(() => expect(el.hasAttribute('warning')).toBe(true));
    el.now = onSeedDay('11:16');
    await waitFor(() => expect(el.getAttribute('state')).toBe('ended'));
    await expect(seen).toEqual(['seminar-timer-start', 'seminar-timer-warning', 'seminar-timer-end']);
  },
};
