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
import { bundled, cdnUpFront } from './bundle-size.mjs';

/**
 * Gzip budgets (bytes, gzip -9). For npm entry points the size is what a
 * bundler would ship for that import alone: the entry and everything it pulls
 * in (Lit included), minified, with lazily loaded locale chunks excluded.
 */
export const BUDGETS = {
  // Hostile input, round two (docs/security.md, "Limits") added ~2 KB gzip to
  // every element: the update that never throws into the page and the styles
  // given again in another document (the base class, ~0.7 KB), copies of
  // script-given programmes that stay linear on shared parts, times checked
  // against the years 0001–9999, a src read chunk by chunk to its limit, and
  // for the timer a tick that no longer builds Intl objects or re-sorts.
  // Ceilings at today's sizes (+ ~3%): a ratchet against growth, not the goal.
  // The goal is 25 KB for the CDN file; the validator's checks and Lit (~6 KB)
  // are the largest parts. The validator's English messages are not in the
  // elements (test/node/bundle-messages.test.mjs), only in dist/model.js.
  // The CDN file: Lit and every element. The strings of fr, de, es and it
  // (~3.4 KB gzip each), the importers and the iCalendar writer are lazy chunks
  // beside it (cdn/chunks/).
  // Server rendering's hydration: +~0.4 KB.
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
  // RGAA 4.1 (focus that never falls to <body>, names that tell same-title items
  // apart, the language of programme text, "Jump to now" that says what hides
  // the current item; ~1.4 KB, 0.2 KB to the card and the list alone), the
  // timer's "Hide seconds" (13.8; 0.8 KB to the timer alone): +1.9 KB.
    // Item status and link kinds (badges, featured livestream and recording
  // links, a cancelled timer) added ~0.4 KB. Following a live programme added
  // ~2.7 KB: the poll's orchestration and the shared reading of each text in
  // the programme controller (~1 KB), keyed item updates in the agenda (Lit's
  // `repeat`, ~0.8 KB), change marks and the announcement (~0.5 KB), the
  // timer's new-time announcement and the `live` properties. The polls
  // themselves, the programme comparison and the marks' bookkeeping are lazy
  // chunks (~1.9 KB), loaded only by pages that follow a programme. The
  // "add to calendar" menus and the subscribe links: ~0.8 KB (the links are
  // built by the lazy calendar chunk).
  'cdn/seminar-widgets.js': 54_300,
  'dist/index.js': 54_400,
  'dist/classes.js': 53_400,
  // The whole model: validation with its English messages, normalisation,
  // iCalendar, JSON-LD and the importers. It grew by ~1 KB when the messages
  // moved out of the validator (so that the elements do not carry them) and
  // the render caches came in. Speakers' sortName (validation, Sessionize's
  // last names) added ~50 B.
  // Each element alone carries the scheme detection and tokens too (+~1 KB),
  // and its share of the RGAA work above.
  // Statuses and link kinds read by the importers (states, title markers,
  // link labels in five languages) added ~0.6 KB; diffProgrammes (what
  // changed between two versions) ~0.6 KB; calendar links and the update of a
  // published calendar (SEQUENCE from the previous file) ~1 KB.
  'dist/model.js': 65_200,
  // Each element alone carries the scheme detection and tokens too (+~1 KB),
  // and the live programme (+~1.5 KB; the agenda +~3 KB with the calendar menus).
  'dist/define/seminar-agenda.js': 45_800,
  'dist/define/session-timer.js': 34_200,
  'dist/define/speaker-card.js': 30_400,
  'dist/define/speaker-list.js': 31_700,
  // Hydrating a server rendering (internal/hydration.ts, and the record each
  // element takes its first state from) costs each element entry ~0.5 KB;
  // the reader of normalised copies is loaded on first use.
  // One React wrapper alone: its element, Lit and @lit/react (React is the host's).
  // Through react.js, a page using only SpeakerCard ships the same (41.7 KB before
  // the wrappers had a module each).
  'dist/react/speaker-card.js': 31_000,
  // last names) added ~50 B. It grew by ~16 KB with the importers of
  // spreadsheets (~6 KB: delimited text, headers in five languages, dates and
  // times as typed), iCalendar (~6.5 KB: VTIMEZONE rules, RRULE) and pretalx
  // widget JSON (~2 KB); pages load each as its own lazy chunk, and bundlers
  // drop the ones a page does not import.
  // Each element alone carries the scheme detection and tokens too (+~1 KB).
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
    'dist/index.js', 'dist/index.d.ts', 'dist/model.js', 'dist/classes.js', 'dist/define/', 'dist/ssr.js', 'dist/events/index.js',
    'dist/react/index.js', 'dist/react/index.d.ts', 'dist/react/speaker-card.js',
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
