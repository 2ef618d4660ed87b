// Browser tests in headless Chromium. chrome-launcher finds a local
// Chrome/Chromium by itself (set CHROME_PATH to choose one). As root,
// Chromium needs --no-sandbox; we pass it only then.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { pseudoLocalePlugin } from './scripts/pseudo-locale.mjs';
import { emulationPlugin } from './test/plugins/emulation.mjs';
import { cspHeaders } from './test/plugins/csp.mjs';
import { readFile } from 'node:fs/promises';
import { ssrEndpoint } from './test/plugins/ssr.mjs';
import { reactPlugin } from './test/plugins/react.mjs';
import { browserPool } from './test/plugins/browser-pool.mjs';

const asRoot = process.getuid?.() === 0;

/**
 * Test-only endpoints: `/__test/programme?delay=MS&status=CODE&id=X` answers
 * with the seed programme after a delay (or an HTTP error), and
 * `/__test/count?id=X` tells how many requests `id` received.
 * `/__test/stream?id=X&total=BYTES` (or `&endless=1`) streams whitespace
 * without a Content-Length (`&length=BYTES` declares one), and
 * `/__test/stream-sent?id=X` tells how much it sent and whether the client
 * went away (test/browser/hostile/limits.test.ts).
 */
const requestCounts = new Map();
const streams = new Map();
async function testEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  if (ctx.path.startsWith('/__test/live')) return liveEndpoint(ctx);
  const id = ctx.query.id ?? '';
  if (ctx.path === '/__test/count') {
    ctx.body = { count: requestCounts.get(id) ?? 0 };
    return;
  }
  if (ctx.path === '/__test/stream-sent') {
    ctx.body = streams.get(id) ?? { sent: 0, closed: false };
    return;
  }
  if (ctx.path === '/__test/stream') {
    const { Readable } = await import('node:stream');
    const total = ctx.query.endless ? Infinity : Number(ctx.query.total ?? 0);
    const state = { sent: 0, closed: false };
    streams.set(id, state);
    const chunk = Buffer.alloc(64 * 1024, ' ');
    ctx.req.on('close', () => (state.closed = true));
    ctx.res.on('close', () => (state.closed = true));
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = new Readable({
      read() {
        if (state.closed || state.sent >= total) {
          this.push(null);
          return;
        }
        const piece = total - state.sent < chunk.length ? chunk.subarray(0, total - state.sent) : chunk;
        state.sent += piece.length;
        this.push(piece);
      },
    });
    if (ctx.query.length) ctx.length = Number(ctx.query.length);
    return;
  }
  requestCounts.set(id, (requestCounts.get(id) ?? 0) + 1);
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const status = Number(ctx.query.status ?? 200);
  if (status !== 200) {
    ctx.status = status;
    ctx.body = 'failure';
    return;
  }
  const file = String(ctx.query.file ?? 'examples/digital-era-seminar.json');
  if (!/^(examples|test\/fixtures)\/[\w.-]+$/.test(file)) return next();
  const { readFile } = await import('node:fs/promises');
  ctx.type = 'application/json';
  ctx.body = await readFile(new URL(`./${file}`, import.meta.url), 'utf8');
}

/**
 * A programme that changes on demand, for the live tests (test/browser/internal/live.test.ts):
 *
 * - `GET /__test/live?id=X`: the current version of X (the seed programme until one is
 *   set), with `ETag: "X-<n>"` and a `Last-Modified` one minute later per version; `304`
 *   when `If-None-Match` or `If-Modified-Since` says the client has it. `&validators=etag`,
 *   `last-modified` or `none` chooses which validators are sent (default: both).
 * - `PUT /__test/live?id=X` with the programme text as the body: the next version.
 * - `PUT /__test/live?id=X&fail=N&status=503&retryAfter=S`: the next N requests fail.
 * - `GET /__test/live-stats?id=X`: `{ requests, notModified, full, failed, conditional, times, statuses }`
 *   (`times` and `statuses`: one per request, in order).
 */
const live = new Map();
const seed = () => readFile(new URL('./examples/digital-era-seminar.json', import.meta.url), 'utf8');
async function liveEndpoint(ctx) {
  const id = String(ctx.query.id ?? '');
  let entry = live.get(id);
  if (!entry) {
    entry = { version: 1, text: await seed(), fail: 0, failStatus: 503, retryAfter: undefined, requests: 0, notModified: 0, full: 0, failed: 0, conditional: 0, times: [], statuses: [] };
    live.set(id, entry);
  }
  if (ctx.path === '/__test/live-stats') {
    const { requests, notModified, full, failed, conditional, times, statuses } = entry;
    ctx.body = { requests, notModified, full, failed, conditional, times, statuses };
    return;
  }
  if (ctx.method === 'PUT') {
    if (ctx.query.fail !== undefined) {
      entry.fail = Number(ctx.query.fail);
      entry.failStatus = Number(ctx.query.status ?? 503);
      entry.retryAfter = ctx.query.retryAfter;
    } else {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      entry.text = Buffer.concat(chunks).toString('utf8');
      entry.version++;
    }
    ctx.status = 204;
    return;
  }
  entry.requests++;
  entry.times.push(Date.now());
  const ifNoneMatch = ctx.get('If-None-Match');
  const ifModifiedSince = ctx.get('If-Modified-Since');
  if (ifNoneMatch || ifModifiedSince) entry.conditional++;
  if (entry.fail > 0) {
    entry.fail--;
    entry.failed++;
    entry.statuses.push(entry.failStatus);
    ctx.status = entry.failStatus;
    if (entry.retryAfter !== undefined) ctx.set('Retry-After', String(entry.retryAfter));
    ctx.body = 'unavailable';
    return;
  }
  const validators = String(ctx.query.validators ?? 'both');
  const etag = `"${id}-${entry.version}"`;
  const modified = new Date(Date.UTC(2016, 6, 8, 6, 0) + entry.version * 60_000).toUTCString();
  ctx.set('Cache-Control', 'no-cache');
  if (validators === 'both' || validators === 'etag') ctx.set('ETag', etag);
  if (validators === 'both' || validators === 'last-modified') ctx.set('Last-Modified', modified);
  const fresh =
    (ifNoneMatch && (validators === 'both' || validators === 'etag') && ifNoneMatch === etag) ||
    (!ifNoneMatch && ifModifiedSince && (validators === 'both' || validators === 'last-modified') && Date.parse(ifModifiedSince) >= Date.parse(modified));
  if (fresh) {
    entry.notModified++;
    entry.statuses.push(304);
    ctx.status = 304;
    return;
  }
  entry.full++;
  entry.statuses.push(200);
  ctx.type = 'application/json';
  ctx.body = entry.text;
}

export default {
  files: ['test/browser/**/*.test.ts'],
  // cspHeaders: the strict policy of test/csp/*.html (test/browser/csp/csp.test.ts).
  // ssrEndpoint: elements rendered on the server, for test/browser/ssr/ (reads dist/: build first).
  middleware: [ssrEndpoint(), testEndpoints, cspHeaders],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The generated pseudo-locale of test/browser/i18n/pseudo-locale.test.ts (never shipped).
    pseudoLocalePlugin(),
    // Time-zone and offline emulation through CDP (test/browser/hostile, test/browser/time-zones).
    emulationPlugin(),
    // React 19 as an app's bundler gives it (test/browser/frameworks/).
    reactPlugin(),
  ],
  // Two browsers, each running one test file at a time (test/plugins/browser-pool.mjs): a
  // file's page is always the one in front of its browser (focus and layout tests need it), and
  // two files run at once. `TEST_BROWSERS=1` runs the files one by one in one browser.
  browsers: [
    browserPool(Math.max(1, Number(process.env.TEST_BROWSERS) || 2), () =>
      chromeLauncher({
        launchOptions: {
          args: [
            ...(asRoot ? ['--no-sandbox'] : []),
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      }),
    ),
  ],
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/model/**', 'src/model.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    report: true,
    reportDir: 'coverage/browser',
  },
};
