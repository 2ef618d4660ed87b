/**
 * React 19 and server rendering, as in Next.js: a component's HTML is made by
 * `react-dom/server`, put in the page, and hydrated by `hydrateRoot`.
 *
 * React 19 sets a custom element's properties and `on…` listeners when it
 * renders in the browser, but not when it hydrates (react#35446): a plain
 * `<seminar-agenda programme={…} onseminar-load={…}>` stays without its
 * programme until the component renders again. The first test reproduces it,
 * so that it fails (and docs/frameworks.md must change) the day React fixes
 * it; the others show what docs/frameworks.md tells React users to do.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, useState, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { flushSync } from 'react-dom';
import { SeminarAgenda } from '../../../src/react/seminar-agenda.js';
import type { SeminarAgenda as SeminarAgendaElement } from '../../../src/classes.js';
import { $$, seed, settled, sleep } from '../helpers.js';

let container: HTMLDivElement;
let root: Root | undefined;
let errors: string[];
const onError = (event: ErrorEvent) => errors.push(event.message);

const agenda = () => container.querySelector('seminar-agenda') as SeminarAgendaElement;
const items = () => $$(agenda(), '[part~="item"]');

/** Renders `app` to HTML as a server would, puts it in the page, and hydrates it. */
async function serverRenderedThenHydrated(app: () => ReactNode): Promise<void> {
  container.innerHTML = renderToString(createElement(app));
  await settled(agenda());
  root = hydrateRoot(container, createElement(app), {
    onRecoverableError: (error) => errors.push(`recoverable: ${String(error)}`),
  });
  // Hydration, its effects and the element's update (a programme given by
  // value is read at once; a lazily loaded part needs a few tasks).
  await sleep(300);
  await settled(agenda());
}

describe('React 19: custom elements after server rendering and hydration', () => {
  let programme: Record<string, unknown>;

  before(async () => {
    programme = await seed();
  });
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    root?.unmount();
    root = undefined;
    container.remove();
  });

  it('reproduces React’s bug: the plain tag gets neither its programme nor its listener when hydrated', async () => {
    const loads: Event[] = [];
    const App = () => createElement('seminar-agenda', { lang: 'en', programme, 'onseminar-load': (event: Event) => loads.push(event) });
    await serverRenderedThenHydrated(App);

    expect(errors).to.deep.equal([]);
    // The server sent the attributes only: no programme, no listener.
    expect(agenda().getAttribute('lang')).to.equal('en');
    // After hydration, React has still not set the property nor the listener:
    // if this fails, React fixed its bug; update docs/frameworks.md ("React 19
    // does not hydrate custom elements' properties and events").
    expect(agenda().programme, 'React 19 leaves the property unset after hydration').to.equal(undefined);
    expect(items()).to.have.length(0);
    expect(loads).to.have.length(0);
  });

  it('a later render sets the plain tag’s programme only if the value changed (React compares with what it hydrated)', async () => {
    let setProgramme: (value: Record<string, unknown>) => void = () => {};
    let setCount: (value: number) => void = () => {};
    const App = () => {
      const [value, setValue] = useState(programme);
      const [count, setRenders] = useState(0);
      setProgramme = setValue;
      setCount = setRenders;
      return createElement('seminar-agenda', { lang: 'en', programme: value, 'data-renders': count });
    };
    await serverRenderedThenHydrated(App);
    expect(items()).to.have.length(0);

    // Rendering again with the same programme object sets nothing.
    flushSync(() => { setCount(1); });
    await sleep(100);
    expect(agenda().programme, 'same value: React sets nothing').to.equal(undefined);

    // A new object (e.g. data fetched again) is set.
    flushSync(() => { setProgramme(structuredClone(programme)); });
    await waitUntil(() => items().length > 0, 'a changed value is set as a property');
    expect(errors).to.deep.equal([]);
  });

  it('the wrapper of seminar-widgets/react/seminar-agenda.js sets the programme and the listener when hydrated', async () => {
    const loads: Event[] = [];
    const App = () => createElement(SeminarAgenda, { lang: 'en', programme, onSeminarLoad: (event: Event) => loads.push(event) });
    await serverRenderedThenHydrated(App);

    await waitUntil(() => items().length > 0, 'the agenda should show the programme after hydration');
    expect(items().length).to.be.greaterThan(10);
    await waitUntil(() => loads.length > 0, 'onSeminarLoad should be called');
    await sleep(50);
    expect(loads, 'seminar-load heard once').to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('without server rendering, React 19 sets the plain tag’s property and listener (the bug is hydration’s only)', async () => {
    const loads: Event[] = [];
    root = createRoot(container);
    flushSync(() => { root!.render(createElement('seminar-agenda', { lang: 'en', programme, 'onseminar-load': (event: Event) => loads.push(event) })); });
    await settled(agenda());
    await waitUntil(() => items().length > 0, 'the agenda should show the programme');
    await waitUntil(() => loads.length > 0, 'onseminar-load should be called');
    expect(loads).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });
});
