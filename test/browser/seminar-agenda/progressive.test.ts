/**
 * Progressive rendering: a large programme shows its first items at once and
 * the rest in slices, ends with every item in the DOM, and `#item-` links,
 * printing and clearing a search work whatever is drawn yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { generateProgramme } from '../../../bench/programme.js';
import { $, $$, text } from '../helpers.js';
import { BLOCK } from '../../../src/components/seminar-agenda/agenda-data.js';

const ITEMS = 1000;
const programme = () => generateProgramme(ITEMS);
const drawn = (el: Element) => $$(el, '[part~="item"]').map((li) => li.dataset['itemId']!);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Mounts an agenda and returns it after its first update (the first slice), not after every slice. */
/** Types `text` into `search` (one input event, as a paste) and waits for the agenda's update. */
async function typeIn(el: SeminarAgenda, search: HTMLInputElement, text: string): Promise<void> {
  search.value = text;
  search.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

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

  it('draws a programme of a hundred items in its first update (no second layout of everything for a few items put off)', async () => {
    const el = await mount(generateProgramme(100));
    await waitUntil(() => drawn(el).length > 0, 'the first items');
    expect(drawn(el)).to.have.length(100);
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
    await typeIn(el, search, 'okafor');
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

  it('after a visitor’s change, draws 60 new items a slice at most; the first render, larger slices', async () => {
    const el = await mount(programme());
    const counts: number[] = [];
    el.addController({ hostUpdated: () => counts.push(drawn(el).length) });
    await el.updateComplete;
    const growth = () => counts.slice(1).map((n, i) => n - counts[i]);
    // The first render: no visitor input to answer yet, fewer and larger slices.
    expect(Math.max(...growth()), `first render: ${counts.join(', ')}`).to.be.above(100);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    await typeIn(el, search, 'okafor');
    counts.length = 0;
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // Each slice's frame lays out its new items: small slices while the visitor may type again.
    expect(counts.at(-1)).to.equal(ITEMS);
    expect(Math.max(...growth()), `after clearing: ${counts.join(', ')}`).to.be.at.most(60);
  });

  it('moved in the page while it draws after a visitor’s change, draws again as on its first render', async () => {
    const el = await mount(programme());
    await el.updateComplete;
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    await typeIn(el, search, 'okafor');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    // The first update after clearing, not its slices.
    await Promise.resolve();
    await Promise.resolve();
    expect(drawn(el).length).to.be.below(ITEMS);
    const host = el.parentElement!;
    const counts: number[] = [];
    el.addController({ hostUpdated: () => counts.push(drawn(el).length) });
    el.remove();
    host.append(el);
    await el.updateComplete;
    const growth = counts.slice(1).map((n, i) => n - counts[i]);
    expect(counts.at(-1)).to.equal(ITEMS);
    expect(Math.max(...growth), `after moving: ${counts.join(', ')}`).to.be.above(60);
  });

  it('keeps the items a search found when it is cleared (the same elements), and adds the others in order', async () => {
    const el = await mount(programme());
    await el.updateComplete;
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    await typeIn(el, search, 'okafor');
    const found = $$(el, '[part~="item"]');
    expect(found.length).to.be.within(2, ITEMS - 1);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await Promise.resolve();
    await Promise.resolve();
    for (const li of found) expect(li.isConnected, `${li.id} is kept`).to.equal(true);
    await el.updateComplete;
    expect(drawn(el)).to.deep.equal(programme().items.map((item) => item.id));
    for (const li of found) expect(li.isConnected, `${li.id} is still kept`).to.equal(true);
  });

  it('back to all days: keeps the day shown, draws the other days in slices, in order', async () => {
    const data = programme();
    const el = await mount(data, 'day="2026-06-09"');
    await el.updateComplete;
    const second = $$(el, '[part~="item"]');
    expect(second.length).to.be.within(100, ITEMS - 100);
    el.day = null;
    await Promise.resolve();
    await Promise.resolve();
    const first = drawn(el).length;
    expect(first, 'the day shown and a first slice of the others, not everything at once').to.be.within(second.length + 20, second.length + 200);
    for (const li of second) expect(li.isConnected, `${li.id} is kept`).to.equal(true);
    await el.updateComplete;
    expect(drawn(el)).to.deep.equal(data.items.map((item) => item.id));
  });

  it('a later slice renders its own items only, not the blocks drawn before it', async () => {
    const proto = Object.getPrototypeOf(document.createElement('seminar-agenda')) as { itemTemplate: (...args: unknown[]) => unknown };
    const original = proto.itemTemplate;
    let calls = 0;
    proto.itemTemplate = function (this: unknown, ...args: unknown[]) {
      calls++;
      return original.apply(this, args);
    };
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('seminar-agenda');
      // Every update: how many item templates it made, how many items it added.
      const slices: { calls: number; added: number }[] = [];
      let before = 0;
      el.addController({
        hostUpdated: () => {
          const now = drawn(el).length;
          if (now > before) slices.push({ calls, added: now - before });
          before = now;
          calls = 0;
        },
      });
      host.append(el);
      el.programme = programme();
      await el.updateComplete;
      expect(drawn(el)).to.have.length(ITEMS);
      expect(slices.length, 'the items came in several slices').to.be.greaterThan(2);
      for (const [index, slice] of slices.slice(1).entries()) {
        // Its new items, and the one block it may share with the slice before.
        expect(slice.calls, `slice ${index + 1}: ${slice.added} items added`).to.be.at.most(slice.added + BLOCK);
      }
    } finally {
      proto.itemTemplate = original;
    }
  });

  it('a star, the time and the language still reach items of every block', async () => {
    const data = programme();
    const el = await mount(data, 'now="2026-06-09T16:10:00+02:00"');
    await el.updateComplete;
    const late = data.items[ITEMS - 3].id;
    const star = () => $(el, `#item-${late} .favourite`)!;
    expect(star().getAttribute('aria-pressed')).to.equal('false');
    star().click();
    await el.updateComplete;
    expect(star().getAttribute('aria-pressed'), 'starred in the last block').to.equal('true');
    const current = () => $$(el, '[part~="current"]').map((li) => li.dataset['itemId']);
    const running = data.items.filter((item) => (item as { day?: string }).day === '2026-06-09' && item.start === '16:00').map((item) => item.id);
    expect(running.length).to.be.greaterThan(1);
    expect(current()).to.deep.equal(running);
    el.now = '2026-06-09T16:40:00+02:00';
    await el.updateComplete;
    const next = data.items.filter((item) => (item as { day?: string }).day === '2026-06-09' && item.start === '16:30').map((item) => item.id);
    expect(current(), 'the "now" marker moved with the time').to.deep.equal(next);
    el.setAttribute('lang', 'fr');
    await waitUntil(() => text($(el, `#item-${late} .favourite`)).startsWith('Garder'), 'the last items in French', { timeout: 10_000 });
    await el.updateComplete;
    for (const li of $$(el, '[part~="item"]:not([part~="pause"]) .favourite')) expect(text(li)).to.match(/^Garder/);
    star().click();
    await el.updateComplete;
    expect(star().getAttribute('aria-pressed')).to.equal('false');
  });

  it('draws every item in a page that draws no frames (a tab in the background), after a visitor’s change too', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const realFrame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = () => 0;
    try {
      host.innerHTML = '<seminar-agenda></seminar-agenda>';
      const el = host.firstElementChild as SeminarAgenda;
      el.programme = programme();
      await el.updateComplete;
      expect(drawn(el)).to.have.length(ITEMS);
      // After a visitor's change too, where each slice waits for a frame (here, for its
      // fallback delay of 100 ms: one slice a frame, never two slices before one frame).
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      await typeIn(el, search, 'okafor');
      expect(drawn(el).length).to.be.below(ITEMS);
      const times: number[] = [];
      el.addController({ hostUpdated: () => times.push(performance.now()) });
      search.value = '';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(drawn(el)).to.have.length(ITEMS);
      const gaps = times.slice(1).map((t, i) => Math.round(t - times[i]));
      expect(gaps.length, 'several slices').to.be.above(3);
      expect(Math.min(...gaps), `ms between slices: ${gaps.join(', ')}`).to.be.at.least(95);
    } finally {
      window.requestAnimationFrame = realFrame;
    }
  });
});
