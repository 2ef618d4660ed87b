/**
 * A tiny XML reader over a DOM parser: the browser's own `DOMParser`, or in
 * Node `DOMParser` from `@xmldom/xmldom`, loaded with `require` created at run
 * time. No module here imports the Node parser, so bundlers never see it: a
 * browser build contains none of it, and a page that never reads XML does
 * not load this module at all (the elements import the Pentabarf importer
 * lazily).
 *
 * The model compiles without DOM types: the few DOM members used are declared
 * here.
 */

/** An element, read-only: what the Pentabarf importer needs. */
export interface XmlElement {
  /** The local name, e.g. `event`. */
  readonly name: string;
  attribute(name: string): string | undefined;
  /** Child elements, in document order. */
  readonly children: readonly XmlElement[];
  /** The text content (of the element and its descendants). */
  readonly text: string;
}

/** The DOM members used, present in browsers and in @xmldom/xmldom. */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName?: string | null;
  readonly textContent: string | null;
  readonly childNodes: { readonly length: number; [index: number]: DomNode | undefined };
  getAttribute?(name: string): string | null;
}

interface DomDocument {
  readonly documentElement: DomNode | null;
  getElementsByTagName(name: string): { readonly length: number; [index: number]: DomNode | undefined };
}

/** A `DOMParser` class: the platform's, or @xmldom/xmldom's. */
export type DomParserConstructor = new (options?: {
  onError?: (level: string, message: string) => void;
}) => { parseFromString(text: string, mimeType: string): unknown };

/** Raised for XML that is not well-formed. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

const ELEMENT_NODE = 1;

/**
 * Parses XML text into its root element.
 *
 * @throws XmlSyntaxError when the text is not well-formed XML.
 * @throws Error when no DOM parser is available: in Node without
 *   `@xmldom/xmldom` installed (`code: 'SEMINAR_MISSING_PACKAGE'`), or in a
 *   runtime without `DOMParser` nor Node's modules, when `domParser` is not given.
 */
export function parseXml(text: string, domParser: DomParserConstructor | undefined = defaultDomParser()): XmlElement {
  if (!domParser) {
    throw new Error(
      'No XML parser: this runtime has no DOMParser. In Node, use version 20.16 or later, or pass `domParser` (e.g. DOMParser from @xmldom/xmldom).',
    );
  }
  // Before the parser: a DOM parser may take seconds over elements nested tens of thousands deep.
  if (textNestingOver(text, MAX_DEPTH)) throw new XmlSyntaxError(`elements are nested more than ${MAX_DEPTH} deep`);
  const problems: string[] = [];
  let document: DomDocument;
  try {
    const parser = new domParser({
      // @xmldom/xmldom reports recoverable errors here; browsers take no options.
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    });
    document = parser.parseFromString(text, 'text/xml') as DomDocument;
  } catch (error) {
    throw new XmlSyntaxError(firstLine(error instanceof Error ? error.message : String(error)));
  }
  // Browsers report errors as a <parsererror> element in the result.
  const parserError = document.getElementsByTagName('parsererror')[0];
  if (parserError) problems.push(parserError.textContent ?? 'parser error');
  const root = document.documentElement;
  if (problems.length > 0 || !root) throw new XmlSyntaxError(firstLine(problems[0] ?? 'the document is empty'));
  if (depthOver(root, MAX_DEPTH)) throw new XmlSyntaxError(`elements are nested more than ${MAX_DEPTH} deep`);
  return wrap(root);
}

/** Deeper than any schedule: the readers of the tree recurse, so deeper documents are refused. */
const MAX_DEPTH = 100;

/**
 * Whether the elements of XML text nest deeper than `limit`, by one scan of
 * its tags (comments, CDATA, declarations and processing instructions
 * skipped). An estimate for text that is not well-formed, which the parser
 * refuses anyway.
 */
function textNestingOver(text: string, limit: number): boolean {
  let depth = 0;
  let position = text.indexOf('<');
  while (position !== -1) {
    const next = text[position + 1];
    let end: number;
    if (text.startsWith('<!--', position)) end = text.indexOf('-->', position + 4);
    else if (text.startsWith('<![CDATA[', position)) end = text.indexOf(']]>', position + 9);
    else end = text.indexOf('>', position + 1);
    if (end === -1) return false;
    if (next === '/') depth--;
    else if (next !== '!' && next !== '?' && text[end - 1] !== '/' && ++depth > limit) return true;
    position = text.indexOf('<', end + 1);
  }
  return false;
}

/** Whether elements nest deeper than `limit` under `root` (walked without recursion). */
function depthOver(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > limit) return true;
    for (let index = 0; index < node.childNodes.length; index++) {
      const child = node.childNodes[index];
      if (child?.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return false;
}

function firstLine(message: string): string {
  return message.trim().split('\n')[0]?.replace(/^\[xmldom \w+\]\s*/, '').trim() || 'not well-formed';
}

function wrap(node: DomNode): XmlElement {
  return new WrappedElement(node);
}

/** An element of the DOM, its children and text read on first use (a class: a programme has thousands). */
class WrappedElement implements XmlElement {
  readonly name: string;
  private kids: XmlElement[] | undefined;
  private content: string | undefined;

  constructor(private readonly node: DomNode) {
    this.name = node.localName ?? node.nodeName;
  }

  attribute(name: string): string | undefined {
    return this.node.getAttribute?.(name) ?? undefined;
  }

  get children(): readonly XmlElement[] {
    if (!this.kids) {
      const kids: XmlElement[] = [];
      const nodes = this.node.childNodes;
      for (let index = 0; index < nodes.length; index++) {
        const child = nodes[index];
        if (child?.nodeType === ELEMENT_NODE) kids.push(new WrappedElement(child));
      }
      this.kids = kids;
    }
    return this.kids;
  }

  /** Read once: an importer asks for it more than once, and textContent walks the subtree. */
  get text(): string {
    this.content ??= this.node.textContent ?? '';
    return this.content;
  }
}

/** The platform's DOMParser, else @xmldom/xmldom's through Node's `require`. */
function defaultDomParser(): DomParserConstructor | undefined {
  const platform = (globalThis as { DOMParser?: DomParserConstructor }).DOMParser;
  if (platform) return platform;
  const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeModule = nodeProcess?.getBuiltinModule?.('node:module') as
    | { createRequire(from: string): (id: string) => unknown }
    | undefined;
  if (!nodeModule) return undefined;
  let xmldom: { DOMParser: DomParserConstructor };
  try {
    xmldom = nodeModule.createRequire((import.meta as unknown as { url: string }).url)('@xmldom/xmldom') as typeof xmldom;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
    // An optional peer dependency: only XML import in Node needs it.
    throw Object.assign(
      new Error('Reading XML (Pentabarf, FOSDEM) in Node needs the package @xmldom/xmldom, which is not installed: npm install @xmldom/xmldom (or pass `domParser`).'),
      { code: 'SEMINAR_MISSING_PACKAGE', package: '@xmldom/xmldom' },
    );
  }
  return xmldom.DOMParser;
}
