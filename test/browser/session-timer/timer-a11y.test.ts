/**
 * <session-timer> and RGAA 4.1: moving content the visitor controls (13.8:
 * "Hide seconds", `precision`, `prefers-reduced-motion`), announcements that
 * are kept, the language of its texts (8.7) and focus (7.3).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define/session-timer.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { deepActive, where } from '../a11y/helpers.js';
import { SEED, $, textKeepingNbsp, sleep } from '../helpers.js';

const at = (time: string) => `2016-07-08T${time}+02:00`;

/** An ISO instant `offset` ms from now, to the second, for a live timer. */
const fromNow = (offset: number) => new Date(Math.floor((Date.now() + offset) / 1000) * 1000).toISOString().replace('.000Z', 'Z');

async function timer(template: ReturnType<typeof html>): Promise<SessionTimer> {
  const el = await fixture<SessionTimer>(template);
  await el.updateComplete;
  return el;
}

/** How many changes the element's shadow tree goes through in `ms` (text, nodes, attributes). */
async function changesDuring(el: Element, ms: number): Promise<string[]> {
  const changes: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) changes.push(`${record.type} in ${where(record.target instanceof Element ? record.target : record.target.parentElement)}`);
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  await sleep(ms);
  observer.disconnect();
  return changes;
}

async function reducedMotion(on: boolean): Promise<void> {
  await emulateMedia({ reducedMotion: on ? 'reduce' : 'no-preference' });
}

describe('<session-timer> accessibility', () => {
  afterEach(async () => {
    await reducedMotion(false);
    document.documentElement.lang = 'en';
  });

  describe('moving content (13.8)', () => {
    it('a running timer offers "Hide seconds": whole minutes, and nothing moves each second', async () => {
      const el = await timer(html`<session-timer label="Workshop" start=${fromNow(-300_000)} end=${fromNow(630_000)}></session-timer>`);
      const toggle = $(el, '[part="seconds"]')!;
      expect(toggle, 'the control').to.not.equal(null);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(textKeepingNbsp($(el, '[part="seconds"]'))).to.equal('Hide seconds');
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^\d\d:\d\d$/);
      expect((await changesDuring(el, 1300)).length, 'the seconds tick').to.be.greaterThan(0);

      toggle.focus();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^1\d mins?$/);
      expect(await changesDuring(el, 2300), 'no change in 2 s').to.deep.equal([]);
      const progress = $(el, 'progress') as HTMLProgressElement;
      expect(progress.max, 'the bar counts minutes').to.equal(16);
      await expect(el).to.be.accessible();

      toggle.click();
      await el.updateComplete;
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^\d\d:\d\d$/);
    });

    it('with prefers-reduced-motion: whole minutes by default, no per-second change, no pulse', async () => {
      await reducedMotion(true);
      const el = await timer(html`<session-timer label="Workshop" warn-before="PT30M" start=${fromNow(-300_000)} end=${fromNow(630_000)}></session-timer>`);
      expect(el.hasAttribute('warning')).to.equal(true);
      expect($(el, '[part="seconds"]')!.getAttribute('aria-pressed'), 'seconds hidden').to.equal('true');
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^1\d mins?$/);
      expect(await changesDuring(el, 2300)).to.deep.equal([]);
      expect($(el, '[part="value"]')!.getAnimations(), 'the warning does not pulse').to.deep.equal([]);
    });

    it('follows a change of the preference while shown', async () => {
      const el = await timer(html`<session-timer label="Workshop" start=${fromNow(-300_000)} end=${fromNow(630_000)}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^\d\d:\d\d$/);
      await reducedMotion(true);
      await waitUntil(() => /min/.test(textKeepingNbsp($(el, '[part="value"]'))), 'minutes once the visitor asks for less motion');
    });

    it('precision="seconds" wins over the preference, the visitor’s toggle over both', async () => {
      await reducedMotion(true);
      const el = await timer(html`<session-timer .programme=${await (await fetch(SEED)).json()} session="debate-2" now=${at('10:45')} precision="seconds"></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.equal('30:00');
      el.precision = 'minutes';
      await el.updateComplete;
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^30 mins?$/);
      $(el, '[part="seconds"]')!.click();
      await el.updateComplete;
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.equal('30:00');
    });

    it('in whole minutes, still announces the start and the end, and counts an hour and more in words', async () => {
      const el = await timer(html`<session-timer .programme=${await (await fetch(SEED)).json()} session="debate-2" now=${at('10:00')} precision="minutes" variant="clock"></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^30 mins?$/);
      el.now = at('10:31');
      await el.updateComplete;
      expect(textKeepingNbsp($(el, '[role="status"]'))).to.equal('Started: Debate.');
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^44 mins?$/);
      el.now = at('11:16');
      await el.updateComplete;
      expect(textKeepingNbsp($(el, '[role="status"]'))).to.equal('Ended: Debate.');
      el.now = at('09:14:30');
      el.session = 'lunch';
      await el.updateComplete;
      expect(textKeepingNbsp($(el, '[part="value"]'))).to.match(/^3 hrs?, 46 mins?$/);
    });
  });

  describe('language and focus', () => {
    it('marks a title in another language in the live region', async () => {
      const programme = {
        version: 1,
        event: { title: 'Seminar', timeZone: 'Europe/Paris', days: ['2016-07-08'], defaultLanguage: 'en' },
        items: [{ id: 'talk', type: 'talk', start: '10:00', end: '11:00', title: { fr: 'Le travail de plateforme' } }],
      };
      const el = await timer(html`<session-timer .programme=${programme} session="talk" now=${at('09:59')}></session-timer>`);
      el.now = at('10:01');
      await el.updateComplete;
      const marked = $(el, '[role="status"] [lang="fr"]');
      expect(marked?.textContent).to.equal('Le travail de plateforme');
    });

    it('reads its label as the page’s language, not the programme’s', async () => {
      document.documentElement.lang = 'fr';
      const el = await timer(html`<session-timer .programme=${await (await fetch(SEED)).json()} session="debate-2" label="Le grand débat" now=${at('10:45')}></session-timer>`);
      await waitUntil(() => textKeepingNbsp($(el, '[part="label"]')) === 'Le grand débat');
      expect($(el, '[part="label"] [lang]')?.outerHTML ?? null, 'French on a French page: no mark').to.equal(null);
    });

    it('when the seconds toggle goes away (the time ended), focus stays on the timer', async () => {
      const el = await timer(html`<session-timer .programme=${await (await fetch(SEED)).json()} session="debate-2" now=${at('10:45')}></session-timer>`);
      const toggle = $(el, '[part="seconds"]')!;
      toggle.focus();
      el.now = at('11:20');
      await el.updateComplete;
      expect($(el, '[part="seconds"]')?.outerHTML ?? null, 'ended: nothing ticks').to.equal(null);
      expect(where(deepActive())).to.equal(where($(el, '[part="base"]')));
    });
  });
});
