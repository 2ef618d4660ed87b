/**
 * The agenda's speaker dialog: its code (its styles, the card in it) comes
 * when a visitor first opens a speaker, not with the agenda; offline, the
 * visitor is told and no empty dialog opens; back online, opening works.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import { dialogCode, type SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { SEED, text, $ } from '../helpers.js';

async function agenda(template: ReturnType<typeof html>): Promise<SeminarAgenda> {
  const el = await fixture<SeminarAgenda>(template);
  await waitUntil(() => $(el, '#item-session-1 .speaker'), 'the agenda should render');
  await el.updateComplete;
  return el;
}

describe('<seminar-agenda>: the speaker dialog\'s code comes when it is first opened', () => {
  const realLoad = dialogCode.load;
  let loads = 0;
  let loadWith: () => ReturnType<typeof realLoad> = realLoad;
  before(() => {
    dialogCode.load = () => {
      loads++;
      return loadWith();
    };
  });
  after(() => {
    dialogCode.load = realLoad;
  });
  beforeEach(() => {
    loads = 0;
    loadWith = realLoad;
  });

  it('not with the agenda: on the first opening, with its styles', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const fetched = () => performance.getEntriesByType('resource').some((entry) => /\/components\/seminar-agenda\/speaker-dialog\.[jt]s/.test(entry.name));
    expect(loads, 'not loaded with the agenda').to.equal(0);
    expect(fetched(), 'not fetched with the agenda').to.equal(false);
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(false);
    ($(el, '#item-session-1 .speaker') as HTMLButtonElement).click();
    await waitUntil(() => dialog.open && dialog.querySelector('speaker-card')?.shadowRoot?.querySelector('[part="name"]'), 'the dialog opens');
    expect(loads).to.be.greaterThan(0);
    expect(fetched(), 'fetched on the first opening').to.equal(true);
    expect(getComputedStyle($(el, '.dialog-bar')!).display, 'the dialog is styled').to.equal('flex');
    expect(getComputedStyle($(el, '.close')!).height).to.not.equal('auto');
    await expect(el).to.be.accessible();
    dialog.close();
  });

  it('offline: says so, opens no empty dialog; back online, the speaker opens', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      loadWith = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
      const trigger = $(el, '#item-session-1 .speaker') as HTMLButtonElement;
      trigger.click();
      await waitUntil(() => text($(el, '.agenda > [role="status"]')).includes('could not be loaded'), 'the failure is said');
      expect(text($(el, '.agenda > [role="status"]'))).to.equal('The speaker’s details could not be loaded. Try again later.');
      const dialog = $(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open, 'no empty dialog').to.equal(false);
      await expect(el).to.be.accessible();

      loadWith = realLoad;
      trigger.click();
      await waitUntil(() => dialog.open && dialog.querySelector('speaker-card')?.shadowRoot?.querySelector('[part="name"]'), 'the dialog opens');
      expect(text(dialog.querySelector('speaker-card')!.shadowRoot!.querySelector('[part="name"]'))).to.equal('Kristy Milland');
      dialog.close();
    } finally {
      console.error = original;
    }
  });
});
