// A site that registers the classes under tags of its own (`classes.js`) gets
// working inner cards: the list and the agenda's dialog draw `SpeakerCard`
// under the tag the page gave it, and register it when the page gave none.
// This page imports no define module: no usual tag is registered by the library.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SeminarAgenda, SpeakerCard, SpeakerList } from '../../../src/classes.js';

const SEED = '/examples/digital-era-seminar.json';
const programme = async (): Promise<object> => (await (await fetch(SEED)).json()) as object;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The cards drawn in `list`'s shadow root, once each has rendered its name. */
async function cardsOf(list: Element): Promise<Element[]> {
  await waitUntil(() => list.shadowRoot?.querySelector('li > *'), 'the list should draw cards');
  const cards = [...list.shadowRoot!.querySelectorAll('li > *')];
  await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('[part="name"]')), 'every card should render');
  return cards;
}

describe('elements registered under tags of the site', () => {
  it('the list and the agenda draw their cards under the tag the site gave SpeakerCard', async () => {
    customElements.define('site-card', SpeakerCard);
    customElements.define('site-list', SpeakerList);
    customElements.define('site-agenda', SeminarAgenda);

    const list = await fixture<SpeakerList>(html`<site-list .programme=${await programme()}></site-list>`);
    const cards = await cardsOf(list);
    expect(cards).to.have.length(11);
    expect(cards.every((card) => card.localName === 'site-card' && card instanceof SpeakerCard)).to.equal(true);
    expect(text(cards[0].shadowRoot!.querySelector('[part="name"]'))).to.equal('Sarah Bormann');
    // The list's layout reaches the cards whatever their tag (cards of a row as tall as the tallest).
    expect(getComputedStyle(cards[0]).display).to.equal('block');
    expect(customElements.get('speaker-card'), 'no tag of the library’s own is taken').to.equal(undefined);
    await expect(list).to.be.accessible();

    const agenda = await fixture<SeminarAgenda>(html`<site-agenda src=${SEED} no-structured-data></site-agenda>`);
    await waitUntil(() => agenda.shadowRoot?.querySelector('#item-session-1 .speaker'), 'the agenda should render');
    const selected = oneEvent(agenda, 'seminar-speaker-select');
    (agenda.shadowRoot!.querySelector('#item-session-1 .speaker') as HTMLButtonElement).click();
    await selected;
    const dialog = agenda.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the dialog should open');
    const card = dialog.querySelector('.speaker-card')!;
    expect(card.localName).to.equal('site-card');
    await waitUntil(() => card.shadowRoot?.querySelector('[part="name"]'));
    expect(text(card.shadowRoot!.querySelector('[part="name"]'))).to.equal('Kristy Milland');
    dialog.close();
  });

  it('a card class the page did not register is registered under its usual tag, or the next free one', async () => {
    // Other code holds <speaker-card>.
    customElements.define('speaker-card', class extends HTMLElement {});
    class LateCard extends SpeakerCard {}
    class LateList extends SpeakerList {
      static override dependencies = { 'speaker-card': LateCard };
    }
    customElements.define('late-list', LateList);
    const list = await fixture<SpeakerList>(html`<late-list .programme=${await programme()}></late-list>`);
    const cards = await cardsOf(list);
    expect(cards.every((card) => card.localName === 'speaker-card-2' && card instanceof LateCard)).to.equal(true);
    expect(customElements.getName(LateCard)).to.equal('speaker-card-2');
    // A second list finds the same tag, and registers nothing more.
    const again = await fixture<SpeakerList>(html`<late-list .programme=${await programme()}></late-list>`);
    expect((await cardsOf(again))[0].localName).to.equal('speaker-card-2');
    expect(customElements.get('speaker-card-3')).to.equal(undefined);
  });
});
