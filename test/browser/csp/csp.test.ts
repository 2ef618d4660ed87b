/**
 * A host that locks things down: test/csp/page.html is served with
 * `default-src 'self'; require-trusted-types-for 'script'` (see
 * test/plugins/csp.mjs), loads the CDN bundle (and, with `?copies=2`, the npm
 * build too) and renders every element from a same-origin `src`. It runs in
 * an iframe; this test reads its report and its DOM.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { settled } from '../hostile/safety.js';
import { text } from '../helpers.js';

interface CspReport {
  violations: string[];
  errors: string[];
  warnings: string[];
  tags: Record<string, boolean>;
  loaded?: boolean;
}
type CspWindow = Window & { cspReport?: CspReport; eval(code: string): unknown };

const TAGS = 'seminar-agenda, speaker-card, speaker-list, session-timer, npm-speaker-card';

async function open(query: string): Promise<{ frame: HTMLIFrameElement; win: CspWindow; doc: Document; report: CspReport }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/test/csp/page.html${query}`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as CspWindow | null)?.cspReport?.loaded, 'the page under CSP should load the library', { timeout: 10_000 });
  const win = frame.contentWindow as CspWindow;
  const doc = frame.contentDocument!;
  await waitUntil(() => [...doc.querySelectorAll(TAGS)].every(settled), 'every element should render under CSP', { timeout: 10_000 });
  return { frame, win, doc, report: win.cspReport! };
}

/** Renders and works: items, a card, a list, timers; search, favourites, dialog, download, language. */
async function exercise(doc: Document): Promise<void> {
  const [agenda, grid] = [...doc.querySelectorAll('seminar-agenda')];
  const root = agenda.shadowRoot!;
  expect(root.querySelectorAll('[part~="item"]').length).to.equal(12);
  expect(grid.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
  expect(text(grid.shadowRoot!.querySelector('.download'))).to.contain('Télécharger');
  // Inline styles arrive through the CSSOM, which the policy allows: grid placement, track colours.
  const placed = grid.shadowRoot!.querySelector<HTMLElement>('ol.grid > [part~="item"]')!;
  expect(placed.style.gridRow).not.to.equal('');
  expect(grid.shadowRoot!.querySelector<HTMLElement>('.track')!.style.getPropertyValue('--_track')).to.equal('#1a6');
  expect(text(doc.querySelector('speaker-card')!.shadowRoot!.querySelector('[part="name"]'))).to.equal('Kristy Milland');
  expect(doc.querySelector('speaker-list')!.shadowRoot!.querySelectorAll('speaker-card').length).to.be.greaterThan(0);
  const [timer, clock] = [...doc.querySelectorAll('session-timer')];
  expect(timer.getAttribute('state')).to.equal('running');
  expect(clock.getAttribute('state')).to.equal('upcoming');
  expect(text(clock.shadowRoot!.querySelector('[part="value"]'))).to.match(/\d/);

  const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  search.value = 'debate';
  search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitUntil(() => root.querySelectorAll('[part~="item"]').length === 3, 'the search filters', { timeout: 8000 });
  search.value = '';
  search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitUntil(() => root.querySelectorAll('[part~="item"]').length === 12, 'the search clears', { timeout: 8000 });

  const star = root.querySelector<HTMLButtonElement>('#item-session-1 .favourite')!;
  star.click();
  await waitUntil(() => star.getAttribute('aria-pressed') === 'true', 'the favourite toggles', { timeout: 8000 });
  star.click();

  root.querySelector<HTMLButtonElement>('button.speaker')!.click();
  const dialog = root.querySelector('dialog')!;
  await waitUntil(() => dialog.open && dialog.querySelector('speaker-card')?.shadowRoot?.querySelector('[part="name"]'), 'the speaker dialog opens', { timeout: 8000 });
  dialog.close();

  // The calendar download (a lazy chunk, then a blob: URL through a temporary link).
  const pageUrl = (doc.defaultView as Window & { URL: typeof URL }).URL;
  const createObjectURL = pageUrl.createObjectURL.bind(pageUrl);
  let files = 0;
  pageUrl.createObjectURL = (blob: Blob | MediaSource) => {
    files++;
    return createObjectURL(blob);
  };
  root.querySelector<HTMLButtonElement>('.download')!.click();
  await waitUntil(() => files === 1, 'the calendar file is made', { timeout: 8000 });
  pageUrl.createObjectURL = createObjectURL;

  doc.documentElement.lang = 'fr';
  await waitUntil(() => text(root.querySelector('.download')).includes('Télécharger'), 'the language changes', { timeout: 8000 });
}

describe('under a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  before(async () => {
    for (const file of ['/cdn/seminar-widgets.js', '/cdn/autoloader.js', '/dist/index.js']) {
      expect((await fetch(file, { method: 'HEAD' })).ok, `${file} is missing: run \`npm run build\` before these tests`).to.equal(true);
    }
  });
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('serves the page with the policy', async () => {
    const response = await fetch('/test/csp/page.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; require-trusted-types-for 'script'");
  });

  it('the CDN bundle: every element renders and works, with no violation, error or warning', async () => {
    const opened = await open('');
    frame = opened.frame;
    await exercise(opened.doc);
    expect(opened.report.violations).to.deep.equal([]);
    expect(opened.report.errors).to.deep.equal([]);
    expect(opened.report.warnings).to.deep.equal([]);
    // The agenda's structured data went through its Trusted Types policy.
    const jsonLd = opened.doc.querySelector('seminar-agenda > script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd?.textContent ?? 'null')).to.have.property('@type', 'Event');
    // The policy is in force (so the empty lists mean something): eval and a raw HTML sink are refused and reported.
    expect(() => opened.win.eval('1')).to.throw();
    expect(() => {
      opened.doc.body.innerHTML = '<b>raw</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => opened.report.violations.length === 2, 'the two refusals are reported', { timeout: 8000 });
  });

  it('the CDN autoloader: every element renders and works, with no violation, error or warning', async () => {
    const opened = await open('?loader=auto');
    frame = opened.frame;
    await exercise(opened.doc);
    expect(opened.report.violations).to.deep.equal([]);
    expect(opened.report.errors).to.deep.equal([]);
    expect(opened.report.warnings).to.deep.equal([]);
  });

  it('with the Trusted Types policy names listed (trusted-types lit-html)', async () => {
    const opened = await open('?policy=named');
    frame = opened.frame;
    await exercise(opened.doc);
    expect(opened.report.violations).to.deep.equal([]);
    expect(opened.report.errors).to.deep.equal([]);
  });

  it('a page that allows only Lit\'s policy: one report (our policy name refused), no structured data, widgets work', async () => {
    const opened = await open('?policy=lit-only');
    frame = opened.frame;
    await exercise(opened.doc);
    expect(opened.report.violations).to.have.length(1);
    expect(opened.report.violations[0]).to.match(/^trusted-types blocked/);
    expect(opened.doc.querySelector('seminar-agenda > script')).to.equal(null);
    expect(opened.report.errors).to.deep.equal([]);
  });

  it('two copies (the CDN bundle and the npm build): nothing throws, one warning at most, widgets work', async () => {
    const opened = await open('?copies=2');
    frame = opened.frame;
    await exercise(opened.doc);
    const npmCard = opened.doc.querySelector('npm-speaker-card')!;
    expect(text(npmCard.shadowRoot!.querySelector('[part="name"]'))).to.equal('Robert Fuss');
    expect(opened.report.violations).to.deep.equal([]);
    expect(opened.report.errors).to.deep.equal([]);
    // Lit's own development-mode notices (the npm copy is served with the `development` condition here) are not ours.
    const ours = opened.report.warnings.filter((w) => !/lit\.dev\/msg/.test(w));
    expect(ours, 'one warning, however many tags are taken').to.have.length(1);
    expect(ours[0]).to.match(/^seminar-widgets: <[a-z-]+> is already defined by other code/);
  });
});
