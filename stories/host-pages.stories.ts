import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define/seminar-agenda.js';
import '../src/define/session-timer.js';
import '../src/define/speaker-card.js';
import '../src/define/speaker-list.js';

/** Served by Storybook from `examples/` (relative to the preview iframe). */
const SEED = 'examples/digital-era-seminar.json';
const NOW = '2016-07-08T10:40:00+02:00';

/**
 * A page of a French State site: the design system's custom properties (our
 * own stylesheet with DSFR's names and documented values; no DSFR file), its
 * theme attribute, its header. The widgets take their colours from the
 * properties and follow the theme.
 */
const DSFR_LIKE = html`<style>
  .dsfr-like {
    --text-default-grey: #3a3a3a; --text-title-grey: #161616; --text-mention-grey: #666666;
    --text-action-high-blue-france: #000091; --blue-france-sun-113-625: #000091; --text-inverted-blue-france: #f5f5fe;
    --background-default-grey: #ffffff; --background-alt-grey: #f6f6f6; --border-default-grey: #dddddd;
    --border-plain-grey: #3a3a3a; --text-default-error: #ce0500; --text-default-warning: #b34000;
    font-family: Marianne, arial, sans-serif; background: var(--background-default-grey); color: var(--text-default-grey);
    padding: 0 0 2rem;
  }
  .dsfr-like[data-fr-theme='dark'] {
    --text-default-grey: #cecece; --text-title-grey: #f6f6f6; --text-mention-grey: #929292;
    --text-action-high-blue-france: #8585f6; --blue-france-sun-113-625: #8585f6; --text-inverted-blue-france: #000091;
    --background-default-grey: #161616; --background-alt-grey: #1e1e1e; --border-default-grey: #353535;
    --border-plain-grey: #cecece; --text-default-error: #ff5655; --text-default-warning: #fc5d00;
  }
  .dsfr-like header { padding: 1rem 1.5rem; border-bottom: 1px solid var(--border-default-grey); }
  .dsfr-like header p { margin: 0; font-weight: 700; color: var(--text-title-grey); }
  .dsfr-like main { max-width: 48rem; margin: 0 auto; padding: 0 1.5rem; }
  .dsfr-like h1 { color: var(--text-title-grey); font-size: 2rem; }
  .dsfr-like a { color: var(--text-action-high-blue-france); }
</style>`;

/** A partner's blog: a CMS-like theme (serif, justified, letter-spaced text), and the three "match your site" properties. */
const BLOG_LIKE = html`<style>
  .blog-like {
    font: 18px/1.7 Georgia, 'DejaVu Serif', serif; text-align: justify; background: #fbf8f3; color: #2b2b2b;
    padding: 0 0 2rem;
    --seminar-accent-color: light-dark(#9b2c2c, #f0a58f);
    --seminar-heading-font: 'Trebuchet MS', 'DejaVu Sans', sans-serif;
    --seminar-radius: 2px;
  }
  .blog-like.dark { background: #1e1c1a; color: #e6e0d6; color-scheme: dark; }
  .blog-like header { padding: 1.5rem 2rem; border-bottom: 3px double #c9bba5; font-variant: small-caps; letter-spacing: 0.1em; }
  .blog-like header p { margin: 0; }
  .blog-like main { max-width: 40rem; margin: 0 auto; padding: 0 1.5rem; letter-spacing: 0.01em; }
  .blog-like h1 { font-size: 2rem; }
  .blog-like a { color: light-dark(#9b2c2c, #f0a58f); }
</style>`;

type Context = 'dsfr' | 'blog';
type Element = 'agenda' | 'card' | 'list' | 'timer';

interface Args {
  scheme: 'light' | 'dark';
}

/** Each element as a page would use it, in the page's language. */
function element(which: Element, lang: string): TemplateResult {
  const fr = lang === 'fr';
  switch (which) {
    case 'agenda':
      return html`<seminar-agenda src=${SEED} heading-level="2" now=${NOW} no-structured-data></seminar-agenda>`;
    case 'card':
      return html`<speaker-card src=${SEED} speaker="kristy-milland" heading-level="2"></speaker-card>
        <p>
          ${fr ? 'La journée s’ouvre sur une intervention de' : 'The day opens with a talk by'}
          <speaker-card variant="compact" src=${SEED} speaker="mark-graham"></speaker-card>${fr ? ', suivie de trois témoignages.' : ', followed by three stories from abroad.'}
        </p>`;
    case 'list':
      return html`<speaker-list src=${SEED} heading-level="2"></speaker-list>`;
    case 'timer':
      return html`<session-timer src=${SEED} session="debate-2" now=${NOW}></session-timer>
        <p>
          ${fr ? 'Le second débat' : 'The second debate'}
          <session-timer variant="compact" src=${SEED} session="debate-2" now=${NOW}></session-timer>${fr ? ', puis une pause.' : ', then a coffee break.'}
        </p>`;
  }
}

function page(context: Context, which: Element, scheme: 'light' | 'dark', lang: string): TemplateResult {
  const title = lang === 'fr' ? 'Le séminaire' : 'The seminar';
  return context === 'dsfr'
    ? html`${DSFR_LIKE}
        <div class="dsfr-like" data-fr-theme=${scheme}>
          <header><p>République française · ${lang === 'fr' ? 'Un ministère' : 'A ministry'}</p></header>
          <main><h1>${title}</h1>${element(which, lang)}</main>
        </div>`
    : html`${BLOG_LIKE}
        <div class="blog-like ${scheme === 'dark' ? 'dark' : ''}">
          <header><p>${lang === 'fr' ? 'Le carnet de recherche' : 'The research notebook'}</p></header>
          <main><h1>${title}</h1>${element(which, lang)}</main>
        </div>`;
}

const meta: Meta<Args> = {
  title: 'Host pages',
  args: { scheme: 'light' },
  argTypes: { scheme: { control: 'inline-radio', options: ['light', 'dark'], description: 'The page’s theme (DSFR’s `data-fr-theme`, or the blog’s dark class).' } },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

const story = (context: Context, which: Element): Story => ({
  render: (args, { globals }) => page(context, which, args.scheme, String(globals['lang'] ?? 'en')),
});

/** The agenda on a DSFR-like page: the page's colours, font and theme switch (try `scheme`). */
export const DsfrAgenda = story('dsfr', 'agenda');
/** A speaker card, full and inline, on a DSFR-like page. */
export const DsfrCard = story('dsfr', 'card');
/** The speaker list on a DSFR-like page. */
export const DsfrList = story('dsfr', 'list');
/** A timer, full and inline, on a DSFR-like page. */
export const DsfrTimer = story('dsfr', 'timer');
/** The agenda on a blog: serif, justified text, and three `--seminar-*` properties. */
export const BlogAgenda = story('blog', 'agenda');
/** A speaker card, full and inline in a sentence, on a blog. */
export const BlogCard = story('blog', 'card');
/** The speaker list on a blog. */
export const BlogList = story('blog', 'list');
/** A timer, full and inline in a sentence, on a blog. */
export const BlogTimer = story('blog', 'timer');
/** The DSFR-like page in its dark theme. */
export const DsfrAgendaDark: Story = { ...DsfrAgenda, args: { scheme: 'dark' } };
/** The blog in its dark theme. */
export const BlogAgendaDark: Story = { ...BlogAgenda, args: { scheme: 'dark' } };
