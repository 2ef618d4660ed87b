/**
 * The code that reads programmes (validation, normalisation, importers) is
 * not part of the elements: it comes with a dynamic import the first time an
 * element has a programme to read. A card given by attributes never loads it;
 * the request for `src` starts before it has come; `updateComplete` waits for
 * it; and when it cannot be fetched (the visitor went offline after the page
 * loaded), the element says so in its language, fires `seminar-error` with
 * kind `code`, and a retry loads it once the network is back.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { readingSource } from '../../../src/internal/programme-controller.js';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import type { SeminarErrorDetail } from '../../../src/events/seminar-error.js';

const seed: unknown = await (await fetch('/examples/digital-era-seminar.json')).json();
const realLoad = readingSource.load;
let loads = 0;
/** How the next loads of the code go. */
let loadWith: () => ReturnType<typeof realLoad> = realLoad;
readingSource.load = () => {
  loads++;
  return loadWith();
};
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const error = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part="error"]') ?? null;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('the code that reads programmes, loaded on first use', () => {
  afterEach(() => {
    loadWith = realLoad;
  });

  // First: nothing on this page has loaded the code yet.
  it('a speaker card given by attributes alone never loads it', async () => {
    const el = await fixture<Widget>(html`<speaker-card name="Ada Lovelace" role="Speaker" organisation="Analytical Engines"></speaker-card>`);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h3, h2, .name'))).to.contain('Ada Lovelace');
    expect(loads).to.equal(0);
  });

  it('offline: a clear error in the element’s language, seminar-error with kind code, and a retry that works once back online', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      loadWith = offline;
      const parent = document.createElement('div');
      const failed = oneEvent(parent, 'seminar-error');
      const el = await fixture<Widget>(html`<seminar-agenda lang="fr" .programme=${seed}><a href="/programme.pdf">Le programme (PDF)</a></seminar-agenda>`, {
        parentNode: parent,
      });
      const { detail } = (await failed) as CustomEvent<SeminarErrorDetail>;
      expect(detail.kind).to.equal('code');
      expect(detail.errors).to.deep.equal([]);
      await el.updateComplete;
      const shown = error(el)!;
      expect(shown, 'the error state shows').to.not.equal(null);
      expect(text(shown.querySelector('.error-title'))).to.equal('Le programme ne peut pas être affiché.');
      expect(text(shown.querySelector('.error-reason'))).to.equal(
        'Le programme n’a pas pu être lu : une partie de ce widget n’a pas pu être téléchargée. Vérifiez votre connexion et réessayez.',
      );
      expect(el.querySelector('a')!.assignedSlot, 'the host’s fallback shows').to.not.equal(null);
      await expect(el).to.be.accessible();
      // Back online: the retry button loads the code and shows the programme.
      loadWith = realLoad;
      const loaded = oneEvent(el, 'seminar-load');
      shown.querySelector<HTMLButtonElement>('button.retry')!.click();
      await loaded;
      await el.updateComplete;
      expect(error(el)).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[id^="item-"]').length).to.be.greaterThan(0);
    } finally {
      console.error = original;
    }
  });
});

describe('the code that reads programmes, waited for', () => {
  it('the request for src starts before the code has come, and updateComplete waits for the code', async () => {
    let arrive!: () => void;
    const gate = new Promise<void>((resolve) => (arrive = resolve));
    loadWith = () => gate.then(realLoad);
    const id = `code-early-${Math.random()}`;
    const el = await fixture<Widget>(html`<seminar-agenda src=${`/__test/programme?id=${id}`}></seminar-agenda>`);
    const count = async () => ((await (await fetch(`/__test/count?id=${encodeURIComponent(id)}`)).json()) as { count: number }).count;
    await waitUntil(async () => (await count()) === 1, 'the programme is requested while the code is still on its way');
    const loaded = oneEvent(el, 'seminar-load');
    arrive();
    await loaded;
    loadWith = realLoad;
  });

  it('a programme given as a property: updateComplete resolves once it is shown', async () => {
    const el = document.createElement('seminar-agenda') as Widget & { programme: unknown };
    el.programme = seed;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[id^="item-"]').length).to.be.greaterThan(0);
    } finally {
      el.remove();
    }
  });
});
