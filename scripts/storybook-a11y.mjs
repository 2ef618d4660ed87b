// Every story of the built Storybook (storybook-static/), opened in Chromium,
// in every UI language: the a11y addon's own axe run (with each story's
// `parameters.a11y`) must report no violation, and the story must render and
// play without error. Run `npm run build-storybook` first.
//
//   node scripts/storybook-a11y.mjs [--lang en,fr] [--filter <text in story id>] [--dir storybook-static]
//
// How: a small static server for storybook-static/, then per story
// `iframe.html?id=…&viewMode=story&globals=lang:…`; the addon runs axe after
// the story (its `afterEach`) and the preview announces the result in its
// STORY_FINISHED event, which the page hands to this script.
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
    const file = join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
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
  await page.setViewport({ width: 1200, height: 900 });
  await page.evaluateOnNewDocument(hookStoryFinished);
  let lang;
  return {
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

async function check(tab, story, lang) {
  try {
    const { finished, pageErrors } = await tab.render(story, lang);
    const report = finished.reporters.find((r) => r.type === 'a11y');
    const violations = report?.result?.violations ?? [];
    return {
      status: finished.status,
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
const jobs = languages().flatMap((lang) => stories.map((story) => ({ story, lang })));

let failed = 0;
let axeRuns = 0;
const started = Date.now();
const queue = [...jobs];
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    const tab = await openTab(browser, base);
    for (let job = queue.shift(); job; job = queue.shift()) {
      const result = await check(tab, job.story, job.lang);
      const name = `${job.story.id} [${job.lang}]`;
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
await browser.close();
server.close();

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`${jobs.length} story renders (${stories.length} stories × ${jobs.length / Math.max(stories.length, 1)} languages), ${axeRuns} axe runs, ${failed} failed, ${seconds} s`);
if (!jobs.length || !axeRuns || failed) process.exitCode = 1;
