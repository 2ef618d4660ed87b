/**
 * React 19 in the browser tests (test/browser/frameworks/), as a bundler would
 * give it to an app. React ships CommonJS only, which the test server cannot
 * serve as modules: the bare imports `react`, `react-dom`, `react-dom/client`
 * and `react-dom/server` are answered by small modules that re-export one
 * esbuild bundle of all four (one copy of React, as in an app).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const ROOT = new URL('../..', import.meta.url).pathname;
const BASE = '/__react-for-tests/';
const MODULES = {
  react: 'react',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom/client',
  // The server renderer for the browser (what `react-dom/server` is in a browser build).
  'react-dom/server': 'react-dom/server.browser',
};
const file = (name) => `${BASE}${name.replace('/', '-')}.js`;
const identifier = /^[A-Za-z_$][\w$]*$/;

/** The names a CommonJS module exports (read in a child process: React's development build patches the console). */
function exportNames(path) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(path)})))); process.exit(0);`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } }));
}

export function reactPlugin() {
  let bundle;
  const bundled = () =>
    (bundle ??= build({
      stdin: {
        contents: Object.entries(MODULES)
          .map(([name, path], i) => `import * as m${i} from '${path}'; export { m${i} as ${JSON.stringify(name)} };`)
          .join('\n'),
        resolveDir: ROOT,
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text));

  return {
    name: 'react-for-tests',
    resolveImport({ source }) {
      if (source in MODULES) return file(source);
    },
    async serve(context) {
      if (!context.path.startsWith(BASE)) return;
      if (context.path === `${BASE}bundle.js`) return { body: await bundled(), type: 'js' };
      const name = Object.keys(MODULES).find((key) => file(key) === context.path);
      if (!name) return;
      const names = exportNames(MODULES[name]).filter((key) => identifier.test(key) && key !== 'default');
      return {
        body: `import { ${JSON.stringify(name)} as m } from './bundle.js';\nexport default m.default ?? m;\nexport const { ${names.join(', ')} } = m;\n`,
        type: 'js',
      };
    },
  };
}
