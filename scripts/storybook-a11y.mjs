// Every story of the built Storybook (storybook-static/), opened in Chromium,
// in every UI language and in four settings of the visitor's screen: the a11y
// addon's own axe run (with each story's `parameters.a11y`) must report no
// violation, and the story must render and play without error. The demo pages
// (examples/*.html, on the built CDN file) get the same axe run in each setting.
// Run `npm run build` and `npm run build-storybook` first.
//
//   node scripts/storybook-a11y.mjs [--lang en,fr] [--scheme light,dark] [--filter <text in story id>] [--dir storybook-static]
//
// The settings (RGAA 3.2, 3.3, 10.11): `light` (1200 px), `dark` (the
// visitor's dark scheme on a dark host page), `forced` (forced colours, as
// Windows' contrast themes) and `narrow` (320 px). Light runs in every
// language; the others in one language each (SCHEME_LANGUAGES): contrast does
// not change with the language (French, the first users' language, for dark;
// English for forced colours), reflow does (German, the longest words, at
// 320 px). That is 8 runs of every story instead of 20, well under twice the
// time of the light runs alone.
//
// How: a small static server for storybook-static/ (and cdn/, examples/),
// then per story `iframe.html?id=…&viewMode=story&globals=lang:…`; the addon
// runs axe after the story (its `afterEach`) and the preview announces the
// result in its STORY_FINISHED event, which the page hands to this script.
// Why a script still: Storybook's Vitest addon was tried as the replacement
// (vitest.config.mjs, `npm run test:stories`: @storybook/addon-vitest 10.6.7,
// vitest and @vitest/browser-playwright 4.1.12, playwright 1.65.1 driving the
// local Chromium; one Vitest project per language and setting, the language
// pinned with the addon's `initialGlobals`). With a warm cache it covers the
// same 448 story runs. On a clean install (as in CI) its eight projects
// start eight browsers and optimise their dependencies at once into the one
// cache directory the addon gives them all: a page reloads mid-start and a
// browser session fails to connect ("Failed to connect to the browser
// session … within the timeout"), twice out of two cold runs. Until that is
// solved (a cache per project, or fewer projects), this script stays the gate.
// It also checks the demo pages, which no story tool opens.
/* global document, customElements, location -- functions passed to page.evaluate run in the page */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromePath } from './chrome-path.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const ROOT = resolve(option('dir') ?? 'storybook-static');
/** The repository: dist/ and examples/ for the demo pages. */
const REPO = resolve('.');

/**
 * The visitor's screen: viewport width, emulated media features (through CDP),
 * and the host page's own style (a dark site for the dark scheme).
 */
const SCHEMES = {
  light: { width: 1200, features: [], hostCss: '' },
  dark: {
    width: 1200,
    features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    hostCss: ':root { color-scheme: dark; background: #161616; color: #ececec; } body { background: #161616; }',
  },
  forced: { width: 1200, features: [{ name: 'forced-colors', value: 'active' }], hostCss: '' },
  narrow: { width: 320, features: [], hostCss: '' },
};
/** The languages each setting runs in (light: all of them). */
const SCHEME_LANGUAGES = { dark: ['fr'], forced: ['en'], narrow: ['de'] };
/** The demo pages, checked in every setting (in their own language). */
const PAGES = ['examples/index.html', 'examples/imported.html'];
const STORY_TIMEOUT_MS = 30_000;
/** Tabs working at once (more than about twice the cores only slows it down). */
const CONCURRENCY = Number(process.env.A11Y_TABS ?? 4);

if (!existsSync(join(ROOT, 'index.json'))) {
  console.error(`${ROOT}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

/** Every UI language (the toolbar's), from the locale codes lit-localize generates. */
function languages() {
  const fromOption = option('lang');
  if (fromOption) return fromOption.split(',');
  const codes = readFileSync('src/generated/locale-codes.ts', 'utf8');
  const all = /allLocales\s*=\s*\[([^\]]*)\]/.exec(codes)?.[1] ?? '`en`';
  return [...all.matchAll(/[`'"]([\w-]+)[`'"]/g)].map((m) => m[1]);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    // The demo pages come from the repository. The /dist/index.js they load in development
    // is redirected to the CDN bundle (no bare imports to resolve): its lazy chunks then
    // resolve beside it, in cdn/chunks/.
    if (path === '/dist/index.js') {
      res.writeHead(302, { location: '/cdn/seminar-widgets.js' }).end();
      return;
    }
    const base = /^[/\\](cdn|examples)[/\\]/.test(path) ? REPO : ROOT;
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Before any script of the page: keep the preview's STORY_FINISHED event for this script. */
function hookStoryFinished() {
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event) => {
        globalThis.__storyFinished = JSON.parse(JSON.stringify(event));
      });
    },
  });
}

/**
 * A browser tab that renders stories one after another, like Storybook's own
 * iframe: the first load (or a change of language) opens the preview, later
 * stories are switched to through the preview's channel (much faster than a
 * reload, which parses the whole preview bundle again).
 */
async function openTab(browser, base) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluateOnNewDocument(hookStoryFinished);
  const client = await page.createCDPSession();
  let lang;
  let scheme;
  let hostStyle;
  /** Puts the tab in `name`'s setting; the next render loads the preview again. */
  async function setScheme(name) {
    if (scheme === name) return;
    const { width, features, hostCss } = SCHEMES[name];
    await page.setViewport({ width, height: 900 });
    await client.send('Emulation.setEmulatedMedia', { features });
    if (hostStyle) await page.removeScriptToEvaluateOnNewDocument(hostStyle.identifier);
    hostStyle = hostCss
      ? await page.evaluateOnNewDocument((css) => {
          // Stories only: a demo page is its own host page, with its own styles.
          if (!location.pathname.endsWith('/iframe.html')) return;
          const style = document.createElement('style');
          style.textContent = css;
          const add = () => document.head.append(style);
          if (document.head) add();
          else document.addEventListener('DOMContentLoaded', add, { once: true });
        }, hostCss)
      : undefined;
    scheme = name;
    lang = undefined;
  }
  return {
    setScheme,
    /** A demo page with axe-core injected: its violations, and the page's errors. */
    async audit(path) {
      errors.length = 0;
      lang = undefined;
      await page.goto(`${base}/${path}`, { waitUntil: 'load' });
      // Every element of the library defined and past its loading state.
      await page.waitForFunction(
        () => {
          const ours = [...document.querySelectorAll('seminar-agenda, session-timer, speaker-card, speaker-list')];
          return ours.length > 0 && ours.every((e) => customElements.get(e.localName) && e.shadowRoot && !e.shadowRoot.querySelector('[aria-busy="true"]'));
        },
        { timeout: STORY_TIMEOUT_MS, polling: 100 },
      );
      await new Promise((r) => setTimeout(r, 500));
      await page.addScriptTag({ path: join(REPO, 'node_modules/axe-core/axe.min.js') });
      const contrast = scheme !== 'forced';
      const violations = await page.evaluate(async (withContrast) => (await globalThis.axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: withContrast } } })).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      })), contrast);
      return { violations, pageErrors: [...errors] };
    },
    async render(story, wanted) {
      errors.length = 0;
      if (lang !== wanted) {
        lang = undefined;
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=lang:${wanted}`);
        lang = wanted;
      } else {
        await page.evaluate((id) => {
          globalThis.__storyFinished = undefined;
          globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
        }, story.id);
      }
      try {
        await page.waitForFunction((id) => globalThis.__storyFinished?.storyId === id, { timeout: STORY_TIMEOUT_MS, polling: 50 }, story.id);
      } catch (error) {
        lang = undefined; // start afresh with the next story
        throw error;
      }
      return { finished: await page.evaluate(() => globalThis.__storyFinished), pageErrors: [...errors] };
    },
    close: () => page.close(),
  };
}

/**
 * With forced colours the visitor's palette paints the page, and axe's
 * contrast check mixes forced backgrounds with the page's own text colours
 * (it reports #f1f1f1 on #ffffff where the screen shows black on white):
 * its contrast rule says nothing there. Every other rule still applies.
 */
const MEANINGLESS = { forced: ['color-contrast'] };

async function check(tab, story, lang, scheme) {
  try {
    const { finished, pageErrors } = await tab.render(story, lang);
    const report = finished.reporters.find((r) => r.type === 'a11y');
    const ignored = MEANINGLESS[scheme] ?? [];
    const violations = (report?.result?.violations ?? []).filter((v) => !ignored.includes(v.id));
    // The addon fails a story for any violation: one left out above is not a failure.
    const onlyIgnored = finished.status === 'error' && !violations.length && (report?.result?.violations ?? []).length > 0 && !pageErrors.length;
    return {
      status: onlyIgnored ? 'success' : finished.status,
      ran: Boolean(report && !report.result?.error),
      error: report?.result?.error ? String(report.result.error.message ?? report.result.error) : undefined,
      violations: violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      })),
      pageErrors,
    };
  } catch (error) {
    return { status: 'timeout', ran: false, error: error.message, violations: [], pageErrors: [] };
  }
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // Tabs are all in the background: do not slow their timers down.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const filter = option('filter');
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)));
const schemeOption = option('scheme')?.split(',');
const schemes = Object.keys(SCHEMES).filter((name) => !schemeOption || schemeOption.includes(name));
const allLanguages = languages();
// Grouped by setting, then language: a tab changes its setting (a reload) as rarely as possible.
const jobs = schemes.flatMap((scheme) =>
  (scheme === 'light' ? allLanguages : allLanguages.filter((l) => SCHEME_LANGUAGES[scheme].includes(l))).flatMap((lang) =>
    stories.map((story) => ({ story, lang, scheme })),
  ),
);
const pageJobs = schemes.flatMap((scheme) => PAGES.filter((path) => !filter || path.includes(filter)).map((path) => ({ path, scheme })));

let failed = 0;
let axeRuns = 0;
const started = Date.now();
const queue = [...jobs];
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    const tab = await openTab(browser, base);
    for (let job = queue.shift(); job; job = queue.shift()) {
      await tab.setScheme(job.scheme);
      const result = await check(tab, job.story, job.lang, job.scheme);
      const name = `${job.story.id} [${job.lang}, ${job.scheme}]`;
      if (result.ran) axeRuns++;
      const problems = [];
      if (result.status !== 'success') problems.push(`story ${result.status}${result.error ? `: ${result.error}` : ''}`);
      else if (!result.ran) problems.push(`axe did not run${result.error ? `: ${result.error}` : ''} (a11y disabled for this story?)`);
      for (const v of result.violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n      ${v.targets.join('\n      ')}`);
      for (const e of result.pageErrors) problems.push(`page error: ${e}`);
      // A story may turn axe off on purpose (parameters.a11y.test = 'off'): that is not a failure.
      const hard = problems.filter((p) => !p.startsWith('axe did not run'));
      if (hard.length) {
        failed++;
        console.error(`✖ ${name}\n    ${problems.join('\n    ')}`);
      } else if (problems.length) {
        console.warn(`! ${name}: ${problems.join('; ')}`);
      }
    }
    await tab.close();
  }),
);

// The demo pages: axe-core itself, in each setting.
let pageRuns = 0;
if (pageJobs.length) {
  const tab = await openTab(browser, base);
  for (const job of pageJobs) {
    await tab.setScheme(job.scheme);
    const name = `${job.path} [${job.scheme}]`;
    try {
      const { violations, pageErrors } = await tab.audit(job.path);
      pageRuns++;
      const problems = [
        ...violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help}\n      ${v.targets.join('\n      ')}`),
        ...pageErrors.map((e) => `page error: ${e}`),
      ];
      if (problems.length) {
        failed++;
        console.error(`✖ ${name}\n    ${problems.join('\n    ')}`);
      }
    } catch (error) {
      failed++;
      console.error(`✖ ${name}: ${error.message}`);
    }
  }
  await tab.close();
}
await browser.close();
server.close();

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `${jobs.length} story renders (${stories.length} stories; settings ${schemes.join(', ')}: ${jobs.length / Math.max(stories.length, 1)} language × setting runs), ${axeRuns} axe runs, ${pageRuns} demo-page axe runs, ${failed} failed, ${seconds} s`,
);
if (!jobs.length || !axeRuns || failed) process.exitCode = 1;
