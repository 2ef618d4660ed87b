// The build's CSS minifier (scripts/minify-css.mjs): only comments and white
// space go; strings, combinators, calc() operators and line breaks stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyModule } from '../../scripts/minify-css.mjs';

test('comments and white space go, meaning stays', () => {
  const css = `
    /* a comment */
    :host([theme='dark']) .a :hover,
    .b > .c {
      content: ' ·  ';
      width: calc(100% - 2em + var(--x, 1px));
      grid-template-areas: 'when  actions' "what what";
      background: rgb(0 0 0 / 0.5) !important;
    }
    @container (max-width: 30em) { .d { color: red; } }
  `;
  const out = minifyCss(css);
  assert.equal(
    out.trimEnd(),
    `:host([theme='dark']) .a :hover,.b>.c{content:' ·  ';width:calc(100% - 2em + var(--x,1px));grid-template-areas:'when  actions' "what what";background:rgb(0 0 0 / 0.5)!important}@container (max-width:30em){.d{color:red}}`,
  );
  // Every line break is kept (at the end), so source maps still point at the right lines.
  assert.equal(out.split('\n').length, css.split('\n').length);
});

test('only css tagged templates without interpolations are touched', () => {
  const code = 'const a = css `\n  .x {\n    color: red;\n  }\n`;\nconst b = html`<p>  keep  </p>`;\nconst c = css`.y { color: ${z}; }`;';
  assert.equal(minifyModule(code), 'const a = css`.x{color:red}\n\n\n\n`;\nconst b = html`<p>  keep  </p>`;\nconst c = css`.y { color: ${z}; }`;');
});
