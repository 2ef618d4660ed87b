// Every story, in every UI language and in four settings of the visitor's
// screen, run as a test by Storybook's Vitest addon (Vitest browser mode, in
// the local Chrome or Chromium through Playwright; no browser is downloaded):
// each story must render and run its play function without an error, and the
// a11y addon's axe run (`parameters.a11y.test: 'error'`, .storybook/preview.ts)
// must find no violation. An error the page throws fails the run too. Not yet
// part of `npm test`: see the top of scripts/storybook-a11y.mjs for why.
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
// language is the toolbar's global `lang`, pinned per setting with the
// addon's `initialGlobals`; the screen is Playwright's emulation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
    // Story files at once, over all settings: more only slows a 2-core machine down, and the
    // stories' play functions wait for the elements with short timeouts.
    maxWorkers: 2,
    testTimeout: 30_000,
    projects: settings.map((setting) => ({
      extends: true,
      plugins: [
        storybookTest({
          configDir: fileURLToPath(new URL('.storybook', import.meta.url)),
          initialGlobals: { lang: setting.lang, ...(setting.viewport ? { viewport: { value: setting.viewport } } : {}) },
        }),
      ],
      test: {
        name: setting.name,
        setupFiles: ['./test/storybook/timeouts.ts', ...(setting.setupFiles ?? [])],
        browser: {
          enabled: true,
          headless: true,
          // Eight browsers start at once: on a shared, busy machine one may need more than the
          // default minute to connect. A bound against hanging, not a measure.
          connectTimeout: 180_000,
          provider: playwright({ launchOptions, contextOptions: setting.context ?? {} }),
          instances: [{ browser: 'chromium' }],
        },
      },
    })),
  },
});
