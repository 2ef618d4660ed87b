import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { allLocales } from '../src/generated/locale-codes.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import { argTypesFromManifest } from './custom-elements.js';

// Docs pages (component descriptions) and controls come from the manifest
// that `npm run analyze` writes from the elements' JSDoc.
setCustomElementsManifest(manifest);

/** A language's own name, capitalised: `fr` → "Français". */
function endonym(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

const preview: Preview = {
  // A docs page for every element (description, controls, tables).
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every UI language lit-localize builds (lit-localize.json), so a new one appears here by itself.
        items: allLocales.map((code) => ({ value: code, title: endonym(code), right: code })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals['lang'] ?? 'en');
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    docs: {
      extractArgTypes: (component: unknown) =>
        typeof component === 'string' ? (argTypesFromManifest(manifest, component) ?? null) : null,
    },
  },
};
export default preview;
