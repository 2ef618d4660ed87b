// `npm run bench`: the library against plain baselines, measured in Debian's
// Chromium with playwright-core, medians and ratios side by side, written to
// docs/performance.md. A benchmark, not a test: nothing here fails on a time.
//
//   node bench/bench.mjs [--no-build] [--samples N] [--quick] [--no-write]
//                        [--pretalx FILE] [--fosdem FILE]
//
// --no-build   use dist/ and cdn/ as they are (default: `npm run build` first)
// --samples N  measured samples per size and side (default 15, after 3 warm-ups)
// --peer-samples N  fresh pages per side and programme in the side-by-side table (default 5)
// --latency MS  in the side-by-side table, each request takes MS more (a network's round trip; default 0, the local server)
// --quick      5 samples, shorter clock windows, 200 heap rounds (a smoke run)
// --no-write   print only; leave docs/performance.md alone
// --only a,b   run some sections only: peer, render, interaction, timers, hostile, network, sizes, heap (implies --no-write)
// --pretalx FILE  pretalx's built schedule component (`pretalx-schedule.min.js`, from the pretalx
//              repository, src/pretalx/static/agenda/js/), for the side-by-side table; also the
//              PRETALX_SCHEDULE_JS environment variable. Read at bench time, never copied: without
//              it, the peer's rows say "peer not available".
// --fosdem FILE   FOSDEM 2010's Pentabarf XML (default: the copy in test/fixtures/schedules/; also
//              the FOSDEM_XML environment variable)
/* global window -- functions passed to page.evaluate / addInitScript run in the page */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { chromePath } from '../scripts/chrome-path.mjs';
import { bundled, CDN_PAGES, pageWeight } from '../scripts/bundle-size.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const textOption = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const quick = flag('--quick');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1].split(',')) : undefined;
const runs = (name) => !only || only.has(name);
const SAMPLES = option('--samples', quick ? 5 : 15);
const WARM_UPS = 3;
/** The seed example, and generated programmes of these sizes. */
const SIZES = ['seed', 100, 1000, 5000];
const CLOCK_SECONDS = quick ? 4 : 10;
const HEAP_ROUNDS = quick ? 200 : 1000;
const HEAP_BATCH = quick ? 20 : 100;
const SEARCH = 'okafor';
const PEER_SAMPLES = option('--peer-samples', quick ? 2 : 5);
const PEER_LATENCY = option('--latency', 0);
const PRETALX_FILE = textOption('--pretalx', process.env.PRETALX_SCHEDULE_JS);
const CDN_DIR = resolve('cdn');
const FOSDEM_FILE = textOption('--fosdem', process.env.FOSDEM_XML ?? 'test/fixtures/schedules/mttcrsp-fosdem_FOSDEM-2010.xml');

const log = (...parts) => console.log(...parts);

/* --------------------------------------------------------------- build */

if (!flag('--no-build')) {
  log('▶ npm run build');
  const { status } = spawnSync('npm run build --silent', { shell: true, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
for (const file of ['dist/index.js', 'cdn/seminar-widgets.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` (or drop --no-build).`);
    process.exit(1);
  }
}

/* -------------------------------------------------------------- stats */

const sorted = (values) => [...values].sort((a, b) => a - b);
function quantile(values, q) {
  const s = sorted(values);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (values) => quantile(values, 0.5);
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const spread = (values) => `${ms(quantile(values, 0.25))}–${ms(quantile(values, 0.75))}`;
/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den ? num / den : 0;
}
const inCode = (text) => `\`${text}\``;
function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/* ------------------------------------------------------------- server */

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/* -------------------------------------------------- peer programmes */

/**
 * The programmes of the side-by-side table, each as our programme JSON, as
 * pretalx's widget JSON (bench/pretalx.js) and, for FOSDEM, as its XML.
 */
const peerData = new Map();
if (runs('peer')) {
  const { parseProgramme, importProgramme } = await import('../dist/model.js');
  const { generateProgramme } = await import('./programme.js');
  const { toPretalxWidget } = await import('./pretalx.js');
  const add = (name, label, native, xml) => {
    const programme = parseProgramme(native);
    peerData.set(name, { label, json: JSON.stringify(native), xml, pretalx: JSON.stringify(toPretalxWidget(programme)), items: programme.items.length });
  };
  add('seed', 'the seed (« Faire collectif à l’heure du numérique »)', JSON.parse(readFileSync('examples/digital-era-seminar.json', 'utf8')));
  if (FOSDEM_FILE && existsSync(FOSDEM_FILE)) {
    const xml = readFileSync(FOSDEM_FILE, 'utf8');
    add('fosdem-2010', 'FOSDEM 2010 (Pentabarf XML, imported)', importProgramme(xml, { format: 'pentabarf-xml', timeZone: 'Europe/Brussels' }).programme, xml);
  }
  for (const size of quick ? [1000] : [1000, 5000]) add(`generated-${size}`, `generated, ${size.toLocaleString('en')} items`, generateProgramme(size));
}

/** Requests per path prefix, as the server saw them. */
const served = new Map();
const port = await freePort();
const server = await startDevServer({
  config: {
    rootDir: process.cwd(),
    hostname: '127.0.0.1',
    port,
    nodeResolve: { exportConditions: ['production'] },
    middleware: [
      async (ctx, next) => {
        // The side-by-side programmes (peerData), and pretalx's component read from where it is.
        const peer = ctx.path.match(/^\/bench\/peer\/([\w-]+)\/(programme\.json|programme\.xml|schedule\/widgets\/schedule\.json)$/);
        if (peer && peerData.has(peer[1])) {
          const data = peerData.get(peer[1]);
          ctx.set('Cache-Control', 'no-store');
          ctx.type = peer[2].endsWith('.xml') ? 'application/xml' : 'application/json';
          ctx.body = peer[2] === 'programme.json' ? data.json : peer[2] === 'programme.xml' ? data.xml : data.pretalx;
          return;
        }
        // The CDN files as a CDN sends them, as they are on disk (as pretalx's file just below), not
        // through the dev server's module transforms, which cost each file time a CDN does not spend.
        if (ctx.path.startsWith('/cdn/') && ctx.path.endsWith('.js')) {
          const file = resolve(CDN_DIR, `.${ctx.path.slice('/cdn'.length)}`);
          if (file.startsWith(`${CDN_DIR}/`) && existsSync(file)) {
            ctx.type = 'text/javascript';
            ctx.body = readFileSync(file);
            return;
          }
        }
        if (ctx.path === '/bench/peer/pretalx-schedule.min.js' && PRETALX_FILE && existsSync(PRETALX_FILE)) {
          ctx.type = 'text/javascript';
          ctx.body = readFileSync(PRETALX_FILE);
          return;
        }
        await next();
      },
      async (ctx, next) => {
        if (ctx.path.startsWith('/bench/data/')) {
          served.set(ctx.path, (served.get(ctx.path) ?? 0) + 1);
          ctx.type = 'application/json';
          ctx.set('Cache-Control', 'no-store');
          ctx.body = readFileSync('examples/digital-era-seminar.json', 'utf8');
          return;
        }
        await next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const origin = `http://127.0.0.1:${port}`;

/* ------------------------------------------------------------ browser */

const executablePath = chromePath();
const browser = await chromium.launch({
  executablePath,
  args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const chromiumVersion = browser.version();

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  // Count every timer and frame callback the page runs, from before the library loads.
  await page.addInitScript(() => {
    const counts = { timeouts: 0, intervals: 0, frames: 0 };
    window.__timerCallbacks = counts;
    const { setTimeout: st, setInterval: si, requestAnimationFrame: raf } = window;
    window.setTimeout = (fn, ...rest) => st((...a) => (counts.timeouts++, typeof fn === 'function' ? fn(...a) : undefined), ...rest);
    window.setInterval = (fn, ...rest) => si((...a) => (counts.intervals++, typeof fn === 'function' ? fn(...a) : undefined), ...rest);
    window.requestAnimationFrame = (fn) => raf((t) => (counts.frames++, fn(t)));
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return { page, cdp, errors };
}

const gc = (cdp) => cdp.send('HeapProfiler.collectGarbage');
const call = (page, name, ...params) => page.evaluate(([n, p]) => window.bench[n](...p), [name, params]);

/**
 * Interleaved samples of two (or more) variants: each round runs every
 * variant once, in an order that alternates, after a garbage collection.
 */
async function interleave(cdp, variants, samples = SAMPLES) {
  const results = Object.fromEntries(variants.map(([name]) => [name, []]));
  for (let round = -WARM_UPS; round < samples; round++) {
    const order = round % 2 ? [...variants].reverse() : variants;
    for (const [name, run] of order) {
      await gc(cdp);
      const result = await run();
      if (round >= 0) results[name].push(result);
    }
  }
  return results;
}

const report = { sections: [] };
/** The issue's goals, met or missed, with the figures: printed at the end and written to the doc. */
const goals = [];
const goal = (text, figure, met) => goals.push({ text, figure, met });
const section = (title, body) => {
  report.sections.push(`## ${title}\n\n${body}`);
  log(`\n## ${title}\n\n${body}`);
};

/* ------------------------------------------ side by side with pretalx */

if (runs('peer')) {
  const pretalx = Boolean(PRETALX_FILE && existsSync(PRETALX_FILE));
  log(`▶ side by side: ${[...peerData.keys()].join(', ')} × ${PEER_SAMPLES} fresh pages per side${pretalx ? '' : ' (pretalx: peer not available)'}`);
  /** One fresh page: the widget from navigation to every item, then the heap after GC. */
  const visit = async (side, name) => {
    const data = peerData.get(name);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    if (PEER_LATENCY) {
      // Every request a round trip of a real network (a CDN, the programme's server), for both sides.
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PEER_LATENCY, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await page.goto(`${origin}/bench/peer.html?side=${side}&name=${name}&items=${data.items}`);
    // Waited for and read through the DevTools protocol, not playwright's page functions: those put
    // playwright's own scripts in the page (~0.5 MB of heap on either side, which the heap would count).
    const { result: waited, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((done, fail) => {
        const given = Date.now();
        const poll = () => window.peerResult ? done(JSON.stringify(window.peerResult)) : Date.now() - given > 180_000 ? fail(new Error('no result after 180 s')) : setTimeout(poll, 100);
        poll();
      })`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`${side} on ${name}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}${pageErrors.length ? ` (${pageErrors[0]})` : ''}`);
    const result = JSON.parse(waited.value);
    await gc(cdp);
    await gc(cdp);
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await page.close();
    if (result.timedOut) throw new Error(`${side} on ${name}: ${result.items} of ${data.items} items after 120 s${pageErrors.length ? ` (${pageErrors[0]})` : ''}`);
    return { ...result, heap: usedSize };
  };
  const rows = [];
  const xmlRows = [];
  for (const [name, data] of peerData) {
    const sides = ['agenda', ...(pretalx ? ['pretalx'] : []), ...(data.xml ? ['agenda-xml'] : [])];
    const r = Object.fromEntries(sides.map((side) => [side, []]));
    for (let round = 0; round < PEER_SAMPLES; round++) {
      for (const side of round % 2 ? [...sides].reverse() : sides) r[side].push(await visit(side, name));
    }
    const med = (side, key) => median(r[side].map((x) => x[key]));
    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    const ours = { first: med('agenda', 'firstVisible'), all: med('agenda', 'allItems'), heap: med('agenda', 'heap') };
    const row = [data.label, data.items.toLocaleString('en'), ms(ours.first), ms(ours.all), mb(ours.heap)];
    if (pretalx) {
      const peer = { first: med('pretalx', 'firstVisible'), all: med('pretalx', 'allItems'), heap: med('pretalx', 'heap') };
      const ratios = { first: ours.first / peer.all, all: ours.all / peer.all, heap: ours.heap / peer.heap };
      row.push(ms(peer.first), ms(peer.all), mb(peer.heap), `**${ratios.first.toFixed(2)}×**`, `**${ratios.all.toFixed(2)}×**`, `**${ratios.heap.toFixed(2)}×**`);
      goal(`${data.label}: first item visible ≤ 0.15× pretalx's time to all items`, `${ratios.first.toFixed(2)}× (${ms(ours.first)} / ${ms(peer.all)} ms)`, ratios.first <= 0.15);
      goal(`${data.label}: all items in the DOM ≤ 0.5× pretalx's`, `${ratios.all.toFixed(2)}× (${ms(ours.all)} / ${ms(peer.all)} ms)`, ratios.all <= 0.5);
      goal(`${data.label}: JS heap ≤ 0.3× pretalx's`, `${ratios.heap.toFixed(2)}× (${mb(ours.heap)} / ${mb(peer.heap)})`, ratios.heap <= 0.3);
    } else {
      row.push('peer not available', 'peer not available', 'peer not available', '—', '—', '—');
    }
    rows.push(row);
    if (data.xml) {
      const xml = { first: med('agenda-xml', 'firstVisible'), all: med('agenda-xml', 'allItems') };
      const ratio = xml.all / ours.all;
      xmlRows.push([data.label, ms(ours.all), ms(xml.all), `**${ratio.toFixed(2)}×**`, ms(xml.first)]);
      goal(`${data.label}: the XML costs ≤ 1.3× the same programme as JSON (all items)`, `${ratio.toFixed(2)}× (${ms(xml.all)} / ${ms(ours.all)} ms)`, ratio <= 1.3);
    }
  }
  section(
    'Side by side with pretalx’s `<pretalx-schedule>`',
    `${table(
      ['Programme', 'Items', 'Agenda: first item visible, ms', 'Agenda: all items in the DOM, ms', 'Agenda: JS heap', 'pretalx: first item visible, ms', 'pretalx: all items, ms', 'pretalx: JS heap', 'Agenda first item / pretalx all (goal ≤ 0.15×)', 'Agenda all / pretalx all (≤ 0.5×)', 'Heap (≤ 0.3×)'],
      rows,
    )}\n\nEach side on a fresh page, ${PEER_SAMPLES} pages per side and programme, interleaved; medians${PEER_LATENCY ? `; every request ${PEER_LATENCY} ms longer (a network's round trip, emulated)` : ''}. Times from the navigation (\`performance.now()\`, checked once per animation frame): the first item laid out inside the 1280 × 900 viewport, and every item in the DOM. Heap: \`Runtime.getHeapUsage\` after two forced garbage collections, the whole page (the page is watched through the DevTools protocol alone: playwright's page functions would add its own scripts, ~0.5 MB, to both sides). Our side: the CDN autoloader and \`<seminar-agenda src>\` (list view) reading our programme JSON; pretalx's: its built component (Vue 3, list format) reading the same programme converted to its widget JSON by \`bench/pretalx.js\`, from \`--pretalx FILE\` (or \`PRETALX_SCHEDULE_JS\`), never copied into this repository.${xmlRows.length ? `\n\n${table(['Programme', 'From JSON: all items, ms', 'From the XML: all items, ms', 'Ratio (goal ≤ 1.3×)', 'From the XML: first item visible, ms'], xmlRows)}\n\nThe same agenda reading the Pentabarf XML (\`src\` ending in \`.xml\`, imported in the browser) rather than the programme JSON it converts to.` : ''}`,
  );
}

/* ------------------------------------------------------- first render */

const { page, cdp, errors } = await openPage();

if (runs('render')) {
  log(`▶ first render: ${SIZES.join(', ')} items × ${SAMPLES} samples per side`);
  const rows = [];
  const firstRows = [];
  const perItem = [];
  for (const size of SIZES) {
    const r = await interleave(cdp, [
      ['agenda', () => call(page, 'agendaRender', size)],
      ['baseline', () => call(page, 'baselineRender', size)],
      ['model', () => call(page, 'modelParse', size)],
    ]);
    const a = r.agenda.map((x) => x.ms);
    const b = r.baseline.map((x) => x.ms);
    const m = r.model.map((x) => x.ms);
    const ratios = r.agenda.map((x, i) => x.ms / r.baseline[i].ms);
    const aDom = median(r.agenda.map((x) => x.dom));
    const bDom = median(r.baseline.map((x) => x.dom));
    const first = r.agenda.map((x) => x.first);
    const label = size === 'seed' ? `the seed (${r.agenda[0].items})` : size.toLocaleString('en');
    if (size !== 'seed') perItem.push([size, median(a)]);
    const ratio = median(a) / median(b);
    firstRows.push([label, `${ms(median(first))} (${spread(first)})`, String(r.agenda[0].firstItems), ms(median(a)), `**${(median(first) / median(a)).toFixed(2)}×**`, `${(median(first) / median(b)).toFixed(2)}×`]);
    if (size === 'seed' || size === 100) goal(`${label} items: first render ≤ 1.3× the innerHTML baseline`, `${ratio.toFixed(2)}× (${ms(median(a))} / ${ms(median(b))} ms)`, ratio <= 1.3);
    if (size === 1000) {
      goal('1,000 items: full render ≤ 1.2× the innerHTML baseline', `${ratio.toFixed(2)}× (${ms(median(a))} / ${ms(median(b))} ms)`, ratio <= 1.2);
      goal('1,000 items: first screen ≤ 15% of the full render', `${((100 * median(first)) / median(a)).toFixed(0)}% (${ms(median(first))} / ${ms(median(a))} ms; ${((100 * median(first)) / median(b)).toFixed(0)}% of the baseline's)`, median(first) <= 0.15 * median(a));
    }
    if (size === 'seed') goal('the seed: time to first item (reported)', `${ms(median(first))} ms (full render ${ms(median(a))} ms, of which the model ${ms(median(m))} ms)`, true);
    rows.push([
      label,
      `${ms(median(a))} (${spread(a)})`,
      `${ms(median(b))} (${spread(b)})`,
      `**${(median(a) / median(b)).toFixed(2)}×**`,
      `${(median(ratios)).toFixed(2)}×`,
      ms(median(m)),
      `${ms(median(a) - median(m))} / ${((median(a) - median(m)) / median(b)).toFixed(2)}×`,
      `${ms(aDom)} / ${ms(bDom)} (${(aDom / bDom).toFixed(2)}×)`,
      `${r.agenda[0].elements.toLocaleString('en')} / ${r.baseline[0].elements.toLocaleString('en')}`,
    ]);
  }
  const growth = perItem
    .slice(1)
    .map(([size, t], i) => `${perItem[i][0].toLocaleString('en')} → ${size.toLocaleString('en')} items (×${size / perItem[i][0]}): time ×${(t / perItem[i][1]).toFixed(1)}`)
    .join('; ');
  section(
    'First render of `<seminar-agenda>`',
    `${table(
      ['Items', 'Agenda, ms (IQR)', 'Baseline `innerHTML`, ms (IQR)', 'Ratio of medians', 'Median of paired ratios', 'Of which the model (`parseProgramme`), ms', 'Agenda without the model, ms / ratio', 'Before style and layout: agenda / baseline, ms (ratio)', 'Elements (agenda / baseline)'],
      rows,
    )}\n\nGrowth: ${growth}. Goals: ≤ 1.3× the baseline for the seed and 100 items, ≤ 1.2× at 1,000, and linear growth.\n\n**First screen.** The agenda draws its items progressively: the first update draws the first screen (and a little more), later slices the rest, each in a task of its own. The items are drawn by blocks of 25 that a re-render skips when nothing they show changed, so a slice costs its own items and those of its last block (whose templates are made again); each item is laid out on its own (a grid of its own), so the layout after a slice touches its new items, but each frame still walks every item drawn before painting. The table gives the time from handing over the programme to the first update's items laid out, against the time to every item laid out (the column "Agenda" above).\n\n${table(['Items', 'First screen, ms (IQR)', 'Items in the first update', 'Every item, ms', 'First screen / every item (goal at 1,000: ≤ 0.15×)', 'First screen / baseline'], firstRows)}\n\nStyle recalculation and layout of about 26 elements per item are most of the baseline's time on this machine, in one pass; the agenda pays them in each frame between its slices (more in all than one pass), with the pre-paint of frames the baseline never draws. The "before style and layout" column (until the DOM is built: the agenda's \`updateComplete\`, the baseline's \`innerHTML\` assignment) shows the script work (for the agenda, with the style and layout of the frames between its slices), where the agenda also validates and normalises the programme and the baseline does not.`,
  );
}

/* ---------------------------------------------- language and filter */

if (runs('interaction')) {
  log('▶ language switch and filter at 1,000 items');
  const sides = async (run) =>
    interleave(cdp, [
      ['agenda', async () => (await call(page, 'mountAgenda', 1000), run())],
      ['baseline', async () => (await call(page, 'mountBaseline', 1000), run())],
    ]);
  const lang = await sides(() => call(page, 'switchLanguage'));
  const filter = await sides(() => call(page, 'filter', SEARCH));
  // Long tasks while a visitor types, clears the search and switches days (real key presses and clicks).
  const longRows = [];
  const steps = {
    [`type "${SEARCH}" in the search, a key every 120 ms`]: async () => {
      await page.locator('seminar-agenda input[type="search"]').click();
      await page.keyboard.type(SEARCH, { delay: 120 });
    },
    'clear the search (select all, Backspace)': async () => {
      await page.locator('seminar-agenda input[type="search"]').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
    },
    'switch to the second day': () => page.locator('seminar-agenda .days[role="group"] button').nth(2).click(),
    'back to all days': () => page.locator('seminar-agenda .days[role="group"] button').nth(0).click(),
  };
  const tasks = Object.fromEntries(Object.keys(steps).map((name) => [name, []]));
  const shownAfter = {};
  for (let round = 0; round < (quick ? 2 : 5); round++) {
    await call(page, 'mountAgenda', 1000);
    await call(page, 'settled');
    await call(page, 'takeLongTasks');
    for (const [name, step] of Object.entries(steps)) {
      await step();
      shownAfter[name] = await call(page, 'settled');
      tasks[name].push(...(await call(page, 'takeLongTasks')));
    }
  }
  for (const [name, durations] of Object.entries(tasks)) {
    const longest = durations.length ? Math.max(...durations) : 0;
    longRows.push([name, String(shownAfter[name]), String(durations.length), String(durations.filter((d) => d > 100).length), durations.length ? ms(longest) : '—']);
    goal(`1,000 items: no task over 100 ms — ${name}`, durations.length ? `longest ${ms(longest)} ms (${durations.length} over 50 ms)` : 'no task over 50 ms', longest <= 100);
  }
  const row = (name, r, extra = '') => {
    const a = r.agenda.map((x) => x.ms);
    const b = r.baseline.map((x) => x.ms);
    return [name, `${ms(median(a))} (${spread(a)})`, `${ms(median(b))} (${spread(b)})`, `**${(median(a) / median(b)).toFixed(2)}×**`, extra];
  };
  section(
    'Language switch and filter, 1,000 items',
    `${table(
      ['Change', 'Agenda, ms (IQR)', 'Baseline `innerHTML`, ms (IQR)', 'Ratio', 'Notes'],
      [
        row('Language en → fr (`lang` attribute)', lang, 'baseline writes the French markup again'),
        row(`Filter: type "${SEARCH}" in the search`, filter, `${filter.agenda[0].shown} items shown (baseline: ${filter.baseline[0].shown})`),
      ],
    )}\n\n${table(['Visitor’s action (1,000 items)', 'Items shown after', 'Long tasks (> 50 ms)', 'Tasks > 100 ms', 'Longest task, ms'], longRows)}\n\nLong tasks as the browser counts them (\`PerformanceObserver\`, type \`longtask\`: any task over 50 ms, its rendering included), over ${quick ? 2 : 5} rounds of the four actions on a freshly mounted agenda, with real key presses and clicks (playwright). Goal: none over 100 ms.`,
  );
}

/* ------------------------------------------------------------- timers */

if (runs('timers')) {
  log(`▶ 100 timers: ${CLOCK_SECONDS} s visible, ${CLOCK_SECONDS} s hidden`);
  const { page: tp, errors: timerErrors } = await openPage();
  const mounted = await call(tp, 'mountTimers', 100);
  await tp.waitForTimeout(1500);
  const window_ = async () => {
    const before = await call(tp, 'counters');
    await tp.waitForTimeout(CLOCK_SECONDS * 1000);
    const after = await call(tp, 'counters');
    const per = (key) => (after[key] - before[key]) / CLOCK_SECONDS;
    return { wakeUps: per('wakeUps'), timeouts: per('timeouts'), intervals: per('intervals'), frames: per('frames'), scheduled: after.scheduled, visibility: after.visibility };
  };
  const visible = await window_();
  await call(tp, 'emulateHidden', true);
  const hidden = await window_();
  await call(tp, 'emulateHidden', false);
  const back = await window_();
  await call(tp, 'unmountNaiveTimers');
  await call(tp, 'mountNaiveTimers', 100);
  await tp.waitForTimeout(1500);
  const naive = await window_();
  await call(tp, 'unmountNaiveTimers');
  await tp.close();
  // One tick's script with 1,000 running timers.
  const { page: kp } = await openPage();
  const ticks = await call(kp, 'timerTicks', 1000, quick ? 5 : 10);
  await kp.close();
  const tick = median(ticks.durations);
  goal('1,000 `<session-timer>`s: one tick under 16 ms of script', `${ms(tick)} ms (median of ${ticks.durations.length} ticks; longest ${ms(Math.max(...ticks.durations))} ms)`, tick < 16);
  const row = (name, r, goal) => [name, r.visibility, r.wakeUps.toFixed(2), (r.timeouts + r.intervals).toFixed(2), r.frames.toFixed(2), goal];
  section(
    '100 `<session-timer>`s: wake-ups per second',
    `${table(
      ['Page', 'visibilityState', 'Clock wake-ups/s (`clockStats.wakeUps`)', 'All timer callbacks/s (page-wide)', 'Animation frames/s', 'Goal'],
      [
        row(`100 running timers (${mounted.running} running)`, visible, '1'),
        row('the same, page hidden', hidden, '0'),
        row('the same, visible again', back, '1'),
        row('naive: 100 `setInterval(1000)`', naive, '(100)'),
      ],
    )}\n\n**1,000 running timers**: one tick takes ${ms(tick)} ms of script (median of ${ticks.durations.length} ticks, IQR ${spread(ticks.durations)}; ${ticks.running} running): from the clock's callback to the end of every timer's update, style and layout excluded. Goal: under 16 ms.\n\nCounted two ways: the library's own counter (\`clockStats.wakeUps\`, read from \`dist/internal/clock.js\`, the module instance the elements use), and every \`setTimeout\`/\`setInterval\`/\`requestAnimationFrame\` callback the page runs (the page's timers are wrapped by an init script before the library loads). Hidden is emulated: \`document.visibilityState\` is overridden to \`hidden\` and \`visibilitychange\` is dispatched (headless Chromium keeps every tab visible). ${timerErrors.length ? `Page errors: ${timerErrors.join('; ')}` : ''}`,
  );
}

/* ---------------------------------------------------------- tick cost */

if (runs('timers')) {
  // [timers, precision]: the default (`auto`: seconds, unless the visitor prefers reduced motion) and `seconds` said outright.
  const cases = quick ? [[1000, undefined]] : [[100, undefined], [1000, undefined], [1000, 'seconds'], [10_000, undefined]];
  log(`▶ one shared tick with ${cases.map(([count, precision]) => `${count}${precision ? ` (${precision})` : ''}`).join(', ')} running timers`);
  const rows = [];
  for (const [count, precision] of cases) {
    // A fresh page for each: nothing left over from the one before.
    const { page: tp } = await openPage();
    const clock = await call(tp, 'timerTicks', count, quick ? 5 : 10, precision);
    const full = await call(tp, 'tickCost', count, quick ? 5 : 10, precision);
    await tp.close();
    const tick = clock.durations.length ? median(clock.durations) : undefined;
    rows.push([
      count.toLocaleString('en'),
      precision ? `\`${precision}\`` : 'default',
      clock.running.toLocaleString('en'),
      ms(clock.firstRender),
      // Ticks so slow that none was measured in the time the page is given.
      tick === undefined ? 'none measured' : `${ms(tick)} (${spread(clock.durations)})`,
      tick === undefined ? '–' : ms(Math.max(...clock.durations)),
      tick === undefined ? '–' : `${ms((tick / count) * 1000)} µs`,
      `${ms(median(full.samples))} (${spread(full.samples)})`,
    ]);
  }
  section(
    'Running timers: script per shared tick',
    `${table(['Timers', 'Precision', 'Running', 'First render, ms', 'Clock tick, ms median (IQR)', 'Slowest tick, ms', 'Per timer', 'Every `now` set by script, ms median (IQR)'], rows)}\n\n**Clock tick**: real ticks of the shared clock with running timers (start and end around the time of the run, every one showing seconds): from the start of the clock's callback to the end of every update it caused, in one task; style and layout excluded. Most ticks change only the time shown, which each timer writes in place of the digits and the progress bar; a transition, a new phase or a new day takes a whole update. **Every \`now\` set by script**: each timer is given the next second through its \`now\` property, which takes a whole update of every timer (what a page that drives the time itself pays). Formats mixed (long, compact, clock), half with a warning. The aim: under 16 ms of script per tick for 1,000 timers on a small machine.`,
  );
}

/* ------------------------------------------------------------ hostile */

if (runs('hostile')) {
  log('▶ hostile inputs at the size limits, in Node and in the browser');
  const model = await import('../dist/model.js');
  const { toPlainText } = await import('../dist/model/import/markup.js');
  const { hostileCases } = await import('./hostile.js');
  const cases = hostileCases({ ...model, toPlainText });
  const rounds = quick ? 1 : 3;
  const { page: hp } = await openPage();
  const rows = [];
  for (const [index, entry] of cases.entries()) {
    const node = [];
    const browserTimes = [];
    for (let round = 0; round < rounds; round++) {
      const input = entry.input();
      const t0 = performance.now();
      entry.run(input);
      node.push(performance.now() - t0);
      browserTimes.push(await call(hp, 'hostile', index));
    }
    rows.push([entry.name, ms(median(node)), ms(median(browserTimes))]);
  }
  await hp.close();
  section(
    'Hostile inputs at the size limits',
    `${table(['Input', 'Node, ms (median)', 'Chromium, ms (median)'], rows)}\n\nThe classes of docs/security.md ("Limits"): each input is as large as the limits allow, crafted against the step it targets (bench/hostile.js); the time is that of the one call (\`toPlainText\`, \`validateProgramme\`, \`parseProgramme\` or \`importProgramme\`), input built beforehand. The promise: well under 2 s. Medians of ${rounds} run${rounds > 1 ? 's' : ''}.`,
  );
}

/* ------------------------------------------------------------ network */

if (runs('network')) {
  log('▶ 10 widgets, one src');
  const { page: np, errors: netErrors } = await openPage();
  const requests = [];
  np.on('request', (request) => {
    if (request.url().includes('/bench/data/')) requests.push(request.url());
  });
  const url = '/bench/data/same-src.json';
  const result = await call(np, 'sameSource', url);
  await np.waitForTimeout(300);
  const library = requests.length;
  const libraryServed = served.get(url) ?? 0;
  requests.length = 0;
  await call(np, 'naiveSameSource', '/bench/data/naive.json', 10);
  await np.waitForTimeout(300);
  const naive = requests.length;
  await np.close();
  section(
    '10 widgets with the same `src`: network requests',
    `${table(
      ['Page', 'Requests (browser)', 'Requests (server)', 'Goal'],
      [
        [`3 agendas, 3 cards, 2 lists, 2 timers (${result.loaded} loaded${result.failed.length ? `, failed: ${result.failed.join(', ')}` : ''})`, String(library), String(libraryServed), '1'],
        ['naive: each widget fetches its own copy', String(naive), String(served.get('/bench/data/naive.json') ?? 0), '(10)'],
      ],
    )}${netErrors.length ? `\n\nPage errors: ${netErrors.join('; ')}` : ''}`,
  );
}

/* ------------------------------------------------------------- sizes */

if (runs('sizes')) {
  log('▶ sizes');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const entries = Object.entries(pkg.exports)
    .map(([name, target]) => [name, typeof target === 'string' ? target : target.default])
    .filter(([, target]) => typeof target === 'string' && target.startsWith('./dist/') && target.endsWith('.js'));
  const rows = [];
  const cdn = readFileSync('cdn/seminar-widgets.js');
  const cdnGzip = gzipSync(cdn, { level: 9 }).length;
  rows.push(['All-in-one CDN file `cdn/seminar-widgets.js` (all elements, Lit, English)', kb(cdn.length), `**${kb(cdnGzip)}** (${cdnGzip} B)`, 'a ceiling that only goes down']);
  // Chunks beside it, fetched only by pages that need them (other languages, importers).
  const chunkDir = 'cdn/chunks';
  // (The autoloader's element files and chunks are in the table above.)
  for (const file of existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).sort() : []) {
    const code = readFileSync(`${chunkDir}/${file}`);
    rows.push([`… chunk \`${chunkDir}/${file}\``, kb(code.length), `${kb(gzipSync(code, { level: 9 }).length)}`, '']);
  }
  for (const [name, target] of entries) {
    try {
      const code = await bundled(target.slice(2));
      const gzip = gzipSync(code, { level: 9 }).length;
      rows.push([`\`seminar-widgets${name === '.' ? '' : name.slice(1)}\``, kb(Buffer.byteLength(code)), `${kb(gzip)} (${gzip} B)`, '']);
    } catch (error) {
      rows.push([`\`seminar-widgets${name === '.' ? '' : name.slice(1)}\``, '—', `could not bundle: ${String(error.message).split('\n')[0]}`, '']);
    }
  }
  /** The goals for the weight of a page (issue 18), in the KB of this table (1,024 B). */
  const PAGE_GOALS = { card: 14, agenda: 34 };
  const pageRows = Object.entries(CDN_PAGES).map(([name, { page, files }]) => {
    const weight = pageWeight(files);
    const limit = PAGE_GOALS[name];
    if (limit) goal(`a page with ${page}: ≤ ${limit} KB gzip up front`, `${kb(weight.gzip)} (${weight.gzip} B in ${weight.files.length} files)`, weight.gzip <= limit * 1024);
    return [`a page with ${page}`, String(weight.files.length), `**${kb(weight.gzip)}** (${weight.gzip} B)`, weight.files.map((f) => `${inCode(f.file)} ${kb(f.gzip)}`).join(', ')];
  });
  section(
    'Weight per page (CDN, gzip -9 per file)',
    `${table(['Page', 'Files', 'Downloaded up front', 'Files (gzip each)'], pageRows)}\n\nWhat a page fetches before any programme: the autoloader (\`cdn/autoloader.js\`) and, for each tag on the page, its element file with every chunk it imports statically (each file once, each gzipped on its own as a server sends it). Lazy chunks are not counted: the strings of a language other than English, the programme machinery (the controller, validation, normalisation and error views, loaded when an element first has a programme to read — the agenda's request for \`src\` starts before it has come — so never by a card given by attributes), what a card shows only from a programme (its bio, links and sessions, loaded with that machinery), the agenda's JSON-LD writer (loaded when its first programme is drawn), the agenda's grid view (loaded when \`view="grid"\` is asked), the card of the agenda's speaker dialog (loaded on first opening), the importers and the iCalendar writer. Goals: ≤ 14 KB for one card given by attributes, ≤ 34 KB for an agenda alone; all enforced by \`npm test\` (budgets in \`.size-limit.mjs\`, checked by size-limit).`,
  );
  section(
    'Sizes (minified, gzip -9)',
    `${table(['Entry point', 'Minified', 'Gzip', 'Budget'], rows)}\n\nnpm entry points are measured as an app's production build ships them for that import alone (Vite's build and minifier): the entry and everything it pulls in (Lit included; React and Vue left out as the host's), lazily loaded chunks (locales, importers) excluded. The budgets enforced by \`npm test\` are in \`.size-limit.mjs\` (checked by \`scripts/check.mjs sizes\`).`,
  );
}

/* -------------------------------------------------------------- heap */

if (runs('heap')) {
  log(`▶ heap: mount and remove an agenda ${HEAP_ROUNDS} times`);
  const { page: hp, cdp: hcdp, errors: heapErrors } = await openPage();
  const measure = async () => {
    await gc(hcdp);
    await gc(hcdp);
    const { usedSize } = await hcdp.send('Runtime.getHeapUsage');
    const counters = await hcdp.send('Memory.getDOMCounters');
    return { used: usedSize, ...counters };
  };
  /** Live objects by kind (heap snapshot), to tell what grows. */
  const census = async () => {
    await gc(hcdp);
    const chunks = [];
    const onChunk = (event) => chunks.push(event.chunk);
    hcdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await hcdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    hcdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
    const fields = snapshot.meta.node_fields;
    const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
    const kinds = new Map();
    for (let i = 0; i < nodes.length; i += fields.length) {
      const type = snapshot.meta.node_types[0][nodes[i + typeAt]];
      const kind = /string/.test(type) ? 'strings' : `${strings[nodes[i + nameAt]].slice(0, 50)} (${type})`;
      const entry = kinds.get(kind) ?? { count: 0, bytes: 0 };
      entry.count++;
      entry.bytes += nodes[i + sizeAt];
      kinds.set(kind, entry);
    }
    return kinds;
  };
  const url = '/bench/data/heap.json';
  // One round first, so lazily created caches (formatters, locale modules) are not counted as growth.
  await call(hp, 'churn', HEAP_BATCH, url);
  const before = await census();
  const points = [[0, await measure()]];
  let last;
  for (let done = HEAP_BATCH; done <= HEAP_ROUNDS; done += HEAP_BATCH) {
    last = await call(hp, 'churn', HEAP_BATCH, url);
    points.push([done, await measure()]);
  }
  const after = await census();
  await hp.close();
  const grown = [...after]
    .map(([kind, { count, bytes }]) => [kind, count - (before.get(kind)?.count ?? 0), bytes - (before.get(kind)?.bytes ?? 0)])
    .filter(([, , bytes]) => bytes > 0)
    .sort((x, y) => y[2] - x[2])
    .slice(0, 8);
  const [, first] = points[0];
  const [, end] = points[points.length - 1];
  const bytesPerMount = slope(points.map(([x, m]) => [x, m.used]));
  const secondHalf = slope(points.slice(Math.floor(points.length / 2)).map(([x, m]) => [x, m.used]));
  const listenersPerMount = slope(points.map(([x, m]) => [x, m.jsEventListeners]));
  const nodesPerMount = slope(points.map(([x, m]) => [x, m.nodes]));
  section(
    `Heap: mounting and removing an agenda ${HEAP_ROUNDS.toLocaleString('en')} times`,
    `${table(
      ['', 'After warm-up', `After ${HEAP_ROUNDS.toLocaleString('en')} more`, 'Slope per mount', 'Goal'],
      [
        ['JS heap used', kb(first.used), kb(end.used), `${bytesPerMount.toFixed(1)} B (second half: ${secondHalf.toFixed(1)} B)`, 'flat'],
        ['Event listeners (`Memory.getDOMCounters`)', String(first.jsEventListeners), String(end.jsEventListeners), listenersPerMount.toFixed(4), 'flat'],
        ['DOM nodes', String(first.nodes), String(end.nodes), nodesPerMount.toFixed(4), 'flat'],
        ['Documents', String(first.documents), String(end.documents), '', 'flat'],
      ],
    )}\n\nEach round mounts an agenda of a 20-item programme dated today (so its clock subscribes), waits until the items are rendered, and removes it; even rounds load it by \`src\` (the shared request), odd rounds by the \`programme\` property. Heap after two forced garbage collections (CDP \`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\`) every ${HEAP_BATCH} rounds: ${points.map(([x, m]) => `${x}: ${kb(m.used)}`).join(', ')}. After the last removal: clock scheduled: ${last.scheduled}; JSON-LD scripts left: ${last.ldScripts}.\n\nWhat grew between the two heap snapshots (after the warm-up, after the last round), largest first — a class of the library, a listener, a timer or an observer left behind would show here; compiled code (\`InstructionStream\`, \`Code\`: functions optimised as they get hot) and the browser's own performance timeline (\`Performance…Timing\`, a buffer the browser caps) are the engine's:\n\n${table(['Kind (V8 heap snapshot)', 'Count', 'Bytes'], grown.map(([kind, count, bytes]) => [inCode(kind), String(count), String(bytes)]))}${heapErrors.length ? ` Page errors: ${heapErrors.slice(0, 5).join('; ')}` : ''}`,
  );
}

await browser.close();
await server.stop();

if (errors.length) log(`\nPage errors during the render benchmarks:\n${errors.slice(0, 10).join('\n')}`);

/* ------------------------------------------------------------- goals */

if (goals.length) {
  section(
    'Goals: met or missed',
    table(['Goal', 'Figure', ''], goals.map(({ text, figure, met }) => [text, figure, met ? 'met' : '**missed**'])),
  );
}

/* ------------------------------------------------------------- write */

const cpus = os.cpus();
// Named generically: the figures that matter are the ratios, measured side by side.
const machine = [
  `- A ${cpus.length}-core shared virtual machine, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB of memory, ${os.type()} ${os.arch()} (load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')})`,
  `- Node ${process.version}; Chromium ${chromiumVersion} (headless); playwright-core ${JSON.parse(readFileSync('node_modules/playwright-core/package.json', 'utf8')).version}`,
  `- ${SAMPLES} measured samples per size and side after ${WARM_UPS} warm-ups, interleaved, a forced GC before each; ${new Date().toISOString().slice(0, 10)}`,
].join('\n');

const doc = `# Performance

Every claim about speed and weight, as a number that \`npm run bench\` prints.
These are benchmarks, not tests: timings vary with the machine and its load,
so they are read as medians and ratios against a baseline measured in the
same page, interleaved. Only the sizes have budgets enforced by \`npm test\`
(\`npm run size\`: budgets in \`.size-limit.mjs\`).

## How to reproduce

\`\`\`sh
npm ci
npm run bench             # builds, then measures; rewrites this file
npm run bench -- --no-build --quick   # a smoke run on the current build
npm run bench -- --no-build --only timers,network   # some sections, printed only
PRETALX_SCHEDULE_JS=/path/to/pretalx-schedule.min.js npm run bench   # with the peer
\`\`\`

The side-by-side table needs pretalx's built schedule component
(\`pretalx-schedule.min.js\`, from the pretalx repository,
\`src/pretalx/static/agenda/js/\`), given at bench time with \`--pretalx FILE\`
or \`PRETALX_SCHEDULE_JS\`; it is read from there, never copied into this
repository or the package. Without it, the peer's columns say "peer not
available" and the rest runs.

It needs a local Chrome or Chromium (found as the browser tests find it, or set
\`CHROME_PATH\`);
nothing is downloaded. \`bench/bench.mjs\` serves the repository with
\`@web/dev-server\` (bare imports of \`dist/\` resolved with the \`production\`
condition) and drives \`bench/page.html\` with playwright-core. Times are
\`performance.now()\` from handing the data over to the laid-out DOM (a forced
synchronous layout ends each sample), not to paint. Absolute times depend
heavily on the machine (the one below is a small shared virtual machine):
compare the ratios.

**The baseline** (\`bench/baseline.js\`) builds the agenda's markup — header,
day navigation, filters, every item with its time range, badge, speakers,
room, track, description and both action buttons with their icons — as one
string, every text escaped and every date and time formatted with cached
\`Intl\` formatters, and writes it with one \`innerHTML\` assignment into a
shadow root that adopts the agenda's style sheets. It does not validate the
programme (the agenda does: the table shows the model's share), does not
keep favourites, a clock, structured data or per-element languages, and
cannot update in place. The programmes are generated (\`bench/programme.js\`):
2 to 10 days, 3 to 24 parallel rooms, 4 tracks, one speaker per two items,
keynotes, panels with moderators, breaks and meals, bilingual titles,
descriptions, tags and links.

## Machine

${machine}

${report.sections.join('\n\n')}
`;

if (!flag('--no-write') && !only) {
  writeFileSync('docs/performance.md', doc);
  log('\nWrote docs/performance.md');
}
