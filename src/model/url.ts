/**
 * URLs: the one gate every URL passes before it becomes an `href`, a `src`,
 * an iCalendar `URL` or a JSON-LD `url`, and the policy of the programme
 * format.
 *
 * The gate parses the way the browser will — with the WHATWG URL parser,
 * against a base when one is given — and keeps the URL only when the
 * resulting protocol is allowed. Leading spaces or control characters, tabs
 * and newlines inside the scheme (`java\tscript:`), upper case
 * (`JAVASCRIPT:`) and the like are all seen as the browser sees them, and text
 * such as `javascript&colon;` is only a relative path: no check here looks at
 * the characters of the text itself. What it returns is the text as written
 * when that is an absolute URL without whitespace or control characters (the
 * browser parses it to the very URL that was checked), else the parser's own
 * serialisation (a relative URL resolved, stripped characters gone), so what
 * reaches the page is always what was checked.
 *
 * The programme format is stricter than the gate (`checkUrl`): a programme
 * may only link to absolute `http:`, `https:` and `mailto:` URLs, written
 * without whitespace or control characters (spaces as `%20`). Relative URLs
 * are refused there: a programme is shown on pages it does not know, so a
 * relative link would resolve against the wrong site.
 */

/** The URL schemes a programme may link to (and any link the widgets render). */
export const SAFE_URL_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/** The schemes of a web page or an image (photos, the page of an agenda). */
export const WEB_URL_PROTOCOLS: readonly string[] = ['http:', 'https:'];

/** The schemes a programme may be fetched from (`src`). */
export const FETCH_URL_PROTOCOLS: readonly string[] = ['http:', 'https:', 'blob:', 'data:'];

/** Why a URL was refused: `invalid` cannot be used as a link, `unsafe` has a forbidden scheme. */
export type UrlCheck =
  | { ok: true; url: string }
  | { ok: false; kind: 'invalid' | 'unsafe'; reason: string };

// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/u;

/**
 * The parts of a WHATWG `URL` the model uses. The model compiles without DOM
 * or Node types (`tsconfig.model.json`), so the platform's URL classes are
 * reached through `globalThis` with these shapes, here and nowhere else.
 */
export interface ParsedUrl {
  href: string;
  protocol: string;
  host: string;
  pathname: string;
  search: string;
}

/** The parts of a WHATWG `URLSearchParams` the model uses. */
export interface QueryParams {
  set(name: string, value: string): void;
  toString(): string;
}

/** The WHATWG URL parser, present in browsers and in Node. */
export const UrlParser = (globalThis as unknown as { URL: new (url: string, base?: string) => ParsedUrl }).URL;

/** The WHATWG query string writer (`application/x-www-form-urlencoded`), present in browsers and in Node. */
export const QueryWriter = (globalThis as unknown as { URLSearchParams: new (init?: Record<string, string>) => QueryParams })
  .URLSearchParams;

/**
 * A URL fit for an `href` or `src`, or `undefined`.
 *
 * `value` is a string or a `URL` object (any other value gives `undefined`).
 * It is parsed with the URL parser — against `base` when given (the
 * document's base URL, for URLs the host page writes), else it must be
 * absolute — and kept when its protocol is one of `protocols` (default
 * `http:`, `https:`, `mailto:`; a `mailto:` needs an address). Use the
 * result, not `value`: it is `value` itself only when that is absolute and
 * clean, else the parsed URL's `href`.
 *
 * @example safeUrl(' javascript:alert(1)') // undefined
 * @example safeUrl('#item-3', 'https://example.org/agenda') // 'https://example.org/agenda#item-3'
 */
export function safeUrl(
  value: unknown,
  base?: string,
  protocols: readonly string[] = SAFE_URL_PROTOCOLS,
): string | undefined {
  const result = resolveUrl(value, base, protocols);
  return result.ok ? result.url : undefined;
}

/** `safeUrl` with the reason for a refusal. */
export function resolveUrl(
  value: unknown,
  base?: string,
  protocols: readonly string[] = SAFE_URL_PROTOCOLS,
): UrlCheck {
  const parsed = parseUrl(value, base);
  if (!parsed) {
    return {
      ok: false,
      kind: 'invalid',
      reason:
        base === undefined
          ? 'it is not an absolute URL (it must start with https://, http:// or mailto:)'
          : 'it is not a URL',
    };
  }
  if (!protocols.includes(parsed.protocol)) {
    return {
      ok: false,
      kind: 'unsafe',
      reason: `the scheme "${parsed.protocol}" is not allowed (only ${protocolList(protocols)})`,
    };
  }
  if (parsed.protocol === 'mailto:' && parsed.pathname === '') {
    return { ok: false, kind: 'invalid', reason: 'the mailto: URL has no address' };
  }
  // As written when the browser reads it so whatever the base (`https:x.jpg` is relative to an https page).
  const asWritten =
    typeof value === 'string' &&
    !WHITESPACE_OR_CONTROL.test(value) &&
    (base === undefined || parseUrl(value)?.href === parsed.href);
  return { ok: true, url: asWritten ? value : parsed.href };
}

/**
 * True for a URL a programme may use: absolute `http:`, `https:` or `mailto:`,
 * without whitespace or control characters.
 */
export function isSafeUrl(url: unknown): boolean {
  return typeof url === 'string' && checkUrl(url).ok;
}

/** Checks a URL against the programme format's policy and says why it is refused. */
export function checkUrl(value: string): UrlCheck {
  if (value === '') return { ok: false, kind: 'invalid', reason: 'it is empty' };
  const result = resolveUrl(value);
  if (!result.ok) return result;
  if (WHITESPACE_OR_CONTROL.test(value)) {
    return {
      ok: false,
      kind: 'invalid',
      reason: 'it contains whitespace or control characters (write a space as %20)',
    };
  }
  return { ok: true, url: value };
}

/** `https:, http: and mailto:` */
function protocolList(protocols: readonly string[]): string {
  const sorted = [...protocols].sort((a, b) => (a === 'https:' ? -1 : b === 'https:' ? 1 : 0));
  return sorted.length > 1 ? `${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}` : (sorted[0] ?? '');
}

/** Parses a string or a `URL` object (of any realm); `undefined` when it is neither or does not parse. */
function parseUrl(value: unknown, base?: string): ParsedUrl | undefined {
  try {
    let text: string;
    if (typeof value === 'string') text = value;
    else if (Object.prototype.toString.call(value) === '[object URL]') text = (value as ParsedUrl).href;
    else return undefined;
    if (typeof text !== 'string') return undefined;
    return base === undefined ? new UrlParser(text) : new UrlParser(text, base);
  } catch {
    // Not a URL, a base that is not one, or a URL-like object whose getter throws.
    return undefined;
  }
}
