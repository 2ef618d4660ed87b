// The demo pages (examples/*.html, on the built CDN file), opened in Chromium
// in four settings of the visitor's screen: axe-core must report no violation
// and the page must throw no error. Run `npm run build` first.
//
//   node scripts/demo-pages-a11y.mjs [--scheme light,dark] [--filter <text in the path>]
//
// The settings are those of the stories' run (vitest.config.mjs; RGAA 3.2,
// 3.3, 10.11): `light` (1200 px), `dark` (the visitor's dark scheme), `forced`
// (forced colours) and `narrow` (320 px). A demo page is its own host page,
// in its own language.
//
// A script rather than Storybook's test tooling, which runs stories only: a
// demo page is a whole HTML document with its own scripts, loaded as a
// visitor's browser loads it. Vitest's browser mode runs tests inside a page
// of its own, so it cannot open one either.
/* global document, customElements -- functions passed to page.evaluate run in the page */
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

/** The repository: cdn/ and examples/. */
const REPO = resolve('.');

/** The visitor's screen: viewport width and emulated media features (through CDP). */
const SCHEMES = {
  light: { width: 1200, features: [] },
  dark: { width: 1200, features: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  forced: { width: 1200, features: [{ name: 'forced-colors', value: 'active' }] },
  narrow: { width: 320, features: [] },
};
/** The demo pages, checked in every setting. */
const PAGES = ['examples/index.html', 'examples/imported.html'];
const PAGE_TIMEOUT_MS = 30_000;

if (!existsSync(join(REPO, 'cdn', 'seminar-widgets.js'))) {
  console.error('cdn/seminar-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    // The /dist/index.js the demo pages load in development is redirected to the CDN bundle
    // (no bare imports to resolve): its lazy chunks then resolve beside it, in cdn/chunks/.
    if (path === '/dist/index.js') {
      res.writeHead(302, { location: '/cdn/seminar-widgets.js' }).end();
      return;
    }
    const file = join(REPO, path);
    if (!/^[/\\](cdn|examples)[/\\]/.test(path) || !file.startsWith(REPO) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One page in one setting, with axe-core injected: its violations, and the page's errors. */
async function audit(browser, base, path, scheme) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const { width, features } = SCHEMES[scheme];
    await page.setViewport({ width, height: 900 });
    // Through CDP: puppeteer's own emulateMediaFeatures does not know forced-colors.
    await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features });
    await page.goto(`${base}/${path}`, { waitUntil: 'load' });
    // Every element of the library defined and past its loading state.
    await page.waitForFunction(
      () => {
        const ours = [...document.querySelectorAll('seminar-agenda, session-timer, speaker-card, speaker-list')];
        return ours.length > 0 && ours.every((e) => customElements.get(e.localName) && e.shadowRoot && !e.shadowRoot.querySelector('[aria-busy="true"]'));
      },
      { timeout: PAGE_TIMEOUT_MS, polling: 100 },
    );
    await new Promise((r) => setTimeout(r, 500));
    await page.addScriptTag({ path: join(REPO, 'node_modules/axe-core/axe.min.js') });
    // With forced colours, axe's contrast rule mixes forced backgrounds with the page's own
    // text colours: it says nothing there (see test/storybook/forced-colors.ts).
    const violations = await page.evaluate(
      async (withContrast) =>
        (await globalThis.axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: withContrast } } })).violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        })),
      scheme !== 'forced',
    );
    return { violations, pageErrors: errors };
  } finally {
    await page.close();
  }
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-dev-shm-usage'],
});

const filter = option('filter');
const schemeOption = option('scheme')?.split(',');
const schemes = Object.keys(SCHEMES).filter((name) => !schemeOption || schemeOption.includes(name));
const jobs = schemes.flatMap((scheme) => PAGES.filter((path) => !filter || path.includes(filter)).map((path) => ({ path, scheme })));

let failed = 0;
let runs = 0;
const started = Date.now();
for (const { path, scheme } of jobs) {
  const name = `${path} [${scheme}]`;
  try {
    const { violations, pageErrors } = await audit(browser, base, path, scheme);
    runs++;
    const problems = [
      ...violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help}\n      ${v.targets.join('\n      ')}`),
      ...pageErrors.map((e) => `page error: ${e}`),
    ];
    if (problems.length) {
      failed++;
      console.error(`✖ ${name}\n    ${problems.join('\n    ')}`);
    } else {
      console.log(`✔ ${name}`);
    }
  } catch (error) {
    failed++;
    console.error(`✖ ${name}: ${error.message}`);
  }
}
await browser.close();
server.close();

console.log(`${runs} demo-page axe runs (${jobs.length} pages × settings), ${failed} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (!jobs.length || runs < jobs.length || failed) process.exitCode = 1;
