// Browser tests in headless Chromium. chrome-launcher finds a local
// Chrome/Chromium by itself (set CHROME_PATH to choose one). As root,
// Chromium needs --no-sandbox; we pass it only then.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { pseudoLocalePlugin } from './scripts/pseudo-locale.mjs';
import { emulationPlugin } from './test/plugins/emulation.mjs';
import { cspHeaders } from './test/plugins/csp.mjs';
import { ssrEndpoint } from './test/plugins/ssr.mjs';

const asRoot = process.getuid?.() === 0;

/**
 * Test-only endpoints: `/__test/programme?delay=MS&status=CODE&id=X` answers
 * with the seed programme after a delay (or an HTTP error), and
 * `/__test/count?id=X` tells how many requests `id` received.
 */
const requestCounts = new Map();
async function testEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  const id = ctx.query.id ?? '';
  if (ctx.path === '/__test/count') {
    ctx.body = { count: requestCounts.get(id) ?? 0 };
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
  ],
  browsers: [
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
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/model/**', 'src/model.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    report: true,
    reportDir: 'coverage/browser',
  },
};
