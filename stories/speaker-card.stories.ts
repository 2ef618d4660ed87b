import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/define/speaker-card.js';

/**
 * The seed programme, served by Storybook from `examples/` (see `.storybook/main.ts`).
 * The path is relative to the preview iframe, so it also works when the static
 * build is published under a subpath.
 */
const SEED = 'examples/digital-era-seminar.json';

/**
 * A request that never answers, to show the loading state: Storybook has no
 * slow endpoint, so this story's `src` carries a marker that a wrapper around
 * `fetch` holds forever. Every other request goes through untouched.
 */
const NEVER_LOADS = `${SEED}?storybook=never-loads`;
function holdNeverLoadingRequests(): void {
  const key = '__seminarStoriesFetchWrapped';
  const global = window as unknown as Record<string, unknown>;
  if (global[key]) return;
  global[key] = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.includes('storybook=never-loads') ? new Promise<Response>(() => undefined) : original(input, init);
  };
}

/** A long biography, written for these stories (in both languages of the toolbar). */
const LONG_BIO = {
  en: [
    'This biography is deliberately long: it was written for this story to show how a card treats a bio of more than 400 characters. The card shows the first lines and a “Read the full biography” button; the button is a real button, announces whether the text is expanded, and says which text it controls.',
    'Biographies are plain text with two rules:',
    '- a blank line starts a new paragraph;\n- lines that start with a dash become a bulleted list.',
    'Nothing else is interpreted: HTML in a programme is shown as text, never rendered.',
  ].join('\n\n'),
  fr: [
    'Cette biographie est volontairement longue : elle a été écrite pour cette story afin de montrer comment une carte présente une biographie de plus de 400 caractères. La carte en montre les premières lignes et un bouton « Lire la biographie complète » ; c’est un vrai bouton, qui indique si le texte est déplié et quel texte il contrôle.',
    'Les biographies sont du texte brut avec deux règles :',
    '- une ligne vide commence un nouveau paragraphe ;\n- les lignes qui commencent par un tiret forment une liste à puces.',
    'Rien d’autre n’est interprété : le HTML d’un programme est affiché comme du texte, jamais rendu.',
  ].join('\n\n'),
};

/** The seed programme with Kristy Milland's bio replaced by LONG_BIO. */
async function programmeWithLongBio(): Promise<{ programme: unknown }> {
  const programme = (await (await fetch(SEED)).json()) as { speakers: { id: string; bio?: unknown }[] };
  const speaker = programme.speakers.find((s) => s.id === 'kristy-milland');
  if (speaker) speaker.bio = LONG_BIO;
  return { programme };
}

interface CardArgs {
  src: string;
  speaker: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  timeZone: string;
  agendaHref: string;
  theme: '' | 'light' | 'dark';
  name: string;
  jobTitle: string;
  organisation: string;
  country: string;
  photo: string;
  photoAlt: string;
}

/** An attribute only when it has a value (empty controls mean "not set"). */
const attr = (value: string | undefined) => ifDefined(value ? value : undefined);

function card(args: Partial<CardArgs>, programme?: unknown): TemplateResult {
  return html`<speaker-card
    src=${attr(programme ? undefined : args.src)}
    .programme=${programme}
    speaker=${attr(args.speaker)}
    variant=${attr(args.variant)}
    heading-level=${ifDefined(args.headingLevel)}
    time-zone=${attr(args.timeZone)}
    agenda-href=${attr(args.agendaHref)}
    theme=${attr(args.theme)}
    name=${attr(args.name)}
    job-title=${attr(args.jobTitle)}
    organisation=${attr(args.organisation)}
    country=${attr(args.country)}
    photo=${attr(args.photo)}
    photo-alt=${attr(args.photoAlt)}
  ></speaker-card>`;
}

const meta: Meta<CardArgs> = {
  title: 'Speaker card',
  component: 'speaker-card',
  render: (args) => html`<div style="max-width: 36rem">${card(args)}</div>`,
  argTypes: {
    src: { control: 'text', description: 'URL of a programme JSON.' },
    speaker: { control: 'text', description: 'The speaker’s id in the programme, e.g. `kristy-milland`.' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6, step: 1 } },
    timeZone: {
      name: 'time-zone',
      control: 'select',
      options: ['event', 'local', 'America/New_York', 'Asia/Tokyo'],
      description: '`event`, `local` or an IANA zone.',
    },
    agendaHref: { name: 'agenda-href', control: 'text' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], description: 'Empty: follow the viewer’s colour scheme.' },
    name: { control: 'text', description: 'Overrides the programme’s name.' },
    jobTitle: { name: 'job-title', control: 'text' },
    organisation: { control: 'text' },
    country: { control: 'text', description: 'ISO 3166 code, shown in the page’s language.' },
    photo: { control: 'text' },
    photoAlt: { name: 'photo-alt', control: 'text' },
  },
  args: {
    src: SEED,
    speaker: 'kristy-milland',
    variant: 'full',
    headingLevel: 3,
    timeZone: 'event',
    agendaHref: '',
    theme: '',
    name: '',
    jobTitle: '',
    organisation: '',
    country: '',
    photo: '',
    photoAlt: '',
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

/** A speaker from the seed programme, by id: role, organisation, country and sessions. */
export const FromProgramme: Story = {};

/** The compact variant inside a sentence: photo or initials, name and role on one line. */
export const CompactInline: Story = {
  args: { speaker: 'mark-graham', variant: 'compact' },
  // The sentence follows the toolbar's language, like the card inside it.
  render: (args, { globals }) =>
    globals['lang'] === 'fr'
      ? html`<p style="max-width: 40rem; line-height: 1.6">
          Le séminaire s’ouvre sur une intervention de ${card(args)}, suivie de trois expériences venues de l’étranger.
        </p>`
      : html`<p style="max-width: 40rem; line-height: 1.6">
          The seminar opens with a talk by ${card(args)}, followed by three experiences from abroad.
        </p>`,
};

/** No programme at all: everything from attributes, with an initials avatar. */
export const AttributesOnly: Story = {
  args: {
    src: '',
    speaker: '',
    name: 'Ada Lovelace',
    jobTitle: 'Analyst',
    organisation: 'Analytical Engines',
    country: 'GB',
  },
};

/** A bio longer than 400 characters starts collapsed behind a button. */
export const LongBioCollapsed: Story = {
  loaders: [programmeWithLongBio],
  render: (args, { loaded }) => html`<div style="max-width: 36rem">${card(args, loaded['programme'])}</div>`,
};

/** The same bio, expanded (the story clicks the button). */
export const LongBioExpanded: Story = {
  ...LongBioCollapsed,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('speaker-card');
    const toggle = await waitFor(() => {
      const button = el?.shadowRoot?.querySelector<HTMLButtonElement>('button.toggle');
      if (!button) throw new Error('the bio toggle is not rendered yet');
      return button;
    });
    toggle.click();
    await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
  },
};

/** A photo that cannot be loaded gives way to the initials avatar. */
export const PhotoFails: Story = {
  args: {
    src: '',
    speaker: '',
    name: 'Grace Hopper',
    jobTitle: 'Rear admiral',
    photo: 'examples/no-such-photo.jpg',
    photoAlt: 'Portrait of Grace Hopper',
  },
};

/** An id the programme does not have: the error names it and suggests the likely one. */
export const UnknownId: Story = {
  args: { speaker: 'kristy-miland' },
};

/** While the programme loads: a busy skeleton (this story's request never answers). */
export const Loading: Story = {
  args: { src: NEVER_LOADS },
  beforeEach: () => {
    holdNeverLoadingRequests();
  },
};

/** Forced dark colours, whatever the viewer's setting. */
export const Dark: Story = {
  args: { theme: 'dark', speaker: 'caitlin-pearce' },
  render: (args) =>
    html`<div style="background: #121212; padding: 1.5rem; max-width: 36rem">${card(args)}</div>`,
};

/** Session times in the viewer's own time zone instead of the event's (Europe/Paris). */
export const LocalTimeZone: Story = {
  args: { timeZone: 'local', speaker: 'olivier-meriaux' },
};
