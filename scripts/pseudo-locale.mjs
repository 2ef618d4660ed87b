// A pseudo-locale, generated from the English source messages at test time:
// every translatable letter gets an accent and every message is bracketed
// ("Search" → "[Šéåŕçĥ]"), placeholders are kept as they are. Rendered in it,
// any English left on screen is a string that does not go through msg().
//
// Never shipped: the web-test-runner config serves it to the browser tests
// (`pseudoLocalePlugin`), which register it with `registerLocaleForTesting`.
// `node scripts/pseudo-locale.mjs [file]` writes the module to a file (or
// stdout) to look at it.
//
// The module is written by lit-localize's own runtime generator (the same
// code as `lit-localize build`), fed with pseudo "translations" instead of
// an XLIFF file. It reads the sources (a TypeScript program): ~5 s.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

/** The pseudo-locale's name in lit-localize (the tests choose the tag they register it under). */
export const PSEUDO_LOCALE = 'pseudo';

const ACCENTED = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

/** Accents on every ASCII letter, leaving HTML entities (`&amp;`) intact. */
export function pseudoText(text) {
  return text.replace(/&[#\w]+;|[A-Za-z]/g, (m) => (m.length === 1 ? ACCENTED[m] : m));
}

/** A message's contents (strings and placeholders) in the pseudo-locale: accented, in brackets. */
export function pseudoContents(contents) {
  return ['[', ...contents.map((part) => (typeof part === 'string' ? pseudoText(part) : part)), ']'];
}

class PseudoLocalizer extends RuntimeLitLocalizer {
  readTranslationsSync() {
    const { messages } = this.extractSourceMessages();
    const pseudo = messages.map((m) => ({ name: m.name, contents: pseudoContents(m.contents) }));
    return { translations: new Map([[PSEUDO_LOCALE, pseudo]]) };
  }
}

/**
 * Extracts the source messages and builds the pseudo-locale. Returns the
 * module's text (like `src/generated/locales/fr.ts`: `export const templates`)
 * and the messages for tests to look for: `{ id, parts, pseudo }`, the
 * English and the pseudo text as parts, each a string or `null` for a placeholder.
 */
export async function buildPseudoLocale(configPath = 'lit-localize.json') {
  // Every message of the sources: the widgets' catalogue and the studio's (the widgets' config leaves src/studio/ out).
  const config = { ...readConfigFileAndWriteSchema(configPath), tsConfig: './tsconfig.build.json' };
  const outputDir = mkdtempSync(join(tmpdir(), 'pseudo-locale-'));
  try {
    const localizer = new PseudoLocalizer({
      ...config,
      targetLocales: [PSEUDO_LOCALE],
      output: { mode: 'runtime', outputDir, language: 'js' },
    });
    const { messages, errors } = localizer.extractSourceMessages();
    if (errors.length) throw new Error(`pseudo-locale: lit-localize could not analyse the sources (${errors.length} errors)`);
    await localizer.build();
    const module = readFileSync(join(outputDir, `${PSEUDO_LOCALE}.js`), 'utf8');
    const parts = (contents) => contents.map((part) => (typeof part === 'string' ? part : null));
    const source = messages.map((m) => ({ id: m.name, parts: parts(m.contents), pseudo: parts(pseudoContents(m.contents)) }));
    return { module, source };
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

/**
 * A @web/dev-server plugin serving the pseudo-locale to browser tests:
 * `/__pseudo-locale/templates.js` (the module) and `/__pseudo-locale/source.json`
 * (the English messages). Built on the first request, once, in a child
 * process (the analysis is synchronous: the server keeps serving meanwhile).
 */
export function pseudoLocalePlugin() {
  let built;
  const build = () =>
    (built ??= new Promise((resolve, reject) => {
      execFile(process.execPath, [fileURLToPath(import.meta.url), '--json'], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`pseudo-locale: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout));
      });
    }));
  return {
    name: 'pseudo-locale',
    async serve(context) {
      if (context.path === '/__pseudo-locale/templates.js') return { body: (await build()).module, type: 'js' };
      if (context.path === '/__pseudo-locale/source.json') return { body: JSON.stringify((await build()).source), type: 'json' };
      return undefined;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildPseudoLocale();
  const [, , arg] = process.argv;
  if (arg === '--json') process.stdout.write(JSON.stringify(built));
  else if (arg) writeFileSync(arg, built.module);
  else process.stdout.write(built.module);
}
