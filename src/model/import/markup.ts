/**
 * Source texts (abstracts, descriptions, biographies) come as HTML (Pentabarf,
 * frab), Markdown (pretalx) or plain text. The programme format holds plain
 * long text only — paragraphs separated by blank lines and `- ` bullets — so
 * markup is turned into that and never kept: tags are removed (the content of
 * `script` and `style` too), entities decoded, Markdown emphasis, headings,
 * code, quotes and rules unwrapped, lists made `- ` bullets, and links written
 * as `text (https://…)` when the URL parser reads their URL as absolute http
 * or https (other URLs are dropped).
 *
 * Entities are decoded once, at the end, by `entities` (the complete HTML5
 * set, with the HTML rules for legacy names without a semicolon), never by a
 * table of our own. What the steps before write into the text themselves (a
 * link's URL, already decoded and parsed) has its `&` written `&amp;`, so
 * that the final decoding gives it back unchanged.
 *
 * Every step is linear in the length of the text whatever the regular
 * expression engine: each pattern below starts at a marker and scans with a
 * class that excludes that marker, so no character is scanned by more than a
 * bounded number of attempts, and nothing is built by copying what was
 * already built.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { WEB_URL_PROTOCOLS, safeUrl } from '../url.js';

/** Block-level HTML elements: each starts and ends a paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Elements whose content is not text for readers. */
const HIDDEN_CONTENT = ['script', 'style', 'template', 'noscript'];

/** Plain long text from HTML, Markdown or plain text; `undefined` when nothing is left. */
export function toPlainText(value: string): string | undefined {
  let text = value.replace(/\r\n?/g, '\n');
  text = text.replace(/<((?:https?|mailto):[^\s<>]{1,2000})>/gi, '$1');
  if (/<[a-zA-Z!/]/.test(text)) text = htmlToText(text);
  text = markdownToText(text);
  text = decodeHTML(text);
  return tidy(text);
}

/* ------------------------------------------------------------------ */
/* HTML                                                               */
/* ------------------------------------------------------------------ */

/** A tag's start, read where `lastIndex` is set (sticky: no copy of the text, no scan ahead). */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;

function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  // The text so far, in pieces: a link's label is the pieces since its start.
  const out: string[] = [];
  let position = 0;
  let link: { href: string; start: number } | undefined;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) {
      out.push(html.slice(position));
      break;
    }
    out.push(html.slice(position, open));
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      if (end === -1) break;
      position = end + 3;
      continue;
    }
    TAG.lastIndex = open;
    const tag = TAG.exec(html);
    if (!tag && html[open + 1] !== '!' && html[open + 1] !== '?') {
      // A "<" that starts no tag is text: "a < b".
      out.push('<');
      position = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    // An unterminated tag: the rest is not text.
    if (close === -1) break;
    position = close + 1;
    if (!tag) continue;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    const attributes = html.slice(open + tag[0].length, close);
    if (!closing && HIDDEN_CONTENT.includes(name)) {
      const end = lower.indexOf(`</${name}`, close);
      const endClose = end === -1 ? -1 : html.indexOf('>', end);
      if (endClose === -1) break;
      position = endClose + 1;
    } else if (name === 'br') {
      out.push('\n');
    } else if (name === 'li') {
      if (!closing) out.push('\n- ');
    } else if (name === 'img' && !closing) {
      out.push(` ${attribute(attributes, 'alt') ?? ''} `);
    } else if (name === 'a') {
      if (closing && link) {
        const label = out.splice(link.start).join('');
        out.push(linkText(label, link.href));
        link = undefined;
      } else if (!closing) {
        const href = safeUrl(decodeHTMLAttribute(attribute(attributes, 'href') ?? ''), undefined, WEB_URL_PROTOCOLS);
        link = href ? { href, start: out.length } : undefined;
      }
    } else if (BLOCK_TAGS.has(name)) {
      out.push('\n\n');
    }
  }
  return out.join('');
}

/** The attributes read, each pattern compiled once. */
const ATTRIBUTES = {
  href: /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i,
  alt: /(?:^|\s)alt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i,
};

function attribute(attributes: string, name: keyof typeof ATTRIBUTES): string | undefined {
  const match = ATTRIBUTES[name].exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * A link as text: the label, then the URL in brackets unless the label
 * already says it. The label is still encoded (decoded at the end with the
 * rest); the URL is not, so its `&` are encoded here.
 */
function linkText(label: string, url: string): string {
  const shown = label.trim();
  const literal = url.replace(/&/g, '&amp;');
  if (shown === '') return literal;
  const decoded = decodeHTML(shown);
  return decoded.includes(url) || url.includes(decoded) ? shown : `${shown} (${literal})`;
}

/* ------------------------------------------------------------------ */
/* Markdown                                                           */
/* ------------------------------------------------------------------ */

function markdownToText(markdown: string): string {
  const lines: string[] = [];
  for (const rawLine of markdown.split('\n')) {
    let line = rawLine.replace(/^(\s*>)+\s?/, '');
    if (/^\s*(?:```|~~~)/.test(line)) continue;
    if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) {
      lines.push('');
      continue;
    }
    const heading = atxHeading(line);
    if (heading !== undefined) {
      lines.push('', heading, '');
      continue;
    }
    if (/^\s*(?:=+|-+)\s*$/.test(line) && lines.length > 0 && lines[lines.length - 1]?.trim() !== '') {
      // A setext heading's underline.
      lines.push('');
      continue;
    }
    // Bullets become `- ` bullets; numbered items too, keeping their number.
    line = line.replace(/^\s*[*+•]\s+/, '- ').replace(/^\s*(\d{1,3}[.)])\s+/, '- $1 ');
    lines.push(inlineMarkdown(line));
  }
  return lines.join('\n');
}

/**
 * The text of an ATX heading (`## Title ##`), or `undefined` when the line is
 * not one. Written as a scan rather than one pattern: the closing `#`s and
 * the spaces around the text would make a pattern backtrack.
 */
function atxHeading(line: string): string | undefined {
  const open = /^ {0,3}#{1,6}(?=\s|$)/.exec(line);
  if (!open) return undefined;
  let text = line.slice(open[0].length).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  // Closing `#`s count only after a space (`# C#` keeps its `#`).
  if (end === 0 || /\s/.test(text[end - 1] ?? '')) text = text.slice(0, end).trimEnd();
  return text;
}

/** The characters Markdown lets a backslash escape. */
const ESCAPABLE = new Set(Array.from('\\`*_{}[]()#+-.!>~|', (char) => char.charCodeAt(0)));
const BACKSLASH = 0x5c;
/** Where an escaped character is set aside while the rules run: U+E000 + its code. */
const HIDDEN = 0xe000;

function inlineMarkdown(line: string): string {
  // Most lines have no marker at all (every rule below needs one of these).
  if (!/[\\`*_[~]/.test(line)) return line;
  // Escaped characters (`\*`) are set aside as private-use characters, so no rule below sees them.
  const escaped = line.includes('\\') ? hideEscapes(line) : line;
  // Each pattern starts at its marker and scans to the next one (the classes exclude it): linear.
  const text = escaped
    .replace(/!\[([^[\]\n]*)\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g, '$1')
    .replace(/\[([^[\]\n]+)\]\(([^()\s]+)(?:\s+"[^"\n]*")?\)/g, (_, label: string, url: string) => {
      const href = safeUrl(decodeHTMLAttribute(url), undefined, WEB_URL_PROTOCOLS);
      return href ? linkText(label, href) : label;
    })
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\*\*(?=\S)([^*\n]*[^\s*])\*\*/g, '$1')
    .replace(/__(?=\S)([^_\n]*[^\s_])__/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*[^\s*])?\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*[^\s_])?_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^~\n]*[^\s~])~~/g, '$1');
  return escaped === line ? text : mapCodes(text, (code) => (code >= HIDDEN && ESCAPABLE.has(code - HIDDEN) ? code - HIDDEN : code));
}

/** `\*` → U+E02A, and so on; a backslash before another character stays. */
function hideEscapes(line: string): string {
  let escape = false;
  return mapCodes(line, (code, next) => {
    if (escape) {
      escape = false;
      return HIDDEN + code;
    }
    if (code === BACKSLASH && next !== undefined && ESCAPABLE.has(next)) {
      escape = true;
      return -1;
    }
    return code;
  });
}

/**
 * The text with each UTF-16 code unit mapped by `map` (given the next one
 * too); -1 drops it. One pass into a buffer: a callback per match of a
 * `replace` costs too much on a line of a million backslashes.
 */
function mapCodes(text: string, map: (code: number, next: number | undefined) => number): string {
  const buffer = new Uint16Array(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = map(text.charCodeAt(index), index + 1 < text.length ? text.charCodeAt(index + 1) : undefined);
    if (code >= 0) buffer[length++] = code;
  }
  let result = '';
  for (let start = 0; start < length; start += 8192) {
    result += String.fromCharCode(...buffer.subarray(start, Math.min(length, start + 8192)));
  }
  return result;
}

/* ------------------------------------------------------------------ */
/* Whitespace                                                          */
/* ------------------------------------------------------------------ */

function tidy(text: string): string | undefined {
  const result = text
    // Control characters other than line breaks and tabs have no place in text.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return result === '' ? undefined : result;
}

/**
 * One line of text (a title, a name): HTML tags removed and entities decoded
 * when there are tags, whitespace collapsed. Markdown is left alone: titles
 * are not written in it, and `C*` or `snake_case` must survive.
 */
export function toPlainLine(value: string): string | undefined {
  const text = /<[a-zA-Z!/]/.test(value) ? decodeHTML(htmlToText(value)) : value;
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return line === '' ? undefined : line;
}
