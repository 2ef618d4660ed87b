import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
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
  parameters: { a11y: { test: 'error' } },
};
export default preview;
