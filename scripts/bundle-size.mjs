// What a page downloads up front, for the size budgets (scripts/check.mjs) and
// the size table of the benchmark (bench/bench.mjs). No side effects on import.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The code of the entry chunks and of every chunk they import statically (lazy `import()` chunks excluded). */
export function upFront(chunks) {
  const byName = new Map(chunks.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of byName.values()) if (chunk.isEntry) visit(chunk);
  return [...seen].map((chunk) => chunk.code).join('\n');
}

/**
 * Minified code an app's production build ships up front for the npm entry
 * `entry` (a file of dist/): Vite's build (the bundler most sites use, with
 * its default minifier), Lit's production build, React and Vue left out as
 * the host's. Vite rather than rollup + terser: the same measure of what a
 * site ships, a tenth of the time.
 */
export async function bundled(entry) {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: entry,
        preserveEntrySignatures: 'exports-only',
        external: (id) => /^(react|react-dom|vue)(\/|$)/.test(id),
      },
    },
  });
  return upFront((Array.isArray(result) ? result[0] : result).output);
}

/** The relative specifiers a built CDN file imports statically (`import … from "./x.js"`, `import "../y.js"`). */
function staticImports(code) {
  return [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[^();"']*?from\s*)?["'](\.\.?\/[^"']+)["']/g)].map((m) => m[1]);
}

/** A built CDN file and every file it imports statically, transitively (the lazy `import()` ones excluded). */
export function cdnFiles(file, seen = new Set()) {
  const path = normalize(file);
  if (seen.has(path)) return [...seen];
  seen.add(path);
  for (const specifier of staticImports(readFileSync(path, 'utf8'))) cdnFiles(join(dirname(path), specifier), seen);
  return [...seen];
}

/** A built CDN file with the chunks it imports statically, as one text (the lazy `import()` ones excluded). */
export function cdnUpFront(file) {
  return cdnFiles(file).map((f) => readFileSync(f, 'utf8')).join('\n');
}

/**
 * What a page downloads up front when it loads `entries` (CDN files: the
 * autoloader and the elements it will load for the page's tags): every file
 * once, each gzipped on its own as a server sends it.
 */
export function pageWeight(entries) {
  const seen = new Set();
  for (const entry of entries) cdnFiles(entry, seen);
  const files = [...seen].map((file) => ({ file, gzip: gzipSync(readFileSync(file), { level: 9 }).length }));
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** The CDN pages the budgets (scripts/check.mjs) and the benchmark speak of: the autoloader and the elements it loads for the page's tags. */
const TAGS = ['seminar-agenda', 'session-timer', 'speaker-card', 'speaker-list'];
const withLoader = (...tags) => ['cdn/autoloader.js', ...tags.map((tag) => `cdn/elements/${tag}.js`)];
export const CDN_PAGES = {
  card: { page: "one `<speaker-card>` given by attributes (a partner's blog)", files: withLoader('speaker-card') },
  agenda: { page: 'only `<seminar-agenda>`, before the programme', files: withLoader('seminar-agenda') },
  timer: { page: 'only `<session-timer>`', files: withLoader('session-timer') },
  list: { page: 'only `<speaker-list>`', files: withLoader('speaker-list') },
  all: { page: 'all four elements', files: withLoader(...TAGS) },
  allInOne: { page: 'the all-in-one file', files: ['cdn/seminar-widgets.js'] },
};
