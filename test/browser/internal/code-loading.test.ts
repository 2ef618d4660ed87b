/**
 * The programme machinery (the controller, validation, normalisation, the
 * error views) is not part of the elements' own code: it comes with a
 * dynamic import the first time an element has a programme to read. A card
 * given by attributes never loads it; the agenda's request for `src` starts
 * before it has come; `updateComplete` waits for it; and when it cannot be
 * fetched (the visitor went offline after the page loaded), the element says
 * so in its language, fires `seminar-error` with kind `code`, and a retry
 * loads it once the network is back.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { programmeReading, readingSource } from '../../../src/internal/programme-controller.js';
import { programmeMachinery, machinerySource } from '../../../src/internal/lazy-programme.js';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import '../../../src/define/speaker-list.js';
import type { SeminarErrorDetail } from '../../../src/events/seminar-error.js';

const seed: unknown = await (await fetch('/examples/digital-era-seminar.json')).json();

/** The two lazily loaded parts: the machinery (agenda, card) and the reading of programmes (list, timer). */
const realMachinery = machinerySource.load;
const realReading = readingSource.load;
let loads = 0;
let machineryWith: () => ReturnType<typeof realMachinery> = realMachinery;
let readingWith: () => ReturnType<typeof realReading> = realReading;
machinerySource.load = () => {
  loads++;
  return machineryWith();
};
readingSource.load = () => {
  loads++;
  return readingWith();
};
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const REASON_FR = 'Le programme n’a pas pu être lu : une partie de ce widget n’a pas pu être téléchargée. Vérifiez votre connexion et réessayez.';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const error = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part="error"]') ?? null;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Mounts `template` offline, checks the error state and the event, then retries online. */
async function offlineThenRetry(template: ReturnType<typeof html>, title: string, shown: (el: Widget) => boolean): Promise<void> {
  const original = console.error;
  console.error = () => undefined;
  try {
    const parent = document.createElement('div');
    const failed = oneEvent(parent, 'seminar-error');
    const el = await fixture<Widget>(template, { parentNode: parent });
    const { detail } = (await failed) as CustomEvent<SeminarErrorDetail>;
    expect(detail.kind).to.equal('code');
    expect(detail.errors).to.deep.equal([]);
    await el.updateComplete;
    const state = error(el)!;
    expect(state, 'the error state shows').to.not.equal(null);
    expect(text(state.querySelector('.error-title'))).to.equal(title);
    expect(text(state.querySelector('.error-reason'))).to.equal(REASON_FR);
    await expect(el).to.be.accessible();
    // Back online: the retry button loads the code and shows the programme.
    machineryWith = realMachinery;
    readingWith = realReading;
    state.querySelector<HTMLButtonElement>('button.retry')!.click();
    await waitUntil(() => !error(el) && shown(el), 'shown after the retry', { timeout: 5000 });
    await el.updateComplete;
  } finally {
    console.error = original;
  }
}

describe('the programme machinery, loaded on first use', () => {
  beforeEach(() => {
    programmeMachinery.forget();
    programmeReading.forget();
    loads = 0;
  });
  afterEach(() => {
    machineryWith = realMachinery;
    readingWith = realReading;
  });

  it('a speaker card given by attributes alone never loads it', async () => {
    const el = await fixture<Widget>(html`<speaker-card name="Ada Lovelace" organisation="Analytical Engines"></speaker-card>`);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="name"]'))).to.equal('Ada Lovelace');
    expect(loads).to.equal(0);
  });

  it('the agenda’s request for src starts before the code has come', async () => {
    let arrive!: () => void;
    const gate = new Promise<void>((resolve) => (arrive = resolve));
    machineryWith = () => gate.then(realMachinery);
    const id = `code-early-${Math.random()}`;
    // Not a fixture: it would wait for updateComplete, which waits for the code.
    const el = document.createElement('seminar-agenda');
    el.setAttribute('src', `/__test/programme?id=${id}`);
    const loaded = oneEvent(el, 'seminar-load');
    document.body.append(el);
    after(() => {
      el.remove();
    });
    const count = async () => ((await (await fetch(`/__test/count?id=${encodeURIComponent(id)}`)).json()) as { count: number }).count;
    await waitUntil(async () => (await count()) === 1, 'the programme is requested while the code is still on its way');
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading meanwhile').to.not.equal(null);
    arrive();
    await loaded;
    expect(await count(), 'fetched once').to.equal(1);
  });

  it('a programme given as a property: updateComplete resolves once it is shown', async () => {
    const el = document.createElement('seminar-agenda') as Widget & { programme: unknown };
    el.programme = seed;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(loads).to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(12);
    } finally {
      el.remove();
    }
  });

  it('the agenda offline: a clear error in its language, seminar-error with kind code, a retry that works', async () => {
    machineryWith = offline;
    await offlineThenRetry(
      html`<seminar-agenda lang="fr" .programme=${seed}><a href="/programme.pdf">Le programme (PDF)</a></seminar-agenda>`,
      'Le programme ne peut pas être affiché.',
      (el) => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 12,
    );
  });

  it('a speaker card offline: the same', async () => {
    machineryWith = offline;
    await offlineThenRetry(
      html`<speaker-card lang="fr" speaker="kristy-milland" .programme=${seed}></speaker-card>`,
      'Cette fiche d’intervenant ne peut pas être affichée.',
      (el) => text(el.shadowRoot!.querySelector('[part="name"]')) === 'Kristy Milland',
    );
  });

  it('a speaker list offline (its reading of programmes could not be fetched): the same', async () => {
    readingWith = offline;
    await offlineThenRetry(
      html`<speaker-list lang="fr" .programme=${seed}></speaker-list>`,
      'La liste des intervenants ne peut pas être affichée.',
      (el) => (el.shadowRoot!.querySelectorAll('speaker-card').length ?? 0) > 0,
    );
  });
});
