// The CDN bundle: one minified ES module with Lit inside that registers every
// element, for `<script type="module" src=".../cdn/seminar-widgets.js">`.
// Built from tsc's output in dist/ (run `tsc -p tsconfig.build.json` first).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: {
    file: 'cdn/seminar-widgets.js',
    format: 'es',
    // Locale modules are small: inline them so the CDN file stays one file.
    inlineDynamicImports: true,
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
