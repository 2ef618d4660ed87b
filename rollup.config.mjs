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
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The locale modules written by `lit-localize build` take the `str` tag from
 * `@lit/localize`, whose index brings its page-wide runtime along, which the
 * elements do not use (src/internal/localize.ts has a `str` of its own): they
 * get ours, the same tag.
 */
const localeStr = {
  name: 'locale-str',
  resolveId(source, importer) {
    if (source === '@lit/localize' && importer && /[/\\]generated[/\\](studio-)?locales[/\\]/.test(importer)) {
      return fileURLToPath(new URL('../../internal/localize.js', pathToFileURL(importer)));
    }
    return null;
  },
};

const plugins = () => [
  localeStr,
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

/**
 * The autoloader's shared chunks, by the modules each element imports statically:
 * - `shared`: what `<speaker-card>`, the smallest element, needs (Lit, the base
 *   element, languages, URLs…): every page loads it;
 * - `common`: the rest of what the agenda shares with the timer or the list
 *   (time zones, the shared fetch…), so that those pages load one file more,
 *   not several small ones;
 * the rest is rollup's own choice, by the entries that need each module.
 */
function sharedChunks() {
  let groups;
  const reach = (getModuleInfo, tag, ...parts) => {
    const seen = new Set();
    const visit = (id) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
    };
    for (const imported of getModuleInfo(resolve(`dist/define/${tag}.js`))?.importedIds ?? []) visit(imported);
    for (const part of parts) visit(resolve(part));
    return seen;
  };
  return (id, { getModuleInfo }) => {
    if (!groups) {
      const [card, timer, list] = ['speaker-card', 'session-timer', 'speaker-list'].map((tag) => reach(getModuleInfo, tag));
      // The agenda's speaker dialog is loaded on first opening, but what it shares with the list (the
      // choice of the inner card's tag) stays in `common`, which both pages load anyway.
      const agenda = reach(getModuleInfo, 'seminar-agenda', 'dist/components/seminar-agenda/speaker-dialog.js');
      groups = { card, agenda, others: new Set([...timer, ...list]) };
    }
    // The elements' own folders stay in their element files.
    if (/[/\\]components[/\\](speaker-card|seminar-agenda|session-timer|speaker-list)[/\\]/.test(id)) return undefined;
    if (groups.card.has(id)) return 'shared';
    if (groups.agenda.has(id) && groups.others.has(id)) return 'common';
    return undefined;
  };
}

/**
 * Writes into the autoloader, per tag, every chunk the element's file imports
 * (directly or not), and under `programme` the programme code's chunk and
 * its imports: the autoloader asks for them all at once, with the element's
 * file (the programme code with a `src`), instead of one level of imports
 * after another.
 */
const autoloaderDependencies = {
  name: 'autoloader-dependencies',
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const loader = chunks.find((chunk) => chunk.isEntry && chunk.name === 'autoloader');
    const machinery = chunks.find((chunk) => chunk.moduleIds.some((id) => /[/\\]internal[/\\]programme-machinery\.js$/.test(id)));
    if (!loader || !machinery) throw new Error('autoloader-dependencies: the autoloader or the programme code is missing from the build');
    const closure = (fileName, into) => {
      if (into.has(fileName) || fileName === loader.fileName) return into;
      into.add(fileName);
      for (const imported of bundle[fileName]?.imports ?? []) closure(imported, into);
      return into;
    };
    // Per key, the files' names from cdn/chunks/, without `.js`, in one string: the fewest bytes.
    const names = (files) => [...files].sort().map((file) => posix.relative('chunks', file).replace(/\.js$/, '')).join(' ');
    const dependencies = {};
    for (const tag of TAGS) {
      const element = chunks.find((chunk) => chunk.isEntry && chunk.name === tag);
      const files = closure(element.fileName, new Set());
      files.delete(element.fileName);
      dependencies[tag] = names(files);
    }
    dependencies.programme = names(closure(machinery.fileName, new Set()));
    const marker = /JSON\.parse\((["'])\{\}\1\)/g;
    if ((loader.code.match(marker) ?? []).length !== 1) throw new Error('autoloader-dependencies: the marker of the dependencies is not in the autoloader once');
    loader.code = loader.code.replace(marker, () => JSON.stringify(dependencies));
  },
};

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
        return `chunks/${has('/model/validate.') ? 'programme' : name}-[hash].js`;
      },
      // Code shared by some of the elements only, when small, goes into a larger shared chunk:
      // fewer requests, and each file compresses better.
      manualChunks: sharedChunks(),
      experimentalMinChunkSize: 2_000,
      sourcemap: false,
    },
    plugins: [...plugins(), autoloaderDependencies],
  },
  // The studio (docs/studio.md): a page of its own, with its own copy of Lit,
  // the elements it previews and the whole model; nothing of it is in the CDN
  // files above. cdn/studio/ is the static site `npx seminar-widgets studio` serves.
  {
    input: { studio: 'dist/studio/main.js' },
    output: { dir: 'cdn/studio', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: false },
    plugins: [
      ...plugins(),
      {
        name: 'studio-page',
        generateBundle() {
          this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync('src/studio/index.html', 'utf8') });
          this.emitFile({ type: 'asset', fileName: 'example.json', source: readFileSync('examples/digital-era-seminar.json', 'utf8') });
        },
      },
    ],
  },
];
