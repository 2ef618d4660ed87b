/* global window, document, customElements, location, MutationObserver */
/**
 * The benchmark page: loads the npm build (`dist/`, bare imports resolved by
 * the dev server with the `production` condition) and exposes one function
 * per measurement on `window.bench`. bench.mjs drives it with playwright-core
 * and does the statistics; this page only runs one sample at a time.
 */
import '/dist/index.js';
import { clockStats, clockIsScheduled } from '/dist/internal/clock.js';
import { importProgramme, parseProgramme, validateProgramme } from '/dist/model.js';
import { toPlainText } from '/dist/model/import/markup.js';
import { hostileCases } from './hostile.js';
import { generateProgramme } from './programme.js';
import { baselineHost, baselineMarkup } from './baseline.js';

const stage = document.getElementById('stage');
const programmes = new Map();
/** A generated programme of `count` items, or the seed example (`'seed'`). */
const programmeOf = (count) => {
  if (!programmes.has(count)) programmes.set(count, count === 'seed' ? seed : generateProgramme(count));
  return programmes.get(count);
};
const seed = await (await fetch('/examples/digital-era-seminar.json')).json();
const itemCount = (count) => programmeOf(count).items.length;
/** Forces style and layout, so both sides pay for the same work. */
const layout = (root) => root.firstElementChild?.getBoundingClientRect().height ?? 0;
const elementCount = (root) => root.querySelectorAll('*').length;
const sheets = () => customElements.get('seminar-agenda').elementStyles.map((style) => style.styleSheet ?? style);
const nextTask = () => new Promise((resolve) => window.setTimeout(resolve, 0));

/** Waits until `el` has rendered its language `locale` (after a `lang` change). */
async function rendered(el, check) {
  const started = performance.now();
  await null;
  await el.updateComplete;
  // A first switch may wait for a locale module: then poll, task by task.
  while (!check() && performance.now() - started < 10_000) {
    await nextTask();
    await el.updateComplete;
  }
  if (!check()) throw new Error(`${el.localName} did not render as expected`);
}

let mounted;

/** Long tasks (the browser's own count: tasks over 50 ms), collected until taken. */
let longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask' });

const bench = {
  /**
   * First render: from handing over the programme to the laid-out DOM, for the
   * first screen (the first update: its items laid out) and for every item
   * (the items come in slices; `updateComplete` waits for the last).
   */
  async agendaRender(count) {
    stage.replaceChildren();
    const input = structuredClone(programmeOf(count));
    const el = document.createElement('seminar-agenda');
    el.setAttribute('no-structured-data', '');
    await nextTask();
    const t0 = performance.now();
    stage.append(el);
    const firstScreen = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const first = el.shadowRoot.querySelector('[part~="item"]');
        if (!first) return;
        observer.disconnect();
        layout(el.shadowRoot);
        resolve({ ms: performance.now() - t0, items: el.shadowRoot.querySelectorAll('[part~="item"]').length });
      });
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
    });
    el.programme = input;
    const first = await firstScreen;
    await el.updateComplete;
    const dom = performance.now() - t0;
    layout(el.shadowRoot);
    const ms = performance.now() - t0;
    const items = el.shadowRoot.querySelectorAll('[part~="item"]').length;
    if (items !== itemCount(count)) throw new Error(`the agenda rendered ${items} items, not ${itemCount(count)}`);
    return { ms, dom, first: first.ms, firstItems: first.items, elements: elementCount(el.shadowRoot), items };
  },

  async baselineRender(count) {
    stage.replaceChildren();
    const input = structuredClone(programmeOf(count));
    const { host, root } = baselineHost(sheets());
    stage.append(host);
    await nextTask();
    const t0 = performance.now();
    root.innerHTML = baselineMarkup(input, 'en');
    const dom = performance.now() - t0;
    layout(root);
    const ms = performance.now() - t0;
    const items = root.querySelectorAll('[part~="item"]').length;
    if (items !== itemCount(count)) throw new Error(`the baseline rendered ${items} items, not ${itemCount(count)}`);
    return { ms, dom, elements: elementCount(root), items };
  },

  /** The model's share of the agenda's first render: validation and normalisation alone. */
  async modelParse(count) {
    stage.replaceChildren();
    const input = structuredClone(programmeOf(count));
    await nextTask();
    const t0 = performance.now();
    parseProgramme(input);
    return { ms: performance.now() - t0 };
  },

  /* ----------------------------------------------- language switch */

  async mountAgenda(count) {
    stage.replaceChildren();
    const el = document.createElement('seminar-agenda');
    el.setAttribute('lang', 'en');
    el.programme = structuredClone(programmeOf(count));
    stage.append(el);
    await el.updateComplete;
    mounted = { kind: 'agenda', el, count };
    return { items: el.shadowRoot.querySelectorAll('[part~="item"]').length };
  },

  async mountBaseline(count) {
    stage.replaceChildren();
    const { host, root } = baselineHost(sheets());
    stage.append(host);
    const input = structuredClone(programmeOf(count));
    root.innerHTML = baselineMarkup(input, 'en');
    mounted = { kind: 'baseline', root, input, count };
    return { items: root.querySelectorAll('[part~="item"]').length };
  },

  /** en → fr through the `lang` attribute (the agenda), or the French markup written again (the baseline). */
  async switchLanguage() {
    if (mounted.kind === 'agenda') {
      const { el } = mounted;
      const lang = () => el.shadowRoot.querySelector('.agenda')?.getAttribute('lang');
      el.setAttribute('lang', 'en');
      await rendered(el, () => lang() === 'en');
      await nextTask();
      const t0 = performance.now();
      el.setAttribute('lang', 'fr');
      await rendered(el, () => lang() === 'fr');
      layout(el.shadowRoot);
      const ms = performance.now() - t0;
      if (!el.shadowRoot.querySelector('.download').textContent.includes('Télécharger')) throw new Error('the agenda is not in French');
      return { ms };
    }
    const { root, input } = mounted;
    root.innerHTML = baselineMarkup(input, 'en');
    layout(root);
    await nextTask();
    const t0 = performance.now();
    root.innerHTML = baselineMarkup(input, 'fr');
    layout(root);
    return { ms: performance.now() - t0 };
  },

  /** Typing `query` into the search (one input event), from the full list. */
  async filter(query) {
    if (mounted.kind === 'agenda') {
      const { el } = mounted;
      const input = el.shadowRoot.querySelector('input[type="search"]');
      const count = () => el.shadowRoot.querySelectorAll('[part~="item"]').length;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await rendered(el, () => count() === mounted.count);
      // Let the result-count announcement (700 ms after typing) pass before measuring.
      await new Promise((resolve) => window.setTimeout(resolve, 800));
      const t0 = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      layout(el.shadowRoot);
      const ms = performance.now() - t0;
      const shown = count();
      // And let this sample's announcement pass, so it does not land in the next sample.
      await new Promise((resolve) => window.setTimeout(resolve, 800));
      return { ms, shown };
    }
    const { root, input } = mounted;
    root.innerHTML = baselineMarkup(input, 'en');
    layout(root);
    await nextTask();
    const t0 = performance.now();
    root.innerHTML = baselineMarkup(input, 'en', query);
    layout(root);
    const ms = performance.now() - t0;
    return { ms, shown: root.querySelectorAll('[part~="item"]').length };
  },

  /* -------------------------------------------------------- timers */

  /**
   * `count` running timers (standalone start/end around now, in every
   * variant; half with a warning), with `precision` if given, appended at
   * once: the first render's time, until every one has rendered and is laid out.
   */
  async mountTimers(count = 100, precision = undefined) {
    stage.replaceChildren();
    const now = Date.now();
    const variants = ['full', 'compact', 'clock'];
    const timers = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement('session-timer');
      el.setAttribute('start', new Date(now - (i + 1) * 60_000).toISOString());
      el.setAttribute('end', new Date(now + (i + 30) * 60_000).toISOString());
      el.setAttribute('variant', variants[i % variants.length]);
      if (i % 2) el.setAttribute('warn-before', 'PT5M');
      if (precision) el.setAttribute('precision', precision);
      el.setAttribute('label', `Session ${i + 1}`);
      timers.push(el);
    }
    const t0 = performance.now();
    stage.append(...timers);
    await Promise.all(timers.map((el) => el.updateComplete));
    layout(stage);
    const firstRender = performance.now() - t0;
    const running = timers.filter((el) => el.getAttribute('state') === 'running').length;
    return { running, firstRender };
  },

  /**
   * The script one shared tick costs with `count` running timers: each timer
   * is told the next second (its `now`, as the clock's tick does with the wall
   * clock) and the time is taken until every one has rendered — all in one
   * task, as a real tick. Medians of `ticks` ticks, after two warm-ups.
   */
  async tickCost(count, ticks = 10, precision = undefined) {
    stage.replaceChildren();
    const start = Date.UTC(2026, 2, 27, 9);
    const variants = ['full', 'compact', 'clock'];
    const timers = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement('session-timer');
      el.setAttribute('start', new Date(start - (i % 50) * 60_000).toISOString());
      el.setAttribute('end', new Date(start + (30 + (i % 50)) * 60_000).toISOString());
      el.setAttribute('variant', variants[i % variants.length]);
      if (i % 2) el.setAttribute('warn-before', 'PT5M');
      if (precision) el.setAttribute('precision', precision);
      el.setAttribute('label', `Session ${i + 1}`);
      el.now = start;
      timers.push(el);
    }
    const t0 = performance.now();
    stage.append(...timers);
    await Promise.all(timers.map((el) => el.updateComplete));
    layout(stage);
    const firstRender = performance.now() - t0;
    const samples = [];
    for (let tick = 1; tick <= ticks + 2; tick++) {
      await nextTask();
      const begin = performance.now();
      for (const el of timers) el.now = start + tick * 1000;
      await Promise.all(timers.map((el) => el.updateComplete));
      const spent = performance.now() - begin;
      if (tick > 2) samples.push(spent);
    }
    const running = timers.filter((el) => el.getAttribute('state') === 'running').length;
    stage.replaceChildren();
    return { firstRender, samples, running };
  },

  /** Times hostile case `index` (bench/hostile.js): ms, input built beforehand. */
  hostile(index) {
    const cases = hostileCases({ validateProgramme, parseProgramme, importProgramme, toPlainText });
    const input = cases[index].input();
    const t0 = performance.now();
    cases[index].run(input);
    return performance.now() - t0;

  },

  /**
   * The script of one real tick of the shared clock with `count` running
   * timers (`precision` if given): from the start of the clock's callback to
   * the end of every timer's update (microtasks of the same task; style and
   * layout excluded), for `ticks` ticks.
   */
  async timerTicks(count, ticks = 10, precision = undefined) {
    const { firstRender } = await bench.mountTimers(count, precision);
    const timers = [...stage.children];
    const durations = [];
    const { setTimeout: original } = window;
    window.setTimeout = (fn, ms, ...rest) =>
      original(
        (...a) => {
          const t0 = performance.now();
          fn(...a);
          void Promise.all(timers.map((el) => el.updateComplete)).then(() => durations.push(performance.now() - t0));
        },
        ms,
        ...rest,
      );
    try {
      const started = performance.now();
      while (durations.length < ticks + 1 && performance.now() - started < (ticks + 5) * 1000) await new Promise((r) => original(r, 100));
    } finally {
      window.setTimeout = original;
    }
    stage.replaceChildren();
    // The first tick after mounting may still carry set-up work.
    return { durations: durations.slice(1), running: timers.filter((el) => el.getAttribute('state') === 'running').length, firstRender };
  },

  /** Naive timers for comparison: one `setInterval(1000)` per widget, each updating its own text. */
  mountNaiveTimers(count = 100) {
    stage.replaceChildren();
    for (let i = 0; i < count; i++) {
      const span = document.createElement('span');
      const id = window.setInterval(() => {
        span.textContent = new Date().toLocaleTimeString();
      }, 1000);
      span.dataset.interval = String(id);
      stage.append(span);
    }
  },

  unmountNaiveTimers() {
    for (const span of stage.querySelectorAll('span[data-interval]')) window.clearInterval(Number(span.dataset.interval));
    stage.replaceChildren();
  },

  counters() {
    return { wakeUps: clockStats.wakeUps, scheduled: clockIsScheduled(), ...window.__timerCallbacks, visibility: document.visibilityState };
  },

  /** Hidden without a real tab switch: `visibilityState` reads `hidden`, and `visibilitychange` fires. */
  emulateHidden(hidden) {
    if (hidden) {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    } else {
      delete document.visibilityState;
      delete document.hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    return document.visibilityState;
  },

  /* ------------------------------------------------------- network */

  /** 10 widgets with the same `src`, each settled (rendered or failed). */
  async sameSource(url) {
    stage.replaceChildren();
    const html = [
      `<seminar-agenda src="${url}"></seminar-agenda>`,
      `<seminar-agenda src="${url}" lang="fr"></seminar-agenda>`,
      `<seminar-agenda src="${url}" view="grid"></seminar-agenda>`,
      `<speaker-card src="${url}" speaker="kristy-milland"></speaker-card>`,
      `<speaker-card src="${url}" speaker="mark-graham"></speaker-card>`,
      `<speaker-card src="${url}" speaker="kristy-milland" variant="compact"></speaker-card>`,
      `<speaker-list src="${url}"></speaker-list>`,
      `<speaker-list src="${url}" item="debate-1"></speaker-list>`,
      `<session-timer src="${url}" session="opening-talk"></session-timer>`,
      `<session-timer src="${url}" mode="next"></session-timer>`,
    ].join('');
    const loaded = new Set();
    const failed = [];
    stage.addEventListener('seminar-load', (e) => loaded.add(e.target));
    stage.addEventListener('seminar-error', (e) => failed.push(`${e.target.localName}: ${e.detail.kind}`));
    stage.innerHTML = html;
    const widgets = [...stage.children];
    const started = performance.now();
    while (loaded.size + failed.length < widgets.length && performance.now() - started < 10_000) await nextTask();
    return { widgets: widgets.length, loaded: loaded.size, failed };
  },

  /** The naive way, for comparison: each widget fetches its own copy. */
  async naiveSameSource(url, count = 10) {
    await Promise.all(Array.from({ length: count }, () => fetch(url).then((r) => r.text())));
    return { widgets: count };
  },

  /* ---------------------------------------------------------- heap */

  /** Mount and remove an agenda `times` times; even rounds by `src` (shared fetch), odd ones by `programme`. */
  async churn(times, url) {
    if (!programmes.has('today')) {
      // Dated today, so the agenda's clock subscribes while mounted.
      const today = new Date().toISOString().slice(0, 10);
      programmes.set('today', generateProgramme(20, { firstDay: today, seed: 7 }));
    }
    const programme = programmes.get('today');
    for (let i = 0; i < times; i++) {
      const el = document.createElement('seminar-agenda');
      if (i % 2) el.programme = programme;
      else el.src = url;
      stage.append(el);
      for (let k = 0; k < 50 && !el.shadowRoot?.querySelector('[part~="item"]'); k++) {
        await el.updateComplete;
        if (!el.shadowRoot?.querySelector('[part~="item"]')) await nextTask();
      }
      if (!el.shadowRoot.querySelector('[part~="item"]')) throw new Error('the agenda did not render');
      el.remove();
    }
    return { scheduled: clockIsScheduled(), children: stage.childElementCount, ldScripts: document.querySelectorAll('script[type="application/ld+json"]').length };
  },

  location: () => location.href,

  /** The long tasks since the last call (ms each). */
  takeLongTasks() {
    const taken = longTasks;
    longTasks = [];
    return taken;
  },

  /** Waits until the mounted agenda has drawn everything and its announcement has passed. */
  async settled() {
    await mounted.el.updateComplete;
    await new Promise((resolve) => window.setTimeout(resolve, 900));
    await mounted.el.updateComplete;
    return mounted.el.shadowRoot.querySelectorAll('[part~="item"]').length;
  },
};

window.bench = bench;
window.benchReady = true;
