// Every story, in every UI language and in four settings of the visitor's
// screen, run as a test by Storybook's Vitest addon (Vitest browser mode, in
// the local Chrome or Chromium through Playwright; no browser is downloaded):
// each story must render and run its play function without an error, and the
// a11y addon's axe run (`parameters.a11y.test: 'error'`, .storybook/preview.ts)
// must find no violation. An error the page throws fails the run too. Part of
// `npm test`; the demo pages get the same axe run from scripts/demo-pages-a11y.mjs.
//
//   npx vitest run                                   every setting
//   npx vitest run --project light-fr                one of them
//   npx vitest run --project narrow-de speaker-card  one story file in one setting
//
// The settings (RGAA 3.2, 3.3, 10.11): `light` (1200 px), `dark` (the
// visitor's dark scheme on a dark host page), `forced` (forced colours, as
// Windows' contrast themes) and `narrow` (320 px). Light runs in every
// language; the others in one language each: contrast does not change with
// the language (French, the first users' language, for dark; English for
// forced colours), reflow does (German, the longest words, at 320 px). The
// language is the toolbar's global `lang`, pinned per setting as the addon's
// initial globals; the screen is Playwright's emulation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY } from '@storybook/addon-vitest/constants';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromePath } from './scripts/chrome-path.mjs';

/** Every UI language (the toolbar's), from the locale codes lit-localize generates. */
function languages() {
  const codes = readFileSync(fileURLToPath(new URL('src/generated/locale-codes.ts', import.meta.url)), 'utf8');
  const source = /sourceLocale\s*=\s*[`'"]([\w-]+)/.exec(codes)?.[1];
  const targets = [.../targetLocales\s*=\s*\[([^\]]*)\]/.exec(codes)?.[1]?.matchAll(/[`'"]([\w-]+)[`'"]/g) ?? []].map((m) => m[1]);
  if (!source || !targets.length) throw new Error('src/generated/locale-codes.ts has no languages: run `npx lit-localize build`.');
  return [source, ...targets];
}

/**
 * A setting: the language, Playwright's emulation of the visitor's screen
 * (colorScheme, forcedColors), a viewport of Storybook's (`mobile1` is
 * 320 × 568), and setup files (the host page's style, axe's rules).
 */
const settings = [
  ...languages().map((lang) => ({ name: `light-${lang}`, lang })),
  { name: 'dark-fr', lang: 'fr', context: { colorScheme: 'dark' }, setupFiles: ['./test/storybook/dark-host.ts'] },
  { name: 'forced-en', lang: 'en', context: { forcedColors: 'active' }, setupFiles: ['./test/storybook/forced-colors.ts'] },
  { name: 'narrow-de', lang: 'de', viewport: 'mobile1' },
];

/** The toolbar's globals of a setting: its language, and its viewport if it has one. */
const initialGlobals = (setting) => ({ lang: setting.lang, ...(setting.viewport ? { viewport: { value: setting.viewport } } : {}) });

const launchOptions = {
  executablePath: chromePath(),
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

export default defineConfig({
  test: {
    testTimeout: 30_000,
    setupFiles: ['./test/storybook/timeouts.ts'],
    browser: {
      enabled: true,
      headless: true,
      // A bound against hanging, not a measure: on a shared, busy machine a browser may need
      // more than the default minute to connect.
      connectTimeout: 180_000,
      provider: playwright({ launchOptions }),
      // One instance per setting, all served by this one project's Vite server: the
      // dependencies are optimised once, by one optimiser (eight projects each had their own
      // server, and on a clean install they optimised into the one shared cache at once: a page
      // reloaded mid-start and a browser failed to connect). The eight browsers run at once,
      // each with Vitest's default of one page fewer than the cores (one on 2 cores).
      instances: settings.map((setting) => ({
        browser: 'chromium',
        name: setting.name,
        provider: playwright({ launchOptions, contextOptions: setting.context ?? {} }),
        // The language (and viewport) of the toolbar's globals: the addon's initial globals.
        provide: { [STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY]: initialGlobals(setting) },
        // Absolute: an instance's paths are not resolved against the root as the project's are.
        setupFiles: (setting.setupFiles ?? []).map((file) => fileURLToPath(new URL(file, import.meta.url))),
      })),
    },
  },
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
  // Optimised before the first page loads, with what Vite's scan finds through them (Lit's
  // directives, entities, uqr): a dependency found later would be optimised mid-run and
  // reload every page.
  optimizeDeps: {
    include: ['lit', 'lit/directives/if-defined.js', '@lit/localize', 'axe-core', 'storybook/test', '@storybook/web-components-vite'],
  },
});
