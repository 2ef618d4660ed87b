// Options for `cem analyze` (read from the working directory by every run:
// `npm run analyze` and the freshness check in scripts/check.mjs). The globs
// and `--litelement` stay on the command line.
export default {
  // The analyzer otherwise rewrites package.json's "customElements" to its
  // --outdir on every run (the freshness check analyzes into a temporary
  // directory). package.json points at ./custom-elements.json by hand.
  packagejson: false,
  // Generated framework bindings declare no element: keep them out of the manifest.
  exclude: ['src/react/**', 'src/frameworks/**'],
  plugins: [publicSurfaceOnly(), modulesInPathOrder()],
};

/**
 * The analyzer lists modules in the order its file search returns them, which
 * varies from run to run on a busy machine: sort them by path, so the same
 * sources always give the same manifest (and no diff after a build).
 */
function modulesInPathOrder() {
  return {
    name: 'seminar-widgets:modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * Lit's `static properties = { x: { state: true } }` is internal state, but the
 * analyzer lists it as an attribute (it only recognises `@state()`). Drop
 * attributes backed by a private or protected field, and event entries without
 * a name (a `dispatchEvent(new CustomEvent(\`prefix-${kind}\`))` it cannot read;
 * the names are in the class's `@fires` tags).
 */
function publicSurfaceOnly() {
  return {
    name: 'seminar-widgets:public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !(a.fieldName && hidden.has(a.fieldName)));
            if (!decl.attributes.length) delete decl.attributes;
          }
          for (const member of decl.members ?? []) {
            if (hidden.has(member.name)) delete member.attribute;
          }
          if (decl.events) {
            decl.events = decl.events.filter((e) => e.name);
            if (!decl.events.length) delete decl.events;
          }
        }
      }
    },
  };
}
