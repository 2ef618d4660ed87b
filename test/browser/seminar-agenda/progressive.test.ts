/**
 * Progressive rendering: a large programme shows its first items at once and
 * the rest in slices, ends with every item in the DOM, and `#item-` links,
 * printing and clearing a search work whatever is drawn yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { generateProgramme } from '../../../bench/programme.js';
import { $$ } from '../helpers.js';

const ITEMS = 1000;
const programme = () => generateProgramme(ITEMS);
const drawn = (el: Element) => $$(el, '[part~="item"]').map((li) => li.dataset['itemId']!);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Mounts an agenda and returns it after its first update (the first slice), not after every slice. */
async function mount(data: unknown, attributes = ''): Promise<SeminarAgenda> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<seminar-agenda ${attributes}></seminar-agenda>`;
  const el = host.firstElementChild as SeminarAgenda;
  el.programme = data as SeminarAgenda['programme'];
  // The first update runs in a microtask after the property is set.
  await Promise.resolve();
  await Promise.resolve();
  return el;
}

describe('<seminar-agenda>: progressive rendering of a large programme', function () {
  this.timeout(60_000);
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('draws the first screen in the first update, then every item, in order, each once', async () => {
    const data = programme();
    const el = await mount(data);
    await waitUntil(() => drawn(el).length > 0, 'the first items');
    const first = drawn(el).length;
    expect(first, 'the first update draws the first screen').to.be.within(20, 200);
    await frame();
    expect(drawn(el).length, 'not everything at once').to.be.below(ITEMS);
    await el.updateComplete;
    const ids = drawn(el);
    expect(ids).to.have.length(ITEMS);
    expect(new Set(ids).size).to.equal(ITEMS);
    const order = new Map(data.items.map((item, index) => [item.id, index]));
    const positions = ids.map((id) => order.get(id)!);
    // Items are drawn day by day, each day in time order: the programme's own order here.
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it('leaves every item rendered for assistive technology (no content-visibility: auto, which empties off-screen names)', async () => {
    const el = await mount(programme());
    await el.updateComplete;
    for (const item of $$(el, '[part~="item"]')) expect(getComputedStyle(item).contentVisibility).to.equal('visible');
  });

  it('follows an #item- link to an item drawn in a late slice: drawn at once, scrolled to, focused', async () => {
    const data = programme();
    const target = data.items[ITEMS - 5].id;
    history.replaceState(null, '', `#item-${encodeURIComponent(target)}`);
    const el = await mount(data);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === `item-${target}`, 'the linked item is focused', { timeout: 10_000 });
    const box = el.shadowRoot!.getElementById(`item-${target}`)!.getBoundingClientRect();
    expect(box.top, 'scrolled into the viewport').to.be.within(0, innerHeight - box.height);
    await el.updateComplete;
    expect(drawn(el)).to.have.length(ITEMS);
  });

  it('follows a later change of the address (hashchange) to an item of another day than the one shown', async () => {
    const data = programme();
    const el = await mount(data, 'day="2026-06-08"');
    await el.updateComplete;
    const days = [...new Set(data.items.map((item) => (item as { day?: string }).day ?? ''))];
    const last = data.items[ITEMS - 1] as { id: string };
    location.hash = `#item-${encodeURIComponent(last.id)}`;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === `item-${last.id}`, 'the linked item is focused', { timeout: 10_000 });
    expect(days.length).to.be.greaterThan(0);
  });

  it('draws everything at once for printing', async () => {
    const el = await mount(programme());
    await waitUntil(() => drawn(el).length > 0, 'the first items');
    expect(drawn(el).length).to.be.below(ITEMS);
    window.dispatchEvent(new Event('beforeprint'));
    await Promise.resolve();
    await Promise.resolve();
    expect(drawn(el), 'every item, in the update that follows beforeprint').to.have.length(ITEMS);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('clearing a search draws the first items again at once, then the rest in slices', async () => {
    const el = await mount(programme());
    await el.updateComplete;
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'okafor';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const found = drawn(el).length;
    expect(found).to.be.within(1, ITEMS - 1);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await Promise.resolve();
    await Promise.resolve();
    const now = drawn(el).length;
    // The first items in order, creating a slice's worth at most: not the thousand at once.
    expect(now, 'a first slice').to.be.within(30, found + 200);
    await el.updateComplete;
    expect(drawn(el)).to.have.length(ITEMS);
  });
});
