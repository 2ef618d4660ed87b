import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import { shareCode, type SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { qrCode } from '../../../src/components/seminar-agenda/share.js';
import { qrDrawing } from '../../../src/components/seminar-agenda/qr-code.js';

const ROOMS = '/test/fixtures/two-rooms.json';
const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector);
const input = (el: Element, selector: string) => root(el).querySelector<HTMLInputElement>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ids = (el: Element) => $$(el, '[part~="item"]').map((li) => li.dataset['itemId']);
const page = () => location.href.split('#')[0];
const clearHash = () => {
  history.replaceState(null, '', page());
};
const starred = (el: Element) => $$(el, '.favourite[aria-pressed="true"]').map((b) => b.closest<HTMLElement>('[part~="item"]')!.dataset['itemId']);

async function agenda(template: ReturnType<typeof html>): Promise<SeminarAgenda> {
  const el = await fixture<SeminarAgenda>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"], [part="error"], .empty'), 'the agenda should render');
  await el.updateComplete;
  return el;
}

/** Star `items`, open "Share my agenda", and give the link shown. */
async function shareLink(el: SeminarAgenda, items: string[]): Promise<string> {
  for (const id of items) {
    $(el, `#item-${id} .favourite`)!.click();
    await el.updateComplete;
  }
  const toggle = $(el, '.share-toggle')!;
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  toggle.click();
  await waitUntil(() => $(el, '.share-link input'), 'the panel opens');
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  return input(el, '.share-link input')!.value;
}

describe('<seminar-agenda>: share my agenda', () => {
  const originalLoad = qrCode.load;
  const originalShare = shareCode.load;
  beforeEach(() => {
    localStorage.clear();
    clearHash();
  });
  afterEach(() => {
    clearHash();
    qrCode.load = originalLoad;
    shareCode.load = originalShare;
    document.documentElement.lang = 'en';
  });

  it('offers "Share my agenda" only with starred items', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    expect($(el, '.share-toggle')).to.equal(null);
    $(el, '#item-a1 .favourite')!.click();
    await el.updateComplete;
    expect(text($(el, '.share-toggle'))).to.equal('Share my agenda');
  });

  it('round trip: star → link → a new agenda asks → accept → the items are favourites', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    const link = await shareLink(el, ['b1', 'a2', 'a1']);
    expect(link).to.equal(`${page()}#starred=a1,b1,a2`, 'the starred ids in programme order, in the fragment');
    await expect(el).to.be.accessible();
    el.remove();

    // Another device: nothing starred yet.
    localStorage.clear();
    history.replaceState(null, '', link);
    const other = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    const offer = await waitUntil(() => $(other, '[part="share-offer"]'), 'the question is asked').then(() => $(other, '[part="share-offer"]')!);
    expect(text(offer)).to.contain('This link shares 3 items. Add them to your agenda?');
    expect($$(other, '.shared-items li').map((li) => text(li))).to.have.length(3);
    expect(starred(other)).to.deep.equal([], 'nothing is added before the visitor answers');
    expect(text($(other, '[role="status"]'))).to.contain('A shared agenda was opened');
    await expect(other).to.be.accessible();

    $(other, '.accept-share')!.click();
    await other.updateComplete;
    expect($(other, '[part="share-offer"]')).to.equal(null);
    expect(ids(other)).to.deep.equal(['a1', 'b1', 'a2'], '"my agenda" is shown');
    expect($(other, '.filters .toggle')!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(other).activeElement).to.equal($(other, '.filters .toggle'));
    expect(location.hash).to.equal('', 'the shared agenda is taken out of the URL: a reload does not ask again');
    await waitUntil(() => text($(other, '.agenda > [role="status"]')) === 'Added to your agenda: 3.', 'the addition is said');
    other.remove();
    const reloaded = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    expect(starred(reloaded)).to.deep.equal(['a1', 'b1', 'a2'], 'kept as favourites');
    expect($(reloaded, '[part="share-offer"]')).to.equal(null);
  });

  it('keeps the visitor’s own favourites and says which shared items they already had', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    const link = await shareLink(el, ['a1', 'b1']);
    el.remove();
    localStorage.clear();
    const mine = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    $(mine, '#item-a1 .favourite')!.click();
    $(mine, '#item-a2 .favourite')!.click();
    await mine.updateComplete;
    mine.remove();
    history.replaceState(null, '', link);
    const other = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    await waitUntil(() => $(other, '[part="share-offer"]'), 'the question is asked');
    expect(text($(other, '[part="share-offer"]'))).to.contain('Already in your agenda: 1.');
    $(other, '.accept-share')!.click();
    await other.updateComplete;
    expect(ids(other)).to.deep.equal(['a1', 'b1', 'a2']);
  });

  it('refusal: nothing is added, the question goes, focus stays in the agenda', async () => {
    history.replaceState(null, '', `${page()}#starred=a1,b1`);
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    await waitUntil(() => $(el, '.refuse-share'), 'the question is asked');
    const refuse = $(el, '.refuse-share')!;
    refuse.focus();
    refuse.click();
    await el.updateComplete;
    expect($(el, '[part="share-offer"]')).to.equal(null);
    expect(starred(el)).to.deep.equal([]);
    expect(location.hash).to.equal('');
    expect(root(el).activeElement).to.equal($(el, '.search input'));
    expect(localStorage.length).to.equal(0);
  });

  it('reports unknown ids rather than dropping them', async () => {
    history.replaceState(null, '', `${page()}#starred=a1,gone,%3Cb%3Ebold%3C%2Fb%3E,%ZZ&other=1`);
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    await waitUntil(() => $(el, '[part="share-offer"]'), 'the question is asked');
    const offer = $(el, '[part="share-offer"]')!;
    expect(text(offer)).to.contain('This link shares 1 item. Add it to your agenda?');
    expect(text(offer.querySelector('.unknown-items'))).to.equal('Not in this programme (removed, or from another programme): gone and <b>bold</b>.');
    expect(offer.querySelector('b')).to.equal(null, 'ids are text');
    $(el, '.accept-share')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#other=1', 'the page’s other keys stay');
    expect(starred(el)).to.deep.equal(['a1']);
  });

  it('says so when none of the shared items is in this programme', async () => {
    history.replaceState(null, '', `${page()}#starred=x,y`);
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    await waitUntil(() => $(el, '[part="share-offer"]'), 'the question is asked');
    const offer = $(el, '[part="share-offer"]')!;
    expect(text(offer)).to.contain('None of the items of this shared agenda is in this programme.');
    expect(offer.querySelector('.accept-share')).to.equal(null);
    await expect(el).to.be.accessible();
    $(el, '.refuse-share')!.click();
    await el.updateComplete;
    expect($(el, '[part="share-offer"]')).to.equal(null);
  });

  it('shares under the agenda’s url-state name', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state="talks"></seminar-agenda>`);
    const link = await shareLink(el, ['a2']);
    expect(link).to.equal(`${page()}#talks.starred=a2`);
    el.remove();
    localStorage.clear();
    history.replaceState(null, '', link);
    const plain = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await plain.updateComplete;
    expect($(plain, '[part="share-offer"]')).to.equal(null, 'another agenda’s shared agenda is not asked about');
    plain.remove();
    const named = await agenda(html`<seminar-agenda src=${ROOMS} url-state="talks"></seminar-agenda>`);
    await waitUntil(() => $(named, '[part="share-offer"]'), 'the question is asked');
  });

  it('asks when a shared link is opened on a page already shown (hashchange)', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    location.hash = 'starred=b1';
    await waitUntil(() => $(el, '[part="share-offer"]'), 'the question is asked');
  });

  it('copies the link, with a polite confirmation; says what to do when it cannot', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    const link = await shareLink(el, ['a1']);
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let copied = '';
    try {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => ((copied = t), Promise.resolve()) } });
      $(el, '.copy-link')!.click();
      await waitUntil(() => text($(el, '.share-status')) === 'Link copied.', 'the copy is confirmed');
      expect(copied).to.equal(link);
      expect($(el, '.share-status')!.getAttribute('role')).to.equal('status');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      $(el, '.copy-link')!.click();
      await waitUntil(() => text($(el, '.share-status')).startsWith('The link could not be copied'), 'the failure is said');
      const field = input(el, '.share-link input')!;
      expect(root(el).activeElement).to.equal(field, 'the link is selected for the keyboard');
      expect(field.selectionEnd! - field.selectionStart!).to.equal(link.length);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('draws a QR code of the link on demand, with an accessible name and the link beside it', async () => {
    let loads = 0;
    qrCode.load = () => {
      loads++;
      return originalLoad();
    };
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    const link = await shareLink(el, ['a1', 'a2']);
    expect(loads).to.equal(0, 'the QR code’s code is not loaded before it is asked for');
    const button = $(el, '.show-qr')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await waitUntil(() => $(el, '.qr svg'), 'the QR code is drawn');
    expect(loads).to.equal(1);
    const svg = root(el).querySelector('.qr svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR code of the link to my agenda');
    expect(text($(el, '.qr figcaption'))).to.equal(link);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(svg.querySelector('path')!.getAttribute('d')).to.equal(qrDrawing(link).path);
    await expect(el).to.be.accessible();
    // It follows the starred items.
    $(el, '#item-b1 .favourite')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const next = input(el, '.share-link input')!.value;
    expect(next).to.equal(`${page()}#starred=a1,b1,a2`);
    expect(text($(el, '.qr figcaption'))).to.equal(next);
    expect(root(el).querySelector('.qr path')!.getAttribute('d')).to.equal(qrDrawing(next).path);
    button.click();
    await el.updateComplete;
    expect($(el, '.qr')).to.equal(null);
  });

  it('says so when the QR code cannot be loaded', async () => {
    qrCode.load = () => Promise.reject(new Error('offline'));
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    await shareLink(el, ['a1']);
    $(el, '.show-qr')!.click();
    await waitUntil(() => text($(el, '.share-panel .notice')) === 'The QR code could not be loaded. Try again later.', 'the failure is said');
  });

  it('says so when sharing cannot be loaded (offline since the page loaded)', async () => {
    shareCode.load = () => Promise.reject(new Error('offline'));
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    $(el, '#item-a1 .favourite')!.click();
    await el.updateComplete;
    $(el, '.share-toggle')!.click();
    await waitUntil(() => text($(el, '.agenda > [role="status"]')) === 'Sharing could not be loaded. Try again later.', 'the failure is said');
    expect($(el, '.share-toggle')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('QR codes: a standard quiet zone, and a clear error past what a QR code holds', () => {
    const small = qrDrawing('https://example.org/#starred=a');
    expect((small.size - 8 - 17) % 4).to.equal(0, 'a QR code’s size (17 + 4 × version) and four modules each side');
    expect(small.path.startsWith('M4 4h7v1h-7z'), 'the first finder pattern, inside the quiet zone').to.equal(true);
    expect(() => qrDrawing('x'.repeat(5000))).to.throw(RangeError);
  });

  it('speaks French', async () => {
    document.documentElement.lang = 'fr';
    history.replaceState(null, '', `${page()}#starred=a1,b1,nope`);
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    await waitUntil(() => text($(el, '[part="share-offer"]')).includes('Ajouter'), 'French text');
    await expect(el).to.be.accessible();
    $(el, '.accept-share')!.click();
    await el.updateComplete;
    $(el, '.share-toggle')!.click();
    await waitUntil(() => $(el, '.show-qr'), 'the panel opens');
    $(el, '.show-qr')!.click();
    await waitUntil(() => $(el, '.qr svg'), 'the QR code is drawn');
    expect(text($(el, '.share-toggle'))).to.not.equal('Share my agenda');
    await expect(el).to.be.accessible();
  });
});
