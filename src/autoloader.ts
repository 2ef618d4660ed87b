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
 */
type Loader = () => Promise<unknown>;

/** Each tag and where its code is (importing it registers the tag). */
const elements: Record<string, Loader> = {
  'seminar-agenda': () => import('./define/seminar-agenda.js'),
  'session-timer': () => import('./define/session-timer.js'),
  'speaker-card': () => import('./define/speaker-card.js'),
  'speaker-list': () => import('./define/speaker-list.js'),
};

const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** Loads the code of `tag` (once; a failed load is tried again the next time the tag is met). */
function load(tag: string): Promise<void> {
  const loader = elements[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
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

/** `element`'s tag if it is one of ours, and its shadow root watched if it is someone else's. */
function visit(element: Element, found: Set<string>): void {
  const tag = element.localName;
  if (tag in elements) {
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
