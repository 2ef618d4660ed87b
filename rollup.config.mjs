// The CDN files, built from tsc's output in dist/ (run `tsc -p tsconfig.build.json` first):
//
// cdn/autoloader.js         one script tag for a site: it loads each element's code when its
//                           tag appears (cdn/elements/<tag>.js, which also work on their own),
//                           and Lit and the code the elements share once, from cdn/chunks/.
// cdn/seminar-widgets.js    the all-in-one file: Lit and every element in one minified module.
//
// In both, what only some pages need — the strings of each language other than English, the
// importers of other tools' formats, the iCalendar writer, and (for the autoloader) the
// programme validation a card given by attributes alone never uses — is in small chunks in
// cdn/chunks/, fetched by the browser only when a page uses them. The two builds write their
// chunks to the same folder; a chunk the same in both has the same name (a content hash).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/** The tags, each with its registration module in dist/define/. */
export const TAGS = ['seminar-agenda', 'session-timer', 'speaker-card', 'speaker-list'];

export default [
  {
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
    plugins: plugins(),
  },
  {
    input: {
      autoloader: 'dist/autoloader.js',
      ...Object.fromEntries(TAGS.map((tag) => [tag, `dist/define/${tag}.js`])),
    },
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'cdn',
      format: 'es',
      entryFileNames: (chunk) => (chunk.name === 'autoloader' ? '[name].js' : 'elements/[name].js'),
      // Named by what they hold: `shared-*` (Lit, languages, what every element uses), `programme-*`
      // (loading and validating a programme), the others after their first module.
      chunkFileNames: ({ name, moduleIds }) => {
        const has = (path) => moduleIds.some((id) => id.includes(path));
        return `chunks/${has('/lit-html/') ? 'shared' : has('/model/validate.') ? 'programme' : name}-[hash].js`;
      },
      // Code shared by some of the elements only, when small, goes into a larger shared chunk:
      // fewer requests, and each file compresses better.
      experimentalMinChunkSize: 2_000,
      sourcemap: false,
    },
    plugins: plugins(),
  },
];
