// Checks that `npm test` runs and that could not be expressed as a tool's flag:
//   locales   every msg() string is extracted into locales/*.xlf, and every one has a target
//   manifest  custom-elements.json is what the analyzer makes of the sources now
//   sizes     gzip size of each entry point is within its budget
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzip budgets (bytes, gzip -9). For npm entry points the size is what a
 * bundler would ship for that import alone: the entry and everything it pulls
 * in (Lit included), minified, with lazily loaded locale chunks excluded.
 */
export const BUDGETS = {
  'cdn/seminar-widgets.js': 40_000,
  'dist/index.js': 37_000,
  'dist/classes.js': 36_000,
  'dist/model.js': 13_500,
  'dist/define/seminar-agenda.js': 34_000,
  'dist/define/session-timer.js': 26_500,
  'dist/define/speaker-card.js': 24_000,
  'dist/define/speaker-list.js': 26_000,
};

const fail = (message) => {
  console.error(message);
  process.exitCode = 1;
};

function readLocales() {
  return Object.fromEntries(
    readdirSync('locales')
      .filter((f) => f.endsWith('.xlf'))
      .map((f) => [f, readFileSync(join('locales', f), 'utf8')]),
  );
}

function checkLocales() {
  const before = readLocales();
  execSync('npx lit-localize extract', { stdio: 'pipe' });
  const after = readLocales();
  const stale = Object.keys(after).filter((f) => before[f] !== after[f]);
  if (stale.length) {
    fail(`locales: ${stale.join(', ')} did not hold every string of the sources; they are now extracted — translate the new units and commit.`);
  }
  for (const [file, xml] of Object.entries(after)) {
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)"[\s\S]*?<\/trans-unit>/g)];
    const missing = units.filter(([unit]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)).map(([, id]) => id);
    if (missing.length) fail(`locales: ${file} has ${missing.length} untranslated unit(s): ${missing.join(', ')}`);
    else console.log(`locales: ${file}: ${units.length} units, all translated`);
  }
}

function checkManifest() {
  // The analyzer resolves --outdir against the working directory: keep it inside the project.
  const dir = mkdtempSync('.cem-check-');
  try {
    execSync(
      `npx cem analyze --litelement --globs "src/**/*.ts" --exclude "src/generated/**" --exclude "src/**/*.test.ts" --outdir "${dir}"`,
      { stdio: 'pipe' },
    );
    const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
    const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
    if (fresh !== committed) {
      writeFileSync('custom-elements.json', fresh);
      fail('manifest: custom-elements.json was stale (now regenerated): commit it.');
    } else {
      console.log('manifest: custom-elements.json is fresh');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Minified code a bundler would ship up front for `entry`: every chunk but the lazily loaded ones. */
async function bundled(entry) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ exportConditions: ['production'] })], onwarn() {} });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  await bundle.close();
  return output
    .filter((chunk) => chunk.type === 'chunk' && !(chunk.isDynamicEntry && !chunk.isEntry))
    .map((chunk) => chunk.code)
    .join('\n');
}

async function checkSizes() {
  const rows = [];
  for (const [file, budget] of Object.entries(BUDGETS)) {
    if (!existsSync(file)) {
      fail(`sizes: ${file} is missing (run the build)`);
      continue;
    }
    const code = file.startsWith('cdn/') ? readFileSync(file) : await bundled(file);
    const size = gzipSync(code, { level: 9 }).length;
    rows.push({ file, 'gzip bytes': size, budget, ok: size <= budget ? 'yes' : 'OVER' });
    if (size > budget) fail(`sizes: ${file} is ${size} B gzip, over its ${budget} B budget`);
  }
  console.table(rows);
}

const checks = { locales: checkLocales, manifest: checkManifest, sizes: checkSizes };
const which = process.argv.slice(2);
for (const name of which.length ? which : Object.keys(checks)) {
  if (!checks[name]) {
    fail(`unknown check ${name}`);
    continue;
  }
  await checks[name]();
}
