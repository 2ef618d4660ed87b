/**
 * Errors are for editors, not visitors: when the programme cannot be shown,
 * visitors get one short sentence and the host's own fallback content (a link
 * to the PDF programme); the editor gets codes, JSON paths and HTTP statuses
 * in a collapsed "details", in the console and in the `seminar-error` event.
 * Several widgets failing on one source announce it once, naming what could
 * not be shown.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import '../../../src/define/speaker-list.js';
import '../../../src/define/session-timer.js';
import { text } from '../helpers.js';

const error = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part="error"]') ?? null;
/** Every element on the page that screen readers hear as an alert, inside the widgets' shadow roots. */
const alerts = (page: Element) =>
  [...page.querySelectorAll('*')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="alert"]') ?? [])]);

/** Collects console.error calls while `run` runs. */
async function withConsole<T>(run: (errors: unknown[][]) => Promise<T>): Promise<T> {
  const errors: unknown[][] = [];
  const { error: original } = console;
  console.error = (...args: unknown[]) => void errors.push(args);
  try {
    return await run(errors);
  } finally {
    console.error = original;
  }
}

describe('errors are for editors, not visitors', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('a programme that cannot load: a short sentence, the host fallback visible, the details collapsed', async () => {
    await withConsole(async (errors) => {
      const parent = document.createElement('div');
      const failed = oneEvent(parent, 'seminar-error');
      const el = await fixture(
        html`<seminar-agenda src="/__test/programme?status=404&amp;id=failure-fallback"
          ><a href="/programme.pdf">The programme (PDF)</a></seminar-agenda
        >`,
        { parentNode: parent },
      );
      const { detail } = (await failed) as CustomEvent<{ kind: string; status: number; url: string }>;
      expect(detail.kind).to.equal('http');
      expect(detail.status).to.equal(404);
      await waitUntil(() => error(el), 'the error state shows');
      const shown = error(el)!;
      // Visitors: one sentence, and the host's link, visible.
      expect(text(shown.querySelector('.error-title'))).to.equal('The programme cannot be shown.');
      const link = el.querySelector('a')!;
      expect(link.assignedSlot, 'the fallback is slotted').to.not.equal(null);
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
      // The editor: codes, statuses and URLs behind a closed disclosure.
      const details = shown.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal('Details for the site’s editor');
      expect(text(details)).to.contain('404').and.to.contain('/__test/programme?status=404');
      expect(details.querySelector('.error-reason')!.checkVisibility(), 'hidden while closed').to.equal(false);
      // A retry helps with a server failure: visible to visitors.
      expect(shown.querySelector('button.retry')).to.not.equal(null);
      // The console: once, in English, with the status and the URL.
      expect(errors).to.have.length(1);
      expect(String(errors[0][0])).to.contain('<seminar-agenda>').and.to.contain('404').and.to.contain('failure-fallback');
      await expect(el).to.be.accessible();
      details.open = true;
      await expect(el).to.be.accessible();
    });
  });

  it('an invalid programme: the paths for the editor only, and no retry', async () => {
    await withConsole(async (errors) => {
      const el = await fixture(html`<seminar-agenda .programme=${{ version: 1, event: { title: 'X', timeZone: 'Mars/Olympus', days: ['2030-01-01'] }, items: [{ id: 'a', type: 'tlak', start: '10:00', title: 'A' }] }}></seminar-agenda>`);
      await waitUntil(() => error(el), 'the error state shows');
      const shown = error(el)!;
      expect(text(shown.querySelector('.error-title'))).to.equal('The programme cannot be shown.');
      const paths = [...shown.querySelectorAll('details .path')].map(text);
      expect(paths).to.include('/event/timeZone').and.to.include('/items/0/type');
      expect(text(shown.querySelector('.error-reason'))).to.match(/The programme has \d+ errors\./);
      expect(shown.querySelector('button.retry')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(String(errors[0][0])).to.contain('/items/0/type').and.to.contain('unknown-item-type');
      await expect(el).to.be.accessible();
    });
  });

  it('five widgets on one failing source announce once, naming what else is not shown', async () => {
    await withConsole(async (errors) => {
      const src = '/__test/programme?status=500&id=failure-group';
      const page = await fixture<HTMLElement>(html`<div>
        <seminar-agenda src=${src}></seminar-agenda>
        <speaker-card src=${src} speaker="mark-graham"></speaker-card>
        <speaker-card src=${src} speaker="kristy-milland"></speaker-card>
        <speaker-list src=${src}></speaker-list>
        <session-timer src=${src} session="debate-1"></session-timer>
      </div>`);
      const widgets = [...page.children];
      await waitUntil(() => widgets.every((w) => error(w)), 'every widget shows its error');
      await Promise.all(widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      // One alert for the page, from the first widget, naming the others.
      const found = alerts(page);
      expect(found).to.have.length(1);
      expect(widgets[0].shadowRoot!.contains(found[0])).to.equal(true);
      expect(text(found[0])).to.equal('The programme cannot be shown. Also not shown: 2 speaker cards, the list of speakers and a timer.');
      // Each widget still says, visibly and in its own words, what it cannot show.
      expect(widgets.map((w) => text(error(w)!.querySelector('.error-title')))).to.deep.equal([
        'The programme cannot be shown. Also not shown: 2 speaker cards, the list of speakers and a timer.',
        'This speaker card cannot be shown.',
        'This speaker card cannot be shown.',
        'The list of speakers cannot be shown.',
        'This timer cannot be shown.',
      ]);
      // And the console hears of the failure once, not five times.
      expect(errors).to.have.length(1);
      await expect(page).to.be.accessible();
    });
  });

  it('the first failing widget in the page announces, whichever failed first', async () => {
    await withConsole(async () => {
      const src = '/__test/programme?status=500&id=failure-order';
      const page = await fixture<HTMLElement>(html`<div><seminar-agenda src=${src}></seminar-agenda></div>`);
      const agenda = page.firstElementChild!;
      await waitUntil(() => agenda.shadowRoot!.querySelector('[role="alert"]'), 'the agenda announces');
      // A list put before it, failing later on the same source: it takes the announcement.
      const list = document.createElement('speaker-list');
      list.setAttribute('src', src);
      page.prepend(list);
      await waitUntil(() => list.shadowRoot?.querySelector('[role="alert"]'), 'the list announces');
      await (agenda as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(alerts(page).map(text)).to.deep.equal(['The list of speakers cannot be shown. Also not shown: the programme.']);
    });
  });

  it('different sources each announce; a retry that fails again announces again', async () => {
    await withConsole(async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <speaker-list src="/__test/programme?status=500&amp;id=failure-a"></speaker-list>
        <session-timer src="/__test/programme?status=404&amp;id=failure-b" session="debate-1"></session-timer>
      </div>`);
      const [list, timer] = [...page.children] as HTMLElement[];
      await waitUntil(() => error(list) && error(timer), 'both fail');
      expect(alerts(page).map(text)).to.deep.equal(['The list of speakers cannot be shown.', 'This timer cannot be shown.']);
      const again = oneEvent(list, 'seminar-error');
      list.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
      await again;
      await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => error(list), 'fails again');
      expect(list.shadowRoot!.querySelector('[role="alert"]'), 'announced again').to.not.equal(null);
    });
  });

  it('in French: the sentence, the details and the announcement', async () => {
    document.documentElement.lang = 'fr';
    await withConsole(async () => {
      const src = '/__test/programme?status=500&id=failure-fr';
      const page = await fixture<HTMLElement>(html`<div>
        <seminar-agenda src=${src}></seminar-agenda>
        <speaker-card src=${src} speaker="mark-graham"></speaker-card>
      </div>`);
      const [agenda] = [...page.children];
      await waitUntil(() => text(error(agenda)?.querySelector('.error-title')).startsWith('Le programme ne peut pas'), 'the French error');
      await waitUntil(() => text(alerts(page)[0]).includes('Également'), 'the announcement names the card');
      expect(text(alerts(page)[0])).to.equal('Le programme ne peut pas être affiché. Également non affichés : une fiche d’intervenant.');
      expect(text(error(agenda)!.querySelector('summary'))).to.equal('Détails pour l’éditeur du site');
      expect(text(error(agenda)!.querySelector('.error-reason'))).to.contain('500');
    });
  });
});
