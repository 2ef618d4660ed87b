// What a page downloads up front, for the size budgets (scripts/check.mjs) and
// the size table of the benchmark (bench/bench.mjs). No side effects on import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
 * Minified code a bundler would ship up front for the npm entry `entry`
 * (a file of dist/): everything it pulls in, Lit included, with the
 * production build of Lit; React and Vue are left out as the host's.
 */
export async function bundled(entry) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const bundle = await rollup({
    input: entry,
    external: (id) => /^(react|react-dom|vue)(\/|$)/.test(id),
    plugins: [nodeResolve({ exportConditions: ['production'] })],
    onwarn() {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  await bundle.close();
  return upFront(output);
}

/** A built CDN file with the chunks it imports statically (the lazy `import()` ones excluded). */
export function cdnUpFront(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const statics = [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[^();"']*?from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => m[1]);
  return [code, ...statics.map((s) => cdnUpFront(join(dir, s), seen))].join('\n');
}
