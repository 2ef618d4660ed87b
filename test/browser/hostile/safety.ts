/**
 * What the hostile and network tests check on every render: nothing thrown,
 * no script ran, nothing dangerous in the DOM (across shadow roots).
 */
import { expect, waitUntil } from '@open-wc/testing';

declare global {
  interface Window {
    /** Set by every payload of the hostile corpus, should one ever run. */
    __pwned?: unknown;
  }
}

/** Collects uncaught errors and unhandled rejections from now until `stop()`. */
export function watchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Every element under `root`, inside shadow roots too. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping'];
const FORBIDDEN_TAGS = new Set(['iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link']);
/** A scheme that runs code or smuggles a document, however it is spelt (browsers drop tabs, newlines and leading controls). */
const DANGEROUS = /^(javascript|data|vbscript):/i;
/** Without the whitespace and control characters a browser ignores in a URL's scheme. */
function normalise(value: string): string {
  let kept = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x20 && (code < 0x7f || code > 0x9f)) kept += value[i];
  }
  return kept;
}

/**
 * No element that runs or embeds code, no event-handler attribute, no URL
 * with a dangerous scheme, no style that loads anything; the only script is
 * the agenda's JSON-LD, which must parse and hold no `<`.
 */
export function assertSafeDom(root: ParentNode, where: string): void {
  for (const element of allElements(root)) {
    const tag = element.localName;
    const at = `${where}: <${tag}${element.id ? `#${element.id}` : ''}>`;
    if (tag === 'script') {
      expect(element.getAttribute('type'), `${at} is a script`).to.equal('application/ld+json');
      expect(element.parentElement?.localName, `${at} is not the agenda's JSON-LD`).to.equal('seminar-agenda');
      const text = element.textContent ?? '';
      expect(text, `${at} JSON-LD holds a "<"`).not.to.contain('<');
      expect(() => JSON.parse(text) as unknown, `${at} JSON-LD does not parse`).not.to.throw();
    }
    if (tag === 'form') expect(element.getAttribute('method'), at).to.equal('dialog');
    else expect(FORBIDDEN_TAGS.has(tag), `${at} should not exist`).to.equal(false);
    for (const { name, value } of element.attributes) {
      expect(name.startsWith('on'), `${at} has an event-handler attribute ${name}="${value}"`).to.equal(false);
      expect(name, `${at} has srcdoc`).not.to.equal('srcdoc');
      if (URL_ATTRIBUTES.includes(name)) {
        expect(DANGEROUS.test(normalise(value)), `${at} ${name}="${value}"`).to.equal(false);
      }
      if (name === 'style') expect(value, `${at} style="${value}"`).not.to.match(/url\(|expression\(|javascript:|@import/i);
    }
  }
}

/** No payload ran and nothing reached Object.prototype. */
export function assertNoScriptRan(where: string): void {
  expect(window.__pwned, `${where}: a payload ran`).to.equal(undefined);
  expect(Object.keys(Object.prototype), `${where}: Object.prototype was polluted`).to.deep.equal([]);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'timeZone', 'end']) expect(probe[key], `${where}: ({}).${key}`).to.equal(undefined);
}

/** An element is settled when it shows something in a language and nothing is loading. */
export function settled(element: Element): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  const top = root.querySelector('[lang]');
  return Boolean(top) && allElements(root).every((e) => e.getAttribute('aria-busy') !== 'true');
}

export async function waitSettled(elements: Element[], what: string, timeout = 8000): Promise<void> {
  await waitUntil(() => elements.every(settled), `${what}: ${elements.filter((e) => !settled(e)).map((e) => e.localName).join(', ')} did not settle`, { timeout, interval: 5 });
  await Promise.all(elements.map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()));
}

/** The UI language an element renders in (the `lang` of its top element). */
export const renderedLang = (element: Element): string | null | undefined => element.shadowRoot?.querySelector('[lang]')?.getAttribute('lang');

/**
 * An element's error state (`part="error"`), or `undefined` without one: what
 * failed (the headline of the details for the site's editor) and the paths
 * listed there.
 */
export function alertOf(element: Element): { title: string; paths: string[] } | undefined {
  const error = element.shadowRoot?.querySelector('[part="error"]');
  if (!error) return undefined;
  return {
    title: (error.querySelector('.error-reason')?.textContent ?? error.textContent ?? '').replace(/\s+/g, ' ').trim(),
    paths: [...error.querySelectorAll('.path')].map((p) => (p.textContent ?? '').trim()),
  };
}
