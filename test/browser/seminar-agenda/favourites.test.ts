import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FavouritesController, programmeKey } from '../../../src/components/seminar-agenda/favourites.js';
import { parseProgramme } from '../../../src/model.js';

const PREFIX = 'seminar-widgets:favourites:';

/** A tiny host: shows its favourites and counts its updates. */
class FavouritesHost extends LitElement {
  static override properties = { key: {} };
  key: string | undefined;
  updates = 0;
  readonly favourites = new FavouritesController(this, () => this.key);

  protected override updated(): void {
    this.updates++;
  }

  protected override render() {
    return html`<p>${[...this.favourites.ids].sort().join(',')}</p>`;
  }
}
customElements.define('favourites-test-host', FavouritesHost);

async function host(key: string | undefined): Promise<FavouritesHost> {
  const el = await fixture<FavouritesHost>(html`<favourites-test-host .key=${key}></favourites-test-host>`);
  await el.updateComplete;
  return el;
}
const shown = (el: FavouritesHost) => el.shadowRoot!.querySelector('p')!.textContent;
const stored = (key: string) => localStorage.getItem(PREFIX + key);

describe('FavouritesController', () => {
  // The real methods, as property descriptors (restored after each test).
  const originals = Object.getOwnPropertyDescriptors(Storage.prototype);
  const restore = () => {
    Object.defineProperties(Storage.prototype, originals);
  };
  afterEach(() => {
    restore();
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  });

  it('keeps favourites across a reload', async () => {
    const first = await host('reload');
    expect(first.favourites.persistent).to.equal(true);
    first.favourites.toggle('session-1');
    first.favourites.toggle('debate-1');
    await first.updateComplete;
    expect(shown(first)).to.equal('debate-1,session-1');
    expect(JSON.parse(stored('reload')!)).to.deep.equal(['session-1', 'debate-1']);
    first.remove();

    const second = await host('reload');
    expect([...second.favourites.ids].sort()).to.deep.equal(['debate-1', 'session-1']);
    expect(second.favourites.has('session-1')).to.equal(true);
    expect(shown(second)).to.equal('debate-1,session-1');
  });

  it('toggles an item on and off, requesting an update each time', async () => {
    const el = await host('twice');
    const before = el.updates;
    const empty = el.favourites.ids;
    el.favourites.toggle('lunch');
    await el.updateComplete;
    expect(el.favourites.has('lunch')).to.equal(true);
    expect(el.favourites.ids).to.not.equal(empty, 'a new set after a change');
    el.favourites.toggle('lunch');
    await el.updateComplete;
    expect(el.favourites.has('lunch')).to.equal(false);
    expect(el.updates).to.equal(before + 2);
    expect(shown(el)).to.equal('');
    expect(stored('twice')).to.equal(null, 'no favourites: nothing left in storage');
  });

  it('keeps two programmes apart, and reads again when the key changes', async () => {
    const a = await host('programme-a');
    const b = await host('programme-b');
    a.favourites.toggle('x');
    b.favourites.toggle('y');
    expect([...a.favourites.ids]).to.deep.equal(['x']);
    expect([...b.favourites.ids]).to.deep.equal(['y']);
    expect(JSON.parse(stored('programme-a')!)).to.deep.equal(['x']);
    expect(JSON.parse(stored('programme-b')!)).to.deep.equal(['y']);

    a.key = 'programme-b';
    await a.updateComplete;
    expect(shown(a)).to.equal('y');
    a.key = undefined;
    await a.updateComplete;
    expect(a.favourites.ids.size).to.equal(0);
    a.key = 'programme-a';
    await a.updateComplete;
    expect(shown(a)).to.equal('x');
  });

  it('ignores corrupt stored values without throwing', async () => {
    for (const [value, expected] of [
      ['{not json', []],
      ['{"a":1}', []],
      ['"session-1"', []],
      ['null', []],
      ['["a",3,null,"b"]', ['a', 'b']],
    ] as const) {
      localStorage.setItem(`${PREFIX}corrupt`, value);
      const el = await host('corrupt');
      expect([...el.favourites.ids], value).to.deep.equal(expected);
      expect(el.favourites.persistent).to.equal(true);
      el.remove();
    }
    const el = await host('corrupt');
    el.favourites.toggle('c');
    expect(JSON.parse(stored('corrupt')!)).to.deep.equal(['a', 'b', 'c']);
    localStorage.setItem(`${PREFIX}corrupt`, '][');
    el.remove();
    const again = await host('corrupt');
    again.favourites.toggle('d');
    expect(JSON.parse(stored('corrupt')!)).to.deep.equal(['d'], 'the corrupt value is replaced');
  });

  it('works in memory when storage is unavailable', async () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = denied;
    Storage.prototype.setItem = denied;
    Storage.prototype.removeItem = denied;
    const el = await host('denied');
    expect(el.favourites.persistent).to.equal(false);
    expect(el.favourites.ids.size).to.equal(0);
    el.favourites.toggle('welcome');
    el.favourites.toggle('recap');
    el.favourites.toggle('recap');
    await el.updateComplete;
    expect(el.favourites.has('welcome')).to.equal(true);
    expect(el.favourites.has('recap')).to.equal(false);
    expect(shown(el)).to.equal('welcome');
    // Moved in the page: still there.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('welcome');
    expect(el.favourites.persistent).to.equal(false);
    restore();
    expect(stored('denied')).to.equal(null);
  });

  it('keeps unsaved favourites when the storage is full, and says so', async () => {
    const el = await host('full');
    el.favourites.toggle('a');
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    el.favourites.toggle('b');
    expect(el.favourites.persistent).to.equal(false);
    expect([...el.favourites.ids]).to.deep.equal(['a', 'b']);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    expect([...el.favourites.ids]).to.deep.equal(['a', 'b'], 'not replaced by the older stored value');
    restore();
    el.favourites.toggle('c');
    expect(el.favourites.persistent).to.equal(true);
    expect(JSON.parse(stored('full')!)).to.deep.equal(['a', 'b', 'c']);
  });

  it('follows changes made in another tab, while connected', async () => {
    const el = await host('tabs');
    el.favourites.toggle('a');
    await el.updateComplete;
    const otherTab = (key: string | null, value: string | null) => {
      if (key) localStorage.setItem(key, value!);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
    };

    const updates = el.updates;
    otherTab(`${PREFIX}elsewhere`, '["z"]');
    await el.updateComplete;
    expect(el.updates).to.equal(updates, 'another key does not concern us');

    otherTab(`${PREFIX}tabs`, '["a","b"]');
    await el.updateComplete;
    expect(el.updates).to.equal(updates + 1);
    expect(shown(el)).to.equal('a,b');

    localStorage.clear();
    otherTab(null, null);
    await el.updateComplete;
    expect(shown(el)).to.equal('', 'storage cleared in another tab');

    // Disconnected: not listening.
    const parent = el.parentElement!;
    el.remove();
    const ids = el.favourites.ids;
    otherTab(`${PREFIX}tabs`, '["c"]');
    expect(el.favourites.ids).to.equal(ids);
    // Reconnected: read again.
    parent.append(el);
    await el.updateComplete;
    expect([...el.favourites.ids]).to.deep.equal(['c']);
  });

  it('computes a programme key from the event id, else from the title and first day', async () => {
    const seed = (await (await fetch('/examples/digital-era-seminar.json')).json()) as {
      event: { id?: string; title: unknown; days: string[] };
    };
    expect(programmeKey(parseProgramme(seed))).to.equal('faire-collectif-2016');

    delete seed.event.id;
    const key = programmeKey(parseProgramme(seed));
    expect(key).to.match(/^[0-9a-z]{1,7}$/);
    expect(programmeKey(parseProgramme(structuredClone(seed)))).to.equal(key, 'stable');

    const moved = structuredClone(seed);
    moved.event.days = ['2016-07-09'];
    expect(programmeKey(parseProgramme({ ...moved, items: [] }))).to.not.equal(key);
    const renamed = structuredClone(seed);
    renamed.event.title = { en: 'Another seminar', fr: "Faire collectif à l'heure du numérique" };
    expect(programmeKey(parseProgramme(renamed))).to.not.equal(key, 'the default-language title counts');
    const french = structuredClone(seed);
    french.event.title = { en: (seed.event.title as { en: string }).en, fr: 'Autre titre' };
    expect(programmeKey(parseProgramme(french))).to.equal(key, 'other languages do not');
  });
});
