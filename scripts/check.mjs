// Checks that `npm test` runs and that could not be expressed as a tool's flag:
//   locales   every msg() string is extracted into locales/*.xlf, and every one has a target
//   manifest  custom-elements.json is what the analyzer makes of the sources now
//   sizes     gzip size of each entry point is within its budget
//   generated custom-elements.json and everything generated from it (framework
//             types, React wrappers, editor data, docs/elements.md) match the sources
//   pack      `npm pack` ships what a consumer needs and nothing else
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundled, cdnUpFront, CDN_PAGES, pageWeight } from './bundle-size.mjs';

/**
 * Gzip budgets (bytes, gzip -9). For npm entry points the size is what a
 * bundler would ship for that import alone: the entry and everything it pulls
 * in (Lit included), minified, with lazily loaded locale chunks excluded.
 */
export const BUDGETS = {
  // Ceilings at today's sizes (+ ~3%): a ratchet against growth, not the goal.
  // The goal is 25 KB for the CDN file; the validator's checks and Lit (~6 KB)
  // are the largest parts. The validator's English messages are not in the
  // elements (test/node/bundle-messages.test.mjs), only in dist/model.js.
  // The CDN file: Lit and every element. The strings of fr, de, es and it
  // (~3.4 KB gzip each), the importers and the iCalendar writer are lazy chunks
  // beside it (cdn/chunks/).
  // Issue 13's work, +2.2 KB on the CDN file: the grid view of many rooms
  // (room lanes, a time column and a room row kept in view, the room chooser:
  // ~1.1 KB), the error states for visitors and editors with one announcement
  // per source (~0.5 KB), the timer's "which one", the skip link, the empty
  // "my agenda" and the family-name sort (~0.6 KB).
  // The colour-scheme detection and the design tokens (DSFR's properties
  // adopted, the neutral palette, type and spacing scales; internal/scheme.ts
  // and internal/styles.ts) cost ~1.7 KB; the build's CSS minification
  // (scripts/minify-css.mjs) took ~0.9 KB back: +0.8 KB net. The design pass
  // (one time column for the whole agenda, narrow layouts, the one-surface
  // dialog, the compact timer's phrases): +0.6 KB.
  // Then every element came to load the programme machinery (loading,
  // validation, the error view) on first use, beside its programme (issue 18):
  // -5.3 KB up front. The all-in-one file's ceiling only ever goes down.
  'cdn/seminar-widgets.js': 38_900,
  'dist/index.js': 39_000,
  'dist/classes.js': 38_500,
  // The whole model: validation with its English messages, normalisation,
  // iCalendar, JSON-LD and the importers. It grew by ~1 KB when the messages
  // moved out of the validator (so that the elements do not carry them) and
  // the render caches came in. Speakers' sortName (validation, Sessionize's
  // last names) added ~50 B.
  'dist/model.js': 28_400,
  // Each element alone carries the scheme detection and tokens too (+~1 KB).
  // The programme machinery is a lazy chunk of each (not counted); the
  // agenda's speaker card too.
  'dist/define/seminar-agenda.js': 26_800,
  'dist/define/session-timer.js': 20_600,
  'dist/define/speaker-card.js': 14_300,
  'dist/define/speaker-list.js': 15_800,
};

/**
 * What a page downloads up front with the CDN autoloader (cdn/autoloader.js
 * and the elements it loads for the page's tags, with every chunk they import
 * statically): each file once, gzip -9 on its own, as a server sends it.
 * The agenda's is the project's goal (34 KB before the programme). The card's
 * goal is 14 KB (14,336 B): it was met (13.6 KB) until the colour-scheme
 * detection and design tokens, shared by every element, came (+1.7 KB); its
 * ceiling is a ratchet on the way back to the goal, as are the others.
 */
export const PAGE_BUDGETS = {
  card: 15_900,
  agenda: 34 * 1024,
  timer: 24_600,
  list: 18_300,
  all: 44_800,
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

async function checkSizes() {
  const rows = [];
  for (const [file, budget] of Object.entries(BUDGETS)) {
    if (!existsSync(file)) {
      fail(`sizes: ${file} is missing (run the build)`);
      continue;
    }
    const code = file.startsWith('cdn/') ? cdnUpFront(file) : await bundled(file);
    const size = gzipSync(code, { level: 9 }).length;
    rows.push({ file, 'gzip bytes': size, budget, ok: size <= budget ? 'yes' : 'OVER' });
    if (size > budget) fail(`sizes: ${file} is ${size} B gzip, over its ${budget} B budget`);
  }
  console.table(rows);
  const pages = [];
  for (const [name, budget] of Object.entries(PAGE_BUDGETS)) {
    const { page, files } = CDN_PAGES[name];
    const missing = files.filter((file) => !existsSync(file));
    if (missing.length) {
      fail(`sizes: ${missing.join(', ')} missing (run the build)`);
      continue;
    }
    const { gzip, files: fetched } = pageWeight(files);
    pages.push({ 'a page with': page, files: fetched.length, 'gzip bytes': gzip, budget, ok: gzip <= budget ? 'yes' : 'OVER' });
    if (gzip > budget) fail(`sizes: a page with ${page} downloads ${gzip} B gzip, over its ${budget} B budget (${fetched.map((f) => `${f.file} ${f.gzip} B`).join(', ')})`);
  }
  console.table(pages);
}

/**
 * The manifest and the files generated from it, against the sources: analyze
 * into a temporary directory with the project's own `npm run analyze` command,
 * then regenerate from that manifest with --check. Runs before the build in
 * `npm test` (the build regenerates them all, which would hide a stale commit).
 */
function checkGenerated() {
  const dir = mkdtempSync('.cem-check-');
  const again = mkdtempSync('.cem-check-');
  try {
    const analyze = JSON.parse(readFileSync('package.json', 'utf8')).scripts.analyze.replace(/^cem /, 'npx cem ');
    execSync(`${analyze} --outdir "${dir}"`, { stdio: 'pipe' });
    const manifest = join(dir, 'custom-elements.json');
    const fresh = readFileSync(manifest, 'utf8');
    // Deterministic: a second run over the same sources writes the same bytes.
    execSync(`${analyze} --outdir "${again}"`, { stdio: 'pipe' });
    if (readFileSync(join(again, 'custom-elements.json'), 'utf8') !== fresh) {
      fail('generated: two runs of the analyzer over the same sources wrote different manifests.');
    }
    if (fresh !== (existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '')) {
      writeFileSync('custom-elements.json', fresh);
      fail('generated: custom-elements.json was stale (now regenerated): commit it.');
    } else {
      console.log('generated: custom-elements.json is fresh');
    }
    try {
      execSync(`node scripts/generate.mjs --check --manifest "${manifest}"`, { stdio: 'inherit' });
    } catch {
      fail('generated: files generated from the manifest were stale or the manifest has gaps (see above).');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(again, { recursive: true, force: true });
  }
}

/** What `npm pack` puts in the tarball (run after the build). */
export const PACK = {
  /** Paths that must ship (a trailing `/` means: at least one file under it). */
  required: [
    'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md',
    'dist/index.js', 'dist/index.d.ts', 'dist/model.js', 'dist/classes.js', 'dist/define/',
    'dist/react/index.js', 'dist/react/index.d.ts',
    'dist/frameworks/react-jsx.d.ts', 'dist/frameworks/vue.d.ts',
    'cdn/seminar-widgets.js',
    'schema/programme.schema.json',
    'custom-elements.json',
    'editor/vscode.html-custom-data.json', 'editor/vscode.css-custom-data.json', 'editor/web-types.json',
    'docs/elements.md', 'docs/programme-format.md',
  ],
  /** Nothing of the sources, tests, stories, tooling or build leftovers. */
  forbidden: [
    [/^(src|test|tests|stories|\.storybook|scripts|examples|bench|locales|coverage|storybook-static|node_modules|tmp|\.ci|\.tasks|\.cem-[^/]*)\//, 'sources, tests, stories, tooling'],
    [/(^|\/)(__)?fixtures?(__)?\//, 'test fixtures'],
    [/\.(test|spec|stories)\.[cm]?[jt]sx?$/, 'tests and stories'],
    [/(?<!\.d)\.[cm]?tsx?$/, 'TypeScript sources (only .d.ts ship)'],
    [/\.map$/, 'source maps'],
    [/\.(tgz|log|xlf|mdx|vue)$/, 'archives, logs, translation sources, story pages'],
    [/(^|\/)(tsconfig[^/]*\.json|\.[^/]+rc[^/]*|eslint\.config\.js|rollup\.config\.mjs|web-test-runner\.config\.mjs|custom-elements-manifest\.config\.mjs|lit-localize\.json)$/, 'build configuration'],
  ],
  /** An upper bound on the unpacked size, so a stray directory is noticed. */
  maxUnpackedBytes: 3_000_000,
};

function checkPack() {
  const [result] = JSON.parse(execSync('npm pack --dry-run --json --ignore-scripts', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const files = result.files.map((f) => f.path);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  // Every file package.json points at ships too.
  const pointed = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']];
  pointed.push(...(typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {})));
  for (const target of Object.values(pkg.exports ?? {})) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) pointed.push(path);
  }
  const required = [...PACK.required, ...pointed.filter((p) => p && !p.includes('*')).map((p) => p.replace(/^\.\//, ''))];
  const missing = [...new Set(required)].filter((p) => (p.endsWith('/') ? !files.some((f) => f.startsWith(p)) : !files.includes(p)));
  for (const p of missing) fail(`pack: ${p} does not ship`);
  for (const file of files) {
    const rule = PACK.forbidden.find(([re]) => re.test(file));
    if (rule) fail(`pack: ${file} ships but must not (${rule[1]})`);
  }
  if (result.unpackedSize > PACK.maxUnpackedBytes) fail(`pack: ${result.unpackedSize} B unpacked, over ${PACK.maxUnpackedBytes} B`);
  console.log(`pack: ${files.length} files, ${result.size} B packed, ${result.unpackedSize} B unpacked; ${missing.length} missing`);
}

const checks = { locales: checkLocales, manifest: checkManifest, sizes: checkSizes, generated: checkGenerated, pack: checkPack };
const which = process.argv.slice(2);
for (const name of which.length ? which : Object.keys(checks)) {
  if (!checks[name]) {
    fail(`unknown check ${name}`);
    continue;
  }
  await checks[name]();
}
