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

test('a template with escapes in its text is minified, its escapes kept', () => {
  // As tsc writes them: an escaped backtick in a comment, a CSS escape in a string, an escaped dollar.
  const code = 'const a = css`\n  /* no \\`x\\` here */\n  .q::before {\n    content: \'\\\\201C\';\n  }\n  .p::after { content: \'\\$\'; }\n`;';
  assert.equal(minifyModule(code), "const a = css`.q::before{content:'\\\\201C'}.p::after{content:'\\$'}\n\n\n\n\n\n`;");
});

test('a template with an escaped quote or line break is left as written; an unclosed quote fails', () => {
  // content: "\"" in CSS, written in a template literal: read as written, the string would end one quote early.
  const quote = 'const a = css`\n  .q::before { content: "\\""; }\n  .r { color: red; }\n`;';
  assert.equal(minifyModule(quote), quote);
  const continued = 'const b = css`.q { color:\\\n red; }`;';
  assert.equal(minifyModule(continued), continued);
  assert.throws(() => minifyCss('.q::before { content: "open; }'), /cannot read this CSS/);
});

test('every css template of the build is minified: none is left with comments or indentation', async () => {
  const { readFileSync, readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push(path);
    }
  };
  walk('dist');
  const left = [];
  for (const file of files) {
    for (const [, body] of readFileSync(file, 'utf8').matchAll(/\bcss ?`((?:[^`\\]|\\[\s\S])*)`/g)) {
      if (!body.includes('${') && (/\/\*/.test(body) || /\n[ \t]+\S/.test(body))) left.push(file);
    }
  }
  assert.ok(files.length > 10, 'the build is there (npm run build)');
  assert.deepEqual(left, []);
});
