/**
 * The autoloader: one script tag for a whole site, that loads each element's
 * code when its tag first appears on the page (the pattern of Shoelace's and
 * Web Awesome's autoloaders). A page with one `<speaker-card>` downloads the
 * card and Lit; a page with an agenda, the agenda; Lit and the code the
 * elements share are loaded once, in chunks of their own.
 *
 *     <script type="module" src="https://cdn.jsdelivr.net/npm/seminar-widgets/cdn/autoloader.js"></script>
 *
 * It looks for the tags in the document, and in the open shadow roots of the
 * elements it meets (another component's shadow DOM), at once and then as
 * nodes are added (a MutationObserver per root). A shadow root it cannot see
 * (closed, or attached after its host was added) can be given to `discover`.
 *
 * Nothing waits for another: when it meets a tag it asks at once for the
 * element's file and every chunk that file imports (the CDN build writes
 * their list here) and, for an element with a `src`, the programme code and
 * the `src` itself (a request the element takes over when its code has
 * come, see shared-fetch.ts), rather than one after the other as each file
 * names the next.
 */
type Loader = () => Promise<unknown>;

/** Each tag and where its code is (importing it registers the tag). */
const elements: Record<string, Loader> = {
  'seminar-agenda': () => import('./define/seminar-agenda.js'),
  'session-timer': () => import('./define/session-timer.js'),
  'speaker-card': () => import('./define/speaker-card.js'),
  'speaker-list': () => import('./define/speaker-list.js'),
};

/**
 * Per tag, the chunks its code needs, asked for with it, and under
 * `programme` those of the programme code, asked for with a `src`: their
 * names in cdn/chunks/ without `.js`, separated by spaces. Written by the CDN
 * build (rollup.config.mjs); empty elsewhere (a bundler has its own way).
 */
const DEPENDENCIES = JSON.parse('{}') as Record<string, string | undefined>;

/** The early requests for `src`, by URL, for shared-fetch.ts (the same key). */
const EARLY_REQUESTS = Symbol.for('seminar-widgets.early-requests');
/** An early request nobody took (its element left, or was given another source) is dropped after this long (ms). */
const EARLY_LIFETIME = 30_000;

const loading = new Map<string, Promise<void>>();
const preloaded = new Set<string>();

/** Asks for the chunks of `key` (a tag, or `programme`) at once, in parallel; a failure is the element's to report. */
function preload(key: string): void {
  if (preloaded.has(key)) return;
  preloaded.add(key);
  for (const name of DEPENDENCIES[key]?.split(' ') ?? []) import(/* @vite-ignore */ new URL(`chunks/${name}.js`, import.meta.url).href).catch(() => undefined);
}

const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** Loads the code of `tag` (once; a failed load is tried again the next time the tag is met). */
function load(tag: string): Promise<void> {
  const loader = elements[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    preload(tag);
    pending = loader().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag);
        console.error(`seminar-widgets: the code of <${tag}> could not be loaded.`, error);
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Starts the request for an element's `src` now, for the element to take
 * over once its code has come (one per URL): a GET of an http(s) URL with
 * the page's credentials for its own origin only, as the element would make;
 * and asks for the programme code that will read it.
 */
function requestEarly(element: Element): void {
  const src = element.getAttribute('src');
  if (!src || customElements.get(element.localName)) return;
  let url: URL;
  try {
    url = new URL(src, element.ownerDocument.baseURI);
  } catch {
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  const global = globalThis as { [EARLY_REQUESTS]?: Map<string, { response: Promise<Response>; controller: AbortController }> };
  const early = (global[EARLY_REQUESTS] ??= new Map<string, { response: Promise<Response>; controller: AbortController }>());
  const key = url.href;
  preload('programme');
  if (early.has(key)) return;
  const controller = new AbortController();
  const response = fetch(key, { signal: controller.signal, credentials: 'same-origin' });
  response.catch(() => undefined);
  early.set(key, { response, controller });
  setTimeout(() => {
    if (early.get(key)?.controller !== controller) return;
    early.delete(key);
    controller.abort();
  }, EARLY_LIFETIME);
}

/** `element`'s tag if it is one of ours, and its shadow root watched if it is someone else's. */
function visit(element: Element, found: Set<string>): void {
  const tag = element.localName;
  if (tag in elements) {
    requestEarly(element);
    found.add(tag);
    return; // Our own elements import what they render.
  }
  const root = element.shadowRoot;
  if (root) {
    watch(root);
    scan(root, found);
  }
}

function scan(root: ParentNode, found: Set<string>): void {
  if (root instanceof Element) visit(root, found);
  for (const element of root.querySelectorAll('*')) visit(element, found);
}

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver((records) => {
    const found = new Set<string>();
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node, found);
    }
    for (const tag of found) void load(tag);
  });
  observer.observe(root instanceof Document ? root.documentElement : root, { childList: true, subtree: true });
}

/**
 * Loads the code of every element of the library in `root` (and in the open
 * shadow roots below it), and keeps watching `root` for more. Resolves when
 * their tags are defined (a tag whose code could not be loaded is reported in
 * the console and left undefined).
 */
export function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  const found = new Set<string>();
  if (root instanceof Document || root instanceof ShadowRoot) watch(root);
  scan(root instanceof Document ? root.documentElement : root, found);
  return Promise.all([...found].map(load)).then(() => undefined);
}

void discover(document);
