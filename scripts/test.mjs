// `npm test`: the whole gate, step by step; stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['locale strings extracted and translated', 'node scripts/check.mjs locales'],
  ['locale modules', 'npx lit-localize build'],
  // Before the build, which regenerates them all: a stale commit must show here.
  ['manifest and files generated from it are fresh', 'node scripts/check.mjs generated'],
  ['type-check', 'npx tsc -p tsconfig.json --noEmit'],
  // The model's own compile, without DOM or Node types: the model stays DOM-free by construction.
  ['model compiles without DOM or Node types', 'npx tsc -p tsconfig.model.json --noEmit'],
  ['lint', 'npx eslint .'],
  ['build (tsc + CDN bundle)', 'npm run build --silent'],
  ['size budgets', 'node scripts/check.mjs sizes'],
  ['type tests: React 19 JSX, React 18 wrappers, Vue props', 'npx tsc -p tsconfig.types.json'],
  ['type tests that must not compile', 'node scripts/check-type-errors.mjs'],
  ['type tests: Vue template (vue-tsc)', 'npx vue-tsc -p test/types/vue/tsconfig.json --noEmit'],
  ['package lint (publint)', 'npx publint --strict'],
  ['package types (arethetypeswrong)', 'npx attw --pack . --profile esm-only'],
  ['package contents (npm pack)', 'node scripts/check.mjs pack'],
  ['model tests in Node (no DOM)', 'npm run test:node --silent'],
  ['browser tests', 'npx web-test-runner --coverage'],
  ['Storybook builds', 'npm run build-storybook --silent'],
  ['every story, every language: renders, plays, no axe violation', 'node scripts/storybook-a11y.mjs'],
];

const started = Date.now();
for (const [name, command] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (${seconds} s)`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
