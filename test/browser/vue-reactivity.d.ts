// The browser build of Vue's reactivity (what `vue` re-exports), typed as the package.
declare module '@vue/reactivity/dist/reactivity.esm-browser.js' {
  export * from '@vue/reactivity';
}
