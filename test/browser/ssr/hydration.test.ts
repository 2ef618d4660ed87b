/**
 * Server-rendered elements in the browser: the HTML of `@lit-labs/ssr`
 * (declarative shadow DOM, from test/plugins/ssr.mjs) is put in the page, the
 * elements hydrate, and they keep the server's nodes (no second render of the
 * content, no flash), do not fetch, do not move, and work.
 */
// Lit's hydration support must load before Lit itself.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-list.js';
import '../../../src/define/session-timer.js';
import { text } from '../helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

let container: HTMLDivElement;
let errors: string[];
const onError = (event: ErrorEvent) => errors.push(event.message);
const originalError = console.error;
let fetches: string[];
const originalFetch = window.fetch.bind(window);

/** Puts the server's HTML of `element` in the page and waits until it is hydrated and settled. */
async function serverRendered(element: string, query = ''): Promise<{ el: Lit; before: Element[] }> {
  const response = await originalFetch(`/__test/ssr?element=${element}${query}`);
  expect(response.status, 'the server rendering (run the build first)').to.equal(200);
  const markup = await response.text();
  container.setHTMLUnsafe(markup);
  const el = container.firstElementChild as Lit;
  // The server's nodes, before the element's first update.
  const before = [...el.shadowRoot!.querySelectorAll('*')];
  await waitUntil(() => el.hasUpdated, 'the element should hydrate');
  await el.updateComplete;
  await el.updateComplete;
  return { el, before };
}

const root = (el: Element) => el.shadowRoot!;

describe('server rendering, hydrated in the browser', () => {
  before(async () => {
    // The event's zone: the visitor the server assumes (no "Show in my time zone" to add).
    await executeServerCommand('emulate-time-zone', { timeZone: 'Europe/Paris' });
  });
  after(async () => {
    await executeServerCommand('emulate-time-zone', { timeZone: null });
  });
  beforeEach(() => {
    localStorage.clear();
    errors = [];
    fetches = [];
    window.addEventListener('error', onError);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError(...args);
    };
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetches.push(String(input instanceof Request ? input.url : input));
      return originalFetch(input, init);
    };
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    console.error = originalError;
    window.fetch = originalFetch;
    container.remove();
  });

  it('the agenda keeps every node the server rendered, in French, and fetches nothing', async () => {
    const { el, before } = await serverRendered('agenda', '&lang=fr&src=/__test/programme?id=ssr-never');
    const items = [...root(el).querySelectorAll('[part~="item"]')];
    expect(items).to.have.length(12);
    expect(before.filter((node) => node.matches('[part~="item"]'))).to.deep.equal(items);
    // Every node of the server is still there (the record's node aside, dropped once read).
    const gone = before.filter((node) => !node.isConnected && !node.hasAttribute('data-seminar-hydration'));
    expect(gone.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
    expect(root(el).querySelector('[data-seminar-hydration]')).to.equal(null);
    expect(text(root(el).querySelector('.day-title'))).to.contain('vendredi 8 juillet 2016');
    // The items' own strings too (a keyed list's templates are made within the element's language).
    const stars = before.filter((node) => node.matches('.favourite')).map((node) => text(node));
    expect(stars.length).to.be.greaterThan(5);
    for (const star of stars) expect(star).to.match(/^Garder .+ dans mon programme$/);
    expect(fetches).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('the agenda works once hydrated: filters, favourites, the speaker dialog', async () => {
    const { el } = await serverRendered('agenda', '&lang=fr');
    const select = root(el).querySelector<HTMLSelectElement>('.filters select')!;
    select.value = 'break';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const shown = [...root(el).querySelectorAll<HTMLElement>('[part~="item"]')].map((li) => li.dataset['itemId']);
    expect(shown.length).to.be.greaterThan(0).and.lessThan(12);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const star = root(el).querySelector<HTMLButtonElement>('#item-session-1 [part~="actions"] button')!;
    star.click();
    await el.updateComplete;
    expect(text(root(el).querySelector('.toggle'))).to.contain('(1)');
    root(el).querySelector<HTMLButtonElement>('#item-session-1 .speaker')!.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open && dialog.querySelector('speaker-card')?.shadowRoot?.querySelector('[part="name"]'), 'the dialog should open');
    expect(errors).to.deep.equal([]);
  });

  it('an agenda whose hydration is deferred (inside another server-rendered element) works once it hydrates', async () => {
    const response = await originalFetch('/__test/ssr?element=agenda&lang=fr');
    container.setHTMLUnsafe((await response.text()).replace('<seminar-agenda', '<seminar-agenda defer-hydration'));
    const el = container.firstElementChild as Lit;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.hasUpdated, 'not hydrated while deferred').to.equal(false);
    el.removeAttribute('defer-hydration');
    await waitUntil(() => el.hasUpdated, 'the element should hydrate');
    await el.updateComplete;
    root(el).querySelector<HTMLElement>('#item-session-1 .favourite path')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('#item-session-1 .favourite')!.getAttribute('aria-pressed')).to.equal('true');
    root(el).querySelector<HTMLButtonElement>('#item-session-1 .speaker')!.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the dialog should open');
    expect(errors).to.deep.equal([]);
  });

  it('the agenda fires one seminar-load in the browser, after hydrating', async () => {
    let loads = 0;
    const count = () => loads++;
    document.addEventListener('seminar-load', count);
    try {
      const { el } = await serverRendered('agenda', '&lang=fr');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.equal(1);
      expect(el.isConnected).to.equal(true);
    } finally {
      document.removeEventListener('seminar-load', count);
    }
  });

  it('the agenda does not move as it hydrates', async () => {
    const response = await originalFetch('/__test/ssr?element=agenda&lang=fr');
    container.setHTMLUnsafe(await response.text());
    const el = container.firstElementChild as Lit;
    const height = el.getBoundingClientRect().height;
    expect(height).to.be.greaterThan(500);
    await waitUntil(() => el.hasUpdated);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(height);
  });

  it('the speaker list keeps its cards and theirs nodes; one programme recorded, not one per card', async () => {
    const response = await originalFetch('/__test/ssr?element=list&lang=de');
    const markup = await response.text();
    expect(markup.split('data-seminar-hydration').length - 1).to.equal(12);
    expect(markup.split('&quot;programme&quot;').length - 1).to.equal(1);
    const { el, before } = await serverRendered('list', '&lang=de');
    const cards = [...root(el).querySelectorAll('speaker-card')];
    expect(cards).to.have.length(11);
    expect(before.filter((node) => node.localName === 'speaker-card')).to.deep.equal(cards);
    const names = cards.map((card) => card.shadowRoot!.querySelector('[part="name"]'));
    await Promise.all(cards.map((card) => (card as Lit).updateComplete));
    expect(cards.map((card) => card.shadowRoot!.querySelector('[part="name"]'))).to.deep.equal(names);
    expect(text(cards[0].shadowRoot!.querySelector('.sessions-title'))).to.equal('Beiträge');
    expect(errors).to.deep.equal([]);
  });

  it('the timer shows its state at render time, then the browser’s clock', async () => {
    const { el, before } = await serverRendered('timer', '&lang=fr');
    expect(el.getAttribute('state')).to.equal('running');
    const value = root(el).querySelector('[part="value"]');
    expect(before).to.include(value);
    expect(errors).to.deep.equal([]);
  });

  it('a live timer takes the browser’s time after hydrating, keeping its nodes', async () => {
    const { el, before } = await serverRendered('timer-live', '&lang=fr');
    expect(el.getAttribute('state')).to.equal('running');
    expect(before).to.include(root(el).querySelector('[part="value"]'));
    expect(errors).to.deep.equal([]);
  });

  it('an agenda the server could only show loading fetches its src once hydrated', async () => {
    const { el } = await serverRendered('agenda-src-only', '&src=/examples/digital-era-seminar.json');
    await waitUntil(() => root(el).querySelectorAll('[part~="item"]').length === 12, 'the agenda should load');
    expect(fetches.filter((url) => url.includes('digital-era-seminar'))).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('an invalid programme’s error, rendered on the server, is kept and reported once', async () => {
    let reported = 0;
    const count = () => reported++;
    document.addEventListener('seminar-error', count);
    try {
      const { el } = await serverRendered('agenda-invalid', '&lang=fr');
      expect(text(root(el).querySelector('[part="error"]'))).to.contain('erreur');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(reported).to.equal(1);
      // The element's own report for the page's editors, once; nothing else.
      expect(errors.filter((e) => e.startsWith('seminar-widgets <seminar-agenda>'))).to.have.length(1);
      expect(errors.filter((e) => !e.startsWith('seminar-widgets <'))).to.deep.equal([]);
    } finally {
      document.removeEventListener('seminar-error', count);
    }
  });
});
