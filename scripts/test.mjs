// `npm test`: the whole gate. Each step names the steps it needs (what they
// write, it reads); a step starts as soon as those have passed, at most
// `JOBS` at a time (default 2: the gate must stay reliable on a 2-core
// machine; `TEST_JOBS=1 npm test` runs everything in order). After the first
// failure nothing new starts. A step prints its output in one block when it
// ends, so logs never interleave; the end prints each step's time.
//
// The browser tests and the stories' run go last and alone: they measure
// layout and wait on timers (the stories' play functions wait for the
// elements with short timeouts), and must not compete for the CPU with a
// compiler or a bundler. Each keeps both cores busy by itself: the browser
// tests run two files at once, each in its own browser
// (web-test-runner.config.mjs), and the stories' run has a browser per
// language and setting (vitest.config.mjs).
//
// A script of our own rather than a task runner (wireit, turbo…): a dozen npx
// commands need no cache or watch mode, and no new dependency.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const JOBS = Math.max(1, Number(process.env.TEST_JOBS) || Math.min(2, availableParallelism()));

/**
 * The steps, in the order they are preferred when several could start (the
 * longest first). `run`: one command, or several run in order as one step
 * (they share files). `needs`: the ids of the steps that must pass first.
 * `alone`: nothing runs beside it.
 */
const steps = [
  // Both string catalogues read from the sources once: every string extracted and translated,
  // then the locale modules written (src/generated/), which most steps compile.
  { id: 'locales', run: ['locale strings extracted and translated; locale modules', 'node scripts/localize.mjs check'] },
  // Against the committed files (`npm run build` regenerates them all, which would hide a stale
  // commit); the analyzer reads the sources only, not the locale modules.
  { id: 'generated', run: ['manifest and files generated from it are fresh', 'node scripts/check.mjs generated'] },
  { id: 'lint', needs: ['locales'], run: ['lint', 'npx eslint .'] },
  // What `npm run build` does after the steps above (locale modules, manifest, generated files):
  // compile and bundle. Nothing after this point writes into src/.
  {
    id: 'build',
    needs: ['locales'],
    run: [
      ['clean dist/, cdn/, coverage/', 'npm run clean --silent'],
      ['build (tsc + CDN bundle)', 'npm run build:code --silent'],
    ],
  },
  { id: 'type-check', needs: ['locales'], run: ['type-check', 'npx tsc -p tsconfig.json --noEmit'] },
  // The model's own compile, without DOM or Node types: the model stays DOM-free by construction.
  { id: 'model', needs: ['locales'], run: ['model compiles without DOM or Node types', 'npx tsc -p tsconfig.model.json --noEmit'] },
  { id: 'node', needs: ['build'], run: ['model tests in Node (no DOM)', 'npm run test:node --silent'] },
  { id: 'storybook', needs: ['locales'], run: ['Storybook builds', 'npm run build-storybook --silent'] },
  {
    id: 'types',
    needs: ['build'],
    run: [
      // test/types/*: what must compile does, what must not carries `@ts-expect-error` (unused, it fails).
      ['type tests: React 19 JSX, React 18 wrappers, Vue props', 'npx tsc -p tsconfig.types.json'],
      ['type tests: Vue template (vue-tsc)', 'npx vue-tsc -p test/types/vue/tsconfig.json --noEmit'],
    ],
  },
  {
    id: 'sizes',
    needs: ['build'],
    run: [
      ['size budgets of the CDN files (size-limit)', 'npx size-limit'],
      ['size budgets of the npm entries, language chunks without the studio’s strings', 'node scripts/check.mjs sizes'],
    ],
  },
  // One after the other: each packs the package.
  {
    id: 'package',
    needs: ['build'],
    run: [
      ['package lint (publint)', 'npx publint --strict'],
      ['package types (arethetypeswrong)', 'npx attw --pack . --profile esm-only'],
      ['package contents (npm pack)', 'node scripts/check.mjs pack'],
    ],
  },
  // The demo pages (examples/*.html, on the built CDN file) in every setting of the stories' run: no axe violation.
  { id: 'demo-pages', needs: ['build'], run: ['demo pages: no axe violation in any setting', 'node scripts/demo-pages-a11y.mjs'] },
  // Every story in every language and setting, by Storybook's Vitest addon: renders, plays, no axe violation.
  { id: 'stories', needs: ['locales'], alone: true, run: ['every story, every language: renders, plays, no axe violation', 'npx vitest run'] },
  { id: 'browser', needs: ['build'], alone: true, run: ['browser tests', 'npx web-test-runner --coverage'] },
];

const env = { ...process.env, FORCE_COLOR: '0' };
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const times = [];

/** Runs one command; alone, its output streams; beside others, it is kept and printed at the end. */
function run([name, command], stream) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n▶ ${name}: ${command}`);
    const child = spawn(command, { shell: true, env, stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const ok = status === 0;
      if (!stream) {
        console.log(`\n── ${name} ──`);
        process.stdout.write(Buffer.concat(output));
      }
      console.log(ok ? `✔ ${name} (${seconds(t0)} s)` : `\n✖ ${name} failed (${seconds(t0)} s)`);
      times.push({ step: name, seconds: Number(seconds(t0)), ok: ok ? 'yes' : 'FAILED' });
      resolve(ok);
    });
  });
}

/** A step: one command, or commands in order that stop at the first failure. */
async function runStep(step, stream) {
  if (typeof step.run[0] === 'string') return run(step.run, stream);
  for (const command of step.run) if (!(await run(command, stream))) return false;
  return true;
}

for (const step of steps) {
  for (const need of step.needs ?? []) if (!steps.some((s) => s.id === need)) throw new Error(`${step.id} needs ${need}, which is no step`);
}

const started = Date.now();
console.log(`npm test: ${steps.length} steps, up to ${JOBS} at a time.`);
const passed = new Set();
const running = new Set();
const waiting = [...steps];
let failed = false;
await new Promise((done) => {
  const next = () => {
    if (failed || !waiting.length) {
      if (!running.size) done();
      return;
    }
    const ready = waiting.filter((step) => (step.needs ?? []).every((id) => passed.has(id)));
    for (const step of ready) {
      if (running.size >= JOBS || [...running].some((s) => s.alone)) break;
      // A step that runs alone waits until nothing else runs and nothing else is ready.
      if (step.alone && (running.size || ready.some((other) => !other.alone))) continue;
      waiting.splice(waiting.indexOf(step), 1);
      running.add(step);
      runStep(step, JOBS === 1 || Boolean(step.alone)).then((ok) => {
        running.delete(step);
        if (ok) passed.add(step.id);
        else failed = true;
        next();
      });
    }
    if (!running.size) done(); // nothing can start: done (or a failure)
  };
  next();
});

console.log('\nTime of each step (s):');
console.table(times);
if (failed || waiting.length) {
  console.error(`\nnpm test failed after ${seconds(started)} s.`);
  process.exit(1);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
