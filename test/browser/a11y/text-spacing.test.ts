/**
 * RGAA 10.12 with 10.11: the text-spacing overrides of the RGAA's bookmarklet
 * (WCAG 1.4.12: line height 1.5, paragraphs 2 em apart, letter spacing
 * 0.12 em, word spacing 0.16 em), injected into every shadow root, at a
 * 320 px wide viewport: no text is clipped (scroll size within client size
 * where overflow is hidden), nothing runs past its element's box, and the
 * page does not scroll sideways. In English, French and German (the longest).
 * With text at 200 % (RGAA 10.4, text-only zoom: the root font size), the same
 * at 1024 px, a desktop window.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import '../../../src/define/speaker-list.js';
import '../../../src/define/session-timer.js';
import { deepElements, where } from './helpers.js';
import { SEED } from '../helpers.js';

const ROOMS = '/test/fixtures/two-rooms.json';
const at = (time: string) => `2016-07-08T${time}+02:00`;

const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

const spacing = new CSSStyleSheet();
spacing.replaceSync(SPACING);

/** Adds the overrides to `root` and to every shadow root under it (nested elements included). */
function injectSpacing(root: Document | ShadowRoot): void {
  if (!root.adoptedStyleSheets.includes(spacing)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
  for (const element of deepElements(root)) {
    if (element.shadowRoot && !element.shadowRoot.adoptedStyleSheets.includes(spacing)) {
      element.shadowRoot.adoptedStyleSheets = [...element.shadowRoot.adoptedStyleSheets, spacing];
    }
  }
}

/** Visually hidden text (1 px, clipped on purpose) and decorative boxes are not text to read. */
function isHiddenOnPurpose(element: Element): boolean {
  return Boolean(element.closest('.visually-hidden, [aria-hidden="true"], .skeleton')) || getComputedStyle(element).clipPath !== 'none';
}

/** What is clipped or runs out of its box: `host`'s shadow tree against `host`, and each element nested in it against its own box. */
function overflows(host: HTMLElement): string[] {
  const found: string[] = [];
  const box = host.getBoundingClientRect();
  for (const element of host.shadowRoot!.querySelectorAll('*')) {
    if (!(element instanceof HTMLElement) || isHiddenOnPurpose(element)) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (element.shadowRoot) found.push(...overflows(element));
    const rect = element.getBoundingClientRect();
    if (!rect.width && !rect.height) continue;
    // A biography clamped on purpose has its "Read the full biography" button.
    const clampedOnPurpose = element.closest('.clamped') !== null;
    const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (hidesX && element.scrollWidth > element.clientWidth + 1) found.push(`${where(element)}: clipped sideways (${element.scrollWidth} > ${element.clientWidth})`);
    if (hidesY && !clampedOnPurpose && element.scrollHeight > element.clientHeight + 1) {
      found.push(`${where(element)}: clipped (${element.scrollHeight} > ${element.clientHeight})`);
    }
    if (rect.right > box.right + 1 || rect.left < box.left - 1) {
      found.push(`${host.localName} > ${where(element)}: runs past (${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`);
    }
  }
  return found;
}

async function settle(el: HTMLElement): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"], [part="card"], [part="base"], [part="list"]'), `${el.localName} renders`, { timeout: 5000 });
  for (const element of [el, ...deepElements(el.shadowRoot!)]) if ('updateComplete' in element) await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

const programmeOf = async (url: string): Promise<unknown> => (await fetch(url)).json();

const CASES: [string, () => Promise<TemplateResult>][] = [
  ['agenda, list, a session running', async () => html`<seminar-agenda .programme=${await programmeOf(SEED)} now=${at('10:40')}></seminar-agenda>`],
  ['agenda, grid (a list at this width)', async () => html`<seminar-agenda .programme=${await programmeOf(ROOMS)} view="grid"></seminar-agenda>`],
  ['speaker card', async () => html`<speaker-card .programme=${await programmeOf(SEED)} speaker="robert-fuss"></speaker-card>`],
  ['compact card', async () => html`<speaker-card .programme=${await programmeOf(SEED)} speaker="sarah-bormann" variant="compact"></speaker-card>`],
  ['speaker list', async () => html`<speaker-list .programme=${await programmeOf(SEED)} filter></speaker-list>`],
  ['timer, long, running with a warning', async () => html`<session-timer .programme=${await programmeOf(SEED)} session="debate-2" warn-before="20" now=${at('10:58')}></session-timer>`],
  ['timer, long, far away', async () => html`<session-timer .programme=${await programmeOf(SEED)} now="2016-06-01T09:00:00+02:00"></session-timer>`],
  ['timer, clock, over an hour', async () => html`<session-timer .programme=${await programmeOf(SEED)} variant="clock" now=${at('07:00')}></session-timer>`],
  ['timer, next mode', async () => html`<session-timer .programme=${await programmeOf(SEED)} mode="next" now=${at('10:40')}></session-timer>`],
  ['timer, compact', async () => html`<session-timer .programme=${await programmeOf(SEED)} session="debate-2" variant="compact" now=${at('10:40')}></session-timer>`],
  ['compact speaker list, text at 200 % (1024 px)', async () => html`<speaker-list .programme=${await programmeOf(SEED)} variant="compact"></speaker-list>`],
  ['agenda, text at 200 % (1024 px)', async () => html`<seminar-agenda .programme=${await programmeOf(SEED)} now=${at('10:40')}></seminar-agenda>`],
  ['speaker list, text at 200 % (1024 px)', async () => html`<speaker-list .programme=${await programmeOf(SEED)}></speaker-list>`],
  ['timer, clock, text at 200 % (1024 px)', async () => html`<session-timer .programme=${await programmeOf(SEED)} variant="clock" now=${at('07:00')}></session-timer>`],
];

describe('text spacing at 320 px, and text at 200 % (RGAA 10.12, 10.11, 10.4)', function () {
  this.timeout(30_000);

  after(async () => {
    await setViewport({ width: 800, height: 600 });
    document.adoptedStyleSheets = [];
  });
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const lang of ['en', 'fr', 'de']) {
    for (const [name, make] of CASES) {
      it(`${name} [${lang}]: nothing clipped, nothing past its box, no sideways scroll`, async () => {
        // Text-only zoom (RGAA 10.4): the root font size, which rem units follow.
        const zoomed = name.includes('200 %');
        const width = zoomed ? 1024 : 320;
        await setViewport({ width, height: 640 });
        if (zoomed) document.documentElement.style.fontSize = '200%';
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="margin: 8px">${await make()}</div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        await settle(el);
        injectSpacing(document);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(getComputedStyle(deepElements(el.shadowRoot!)[0]).wordSpacing, 'the overrides reach the shadow root').to.not.equal('0px');
        expect(overflows(el), `${name} [${lang}]`).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(width);
      });
    }
  }
});
