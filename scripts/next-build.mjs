// Builds a Next.js (App Router) app against the packed package, as a user
// would install it: `npm pack`, a fresh app in a temporary directory, the
// tarball installed from the npm registry's dependencies, `next build`, then
// the prerendered page read for the agenda's server-rendered items, and the
// app served by `next start` and loaded in Chromium (hydration, interaction).
// Not part of `npm test` (it downloads Next.js, ~100 MB, and takes minutes);
// run it by hand after `npm run build`: node scripts/next-build.mjs
// Why a script: no test tool installs and builds a real framework app offline.
/* global document, customElements */ // (in page.evaluate: the browser's globals)
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('next-build: no dist/: run npm run build first.');
  process.exit(2);
}
const NEXT = process.env.NEXT_VERSION ?? '16.4.6';
const REACT = '19.3.1';
const app = mkdtempSync(join(tmpdir(), 'seminar-widgets-next-'));
const run = (command, args, cwd = app) => execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const started = Date.now();

let server;

/** A free TCP port on this machine. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `next start`, then the page in Chromium (playwright-core, the system's
 * Chromium): the server's agenda hydrates without drawing its items again,
 * the wrapper's card gets its programme, a star button works, and the page
 * logs no error.
 */
async function inTheBrowser() {
  const { chromium } = await import('playwright-core');
  const port = await freePort();
  server = spawn('npx', ['next', 'start', '-p', String(port)], { cwd: app, stdio: 'ignore', detached: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (tries > 120) throw new Error('next start did not answer');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    await page.goto(url);
    // Mark the server's item nodes before the elements load and hydrate.
    await page.evaluate(() => {
      for (const node of document.querySelector('seminar-agenda')?.shadowRoot?.querySelectorAll('[part~="item"]') ?? []) node.dataset.fromServer = '';
    });
    await page.waitForFunction(() => customElements.get('seminar-agenda') && document.querySelector('seminar-agenda').hasUpdated, null, { timeout: 30000 });
    const card = await page.waitForFunction(() => document.querySelector('speaker-card')?.shadowRoot?.textContent?.includes('Kristy Milland'), null, { timeout: 30000 }).then(
      () => true,
      () => false,
    );
    const state = await page.evaluate(() => {
      const root = document.querySelector('seminar-agenda').shadowRoot;
      const items = [...root.querySelectorAll('[part~="item"]')];
      return { items: items.length, kept: items.filter((node) => 'fromServer' in node.dataset).length };
    });
    const star = page.locator('seminar-agenda button.favourite[aria-pressed]').first();
    await star.click();
    const pressed = await star.getAttribute('aria-pressed');
    console.log({ ...state, pressed, problems });
    return {
      'hydrated in the browser, the server item nodes kept': state.items >= 10 && state.kept === state.items,
      'the wrapper card shows its speaker': card,
      'a star button works after hydration': pressed === 'true',
      'no error in the page': problems.length === 0,
    };
  } finally {
    await browser.close();
  }
}

try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: ROOT, encoding: 'utf8' }));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'next-app', private: true, type: 'module' }));
  mkdirSync(join(app, 'app'));
  mkdirSync(join(app, 'data'));
  cpSync(join(ROOT, 'examples/digital-era-seminar.json'), join(app, 'data/programme.json'));
  const files = {
    'app/layout.jsx': `export default function RootLayout({ children }) {
  return <html lang="fr"><body>{children}</body></html>;
}`,
    // A server component: the agenda rendered with seminar-widgets/ssr.js (docs/ssr.md).
    'app/page.jsx': `import 'seminar-widgets/ssr.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import programme from '../data/programme.json';
import { Hydrate } from './hydrate.jsx';
import { Card } from './card.jsx';

export default async function Page() {
  const agenda = await collectResult(render(html\`<seminar-agenda lang="fr" .programme=\${programme}></seminar-agenda>\`));
  return <main><div dangerouslySetInnerHTML={{ __html: agenda }} /><Card programme={programme} /><Hydrate /></main>;
}`,
    // Client components: the hydration support then the elements, and a wrapper.
    'app/hydrate.jsx': `'use client';
import { useEffect } from 'react';
export function Hydrate() {
  useEffect(() => {
    void import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(() => import('seminar-widgets'));
  }, []);
  return null;
}`,
    // An icon, so that the browser asks for no /favicon.ico (a 404 in the console).
    'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
    'app/card.jsx': `'use client';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { SpeakerCard } from 'seminar-widgets/react/speaker-card.js';
export function Card({ programme }) {
  return <SpeakerCard lang="fr" speaker="kristy-milland" programme={programme} />;
}`,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(app, file), `${text}\n`);
  run('npm', ['install', '--no-audit', '--no-fund', `./${filename}`, `next@${NEXT}`, `react@${REACT}`, `react-dom@${REACT}`, '@lit-labs/ssr@4.1.0', '@lit-labs/ssr-client@1.1.8', '@lit/react@1.0.8']);
  run('npx', ['next', 'build']);
  const page = readFileSync(join(app, '.next/server/app/index.html'), 'utf8');
  const checks = {
    'the agenda in declarative shadow DOM': page.includes('shadowrootmode="open"'),
    'its items in French': (page.match(/dans mon programme/g) ?? []).length >= 10,
    'the event title': page.includes('Faire collectif'),
  };
  Object.assign(checks, await inTheBrowser());
  console.log(checks);
  console.log(`page ${page.length} B; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  if (Object.values(checks).includes(false)) process.exitCode = 1;
} finally {
  // npx and the Next server it starts: the whole process group.
  if (server) process.kill(-server.pid);
  if (!process.env.KEEP) rmSync(app, { recursive: true, force: true });
}
