/**
 * Layout, measured: titles in one column whatever the time range or badge,
 * 320 px (actions, time ranges, the speaker dialog), the inline variants in a
 * sentence, and the speaker dialog as one surface.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../../src/index.js';
import { richAt, richProgramme, settle } from '../i18n/fixtures.js';
import { seed } from '../helpers.js';

const AT = '2016-07-08T10:40:00+02:00';
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const rect = (el: Element) => el.getBoundingClientRect();

async function agenda(programme: unknown, now: string, width: number, attributes = ''): Promise<LitElement> {
  const box = await fixture<HTMLElement>(html`<div .style=${`width: ${width}px`}></div>`);
  box.innerHTML = `<seminar-agenda ${attributes} no-structured-data></seminar-agenda>`;
  const el = box.firstElementChild as LitElement & { programme: unknown; now: string };
  el.now = now;
  el.programme = programme;
  await settle(el, '.item');
  return el;
}

/** How many lines a text takes. */
function lines(node: Element): number {
  const tops = new Set([...node.getClientRects()].map((r) => Math.round(r.top)));
  return tops.size;
}

describe('layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('item titles in one column', () => {
    it('whatever the width of the time range ("11:45 AM – 12:10 PM", "8:45 – 9:00 AM") and the "now" badge', async () => {
      const el = await agenda(await seed(), AT, 1000);
      const titles = all(el, '.item .title');
      expect(titles.length).to.equal(12);
      const lefts = new Set(titles.map((t) => Math.round(rect(t).left)));
      expect([...lefts], 'title left edges').to.have.length(1);
      // The badge sits under the time, and the longest range fits on one line.
      expect(all(el, '.now-badge')).to.have.length(1);
      for (const time of all(el, '.when time')) expect(lines(time), time.textContent).to.equal(1);
    });

    it('across days, in French and in English', async () => {
      for (const lang of ['en', 'fr']) {
        const el = await agenda(richProgramme(), richAt('09:45'), 900, `lang="${lang}"`);
        expect(all(el, '.day')).to.have.length(2);
        const lefts = new Set(all(el, '.item .title').map((t) => Math.round(rect(t).left)));
        expect([...lefts], lang).to.have.length(1);
      }
    });
  });

  describe('at 320 px', () => {
    it('the favourite and calendar buttons share the time’s row: the item keeps the whole width', async () => {
      const el = await agenda(await seed(), AT, 320);
      for (const item of all(el, '.item:not(.pause)')) {
        const what = rect(item.querySelector('.what')!);
        const actions = rect(item.querySelector('.actions')!);
        const when = rect(item.querySelector('.when')!);
        const inner = rect(item).width - 2 * parseFloat(getComputedStyle(item).paddingLeft);
        expect(what.width, item.id).to.be.at.least(inner - 1);
        expect(actions.top, item.id).to.be.below(what.top);
        expect(Math.abs(actions.top - when.top), item.id).to.be.below(actions.height);
        expect(actions.right).to.be.at.most(rect(item).right);
      }
      for (const time of all(el, '.when time')) expect(lines(time), time.textContent).to.equal(1);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('the speaker dialog fits in the viewport with a margin', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await agenda(richProgramme(), richAt('09:45'), 304);
      all(el, 'button.speaker')[0].click();
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      const card = dialog.querySelector('speaker-card')!;
      await settle(card, '.card');
      const box = rect(dialog);
      expect(box.left).to.be.at.least(8);
      expect(box.right).to.be.at.most(320 - 8);
      expect(box.top).to.be.at.least(8);
      expect(box.bottom).to.be.at.most(640 - 8);
      for (const range of [...card.shadowRoot!.querySelectorAll('.range')]) expect(lines(range)).to.equal(1);
      dialog.close();
    });
  });

  describe('days painted on their own (paint containment)', () => {
    it('clip no focus outline: the days let paint past their edges at least as far as an outline reaches', async () => {
      const el = await agenda(await seed(), AT, 1000);
      const [day] = all(el, '.day');
      const style = getComputedStyle(day);
      expect(style.contain).to.contain('paint');
      const margin = parseFloat(style.overflowClipMargin);
      // The outlines drawn past a box in a day: an item's (it takes focus when a link leads to it), a button's, a link's.
      for (const target of [all(el, '.item')[0], all(el, '.item .favourite')[0], all(el, '.item .speaker')[0]]) {
        target.focus();
        const focused = getComputedStyle(target);
        const reach = parseFloat(focused.outlineWidth) + Math.max(0, parseFloat(focused.outlineOffset) || 0);
        expect(reach, target.className).to.be.greaterThan(0);
        expect(margin, `${target.className}: outline reaches ${reach}px`).to.be.at.least(reach);
      }
    });

    it('lets printed days break across pages (no containment in print)', async () => {
      const el = await agenda(await seed(), AT, 1000);
      const sheets = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const print = sheets.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
      const dayRules = print.flatMap((rule) => [...rule.cssRules]).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.day');
      expect(dayRules.map((rule) => rule.style.getPropertyValue('contain'))).to.include('none');
    });
  });

  describe('the speaker dialog', () => {
    it('is one surface, shows photo, bio and every session, and closes on a backdrop click', async () => {
      await setViewport({ width: 1000, height: 700 });
      const el = await agenda(richProgramme(), richAt('09:45'), 900);
      const trigger = all(el, 'button.speaker').find((b) => b.textContent.includes('Ana López'))!;
      trigger.click();
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      const card = dialog.querySelector('speaker-card') as LitElement;
      await settle(card, '.card');
      const box = card.shadowRoot!.querySelector('.card')!;
      const style = getComputedStyle(box);
      expect(style.borderTopWidth).to.equal('0px');
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(card.shadowRoot!.querySelector('[part="photo"]')).to.not.equal(null);
      expect(card.shadowRoot!.querySelector('[part="bio"]')!.textContent).to.contain('platform work');
      // Ana López speaks at two items.
      expect(card.shadowRoot!.querySelectorAll('[part="sessions"] li')).to.have.length(2);

      // A click inside the dialog (on its padding) keeps it open.
      const inside = rect(dialog);
      await sendMouse({ type: 'click', position: [Math.round(inside.left + 4), Math.round(inside.top + 4)] });
      expect(dialog.open).to.equal(true);
      // A click on the backdrop closes it, and focus goes back to the speaker's button.
      await sendMouse({ type: 'click', position: [4, 4] });
      await waitUntil(() => !dialog.open, 'the backdrop click should close the dialog');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(trigger);
    });
  });

  describe('inline variants in a sentence', () => {
    for (const width of [1000, 320]) {
      it(`the compact card sits on the text's baseline, inline (${width} px)`, async () => {
        const box = await fixture<HTMLElement>(html`<p .style=${`width: ${width}px; font: 18px/1.6 serif`}>
          The talk by <speaker-card variant="compact" .programme=${await seed()} speaker="sarah-bormann"></speaker-card> opens the day.
        </p>`);
        const card = box.querySelector('speaker-card') as LitElement;
        await settle(card, '.name');
        expect(getComputedStyle(card).display).to.equal('inline');
        const name = card.shadowRoot!.querySelector('.name')!;
        expect(getComputedStyle(name).display).to.equal('inline');
        // "by" and the name: same baseline (same font and size: the bottoms of their text boxes match).
        const before = document.createRange();
        const text = box.firstChild!;
        before.setStart(text, text.textContent!.indexOf('by'));
        before.setEnd(text, text.textContent!.indexOf('by') + 2);
        const by = before.getClientRects()[0];
        const nameRange = document.createRange();
        nameRange.selectNodeContents(name);
        const first = nameRange.getClientRects()[0];
        expect(Math.abs(first.bottom - by.bottom)).to.be.below(1);
        expect(getComputedStyle(name).fontSize).to.equal('18px');
      });
    }

    it('the compact timer reads as part of the sentence: "ends in 30:00"', async () => {
      const box = await fixture<HTMLElement>(html`<p>
        The debate <session-timer variant="compact" .programme=${await seed()} session="debate-2" now="2016-07-08T10:45:00+02:00"></session-timer>.
      </p>`);
      const timer = box.querySelector('session-timer') as LitElement;
      await settle(timer, '[part="base"]');
      expect(getComputedStyle(timer).display).to.equal('inline');
      expect(box.textContent.replace(/\s+/g, ' ').trim()).to.equal('The debate .');
      // What the sentence shows: neither the hidden name, nor the "Hide seconds" toggle (an icon after the phrase).
      const base = timer.shadowRoot!.querySelector('[part="base"]')!;
      const toggle = base.querySelector('[part="seconds"]');
      expect(toggle, 'the RGAA 13.8 toggle').to.not.equal(null);
      expect(getComputedStyle(toggle!).display).to.be.oneOf(['inline', 'inline-block']);
      const shown = (node: Node): string =>
        node instanceof Element
          ? node.hasAttribute('hidden') || node.classList.contains('visually-hidden') || node === toggle
            ? ''
            : [...node.childNodes].map(shown).join('')
          : node.nodeType === Node.TEXT_NODE
            ? (node.textContent ?? '')
            : '';
      expect(shown(base).replace(/\s+/g, ' ').trim()).to.equal('ends in 30:00');
      for (const node of base.querySelectorAll('*')) {
        if (node.closest('[hidden], .visually-hidden, [part="seconds"]')) continue;
        expect(getComputedStyle(node).display, node.localName).to.equal('inline');
      }
      expect(lines(timer)).to.equal(1);
      // Named for assistive technology by the item's title, which the sentence shows.
      const named = timer.shadowRoot!.querySelector('[role="timer"]')!.getAttribute('aria-labelledby');
      expect(timer.shadowRoot!.getElementById(named ?? '')?.textContent?.trim()).to.equal('Debate');
    });
  });
});
