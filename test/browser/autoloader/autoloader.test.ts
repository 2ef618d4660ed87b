/**
 * The CDN autoloader (cdn/autoloader.js, built by `npm run build`) on a page
 * of its own (test/autoloader/page.html, in an iframe): each element's code
 * is fetched when its tag appears — in the document, in open shadow roots it
 * can see, or in a root given to `discover` — and only then.
 */
import { expect, waitUntil } from '@open-wc/testing';

type LoaderWindow = Window & typeof globalThis;

async function open(): Promise<{ frame: HTMLIFrameElement; win: LoaderWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/autoloader/page.html';
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.customElements.get('speaker-card'), 'the card code should load', { timeout: 10_000 });
  return { frame, win: frame.contentWindow as LoaderWindow, doc: frame.contentDocument! };
}

/** One of the library's elements, once its code has loaded. */
type Loaded = HTMLElement & { updateComplete: Promise<boolean> };

/** The scripts the page fetched, as paths. */
const scripts = (win: LoaderWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the CDN autoloader', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;

  /** Opens the page (kept in `frame`, removed after the test) and adds `<tag>` with `attributes` to it. */
  async function openWith(tag: string, attributes: Record<string, string> = {}): Promise<{ win: LoaderWindow; doc: Document; element: Loaded }> {
    const opened = await open();
    frame = opened.frame;
    const element = opened.doc.createElement(tag) as Loaded;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    opened.doc.body.append(element);
    return { win: opened.win, doc: opened.doc, element };
  }

  before(async () => {
    expect((await fetch('/cdn/autoloader.js', { method: 'HEAD' })).ok, 'cdn/autoloader.js is missing: run `npm run build` before these tests').to.equal(true);
  });
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('a card given by attributes: fetches the card and the shared chunk, nothing of the programme machinery', async () => {
    const opened = await open();
    frame = opened.frame;
    const card = opened.doc.querySelector('speaker-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="name"]'), 'the card renders');
    expect(text(card.shadowRoot!.querySelector('[part="organisation"]'))).to.equal('United Kingdom');
    const fetched = scripts(opened.win);
    expect(fetched[0]).to.equal('/cdn/autoloader.js');
    expect(fetched).to.include('/cdn/elements/speaker-card.js');
    const chunks = fetched.filter((path) => path.startsWith('/cdn/chunks/')).map((path) => path.replace(/-[\w-]+\.js$/, ''));
    expect(chunks.length, 'shared chunks').to.be.greaterThan(0);
    expect(new Set(chunks), 'only shared chunks').to.deep.equal(new Set(['/cdn/chunks/shared']));
    expect(fetched.filter((path) => /elements\/(seminar-agenda|speaker-list|session-timer)|programme/.test(path))).to.deep.equal([]);
    expect(opened.win.customElements.get('seminar-agenda'), 'no other element is loaded').to.equal(undefined);
  });

  it('a card given a programme later: then fetches the programme code and the card\'s programme parts, and shows the sessions', async () => {
    const { win, element: card } = await openWith('speaker-card', { src: '/examples/digital-era-seminar.json', speaker: 'kristy-milland' });
    await waitUntil(() => card.shadowRoot?.querySelector('[part="sessions"] li'), 'the card shows its sessions', { timeout: 10_000 });
    const chunks = new Set(scripts(win).map((path) => path.replace(/-[\w-]{8}\.js$/, '')));
    expect(chunks.has('/cdn/chunks/programme'), 'the programme code').to.equal(true);
    expect(chunks.has('/cdn/chunks/programme-parts'), "the card's programme parts").to.equal(true);
    expect(chunks.has('/cdn/elements/seminar-agenda'), 'no other element').to.equal(false);
  });

  it('an agenda: its first screen needs no JSON-LD writer; the JSON-LD is in the page once the programme is drawn', async () => {
    const opened = await open();
    frame = opened.frame;
    const { doc, win } = opened;
    const before = scripts(win).length;
    const agenda = doc.createElement('seminar-agenda');
    doc.body.append(agenda);
    await waitUntil(() => win.customElements.get('seminar-agenda'), 'the agenda code loads', { timeout: 10_000 });
    await (agenda as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const upFront = scripts(win).slice(before).map((path) => path.replace(/-[\w-]{8}\.js$/, ''));
    expect(upFront.filter((path) => /jsonld|programme|speaker-card|calendar|share/.test(path)), 'nothing for a programme yet').to.deep.equal([]);
    agenda.setAttribute('src', '/examples/digital-era-seminar.json');
    await waitUntil(() => agenda.querySelector('script[type="application/ld+json"]'), 'the JSON-LD is written', { timeout: 10_000 });
    const json = JSON.parse(agenda.querySelector('script[type="application/ld+json"]')!.textContent) as { '@type': string; subEvent: unknown[] };
    expect(json['@type']).to.equal('Event');
    expect(json.subEvent.length).to.be.greaterThan(0);
    expect(scripts(win).some((path) => path.startsWith('/cdn/chunks/jsonld-')), 'the writer came with the programme').to.equal(true);
  });

  it('an agenda with a src: asks for its src, the chunks its file imports and the programme code at once, not after its file', async () => {
    const src = '/examples/digital-era-seminar.json?early';
    const { win, element: agenda } = await openWith('seminar-agenda', { src });
    await waitUntil(() => agenda.shadowRoot?.querySelectorAll('[part~="item"]').length === 12, 'the agenda renders its programme', { timeout: 10_000 });
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const find = (pattern: RegExp) => entries.filter((entry) => pattern.test(new URL(entry.name).pathname + new URL(entry.name).search));
    const [file] = find(/^\/cdn\/elements\/seminar-agenda\.js$/);
    expect(file, "the agenda's file").to.not.equal(undefined);
    // One level after another, each of these could only be asked for once the agenda's file had come.
    const early = { src: find(/early$/), common: find(/^\/cdn\/chunks\/common-/), programme: find(/^\/cdn\/chunks\/programme-/) };
    expect(early.src, 'the src, fetched once: the element took the early request over').to.have.length(1);
    for (const [name, [entry]] of Object.entries(early)) {
      expect(entry, name).to.not.equal(undefined);
      expect(entry.startTime, `${name} asked for before the agenda's file came`).to.be.lessThan(file.responseEnd);
    }
  });

  it('an early request nobody takes: the element given its programme by property shows that one', async () => {
    const opened = await open();
    frame = opened.frame;
    const { doc, win } = opened;
    const agenda = doc.createElement('seminar-agenda') as Loaded & { programme: unknown };
    agenda.setAttribute('src', '/examples/digital-era-seminar.json?unused');
    const programme = (await (await fetch('/examples/digital-era-seminar.json')).json()) as { event: { title: unknown } };
    programme.event.title = 'Given by property';
    agenda.programme = programme;
    doc.body.append(agenda);
    await waitUntil(() => agenda.shadowRoot?.querySelectorAll('[part~="item"]').length === 12, 'the agenda renders', { timeout: 10_000 });
    expect(text(agenda.shadowRoot?.querySelector('.agenda')), 'the property wins over src').to.include('Given by property');
    const early = (win as unknown as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('seminar-widgets.early-requests')];
    expect(early?.has(new URL('/examples/digital-era-seminar.json?unused', doc.baseURI).href), 'the early request, left to expire').to.equal(true);
  });

  it('an agenda in list view fetches no grid code; switched to the grid, it fetches it', async () => {
    const { win, element: agenda } = await openWith('seminar-agenda', { src: '/examples/digital-era-seminar.json' });
    await waitUntil(() => agenda.shadowRoot?.querySelector('[part~="item"]'), 'the agenda renders its programme', { timeout: 10_000 });
    await agenda.updateComplete;
    const grid = () => scripts(win).filter((path) => path.startsWith('/cdn/chunks/grid-'));
    expect(grid(), 'no grid code for a list').to.deep.equal([]);
    agenda.setAttribute('view', 'grid');
    await agenda.updateComplete;
    expect(grid().length, 'the grid code, once asked').to.equal(1);
  });

  it('loads an element added later, in the document and in an open shadow root, each once', async () => {
    const { doc, win, element: agenda } = await openWith('seminar-agenda', { src: '/examples/digital-era-seminar.json' });
    await waitUntil(() => agenda.shadowRoot?.querySelectorAll('[part~="item"]').length === 12, 'the agenda renders', { timeout: 10_000 });

    // Another component's shadow DOM, attached before its host is added.
    const host = doc.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const timer = doc.createElement('session-timer');
    timer.setAttribute('start', '2016-07-08T08:45+02:00');
    timer.setAttribute('end', '2016-07-08T09:30+02:00');
    timer.setAttribute('now', '2016-07-08T06:40:00Z');
    root.append(timer);
    doc.body.append(host);
    await waitUntil(() => timer.getAttribute('state') === 'upcoming', 'the timer in the shadow root is loaded');

    // That root is watched from then on.
    const list = doc.createElement('speaker-list');
    list.setAttribute('src', '/examples/digital-era-seminar.json');
    list.setAttribute('item', 'session-1');
    root.append(list);
    await waitUntil(() => list.shadowRoot?.querySelector('speaker-card'), 'the list in the shadow root is loaded', { timeout: 10_000 });

    const fetched = scripts(win);
    for (const tag of ['seminar-agenda', 'session-timer', 'speaker-list', 'speaker-card']) {
      expect(fetched.filter((path) => path === `/cdn/elements/${tag}.js`), tag).to.have.length(1);
    }
  });

  it('discover(): a closed shadow root, given by its owner', async () => {
    const opened = await open();
    frame = opened.frame;
    const { doc, win } = opened;
    const host = doc.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    doc.body.append(host);
    const timer = doc.createElement('session-timer');
    timer.setAttribute('start', '2016-07-08T08:45+02:00');
    timer.setAttribute('end', '2016-07-08T09:30+02:00');
    timer.setAttribute('now', '2016-07-08T06:40:00Z');
    root.append(timer);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.customElements.get('session-timer'), 'a closed root is not seen').to.equal(undefined);
    const loader = (await win.eval('import("/cdn/autoloader.js")')) as { discover: (root: ShadowRoot) => Promise<void> };
    await loader.discover(root);
    expect(win.customElements.get('session-timer')).to.not.equal(undefined);
    await waitUntil(() => timer.getAttribute('state') === 'upcoming', 'the timer renders');
  });
});
