// Minifies the CSS of the elements' `css` tagged templates in dist/ after tsc
// (the sources keep their comments and layout; what ships, on npm and in the
// CDN file, does not). Neither terser nor a bundler touches the text of
// template literals. The literal-minifying plugins (minify-literals and its
// rollup wrappers) rewrite CSS through lightningcss, which transforms the
// modern syntax the elements rely on (light-dark(), :state()) for the
// browsers it is told to target; this only removes what carries no meaning: comments and white
// space, never inside strings, and keeps every line break so that the source
// maps still point at the right lines.
//
//   node scripts/minify-css.mjs [dir]     (default dist)
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** CSS without comments and needless white space; strings and line breaks kept. */
export function minifyCss(text) {
  let out = '';
  let breaks = '';
  let read = 0;
  // Strings, comments, white space, or one other character.
  for (const [token] of text.matchAll(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\*[\s\S]*?\*\/|\s+|[^'"/\s]+|\//g)) {
    read += token.length;
    if (token.startsWith('/*') || /^\s/.test(token)) {
      breaks += token.replace(/[^\n]/g, '');
      // A space between two words stays (descendant selectors, values).
      if (/^\s/.test(token) && out && !/[{};,>(:]$/.test(out)) out += ' ';
      continue;
    }
    if (out.endsWith(' ') && /^[{};,>)!]/.test(token)) out = out.slice(0, -1);
    out += token;
  }
  // Every character is in a token, or the text is not what this reads (a quote left open): fail, never drop it.
  if (read !== text.length) throw new Error(`minify-css: cannot read this CSS (an unclosed quote?): ${text.slice(0, 80)}…`);
  out = out.replace(/;}/g, '}').trim();
  return `${out}${breaks}`;
}

/**
 * The text of every `css` tagged template without interpolations, minified.
 * Escapes in the template's text (an escaped backtick in a comment, a CSS
 * escape written `\\201C`) are read as they are written and kept; a
 * template with an escaped quote or line break is left as it is (read as
 * written, its strings would not end where the CSS's do), and the build's
 * test then names it.
 */
export function minifyModule(code) {
  return code.replace(/\bcss ?`((?:[^`$\\]|\\[\s\S])*)`/g, (whole, body) => (/\\['"\r\n]/.test(body) ? whole : `css\`${minifyCss(body)}\``));
}

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      const minified = minifyModule(code);
      if (minified !== code) writeFileSync(path, minified);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) walk(process.argv[2] ?? 'dist');
