// The studio's own string catalogue: `node scripts/localize-studio.mjs extract`
// writes locales/studio/*.xlf, `… build` writes src/generated/studio-locales/.
//
// Pages with the widgets only never download the studio's strings: the
// widgets' catalogue (lit-localize.json, locales/*.xlf) reads every source but
// src/studio/ (tsconfig.localize.json). The studio's catalogue holds the
// strings of the studio's program (lit-localize.studio.json) that the widgets'
// catalogue does not: the studio loads both. lit-localize has no option for
// "these files' messages, less those of another catalogue", so this script
// runs lit-localize's own extractor and writers with that filter (as
// scripts/pseudo-locale.mjs runs them with pseudo translations).
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

/** The ids of the widgets' messages (the catalogue the studio loads first). */
function widgetIds() {
  const widgets = new RuntimeLitLocalizer(readConfigFileAndWriteSchema('lit-localize.json'));
  const { messages, errors } = widgets.extractSourceMessages();
  if (errors.length) throw new Error(`localize-studio: lit-localize could not analyse the widgets' sources (${errors.length} errors)`);
  return new Set(messages.map((m) => m.name));
}

class StudioLocalizer extends RuntimeLitLocalizer {
  extractSourceMessages() {
    if (!this._studioMessages) {
      const shared = widgetIds();
      const { messages, errors } = super.extractSourceMessages();
      this._studioMessages = { messages: messages.filter((m) => !shared.has(m.name)), errors };
    }
    return this._studioMessages;
  }
}

export function studioLocalizer() {
  return new StudioLocalizer(readConfigFileAndWriteSchema('lit-localize.studio.json'));
}

const [, , command] = process.argv;
if (command === 'extract') {
  const localizer = studioLocalizer();
  const { errors } = localizer.extractSourceMessages();
  if (errors.length) throw new Error(`localize-studio: ${errors.length} errors in the studio's sources`);
  await localizer.writeInterchangeFiles();
  console.log(`localize-studio: ${localizer.extractSourceMessages().messages.length} messages in locales/studio/`);
} else if (command === 'build') {
  await studioLocalizer().build();
} else if (command !== undefined) {
  console.error('Usage: node scripts/localize-studio.mjs extract|build');
  process.exitCode = 2;
}
