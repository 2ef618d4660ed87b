/**
 * Styles that come with a part loaded on first use (the card's bio, links
 * and sessions; the agenda's share panel and question; its grid view) are
 * not in the element's own file: they are added to its shadow root when
 * that part's code comes, before the part is drawn, and stay there when the
 * element is moved (removed and put back, or adopted into another document
 * and back).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import { $, seed } from '../helpers.js';

const ROOMS = '/test/fixtures/two-rooms.json';
type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const style = (el: Element, selector: string) => getComputedStyle($(el, selector)!);
/** The seed, with links and a bio for Kristy Milland (the seed's speakers have none). */
async function programme(): Promise<Record<string, unknown>> {
  const data = await seed<{ speakers: Record<string, unknown>[] }>();
  const kristy = data.speakers.find((s) => s['id'] === 'kristy-milland')!;
  kristy['links'] = [{ url: 'https://example.org/kristy', label: 'Website' }];
  kristy['bio'] = 'Researcher of crowd work.';
  return data;
}
const ownSheets = (el: Element) => (el.constructor as typeof SpeakerCard).elementStyles.length;

/** What the parts' styles set on a card that shows a speaker's sessions and links. */
function expectPartsStyled(card: Element, where: string): void {
  expect(style(card, '.sessions-title').fontWeight, `${where}: the sessions' title`).to.equal('700');
  expect(style(card, '.sessions ul').listStyleType, `${where}: the sessions' list`).to.equal('none');
  expect(style(card, '.links').display, `${where}: the links`).to.equal('flex');
  expect(style(card, '.bio').marginTop, `${where}: the bio`).to.not.equal('0px');
}

describe('styles that come with a part loaded on first use', function () {
  this.timeout(20_000);

  it('a card given by attributes has its own styles only; a card with a programme gets the parts\' styles', async () => {
    const plain = await fixture<Widget>(html`<speaker-card name="Ada Lovelace" job-title="Analyst"></speaker-card>`);
    await plain.updateComplete;
    expect(plain.shadowRoot!.adoptedStyleSheets.length).to.equal(ownSheets(plain));
    expect(style(plain, '[part="card"]').display, 'the card itself is styled').to.equal('grid');

    const card = await fixture<Widget>(html`<speaker-card speaker="kristy-milland" .programme=${await programme()}></speaker-card>`);
    await waitUntil(() => $(card, '.sessions'), 'the sessions are drawn');
    await card.updateComplete;
    expect(card.shadowRoot!.adoptedStyleSheets.length).to.equal(ownSheets(card) + 1);
    expectPartsStyled(card, 'drawn');
  });

  it('a card keeps the parts\' styles when it is moved, and into another document and back', async () => {
    const card = await fixture<Widget>(html`<speaker-card speaker="kristy-milland" .programme=${await programme()}></speaker-card>`);
    await waitUntil(() => $(card, '.sessions'), 'the sessions are drawn');
    await card.updateComplete;
    const parent = card.parentElement!;
    card.remove();
    parent.append(card);
    await card.updateComplete;
    expectPartsStyled(card, 'put back');

    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    try {
      const other = frame.contentDocument!;
      other.body.append(other.adoptNode(card));
      await card.updateComplete;
      expectPartsStyled(card, 'in the iframe');
      document.body.append(document.adoptNode(card));
      await card.updateComplete;
      expectPartsStyled(card, 'back home');
    } finally {
      card.remove();
      frame.remove();
    }
  });

  it('the share panel is styled when it opens', async () => {
    localStorage.clear();
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    await waitUntil(() => $(el, '#item-a1 .favourite'), 'the agenda renders');
    $(el, '#item-a1 .favourite')!.click();
    await el.updateComplete;
    $(el, '.share-toggle')!.click();
    await waitUntil(() => $(el, '.share-panel'), 'the panel opens');
    expect(style(el, '.share-panel').borderTopStyle).to.equal('solid');
    expect(style(el, '.share-actions').display).to.equal('flex');
    localStorage.clear();
  });

  it('a grid agenda removed and put back keeps the grid\'s styles', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 1000px"><seminar-agenda view="grid" src=${ROOMS}></seminar-agenda></div>`,
    );
    const el = wrap.querySelector<SeminarAgenda>('seminar-agenda')!;
    await waitUntil(() => $(el, '.grid-scroll'), 'the grid is drawn');
    await el.updateComplete;
    expect(style(el, '.grid-scroll').overflowX).to.equal('auto');
    el.remove();
    wrap.append(el);
    await el.updateComplete;
    await waitUntil(() => $(el, '.grid-scroll'), 'the grid is drawn again');
    expect(style(el, '.grid-scroll').overflowX, 'after it is put back').to.equal('auto');
  });
});
