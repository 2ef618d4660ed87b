/**
 * <seminar-agenda> and RGAA 4.1: where focus goes when a control removes
 * itself or its item (7.3, 12.8), names that tell items apart (7.1, 9.1,
 * 11.9), what "Jump to now" and clearing filters say (7.5), the language of
 * programme text (8.7), landmarks and heading levels (9.1, 12.6).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { accessibleNodes, deepActive, duplicates, expectFocusOn, landmarksIn, where } from '../a11y/helpers.js';
import { SEED, $, $$, text } from '../helpers.js';

const ROOMS = '/test/fixtures/two-rooms.json';
/** During the seed's second debate (10:40 in Paris). */
const DURING = '2016-07-08T10:40:00+02:00';

const ids = (el: Element) => $$(el, '[part~="item"]').map((li) => li.dataset['itemId']);

async function agenda(template: ReturnType<typeof html>): Promise<SeminarAgenda> {
  const el = await fixture<SeminarAgenda>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"], [role="alert"], .empty'), 'the agenda should render');
  await el.updateComplete;
  return el;
}

/** Keyboard use: focus the control, then activate it. */
async function press(el: SeminarAgenda, control: HTMLElement | null): Promise<void> {
  expect(control, 'the control exists').to.not.equal(null);
  control!.focus();
  control!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Role and accessible name of the elements matching `selector` in `el`'s shadow root. */
const accessible = (el: Element, selector: string) => accessibleNodes($$(el, selector));

describe('<seminar-agenda> accessibility', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  describe('focus never falls to <body>', () => {
    it('"Show everything" in the no-results state moves focus to the search field', async () => {
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      const search = $(el, '.search input') as HTMLInputElement;
      search.value = 'zzz';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await press(el, $(el, '.empty button'));
      expect(ids(el)).to.have.length(12);
      expectFocusOn(search);
    });

    it('un-starring under "My agenda" moves focus to the next star, the previous one, then to what the empty list offers', async () => {
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      for (const id of ['session-1', 'session-2', 'session-3']) await press(el, $(el, `#item-${id} .favourite`));
      await press(el, $(el, '.filters .toggle'));
      expect(ids(el)).to.deep.equal(['session-1', 'session-2', 'session-3']);

      await press(el, $(el, '#item-session-2 .favourite'));
      expect(ids(el)).to.deep.equal(['session-1', 'session-3']);
      expectFocusOn($(el, '#item-session-3 .favourite'), 'the next item’s star');

      await press(el, $(el, '#item-session-3 .favourite'));
      expectFocusOn($(el, '#item-session-1 .favourite'), 'the previous item’s star when it was the last');

      await press(el, $(el, '#item-session-1 .favourite'));
      expect(ids(el)).to.deep.equal([]);
      const active = deepActive();
      expect(el.shadowRoot!.contains(active), `focus stays in the agenda, not on ${where(active)}`).to.equal(true);
      expect(active!.localName).to.equal('button');
    });

    it('a session link in the speaker dialog shows its item (past the day and the filters) and focuses it', async () => {
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      // The filters hide session-1; its speaker is opened from session-1 before that.
      await press(el, $(el, '#item-session-1 .speaker'));
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      const search = $(el, '.search input') as HTMLInputElement;
      search.value = 'zzz-not-there';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const card = dialog.querySelector('speaker-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('.sessions a'));
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('.sessions a')!;
      link.focus();
      link.click();
      await waitUntil(() => !dialog.open && deepActive() !== document.body && deepActive()?.id === 'item-session-1', 'the item gets focus', { timeout: 3000 });
      expect(ids(el)).to.include('session-1');
    });

    it('closing the dialog returns focus to its trigger, or into the agenda when the trigger is gone', async () => {
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      await press(el, $(el, '#item-session-1 .speaker'));
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      // The trigger's item is filtered out while the dialog is open.
      const type = $(el, '.filters select') as HTMLSelectElement;
      type.value = 'debate';
      type.dispatchEvent(new Event('change'));
      await el.updateComplete;
      dialog.close();
      await waitUntil(() => deepActive() !== document.body && deepActive() !== null, 'focus lands somewhere', { timeout: 3000 });
      expect(el.shadowRoot!.contains(deepActive())).to.equal(true);
    });

    it('"Try again" after a load error keeps focus in the agenda', async () => {
      const el = await agenda(html`<seminar-agenda src="/__test/programme?status=503&amp;id=agenda-retry-focus"></seminar-agenda>`);
      await press(el, $(el, '[part="retry"]'));
      expect(el.shadowRoot!.contains(deepActive()), where(deepActive())).to.equal(true);
      await waitUntil(() => $(el, '[part="retry"]'), 'the error is shown again');
      expect(el.shadowRoot!.contains(deepActive())).to.equal(true);
    });
  });

  describe('names and announcements', () => {
    it('tells items with the same title apart by their time, in headings and in button names', async () => {
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      const headings = await accessible(el, '.title');
      const stars = await accessible(el, '.favourite');
      const calendars = await accessible(el, '.calendar');
      expect(duplicates(headings.map((h) => h.name)), 'unique headings').to.deep.equal([]);
      expect(duplicates(stars.map((b) => b.name)), 'unique star names').to.deep.equal([]);
      expect(duplicates(calendars.map((b) => b.name)), 'unique calendar names').to.deep.equal([]);
      const debate = await accessible(el, '#item-debate-2 .title, #item-debate-2 .favourite, #item-debate-2 .calendar');
      expect(debate[0]).to.include({ role: 'heading' });
      expect(debate[0].name).to.match(/^Debate \(10:30\s?–\s?11:15(\s?AM)?\)$/);
      expect(debate[1].name).to.match(/^Keep “Debate” \(10:30\s?–\s?11:15(\s?AM)?\) in my agenda$/);
      // The per-item calendar button names the item it adds to a calendar.
      expect(debate[2].name).to.match(/^Add “Debate” \(10:30\s?–\s?11:15(\s?AM)?\) to my calendar$/);
      // A title no other item has keeps its plain name.
      const unique = await accessible(el, '#item-session-2 .title, #item-session-2 .favourite');
      expect(unique[0].name).to.equal('Creating new unions for self-employed workers');
      expect(unique[1].name).to.equal('Keep “Creating new unions for self-employed workers” in my agenda');
    });

    it('adds the date when such items are on several days, and the room when they are at the same time', async () => {
      const programme = (await (await fetch(ROOMS)).json()) as { items: { id: string; title: unknown }[] };
      for (const item of programme.items) item.title = 'Workshop';
      const el = await agenda(html`<seminar-agenda .programme=${programme}></seminar-agenda>`);
      const names = (await accessible(el, '.favourite')).map((b) => b.name);
      expect(duplicates(names)).to.deep.equal([]);
      expect(names.every((name) => /Saturday|Sunday/.test(name)), names.join('\n')).to.equal(true);
    });

    it('names the speaker dialog after the speaker', async () => {
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      await press(el, $(el, '#item-session-1 .speaker'));
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      const [named] = await accessible(el, 'dialog');
      expect(named).to.include({ role: 'dialog', name: 'Kristy Milland' });
      dialog.close();
    });

    it('"Jump to now" says so when the filters hide what runs now, and offers to clear them', async () => {
      const el = await agenda(html`<seminar-agenda src=${SEED} now=${DURING}></seminar-agenda>`);
      // debate-2 runs now; the filter shows sessions only.
      const type = $(el, '.filters select') as HTMLSelectElement;
      type.value = 'session';
      type.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const jump = $(el, '.jump')!;
      await press(el, jump);
      expect(text($(el, '[role="status"]'))).to.equal('What runs now is hidden by the filters.');
      expect(text($(el, '.notice'))).to.contain('What runs now is hidden by the filters.');
      expectFocusOn(jump, 'focus stays on the button');
      await expect(el).to.be.accessible();
      await press(el, $(el, '.notice button'));
      expect($(el, '.notice')?.outerHTML ?? null).to.equal(null);
      const active = deepActive() as HTMLElement;
      expect(active.getAttribute('aria-current')).to.equal('time');
      expect(ids(el)).to.have.length(12);
    });

    it('"Jump to now" shows the day of what runs now when another day is shown', async () => {
      const el = await agenda(html`<seminar-agenda src=${ROOMS} now="2016-10-29T10:15:00+02:00" day="2016-10-30"></seminar-agenda>`);
      await press(el, $(el, '.jump'));
      await el.updateComplete;
      expect(el.day).to.equal('2016-10-29');
      expect((deepActive() as HTMLElement).getAttribute('aria-current')).to.equal('time');
    });

    it('announces the restored count when the filters are cleared', async () => {
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      const status = $(el, '[role="status"]')!;
      const search = $(el, '.search input') as HTMLInputElement;
      search.value = 'debate';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => text(status) === '3 items shown', 'the filtered count', { timeout: 3000 });
      search.value = '';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => text(status) !== '3 items shown', 'the restored count', { timeout: 3000 });
      expect(text(status)).to.equal('Filters cleared: 12 items shown');
    });
  });

  describe('language of parts', () => {
    it('marks programme text in another language, never proper names given as plain strings', async () => {
      document.documentElement.lang = 'fr';
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      const line = $(el, '#item-session-1 .speakers')!;
      // "IG Metall", "Ver.di": plain strings, language unknown: no lang at all.
      expect(text(line)).to.contain('IG Metall');
      expect(line.querySelectorAll('[lang]').length, line.innerHTML).to.equal(0);
      expect($(el, '.organisations [lang]')?.outerHTML ?? null).to.equal(null);
    });

    it('marks fallback text in the speaker line, the titles and the names built from them', async () => {
      const el = await agenda(html`<seminar-agenda lang="de" src=${SEED}></seminar-agenda>`);
      const session = $(el, '#item-session-1')!;
      // The seed has English and French: a German page gets English, marked as such.
      expect(session.querySelector('.title [lang="en"]')).to.not.equal(null);
      const details = [...session.querySelectorAll('.speakers .details [lang="en"]')].map(text);
      expect(details).to.include('Community Manager');
      expect(details, 'organisations are proper names').to.not.include('TurkerNation.com');
      expect(session.querySelector('.favourite [lang="en"]')?.textContent).to.equal('Defending the rights of crowd workers');
      expect(session.querySelector('.calendar [lang="en"]')?.textContent).to.equal('Defending the rights of crowd workers');
      await expect(el).to.be.accessible();
    });
  });

  describe('structure', () => {
    it('adds no landmarks of its own (the host page owns them)', async () => {
      const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
      expect(await landmarksIn(el)).to.deep.equal([]);
      expect($(el, '.days')!.getAttribute('role')).to.equal('group');
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}": event, days and items nest, never past 6`, async () => {
        const el = await agenda(html`<seminar-agenda src=${ROOMS} heading-level=${level}></seminar-agenda>`);
        const levels = (selector: string) => $$(el, selector).map((h) => (h.getAttribute('role') === 'heading' ? Number(h.getAttribute('aria-level')) : undefined));
        const [event] = levels('.event-title');
        const days = [...new Set(levels('.day-title'))];
        const items = [...new Set(levels('.item .title'))];
        expect(event).to.equal(level);
        expect(days).to.deep.equal([level < 6 ? level + 1 : undefined]);
        expect(items).to.deep.equal([level < 5 ? level + 2 : undefined]);
        await expect(el).to.be.accessible();
      });
    }

    it('reads out-of-range heading levels as the nearest valid one', async () => {
      const el = await agenda(html`<seminar-agenda src=${ROOMS} heading-level="9"></seminar-agenda>`);
      expect($(el, '.event-title')!.getAttribute('aria-level')).to.equal('6');
      el.headingLevel = 0;
      await el.updateComplete;
      expect($(el, '.event-title')!.getAttribute('aria-level')).to.equal('2');
    });
  });
});
