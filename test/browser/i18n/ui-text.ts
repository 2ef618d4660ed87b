/**
 * What an element shows a person: every text node and the text attributes
 * (`aria-label`, `title`, `placeholder`, `alt`, …) of its shadow root and of
 * the elements nested in it (a speaker-card in the agenda's dialog, the
 * cards of a list), live regions included. Programme content is told apart
 * so that tests look at the UI's own words only; so is code (`<code>`).
 */
import { squash } from './fixtures.js';

/** Attributes whose values are read out or shown. */
const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Content in a block is replaced with this mark (placeholders of a message match it). */
export const CONTENT = '⟨content⟩';

export interface Shown {
  /** Single strings: each text node that is not content, each text attribute. */
  strings: { text: string; where: string }[];
  /** Each shadow root's text as one string (content marked), for messages split over several nodes. */
  blocks: { text: string; where: string }[];
}

/** Collects what `host` shows; `isContent` tells programme content (names, titles…) from UI text. */
export function shownText(host: Element, isContent: (text: string) => boolean): Shown {
  const shown: Shown = { strings: [], blocks: [] };
  const visit = (root: ShadowRoot, path: string): void => {
    const block: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        // <code> holds JSON paths (`/items/3/type`) and attribute names: data, not words.
        node instanceof Element && ['STYLE', 'SCRIPT', 'TEMPLATE', 'CODE'].includes(node.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        const where = `${path} ${describe(node)}`;
        for (const name of TEXT_ATTRIBUTES) {
          const value = squash(node.getAttribute(name));
          if (value && !isContent(value)) shown.strings.push({ text: value, where: `${where} @${name}` });
        }
        if (node.shadowRoot) visit(node.shadowRoot, where);
      } else {
        const raw = (node as Text).data;
        const text = squash(raw);
        if (!text) {
          block.push(raw);
        } else if (isContent(text)) {
          block.push(` ${CONTENT} `);
        } else {
          block.push(raw);
          shown.strings.push({ text, where: `${path} ${describe(node.parentElement)}` });
        }
      }
    }
    shown.blocks.push({ text: squash(block.join('')), where: path });
  };
  if (host.shadowRoot) visit(host.shadowRoot, host.localName);
  return shown;
}

function describe(element: Element | null): string {
  if (!element) return '';
  const part = element.getAttribute('part');
  const cls = element.getAttribute('class')?.trim().split(/\s+/)[0];
  return `${element.localName}${part ? `[part=${part}]` : cls ? `.${cls}` : ''}`;
}

/** A message as parts: strings, `null` for each placeholder. */
export type MessageParts = (string | null)[];

export interface SourceMessage {
  id: string;
  parts: MessageParts;
  pseudo: MessageParts;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const wordsOf = (parts: MessageParts) => parts.filter((p): p is string => p !== null).join(' ').match(/\p{L}+/gu)?.length ?? 0;
const body = (parts: MessageParts) => parts.map((p) => (p === null ? '[^]{1,300}?' : escape(p))).join('');

export interface Finding {
  id: string;
  english: string;
  text: string;
  where: string;
}

/**
 * Finds English UI messages in what an element shows:
 * - a message of two words or more, anywhere in a string or a block
 *   (placeholders match anything, so "Keep "…" in my agenda" is found whatever the title);
 * - a message of one word (with or without placeholders: "Search", "3 speakers")
 *   when it is a whole text node or attribute.
 * Values formatted by `Intl` ("Friday, July 8", "in 3 days") are not messages,
 * and content is left out before this, so neither is mistaken for the UI.
 */
export class EnglishFinder {
  private readonly patterns: { id: string; english: string; regex: RegExp; anywhere: boolean }[];

  constructor(messages: SourceMessage[]) {
    this.patterns = messages.flatMap(({ id, parts }) => {
      const words = wordsOf(parts);
      if (words === 0) return [];
      const anywhere = words >= 2;
      const english = parts.map((p) => p ?? '{…}').join('');
      return [{ id, english, anywhere, regex: new RegExp(anywhere ? body(parts) : `^${body(parts)}$`, 'u') }];
    });
  }

  find(shown: Shown): Finding[] {
    const found: Finding[] = [];
    for (const { text, where } of shown.strings) {
      for (const { id, english, regex } of this.patterns) {
        if (regex.test(text)) found.push({ id, english, text, where });
      }
    }
    for (const { text, where } of shown.blocks) {
      for (const { id, english, regex, anywhere } of this.patterns) {
        if (!anywhere) continue;
        const match = regex.exec(text);
        if (match && !found.some((f) => f.id === id)) found.push({ id, english, text: match[0], where });
      }
    }
    return found;
  }
}

/** Which messages appear (in the pseudo-locale) in what an element shows. */
export class Coverage {
  readonly seen = new Set<string>();
  private readonly patterns: { id: string; regex: RegExp }[];

  constructor(messages: SourceMessage[]) {
    this.patterns = messages.map(({ id, pseudo }) => ({ id, regex: new RegExp(body(pseudo), 'u') }));
  }

  add(shown: Shown): void {
    const texts = [...shown.blocks, ...shown.strings].map((s) => s.text);
    for (const { id, regex } of this.patterns) {
      if (!this.seen.has(id) && texts.some((text) => regex.test(text))) this.seen.add(id);
    }
  }
}
