// Checks that `npm test` runs and that could not be expressed as a tool's flag:
//   manifest  custom-elements.json is what the analyzer makes of the sources now
//   sizes     the npm entries, bundled as a bundler ships them, are within their
//             budgets (.size-limit.mjs); no language chunk carries the studio's strings
//   generated custom-elements.json and everything generated from it (framework
//             types, React wrappers, editor data, docs/elements.md, docs/api.md) match the sources
//   pack      `npm pack` ships what a consumer needs and nothing else
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundled } from './bundle-size.mjs';

const fail = (message) => {
  console.error(message);
  process.exitCode = 1;
};

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

/**
 * The budgets size-limit cannot check (the CDN pages, the all-in-one file and
 * the language chunks are its, see .size-limit.mjs, where every budget lives):
 * - the npm entries, as an app's production build ships them: Vite's build
 *   (scripts/bundle-size.mjs), the production build of Lit, what the entry
 *   loads up front gzipped at once. size-limit's own bundling plugins use
 *   esbuild or webpack, not the bundler most sites use, and its file plugin
 *   cannot follow imports;
 * - no language chunk carries one of the studio's strings (not a size at all).
 */
async function checkSizes() {
  // Imported here: the module lists the built CDN files, which exist only after the build.
  const { NPM_ENTRY_BUDGETS } = await import('../.size-limit.mjs');
  const rows = [];
  for (const [file, budget] of Object.entries(NPM_ENTRY_BUDGETS)) {
    if (!existsSync(file)) {
      fail(`sizes: ${file} is missing (run the build)`);
      continue;
    }
    const size = gzipSync(await bundled(file), { level: 9 }).length;
    rows.push({ file, 'gzip bytes': size, budget, ok: size <= budget ? 'yes' : 'OVER' });
    if (size > budget) fail(`sizes: ${file} is ${size} B gzip, over its ${budget} B budget (.size-limit.mjs)`);
  }
  console.table(rows);
  const languages = [];
  for (const lang of readdirSync('locales').filter((f) => f.endsWith('.xlf')).map((f) => f.replace(/\.xlf$/, ''))) {
    const studioIds = [...readFileSync(join('locales', 'studio', `${lang}.xlf`), 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
    const chunks = readdirSync(join('cdn', 'chunks')).filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.js'));
    if (!chunks.length) fail(`sizes: no cdn/chunks/${lang}-*.js (run the build)`);
    for (const file of chunks) {
      const code = readFileSync(join('cdn', 'chunks', file), 'utf8');
      const studio = studioIds.filter((id) => code.includes(id));
      languages.push({ 'language chunk': file, 'studio strings': studio.length, ok: studio.length ? 'NO' : 'yes' });
      if (studio.length) fail(`sizes: cdn/chunks/${file} carries ${studio.length} of the studio's strings (${studio.slice(0, 3).join(', ')}…): they belong in locales/studio/`);
    }
  }
  console.table(languages);
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
    'docs/elements.md', 'docs/api.md', 'docs/programme-format.md',
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
  /**
   * An upper bound on the unpacked size, so a stray directory is noticed. The
   * studio's page (cdn/studio/: its own Lit, the four elements it previews,
   * its forms, the model and the importers, the strings and the example) is
   * ~0.55 MB of it.
   */
  maxUnpackedBytes: 3_650_000,
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

const checks = { manifest: checkManifest, sizes: checkSizes, generated: checkGenerated, pack: checkPack };
const which = process.argv.slice(2);
for (const name of which.length ? which : Object.keys(checks)) {
  if (!checks[name]) {
    fail(`unknown check ${name}`);
    continue;
  }
  await checks[name]();
}
