// The CDN bundle: one minified ES module with Lit inside that registers every
// element, for `<script type="module" src=".../cdn/seminar-widgets.js">`.
// What only some pages need — the strings of each language other than
// English, and the importers of other tools' formats — stays in small chunks
// beside it (cdn/chunks/), fetched by the browser only when a page uses them.
// Built from tsc's output in dist/ (run `tsc -p tsconfig.build.json` first).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const cdn = {
  input: { 'seminar-widgets': 'dist/index.js' },
  // Keep Lit and the elements in the entry file itself; only lazy chunks go beside it.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

// The studio (docs/studio.md): a page of its own, with its own copy of Lit,
// the elements it previews and the whole model; nothing of it is in the CDN
// file above. cdn/studio/ is the static site `npx seminar-widgets studio` serves.
const studio = {
  input: { studio: 'dist/studio/main.js' },
  output: { dir: 'cdn/studio', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    {
      name: 'studio-page',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync('src/studio/index.html', 'utf8') });
        this.emitFile({ type: 'asset', fileName: 'example.json', source: readFileSync('examples/digital-era-seminar.json', 'utf8') });
      },
    },
  ],
};

export default [cdn, studio];
