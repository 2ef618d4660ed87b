// The two string catalogues, read from the sources once each:
// - the widgets' (lit-localize.json): locales/*.xlf → src/generated/locales/;
// - the studio's (lit-localize.studio.json): locales/studio/*.xlf →
//   src/generated/studio-locales/, the strings of the studio's program that
//   the widgets' catalogue does not hold (the studio loads both).
//
//   node scripts/localize.mjs extract   write the XLIFF files (npm run localize:extract)
//   node scripts/localize.mjs build     write the locale modules (npm run localize:build)
//   node scripts/localize.mjs check     the XLIFF files hold every string of the sources and
//                                       every one is translated; then build (npm test)
//
// Pages with the widgets only never download the studio's strings: the
// widgets' catalogue reads every source but src/studio/ (tsconfig.localize.json).
// lit-localize has no option for "these files' messages, less those of another
// catalogue", so this script runs lit-localize's own extractor and writers
// with that filter (as scripts/pseudo-locale.mjs runs them with pseudo
// translations). One process for both catalogues and every command: each
// reading of the sources is a whole TypeScript program (seconds); lit-localize's
// command line, run per catalogue and command, read the widgets' sources four
// times in `npm test`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { printDiagnostics } from '@lit/localize-tools/lib/typescript.js';

/** The studio's catalogue: its program's messages, less the widgets'. */
class StudioLocalizer extends RuntimeLitLocalizer {
  constructor(config, widgets) {
    super(config);
    this.widgets = widgets;
  }

  extractSourceMessages() {
    if (!this._studioMessages) {
      const shared = new Set(this.widgets.extractSourceMessages().messages.map((m) => m.name));
      const { messages, errors } = super.extractSourceMessages();
      this._studioMessages = { messages: messages.filter((m) => !shared.has(m.name)), errors };
    }
    return this._studioMessages;
  }
}

/** Both catalogues, the widgets' first. */
function catalogues() {
  const widgets = new RuntimeLitLocalizer(readConfigFileAndWriteSchema('lit-localize.json'));
  const studio = new StudioLocalizer(readConfigFileAndWriteSchema('lit-localize.studio.json'), widgets);
  return [
    { name: 'widgets', dir: 'locales', localizer: widgets },
    { name: 'studio', dir: join('locales', 'studio'), localizer: studio },
  ];
}

/** Reads each catalogue's sources (once), and stops on the first analysis error. */
function analyse(all) {
  for (const { name, localizer } of all) {
    const { messages, errors } = localizer.extractSourceMessages();
    if (errors.length) {
      printDiagnostics(errors);
      throw new Error(`localize: the sources of the ${name} catalogue could not be analysed (${errors.length} errors)`);
    }
    console.log(`localize: ${name}: ${messages.length} messages in the sources`);
  }
}

/** The XLIFF files of a catalogue, by path. */
const xliff = (dir) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.xlf'))
      .map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')]),
  );

/** Extracts into the XLIFF files; returns the files whose text changed (which did not hold every string). */
async function extract(all) {
  const stale = [];
  for (const { dir, localizer } of all) {
    const before = xliff(dir);
    await localizer.writeInterchangeFiles();
    const after = xliff(dir);
    stale.push(...Object.keys(after).filter((file) => before[file] !== after[file]));
  }
  return stale;
}

/** The units without a target, by XLIFF file. */
function untranslated(all) {
  const missing = {};
  for (const { dir } of all) {
    for (const [file, xml] of Object.entries(xliff(dir))) {
      const units = [...xml.matchAll(/<trans-unit id="([^"]+)"[\s\S]*?<\/trans-unit>/g)];
      missing[file] = units.filter(([unit]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)).map(([, id]) => id);
      if (!missing[file].length) console.log(`localize: ${file}: ${units.length} units, all translated`);
    }
  }
  return Object.entries(missing).filter(([, ids]) => ids.length);
}

/** Writes each catalogue's locale modules (lit-localize checks the translations' placeholders first). */
async function build(all) {
  for (const { name, localizer } of all) {
    await localizer.build();
    console.log(`localize: ${name}: locale modules written`);
  }
}

const [, , command] = process.argv;
const all = catalogues();
if (command === 'extract') {
  analyse(all);
  await extract(all);
} else if (command === 'build') {
  analyse(all);
  await build(all);
} else if (command === 'check') {
  analyse(all);
  const stale = await extract(all);
  if (stale.length) {
    console.error(`localize: ${stale.join(', ')} did not hold every string of the sources; they are now extracted — translate the new units and commit.`);
    process.exitCode = 1;
  }
  for (const [file, ids] of untranslated(all)) {
    console.error(`localize: ${file} has ${ids.length} untranslated unit(s): ${ids.join(', ')}`);
    process.exitCode = 1;
  }
  if (!process.exitCode) await build(all);
} else {
  console.error('Usage: node scripts/localize.mjs extract|build|check');
  process.exitCode = 2;
}
