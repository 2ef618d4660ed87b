/**
 * Issue: a visitor in dark mode on an ordinary white site got #f1f1f1 text
 * on white. Every element must draw the scheme of the background actually
 * behind it (or the forced `theme`, on a surface of its own), and every
 * visible text must reach 4.5:1 against that background, computed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../../src/index.js';
import { richAt, richProgramme, settle } from '../i18n/fixtures.js';
import { contrast, failing, textContrasts } from './contrast.js';
import { luminance } from '../../../src/internal/scheme.js';
import { seed, hostPage, resetHostPage } from '../helpers.js';

const AT = '2016-07-08T10:40:00+02:00';
/** Two minutes before the end of debate-2: the warning. */
const WARNING = '2016-07-08T11:13:00+02:00';
/** After its end: overtime. */
const OVER = '2016-07-08T11:20:00+02:00';

async function media(features: Record<string, string>): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}


/** Every element, in every look that draws text of its own colours. */
async function widgets(theme?: 'light' | 'dark'): Promise<LitElement[]> {
  const programme = await seed();
  const rich = richProgramme();
  const t = theme ?? null;
  const container = await fixture<HTMLElement>(html`<div class="host-content">
    <seminar-agenda .programme=${programme} now=${AT} theme=${t ?? ''} no-structured-data></seminar-agenda>
    <seminar-agenda .programme=${rich} now=${richAt('09:45')} view="grid" theme=${t ?? ''} no-structured-data></seminar-agenda>
    <seminar-agenda src="/__test/programme?status=404" theme=${t ?? ''}></seminar-agenda>
    <speaker-card .programme=${rich} speaker="ana-lopez" theme=${t ?? ''}></speaker-card>
    <p>The talk by <speaker-card variant="compact" .programme=${programme} speaker="kristy-milland" theme=${t ?? ''}></speaker-card> opens.</p>
    <speaker-list .programme=${rich} filter theme=${t ?? ''}></speaker-list>
    <session-timer .programme=${programme} session="debate-2" now=${AT} theme=${t ?? ''}></session-timer>
    <session-timer .programme=${programme} session="debate-2" now=${WARNING} warn-before="PT5M" theme=${t ?? ''}></session-timer>
    <session-timer .programme=${programme} session="debate-2" now=${OVER} overtime variant="clock" theme=${t ?? ''}></session-timer>
    <session-timer .programme=${programme} mode="next" now=${AT} theme=${t ?? ''}></session-timer>
    <p>The debate <session-timer variant="compact" .programme=${programme} session="debate-2" now=${WARNING} warn-before="PT5M" theme=${t ?? ''}></session-timer>.</p>
  </div>`);
  const elements = [...container.querySelectorAll<LitElement>('seminar-agenda, speaker-card, speaker-list, session-timer')];
  for (const el of elements) {
    if (!theme) el.removeAttribute('theme');
    await settle(el, el.getAttribute('src') ? '[part="error"]' : '[part]');
  }
  return elements;
}

function expectReadable(elements: LitElement[]): void {
  let measured = 0;
  const problems: string[] = [];
  for (const el of elements) {
    measured += textContrasts(el).length;
    problems.push(...failing(el));
  }
  expect(problems, `texts under 4.5:1:\n${problems.join('\n')}`).to.deep.equal([]);
  // The walk reaches the texts (nested cards of the list included): it measures something.
  expect(measured).to.be.greaterThan(150);
}

function expectScheme(elements: LitElement[], scheme: 'light' | 'dark'): void {
  for (const el of elements) expect(el.matches(`:state(${scheme})`), `${el.localName} draws ${scheme}`).to.equal(true);
}

describe('colour scheme: follows the page behind, readable everywhere', () => {
  afterEach(async () => {
    resetHostPage();
    document.documentElement.removeAttribute('style');
    await media({});
  });

  it('OS dark, a white page: light, every text ≥ 4.5:1 (the reported bug)', async () => {
    await media({ 'prefers-color-scheme': 'dark' });
    hostPage('html { background: #fff; color: #222 }');
    const elements = await widgets();
    expectScheme(elements, 'light');
    expectReadable(elements);
  });

  it('OS dark, a page that declares and paints nothing (the browser draws it white): light', async () => {
    await media({ 'prefers-color-scheme': 'dark' });
    const elements = await widgets();
    expectScheme(elements, 'light');
    expectReadable(elements);
  });

  it('OS light, a page declaring color-scheme: dark (dark canvas): dark', async () => {
    await media({ 'prefers-color-scheme': 'light' });
    hostPage(':root { color-scheme: dark }');
    const elements = await widgets();
    expectScheme(elements, 'dark');
    expectReadable(elements);
  });

  it('OS light, a dark page that paints its background without declaring a scheme: dark', async () => {
    await media({ 'prefers-color-scheme': 'light' });
    hostPage('body { background: #15171a; color: #e8e8e8 }');
    const elements = await widgets();
    expectScheme(elements, 'dark');
    expectReadable(elements);
  });

  it('a page declaring "light dark" follows the OS, as the page itself does', async () => {
    hostPage(':root { color-scheme: light dark }');
    await media({ 'prefers-color-scheme': 'dark' });
    const elements = await widgets();
    expectScheme(elements, 'dark');
    expectReadable(elements);
    // The OS switches while the page is open: the elements follow.
    await media({ 'prefers-color-scheme': 'light' });
    await new Promise((r) => setTimeout(r, 50));
    expectScheme(elements, 'light');
    expectReadable(elements);
  });

  it('a light box on a dark page: the background right behind wins', async () => {
    hostPage(':root { color-scheme: dark } body { background: #111 } .host-content { background: #fdfdfd; color: #222 }');
    const elements = await widgets();
    expectScheme(elements, 'light');
    expectReadable(elements);
  });

  it('the page switches its theme (a class on <html>): the elements follow', async () => {
    hostPage('html.dark body { background: #202124; color: #eee } body { background: #fff }');
    const elements = await widgets();
    expectScheme(elements, 'light');
    document.documentElement.classList.add('dark');
    await new Promise((r) => setTimeout(r, 0));
    expectScheme(elements, 'dark');
    expectReadable(elements);
    document.documentElement.classList.remove('dark');
    await new Promise((r) => setTimeout(r, 0));
    expectScheme(elements, 'light');
  });

  it('theme="dark" on a white page (OS light): dark, on its own surface', async () => {
    await media({ 'prefers-color-scheme': 'light' });
    hostPage('html { background: #fff; color: #222 }');
    const elements = await widgets('dark');
    expectScheme(elements, 'dark');
    expectReadable(elements);
  });

  it('theme="light" on a dark page (OS dark): light, on its own surface', async () => {
    await media({ 'prefers-color-scheme': 'dark' });
    hostPage(':root { color-scheme: dark } body { background: #121212; color: #eee }');
    const elements = await widgets('light');
    expectScheme(elements, 'light');
    expectReadable(elements);
  });

  it('theme set and removed at runtime', async () => {
    hostPage('html { background: #fff; color: #222 }');
    const [agenda] = await widgets();
    agenda.setAttribute('theme', 'dark');
    await agenda.updateComplete;
    expectScheme([agenda], 'dark');
    expect(failing(agenda)).to.deep.equal([]);
    agenda.removeAttribute('theme');
    await agenda.updateComplete;
    expectScheme([agenda], 'light');
  });

  it('forced colours (a white page, OS dark): every text readable', async () => {
    await media({ 'prefers-color-scheme': 'dark', 'forced-colors': 'active' });
    hostPage('html { background: #fff; color: #222 }');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const elements = await widgets();
    expectReadable(elements);
  });

  it('forced colours on a dark page, with a forced theme: every text readable', async () => {
    await media({ 'prefers-color-scheme': 'light', 'forced-colors': 'active' });
    hostPage(':root { color-scheme: dark } body { background: #121212; color: #eee }');
    const elements = await widgets('light');
    expectReadable(elements);
  });
});

describe('print: dark ink on white paper, whatever the screen’s scheme', () => {
  afterEach(async () => {
    resetHostPage();
    await executeServerCommand('emulate-media-features', {});
  });

  for (const theme of [undefined, 'dark'] as const) {
    it(`a dark page${theme ? ' and theme="dark"' : ''}`, async () => {
      await executeServerCommand('emulate-media-features', { features: { 'prefers-color-scheme': 'dark' } });
      hostPage(':root { color-scheme: dark } body { background: #121212; color: #eee }');
      const elements = await widgets(theme);
      await executeServerCommand('emulate-media-features', { media: 'print', features: { 'prefers-color-scheme': 'dark' } });
      const white: [number, number, number, number] = [255, 255, 255, 1];
      // The inline variants print in the colour of the sentence around them: the page's.
      const blocks = elements.filter((el) => el.getAttribute('variant') !== 'compact');
      const faint = blocks
        .flatMap((el) => textContrasts(el))
        .filter((t) => !t.where.includes('avatar') && contrast(t.color, white) < 4.5)
        .map((t) => `${t.where} "${t.text}": ${contrast(t.color, white).toFixed(2)}:1 on paper`);
      expect(faint, faint.join('\n')).to.deep.equal([]);
    });
  }
});

describe('the background colours the scheme detection reads', () => {
  const computed = (color: string) => {
    const probe = document.createElement('i');
    probe.style.backgroundColor = color;
    document.body.append(probe);
    const value = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return value;
  };

  it('reads every form a computed colour comes in; mostly transparent is no background', () => {
    expect(luminance(computed('#fff'))).to.be.closeTo(1, 0.001);
    expect(luminance(computed('#000'))).to.equal(0);
    expect(luminance(computed('#767676'))).to.be.closeTo(0.181, 0.002);
    expect(luminance(computed('rgb(255 255 255 / 0.6)'))).to.be.closeTo(1, 0.001);
    expect(luminance(computed('rgb(0 0 0 / 0.3)'))).to.equal(undefined);
    expect(luminance(computed('transparent'))).to.equal(undefined);
    // Tailwind's palette: gray-900 is dark, gray-50 light.
    expect(luminance(computed('oklch(21% 0.034 264.665)'))).to.be.below(0.05);
    expect(luminance(computed('oklch(98.5% 0.002 247.839)'))).to.be.above(0.9);
    expect(luminance(computed('color-mix(in srgb, #000 80%, #fff)'))).to.be.below(0.1);
    expect(luminance('not a colour')).to.equal(undefined);
  });
});
