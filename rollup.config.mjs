// The CDN bundle: one minified ES module with Lit inside that registers every
// element, for `<script type="module" src=".../cdn/seminar-widgets.js">`.
// What only some pages need — the strings of each language other than
// English, and the importers of other tools' formats — stays in small chunks
// beside it (cdn/chunks/), fetched by the browser only when a page uses them.
// Built from tsc's output in dist/ (run `tsc -p tsconfig.build.json` first).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
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
