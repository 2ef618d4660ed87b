/**
 * At home on the host's design: a page that declares the French State design
 * system's custom properties (this stylesheet is our own, with DSFR's names;
 * no DSFR file is used or shipped) and its theme switch, and a page with a
 * typical CMS theme (62.5 % root font size, serif body, justified text).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../../src/index.js';
import { richAt, richProgramme, settle } from '../i18n/fixtures.js';
import { failing, parseColor } from './contrast.js';
import { seed, hostPage, resetHostPage } from '../helpers.js';

/** The properties a DSFR page defines on :root, light and dark (values as in the design system's documentation). */
const DSFR_LIKE = `
  :root {
    --text-default-grey: #3a3a3a; --text-title-grey: #161616; --text-mention-grey: #666666;
    --text-action-high-blue-france: #000091; --blue-france-sun-113-625: #000091; --text-inverted-blue-france: #f5f5fe;
    --background-default-grey: #ffffff; --background-alt-grey: #f6f6f6;
    --border-default-grey: #dddddd; --border-plain-grey: #3a3a3a; --text-default-error: #ce0500;
  }
  :root[data-fr-theme='dark'] {
    --text-default-grey: #cecece; --text-title-grey: #f6f6f6; --text-mention-grey: #929292;
    --text-action-high-blue-france: #8585f6; --blue-france-sun-113-625: #8585f6; --text-inverted-blue-france: #000091;
    --background-default-grey: #161616; --background-alt-grey: #1e1e1e;
    --border-default-grey: #353535; --border-plain-grey: #cecece; --text-default-error: #ff5655;
  }
  body { font-family: Marianne, arial, sans-serif; background: var(--background-default-grey); color: var(--text-default-grey); }
`;

const CMS_THEME = `
  html { font-size: 62.5%; }
  body { font: 1.8rem/1.7 Georgia, 'DejaVu Serif', serif; text-align: justify; background: #fbf8f3; color: #2b2b2b; }
  .entry-content { letter-spacing: 0.02em; word-spacing: 0.1em; text-indent: 2em; text-transform: uppercase; font-style: italic; }
`;


async function widgets(): Promise<{ container: HTMLElement; elements: LitElement[] }> {
  const programme = await seed();
  const rich = richProgramme();
  const container = await fixture<HTMLElement>(html`<div class="entry-content">
    <seminar-agenda .programme=${programme} now="2016-07-08T10:40:00+02:00" no-structured-data></seminar-agenda>
    <seminar-agenda .programme=${rich} now=${richAt('09:45')} no-structured-data></seminar-agenda>
    <seminar-agenda src="/__test/programme?status=404"></seminar-agenda>
    <speaker-card .programme=${rich} speaker="ana-lopez"></speaker-card>
    <p>The talk by <speaker-card variant="compact" .programme=${programme} speaker="kristy-milland"></speaker-card> opens.</p>
    <speaker-list .programme=${rich} filter></speaker-list>
    <session-timer .programme=${programme} session="debate-2" now="2016-07-08T10:40:00+02:00"></session-timer>
    <session-timer .programme=${programme} session="debate-2" now="2016-07-08T11:13:00+02:00" warn-before="PT5M" variant="clock"></session-timer>
    <p>The debate <session-timer variant="compact" .programme=${programme} session="debate-2" now="2016-07-08T10:40:00+02:00"></session-timer>.</p>
  </div>`);
  const elements = [...container.querySelectorAll<LitElement>('seminar-agenda, speaker-card, speaker-list, session-timer')];
  for (const el of elements) await settle(el, el.getAttribute('src') ? '[part="error"]' : '[part]');
  return { container, elements };
}

/** A host-page property's value, as a colour, resolved on the page. */
function hostColour(property: string): string {
  const probe = document.createElement('i');
  probe.style.color = `var(${property})`;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;
const style = (el: Element) => getComputedStyle(el);

function expectReadable(elements: LitElement[]): void {
  const problems = elements.flatMap((el) => failing(el));
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

describe('the host page’s design system (DSFR’s properties, our own stylesheet)', () => {
  afterEach(async () => {
    resetHostPage();
    document.documentElement.removeAttribute('data-fr-theme');
    await executeServerCommand('emulate-media-features', { features: {} });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`takes the page's colours, focus ring and font, ${theme}`, async () => {
      // The OS says the opposite: DSFR's switch wins.
      await executeServerCommand('emulate-media-features', { features: { 'prefers-color-scheme': theme === 'dark' ? 'light' : 'dark' } });
      hostPage(DSFR_LIKE);
      document.documentElement.setAttribute('data-fr-theme', theme);
      const { elements } = await widgets();
      const [agenda, , failed, card, , list, timer] = elements as [LitElement, LitElement, LitElement, LitElement, LitElement, LitElement, LitElement];
      for (const el of elements) expect(el.matches(`:state(${theme})`), el.localName).to.equal(true);

      expect(style(inside(agenda, '.event-title')).color).to.equal(hostColour('--text-title-grey'));
      expect(style(inside(agenda, '.item .title')).color).to.equal(hostColour('--text-title-grey'));
      expect(style(inside(agenda, '.when')).color).to.equal(hostColour('--text-default-grey'));
      expect(style(inside(agenda, '.details')).color).to.equal(hostColour('--text-mention-grey'));
      expect(style(inside(agenda, 'button.speaker')).color).to.equal(hostColour('--text-action-high-blue-france'));
      expect(style(inside(agenda, '.item')).borderTopColor).to.equal(hostColour('--border-default-grey'));
      expect(style(inside(agenda, 'input')).borderTopColor).to.equal(hostColour('--border-plain-grey'));
      expect(style(inside(agenda, 'input')).backgroundColor).to.equal(hostColour('--background-default-grey'));
      expect(style(inside(agenda, '.pause')).backgroundColor).to.equal(hostColour('--background-alt-grey'));
      expect(style(inside(agenda, '.now-badge')).backgroundColor).to.equal(hostColour('--text-action-high-blue-france'));
      expect(style(inside(agenda, '.now-badge')).color).to.equal(hostColour('--text-inverted-blue-france'));
      expect(style(inside(failed, '.error-title')).color).to.equal(hostColour('--text-default-error'));
      expect(style(inside(card, '.card')).backgroundColor).to.equal(hostColour('--background-default-grey'));
      expect(style(inside(card, '.card')).borderTopColor).to.equal(hostColour('--border-default-grey'));
      expect(style(inside(card, '.name')).color).to.equal(hostColour('--text-title-grey'));
      const nested = inside(list, 'speaker-card');
      expect(style(inside(nested, '.card')).backgroundColor).to.equal(hostColour('--background-default-grey'));
      expect(style(inside(timer, '.timer')).backgroundColor).to.equal(hostColour('--background-default-grey'));
      expect(style(inside(timer, '.label')).color).to.equal(hostColour('--text-title-grey'));

      // The focus ring is the page's action colour.
      const button = inside(agenda, 'button.favourite') as HTMLButtonElement;
      button.focus({ focusVisible: true } as FocusOptions);
      expect(style(button).outlineColor).to.equal(hostColour('--text-action-high-blue-france'));
      // The page's font family.
      for (const el of elements) expect(style(el).fontFamily).to.equal(style(document.body).fontFamily);
      expectReadable(elements);
    });
  }

  it('follows the page when its theme switch changes, without a reload', async () => {
    hostPage(DSFR_LIKE);
    document.documentElement.setAttribute('data-fr-theme', 'light');
    const { elements } = await widgets();
    const agenda = elements[0];
    const title = () => style(inside(agenda, '.event-title')).color;
    expect(title()).to.equal(hostColour('--text-title-grey'));
    document.documentElement.setAttribute('data-fr-theme', 'dark');
    await new Promise((r) => setTimeout(r, 0));
    expect(agenda.matches(':state(dark)')).to.equal(true);
    expect(title()).to.equal(hostColour('--text-title-grey'));
    expect(parseColor(title())[0]).to.be.greaterThan(200);
    expectReadable(elements);
  });

  it('a forced theme on a DSFR page uses the neutral palette (the page holds only its own scheme’s values)', async () => {
    hostPage(DSFR_LIKE);
    document.documentElement.setAttribute('data-fr-theme', 'light');
    const { elements } = await widgets();
    for (const el of elements) el.setAttribute('theme', 'dark');
    for (const el of elements) await el.updateComplete;
    const agenda = elements[0];
    expect(agenda.matches(':state(dark)')).to.equal(true);
    expect(style(inside(agenda, '.event-title')).color).not.to.equal(hostColour('--text-title-grey'));
    expectReadable(elements);
  });

  it('--seminar-* properties win over the page’s design system', async () => {
    hostPage(`${DSFR_LIKE} seminar-agenda { --seminar-accent-color: #7a1f5c; }`);
    const { elements } = await widgets();
    expect(style(inside(elements[0], 'button.speaker')).color).to.equal('rgb(122, 31, 92)');
  });
});

describe('a CMS theme around the elements (62.5 % root, serif, justified)', () => {
  afterEach(() => {
    resetHostPage();
  });

  it('adopts the font family and size; resets justification, spacing, case, indent and italics', async () => {
    hostPage(CMS_THEME);
    const { container, elements } = await widgets();
    const page = style(container);
    expect(page.textAlign).to.equal('justify');
    for (const el of elements) {
      const compact = el.getAttribute('variant') === 'compact';
      expect(style(el).fontFamily, el.localName).to.equal(page.fontFamily);
      expect(style(el).fontSize, el.localName).to.equal('18px');
      const texts = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => !['style', 'slot', 'svg', 'path', 'rect'].includes(n.localName));
      expect(texts.length).to.be.greaterThan(0);
      for (const node of texts) {
        const s = style(node);
        const where = `${el.localName} ${node.localName}.${node.getAttribute('class') ?? ''}`;
        if (compact) {
          // Inline, part of the host's sentence: its spacing, case and style.
          expect(s.letterSpacing, where).to.equal(page.letterSpacing);
          expect(s.fontStyle, where).to.equal('italic');
          continue;
        }
        expect(s.textAlign, where).not.to.equal('justify');
        if (!node.classList.contains('eyebrow')) expect(s.letterSpacing, where).to.equal('normal');
        expect(s.wordSpacing, where).to.equal('0px');
        expect(s.textIndent, where).to.equal('0px');
        const italic = node.closest('.topic') || (node.closest('.pause') && node.closest('.title'));
        expect(s.fontStyle, where).to.equal(italic ? 'italic' : 'normal');
        if (!node.classList.contains('eyebrow')) expect(s.textTransform, where).to.equal('none');
      }
    }
    expectReadable(elements);
  });

  it('sizes follow the page’s text, not its root font size (62.5 % root draws the same as 100 %)', async () => {
    const geometry = async (css: string) => {
      hostPage(css);
      const { elements } = await widgets();
      return elements.map((el) =>
        [...el.shadowRoot!.querySelectorAll('*')].map((n) => {
          const r = n.getBoundingClientRect();
          return `${n.localName} ${Math.round(r.width)}×${Math.round(r.height)}`;
        }),
      );
    };
    const small = await geometry('html { font-size: 62.5% } body { font: 18px/1.5 serif }');
    const normal = await geometry('html { font-size: 100% } body { font: 18px/1.5 serif }');
    expect(small).to.deep.equal(normal);
  });
});
