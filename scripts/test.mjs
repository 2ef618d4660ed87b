// `npm test`: the whole gate, step by step; stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['locale strings extracted and translated', 'node scripts/check.mjs locales'],
  ['locale modules', 'npx lit-localize build'],
  ['type-check', 'npx tsc -p tsconfig.json --noEmit'],
  ['lint', 'npx eslint .'],
  ['build (tsc + CDN bundle)', 'npm run build --silent'],
  ['manifest is fresh', 'node scripts/check.mjs manifest'],
  ['size budgets', 'node scripts/check.mjs sizes'],
  ['model tests in Node (no DOM)', 'npm run test:node --silent'],
  ['browser tests', 'npx web-test-runner --coverage'],
  ['Storybook builds', 'npm run build-storybook --silent'],
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
