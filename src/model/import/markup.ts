/**
 * Source texts (abstracts, descriptions, biographies) come as HTML (Pentabarf,
 * frab), Markdown (pretalx) or plain text. The programme format holds plain
 * long text only — paragraphs separated by blank lines and `- ` bullets — so
 * markup is turned into that and never kept: tags are removed (the content of
 * `script` and `style` too), entities decoded, Markdown emphasis, headings,
 * code, quotes and rules unwrapped, lists made `- ` bullets, and links written
 * as `text (https://…)` when their URL is http or https (other URLs are
 * dropped). Every step is a linear scan: no regular expression here can
 * backtrack on hostile input.
 */

/** Block-level HTML elements: each starts and ends a paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Elements whose content is not text for readers. */
const HIDDEN_CONTENT = ['script', 'style', 'template', 'noscript'];

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', euro: '€', deg: '°',
  times: '×', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', aacute: 'á', acirc: 'â',
  auml: 'ä', ccedil: 'ç', icirc: 'î', iuml: 'ï', ocirc: 'ô', ouml: 'ö', ugrave: 'ù', ucirc: 'û', uuml: 'ü',
  Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Eacute: 'É', szlig: 'ß', ntilde: 'ñ', oslash: 'ø', aring: 'å',
};

/** Plain long text from HTML, Markdown or plain text; `undefined` when nothing is left. */
export function toPlainText(value: string): string | undefined {
  let text = value.replace(/\r\n?/g, '\n');
  text = text.replace(/<((?:https?|mailto):[^\s<>]{1,2000})>/gi, '$1');
  if (/<[a-zA-Z!/]/.test(text)) text = htmlToText(text);
  text = markdownToText(text);
  text = decodeEntities(text);
  return tidy(text);
}

/* ------------------------------------------------------------------ */
/* HTML                                                               */
/* ------------------------------------------------------------------ */

function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let position = 0;
  let link: { href: string; start: number } | undefined;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) return out + html.slice(position);
    out += html.slice(position, open);
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      if (end === -1) return out;
      position = end + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, open + 40));
    if (!tag && html[open + 1] !== '!' && html[open + 1] !== '?') {
      // A "<" that starts no tag is text: "a < b".
      out += '<';
      position = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    // An unterminated tag: the rest is not text.
    if (close === -1) return out;
    position = close + 1;
    if (!tag) continue;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    const attributes = html.slice(open + tag[0].length, close);
    if (!closing && HIDDEN_CONTENT.includes(name)) {
      const end = lower.indexOf(`</${name}`, close);
      const endClose = end === -1 ? -1 : html.indexOf('>', end);
      if (endClose === -1) return out;
      position = endClose + 1;
    } else if (name === 'br') {
      out += '\n';
    } else if (name === 'li') {
      if (!closing) out += '\n- ';
    } else if (name === 'img' && !closing) {
      out += ` ${attribute(attributes, 'alt') ?? ''} `;
    } else if (name === 'a') {
      if (closing && link) {
        out = out.slice(0, link.start) + linkText(out.slice(link.start), decodeEntities(link.href));
        link = undefined;
      } else if (!closing) {
        const href = attribute(attributes, 'href');
        link = href && /^https?:\/\//i.test(href) ? { href, start: out.length } : undefined;
      }
    } else if (BLOCK_TAGS.has(name)) {
      out += '\n\n';
    }
  }
  return out;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** A link as text: the label, then the URL in brackets unless the label already says it. */
function linkText(label: string, url: string): string {
  const shown = label.trim();
  if (shown === '') return url;
  return shown.includes(url) || url.includes(shown) ? shown : `${shown} (${url})`;
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
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      lines.push('', heading[1] ?? '', '');
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

function inlineMarkdown(line: string): string {
  // Most lines have no marker at all (every rule below needs one of these).
  if (!/[\\`*_[~]/.test(line)) return line;
  // Escaped characters (`\*`) are set aside as private-use characters, so no rule below sees them.
  const escaped = line.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, char: string) =>
    String.fromCharCode(0xe000 + char.charCodeAt(0)),
  );
  // Each pattern starts at its marker and scans to the next one (the classes exclude it): linear.
  return escaped
    .replace(/!\[([^\]\n]*)\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\(([^()\s]+)(?:\s+"[^"\n]*")?\)/g, (_, label: string, url: string) =>
      /^https?:\/\//i.test(url) ? linkText(label, url) : label,
    )
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\*\*(?=\S)([^*\n]*[^\s*])\*\*/g, '$1')
    .replace(/__(?=\S)([^_\n]*[^\s_])__/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*[^\s*])?\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*[^\s_])?_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^~\n]*[^\s~])~~/g, '$1')
    .replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));
}

/* ------------------------------------------------------------------ */
/* Entities and whitespace                                            */
/* ------------------------------------------------------------------ */

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[name] ?? entity;
  });
}

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
  const text = /<[a-zA-Z!/]/.test(value) ? decodeEntities(htmlToText(value)) : value;
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return line === '' ? undefined : line;
}
