/**
 * The limits of docs/security.md in the browser: values that are not plain
 * JSON given as `programme`, properties of the wrong kind, times beyond what
 * dates hold, a `src` that streams without end, a thousand and ten thousand
 * running timers, and an element moved to another document and back.
 * Nothing may throw into the page; each case ends in a clear state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { alertOf, assertNoScriptRan, watchErrors } from './safety.js';
import { SEED, nextTask } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; programme?: unknown };
const TAGS = ['seminar-agenda', 'speaker-card', 'speaker-list', 'session-timer'];

function make(tag: string): Widget {
  const el = document.createElement(tag) as Widget;
  if (tag === 'speaker-card') el.setAttribute('speaker', 'ada');
  if (tag === 'session-timer') el.setAttribute('session', 'talk-1');
  return el;
}

/** Collects `seminar-error` details from `el`. */
function errorsOf(el: HTMLElement): { kind: string; errors: { code: string; path: string }[] }[] {
  const seen: { kind: string; errors: { code: string; path: string }[] }[] = [];
  el.addEventListener('seminar-error', (event) => seen.push((event as CustomEvent<(typeof seen)[number]>).detail));
  return seen;
}

describe('values that are not plain JSON, given as programme', function () {
  this.timeout(20_000);
  const throwing = () =>
    new Proxy({}, {
      get() { throw new Error('get trap'); },
      has() { throw new Error('has trap'); },
      ownKeys() { throw new Error('ownKeys trap'); },
      getPrototypeOf() { throw new Error('getPrototypeOf trap'); },
      getOwnPropertyDescriptor() { throw new Error('descriptor trap'); },
    });
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const getter = () => ({ version: 1, get event(): never { throw new Error('getter'); }, items: [] });
  const cyclic = () => {
    const value: Record<string, unknown> = { version: 1, items: [] };
    value.event = value;
    return value;
  };
  const cases: [string, () => unknown][] = [['a Proxy whose traps throw', throwing], ['a revoked Proxy', revoked],
    ['a getter that throws', getter], ['a cycle', cyclic], ['a Map', () => new Map()], ['a function', () => () => 1]];
  for (const [name, value] of cases) {
    it(`${name}: every element shows an error and fires seminar-error, nothing thrown`, async () => {
      const watcher = watchErrors();
      for (const tag of TAGS) {
        const el = make(tag);
        const seen = errorsOf(el);
        el.programme = value();
        document.body.append(el);
        await waitUntil(() => alertOf(el), `${tag}: an error is shown`, { timeout: 5000 });
        expect(seen.length, `${tag}: seminar-error`).to.be.greaterThan(0);
        expect(seen[0].kind).to.equal('invalid');
        el.remove();
      }
      watcher.stop();
      expect(watcher.errors).to.deep.equal([]);
    });
  }
});

describe('properties of the wrong kind', function () {
  this.timeout(20_000);
  const programme = async () => (await fetch(SEED)).json() as Promise<unknown>;

  it('session-timer: now far out of range, not a time, or a Date; start and end as Dates and numbers', async () => {
    const watcher = watchErrors();
    const timer = await fixture<SessionTimer>(html`<session-timer start="2026-03-27T09:00:00Z" end="2026-03-27T10:00:00Z"></session-timer>`);
    const seen = errorsOf(timer);
    const cases: [unknown, string | undefined][] = [
      [1e20, 'out-of-range'], [-1e20, 'out-of-range'], [8.64e15, 'out-of-range'], [Date.UTC(10000, 0, 1), 'out-of-range'],
      ['+275760-09-13T00:00:00Z', 'out-of-range'], [new Date(NaN), 'invalid-time'], ['soon', 'invalid-time'], [{}, 'invalid-time'],
      [Symbol('now'), 'invalid-time'], [Number.NaN, 'invalid-time'],
      [new Date('2026-03-27T09:30:00Z'), undefined], [Date.UTC(2026, 2, 27, 9, 30), undefined], ['2026-03-27T09:30:00Z', undefined],
    ];
    for (const [now, code] of cases) {
      seen.length = 0;
      (timer as unknown as { now: unknown }).now = now;
      await timer.updateComplete;
      await nextTask();
      if (code) {
        const alert = alertOf(timer);
        expect(alert?.paths, `now = ${String(now)}`).to.deep.equal(['/now']);
        expect(seen.at(-1)?.errors[0]?.code, `now = ${String(now)}`).to.equal(code);
      } else {
        expect(alertOf(timer), `now = ${String(now)}`).to.equal(undefined);
        expect(timer.state).to.equal('running');
      }
    }
    for (const [start, end, problem] of [
      [new Date('2026-03-27T09:00:00Z'), Date.UTC(2026, 2, 27, 10), undefined],
      [Date.UTC(2026, 2, 27, 9), new Date('2026-03-27T10:00:00Z'), undefined],
      [new Date(NaN), Date.UTC(2026, 2, 27, 10), ['/start']],
      [1e20, -1e20, ['/start', '/end']],
      [{ toString: () => { throw new Error('no'); } }, [], ['/start', '/end']],
    ] as [unknown, unknown, string[] | undefined][]) {
      const label = `${typeof start} – ${typeof end}`;
      const el = timer as unknown as { start: unknown; end: unknown };
      el.start = start;
      el.end = end;
      await timer.updateComplete;
      await nextTask();
      expect(alertOf(timer)?.paths, label).to.deep.equal(problem);
      if (!problem) expect(timer.state).to.equal('running');
    }
    (timer as unknown as { warnBefore: unknown }).warnBefore = { minutes: 5 };
    timer.start = '2026-03-27T09:00:00Z';
    timer.end = '2026-03-27T10:00:00Z';
    await timer.updateComplete;
    expect(timer.state).to.equal('running');
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
    assertNoScriptRan('session-timer');
  });

  it('a value nothing expects (a label that throws when read) shows an error, and the next good value works', async () => {
    const watcher = watchErrors();
    const timer = await fixture<SessionTimer>(html`<session-timer start="2026-03-27T09:00:00Z" end="2026-03-27T10:00:00Z" now="2026-03-27T09:30:00Z"></session-timer>`);
    const seen = errorsOf(timer);
    (timer as unknown as { label: unknown }).label = new Proxy({}, { ownKeys() { throw new Error('label trap'); }, get() { throw new Error('label trap'); } });
    await nextTask();
    await waitUntil(() => alertOf(timer), 'the timer says it cannot be shown');
    expect(seen.length).to.equal(1);
    expect(seen[0].errors[0].code).to.equal('invalid-type');
    timer.label = 'Keynote';
    await timer.updateComplete;
    await nextTask();
    expect(alertOf(timer)).to.equal(undefined);
    expect(timer.shadowRoot!.querySelector('[part="label"]')?.textContent).to.equal('Keynote');
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
  });

  it('seminar-agenda and speaker-card: a Date as now, numbers and objects where text is expected', async () => {
    const watcher = watchErrors();
    const data = await programme();
    const agenda = await fixture<Widget>(html`<seminar-agenda .programme=${data}></seminar-agenda>`);
    await waitUntil(() => agenda.shadowRoot!.querySelector('[part~="item"]'), 'the agenda renders');
    for (const value of [new Date('2016-07-08T08:00:00Z'), 1e20, {}, Symbol('x')]) {
      (agenda as unknown as { now: unknown }).now = value;
      await agenda.updateComplete;
      await nextTask();
    }
    const card = await fixture<Widget>(html`<speaker-card .programme=${data} speaker="kristy-milland"></speaker-card>`);
    for (const [name, value] of [['speaker', 42], ['agendaHref', {}], ['photo', 7], ['headingLevel', 'x'], ['timeZone', {}]] as [string, unknown][]) {
      (card as unknown as Record<string, unknown>)[name] = value;
      await card.updateComplete;
      await nextTask();
    }
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
  });
});

describe('times beyond what dates hold', function () {
  this.timeout(20_000);
  it('a programme whose last day ends in year 10000: an error with its path in every element, never stuck on Loading', async () => {
    const watcher = watchErrors();
    const source = (await (await fetch(SEED)).json()) as { event: { days: unknown[] }; items: { day?: string; start: string }[] };
    source.event.days = ['9999-12-31'];
    for (const item of source.items) {
      delete item.day;
      if (item.start.includes('T')) item.start = '10:00';
    }
    for (const tag of TAGS) {
      const el = make(tag);
      el.programme = source;
      document.body.append(el);
      await waitUntil(() => alertOf(el), `${tag}: an error`, { timeout: 5000 });
      expect(alertOf(el)!.paths).to.include('/event/days/0');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
      el.remove();
    }
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
  });
});

describe('an element moved to another document and back', function () {
  this.timeout(20_000);
  it('keeps its styles and works (adoptNode into an iframe, and back)', async () => {
    const watcher = watchErrors();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const other = frame.contentDocument!;
    const card = await fixture<Widget>(html`<speaker-card name="Ada Lovelace" title="Analyst"></speaker-card>`);
    await card.updateComplete;
    const style = (el: Widget) => getComputedStyle(el.shadowRoot!.querySelector('[part="card"]')!);
    const home = { display: style(card).display, padding: style(card).padding };
    expect(card.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);

    other.body.append(other.adoptNode(card));
    await card.updateComplete;
    expect(card.ownerDocument).to.equal(other);
    expect(card.shadowRoot!.adoptedStyleSheets.length, 'styles in the iframe').to.be.greaterThan(0);
    expect(style(card).padding).to.equal(home.padding);
    card.setAttribute('name', 'Grace Hopper');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Grace Hopper');

    document.body.append(document.adoptNode(card));
    await card.updateComplete;
    expect(card.shadowRoot!.adoptedStyleSheets.length, 'styles back home').to.be.greaterThan(0);
    expect(style(card).display).to.equal(home.display);
    expect(style(card).padding).to.equal(home.padding);
    card.setAttribute('name', 'Ada Lovelace');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Ada Lovelace');
    frame.remove();
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
  });

  it('every element, into an iframe and back, with a programme', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const data = await (await fetch(SEED)).json();
    for (const tag of ['seminar-agenda', 'speaker-list', 'session-timer']) {
      const el = make(tag);
      el.programme = data;
      if (tag === 'session-timer') el.setAttribute('session', 'opening-talk');
      document.body.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('[lang]') && !el.shadowRoot.querySelector('[aria-busy="true"]'), `${tag} renders`);
      const sheets = el.shadowRoot!.adoptedStyleSheets.length;
      frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
      await el.updateComplete;
      expect(el.shadowRoot!.adoptedStyleSheets.length, `${tag} in the iframe`).to.equal(sheets);
      document.body.append(document.adoptNode(el));
      await el.updateComplete;
      expect(el.shadowRoot!.adoptedStyleSheets.length, `${tag} back`).to.equal(sheets);
      el.remove();
    }
    frame.remove();
  });
});
