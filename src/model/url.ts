/**
 * URL policy. A programme may only link to absolute `http:`, `https:` and
 * `mailto:` URLs. Relative URLs are rejected: a programme is embedded in pages
 * it does not know, so a relative link would resolve against the wrong site.
 * Whitespace and control characters are rejected anywhere in the URL (the URL
 * parser silently strips some of them, which hides tricks like `java\tscript:`);
 * spaces must be written `%20`.
 */

/** The URL schemes a programme may use. */
export const SAFE_URL_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Why a URL was refused: `invalid` cannot be used as a link, `unsafe` has a forbidden scheme. */
export type UrlCheck =
  | { ok: true; url: string }
  | { ok: false; kind: 'invalid' | 'unsafe'; reason: string };

// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/u;

/** True for an absolute `http:`, `https:` or `mailto:` URL without whitespace or control characters. */
export function isSafeUrl(url: unknown): boolean {
  return typeof url === 'string' && checkUrl(url).ok;
}

/** Checks a URL against the policy above and says why it is refused. */
export function checkUrl(value: string): UrlCheck {
  if (value === '') return { ok: false, kind: 'invalid', reason: 'it is empty' };
  const parsed = parseAbsoluteUrl(value);
  if (!parsed) {
    return {
      ok: false,
      kind: 'invalid',
      reason: 'it is not an absolute URL (it must start with https://, http:// or mailto:)',
    };
  }
  if (!SAFE_URL_PROTOCOLS.includes(parsed.protocol)) {
    return {
      ok: false,
      kind: 'unsafe',
      reason: `the scheme "${parsed.protocol}" is not allowed (only https:, http: and mailto:)`,
    };
  }
  if (WHITESPACE_OR_CONTROL.test(value)) {
    return {
      ok: false,
      kind: 'invalid',
      reason: 'it contains whitespace or control characters (write a space as %20)',
    };
  }
  if (parsed.protocol === 'mailto:' && parsed.pathname === '') {
    return { ok: false, kind: 'invalid', reason: 'the mailto: URL has no address' };
  }
  return { ok: true, url: value };
}

/** The parts of a WHATWG `URL` used here (the model compiles without DOM or Node types). */
interface ParsedUrl {
  protocol: string;
  pathname: string;
}

/** The WHATWG URL parser, present in browsers and in Node. */
const UrlParser = (globalThis as unknown as { URL: new (url: string) => ParsedUrl }).URL;

function parseAbsoluteUrl(value: string): ParsedUrl | undefined {
  try {
    return new UrlParser(value);
  } catch {
    return undefined;
  }
}
