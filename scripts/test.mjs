// `npm test`: the whole gate. Stages run one after the other and stop at the
// first failure; the steps of a stage are independent and run side by side,
// at most `JOBS` at a time (default 2: the gate must stay reliable on a
// 2-core machine; `TEST_JOBS=1 npm test` runs everything in order). A step
// that runs beside others prints its output in one block when it ends, so
// logs never interleave. The browser tests and the Storybook accessibility
// run have stages of their own: they measure layout and wait on timers, and
// must not compete for the CPU with a bundler.
//
// A script of our own rather than a task runner (wireit, turbo…): eight
// stages of npx commands need no cache or watch mode, and no new dependency.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const JOBS = Math.max(1, Number(process.env.TEST_JOBS) || Math.min(2, availableParallelism()));

/** A step: [name, command], or several run in order as one step (they share files). */
const stages = [
  [
    ['locale strings extracted and translated', 'node scripts/check.mjs locales'],
    [
      ['locale modules', 'npx lit-localize build'],
      ['the studio’s locale modules', 'node scripts/localize-studio.mjs build'],
      // Before the build, which regenerates them all: a stale commit must show here.
      ['manifest and files generated from it are fresh', 'node scripts/check.mjs generated'],
    ],
  ],
  [
    ['lint', 'npx eslint .'],
    ['type-check', 'npx tsc -p tsconfig.json --noEmit'],
    // The model's own compile, without DOM or Node types: the model stays DOM-free by construction.
    ['model compiles without DOM or Node types', 'npx tsc -p tsconfig.model.json --noEmit'],
  ],
  [['build (tsc + CDN bundle)', 'npm run build --silent']],
  [
    ['model tests in Node (no DOM)', 'npm run test:node --silent'],
    ['size budgets', 'node scripts/check.mjs sizes'],
    ['Storybook builds', 'npm run build-storybook --silent'],
    ['type tests: React 19 JSX, React 18 wrappers, Vue props; what must not compile (@ts-expect-error)', 'npx tsc -p tsconfig.types.json'],
    ['type tests: Vue template (vue-tsc)', 'npx vue-tsc -p test/types/vue/tsconfig.json --noEmit'],
    // One after the other: each packs the package.
    [
      ['package lint (publint)', 'npx publint --strict'],
      ['package types (arethetypeswrong)', 'npx attw --pack . --profile esm-only'],
      ['package contents (npm pack)', 'node scripts/check.mjs pack'],
    ],
  ],
  [['browser tests', 'npx web-test-runner --coverage']],
  [['every story, every language: renders, plays, no axe violation', 'node scripts/storybook-a11y.mjs']],
];

const env = { ...process.env, FORCE_COLOR: '0' };
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** Runs one command; alone, its output streams; beside others, it is kept and printed at the end. */
function run([name, command], alone) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n▶ ${name}: ${command}`);
    const child = spawn(command, { shell: true, env, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const ok = status === 0;
      if (!alone) {
        console.log(`\n── ${name} ──`);
        process.stdout.write(Buffer.concat(output));
      }
      console.log(ok ? `✔ ${name} (${seconds(t0)} s)` : `\n✖ ${name} failed (${seconds(t0)} s)`);
      resolve(ok);
    });
  });
}

/** A step: one command, or commands in order that stop at the first failure. */
async function runStep(step, alone) {
  if (typeof step[0] === 'string') return run(step, alone);
  for (const command of step) if (!(await run(command, alone))) return false;
  return true;
}

/** The steps of a stage, `JOBS` at a time; true when all pass. */
async function runStage(steps) {
  const alone = steps.length === 1 || JOBS === 1;
  const queue = [...steps];
  let ok = true;
  const worker = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) ok = (await runStep(step, alone)) && ok;
  };
  await Promise.all(Array.from({ length: Math.min(JOBS, steps.length) }, worker));
  return ok;
}

const started = Date.now();
console.log(`npm test: ${stages.length} stages, up to ${JOBS} steps at a time.`);
for (const stage of stages) {
  if (!(await runStage(stage))) {
    console.error(`\nnpm test failed after ${seconds(started)} s.`);
    process.exit(1);
  }
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
