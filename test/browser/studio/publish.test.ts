// The studio's preview of each element (agenda, speaker card, speaker list,
// timer) in the chosen language and colours, and its publishing: a snippet per
// element with those options, copied to the clipboard (or selected where the
// clipboard is refused), and each element's static HTML from the studio's
// server. At 320 px nothing makes the page scroll sideways. axe in each state.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/studio/main.js';
import type { SeminarStudio } from '../../../src/studio/seminar-studio.js';
import { DRAFT_KEY } from '../../../src/studio/draft.js';
import { deepActive } from '../a11y/helpers.js';
import { blankStudio } from './helpers.js';

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
const $ = <T extends Element = HTMLElement>(el: SeminarStudio, selector: string): T | null => el.shadowRoot!.querySelector(selector);

async function set(el: SeminarStudio, selector: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  expect(control, selector).to.exist;
  control!.value = value;
  control!.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await el.updateComplete;
}

async function click(el: SeminarStudio, selector: string): Promise<void> {
  const target = $(el, selector);
  expect(target, selector).to.exist;
  target!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** A blank programme with one speaker, Ana García, in the opening item. */
async function withSpeaker(width?: string): Promise<SeminarStudio> {
  const el = await blankStudio(width);
  await click(el, '[data-list="speakers"] button.add');
  await set(el, '[data-path="/speakers/0/name"]', 'Ana García');
  await click(el, 'button.edit-item');
  await click(el, '#items-form button.add-speaker');
  await set(el, '[data-path="/items/0/title"]', 'Opening');
  return el;
}

describe('<seminar-studio> preview and publishing', () => {
  beforeEach(() => { localStorage.removeItem(DRAFT_KEY); });
  after(() => { localStorage.removeItem(DRAFT_KEY); });

  it('previews each element in the chosen language and colours', async () => {
    const el = await withSpeaker();
    await set(el, '#preview-lang', 'fr');
    const colours = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.preview-settings select')].find((s) => [...s.options].some((o) => o.value === 'dark'))!;
    colours.value = 'dark';
    colours.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, 'seminar-agenda')!.getAttribute('theme')).to.equal('dark');

    await set(el, '#preview-element', 'card');
    const card = $(el, '.frame speaker-card')!;
    expect(card.getAttribute('speaker')).to.equal('speaker-1');
    expect(card.getAttribute('lang')).to.equal('fr');
    await waitUntil(() => card.shadowRoot?.textContent?.includes('Ana García'), 'the card shows the speaker');
    await expect(el).to.be.accessible();

    await set(el, '#preview-element', 'list');
    const list = $(el, '.frame speaker-list')!;
    // Each speaker of the list is a card of its own.
    await waitUntil(() => list.shadowRoot?.querySelector('speaker-card')?.shadowRoot?.textContent?.includes('Ana García'), 'the list shows the speaker');

    await set(el, '#preview-element', 'timer');
    await set(el, '#preview-item', 'item-1');
    await set(el, '#preview-variant', 'clock');
    const timer = $(el, '.frame session-timer')!;
    expect(timer.getAttribute('session')).to.equal('item-1');
    expect(timer.getAttribute('variant')).to.equal('clock');
    // Shown a third of the way into its item (09:00–10:00 in the programme's zone): running.
    await waitUntil(() => timer.getAttribute('state') === 'running', 'the timer runs');
    await expect(el).to.be.accessible();
  });

  it('copies a snippet with the chosen options, and selects it where the clipboard is refused', async () => {
    const el = await withSpeaker();
    await set(el, '#preview-lang', 'fr');
    await set(el, '#preview-element', 'timer');
    await set(el, '#preview-item', 'item-1');
    await set(el, '#preview-variant', 'compact');
    await set(el, '#published-at', 'https://example.org/seminaire.json');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    try {
      await click(el, 'button.copy[data-element="card"]');
      await waitUntil(() => copied.length === 1, 'copied');
      expect(copied[0]).to.equal(
        '<script type="module" src="https://unpkg.com/seminar-widgets/cdn/autoloader.js"></script>\n' +
          '<speaker-card src="https://example.org/seminaire.json" speaker="speaker-1" lang="fr"></speaker-card>\n',
      );
      await waitUntil(() => $(el, '[role="status"]')!.textContent.includes('Copied'), 'said');
      await click(el, 'button.copy[data-element="timer"]');
      await waitUntil(() => copied.length === 2, 'copied');
      expect(copied[1]).to.contain('<session-timer src="https://example.org/seminaire.json" session="item-1" variant="compact" lang="fr"></session-timer>');
      // What is shown is what is copied.
      expect($<HTMLTextAreaElement>(el, '#snippet-timer')!.value).to.equal(copied[1]);

      // A clipboard that refuses: the snippet is selected, for Ctrl+C.
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
      await click(el, 'button.copy[data-element="agenda"]');
      await waitUntil(() => $(el, '[role="status"]')!.textContent.includes('Ctrl+C'), 'said');
      const area = $<HTMLTextAreaElement>(el, '#snippet-agenda')!;
      expect(deepActive()).to.equal(area);
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    await expect(el).to.be.accessible();
  });

  it('downloads an element’s static HTML from the studio’s server, or says how to make it', async () => {
    const el = await withSpeaker();
    await set(el, '#preview-lang', 'de');
    const original = window.fetch.bind(window);
    const asked: { url: string; init: RequestInit | undefined }[] = [];
    let answer = new Response('<speaker-card lang="de"><template shadowrootmode="open">Ana</template></speaker-card>\n', { status: 200 });
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push({ url: input instanceof Request ? input.url : input.toString(), init });
      return Promise.resolve(answer);
    };
    const clicks: { href: string; download: string }[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    };
    try {
      await click(el, 'button.static-html[data-element="card"]');
      await waitUntil(() => clicks.length === 1, 'downloaded');
      const url = new URL(asked[0].url);
      expect(url.pathname).to.equal('/render');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({ element: 'speaker', lang: 'de', speaker: 'speaker-1' });
      expect(asked[0].init?.method).to.equal('POST');
      expect((asked[0].init?.headers as Record<string, string>)['Content-Type']).to.equal('application/json');
      expect((JSON.parse(asked[0].init?.body as string) as { speakers: { name: string }[] }).speakers[0].name).to.equal('Ana García');
      expect(clicks[0].download).to.equal('new-programme-speaker.html');
      expect(await (await original(clicks[0].href)).text()).to.contain('shadowrootmode="open"');

      // Served without @lit-labs/ssr, or from a static host: said, with the command to run instead.
      answer = new Response('', { status: 501 });
      await click(el, 'button.static-html[data-element="agenda"]');
      await waitUntil(() => $(el, '[role="status"]')!.textContent.includes('@lit-labs/ssr'), 'needs @lit-labs/ssr');
      answer = new Response('', { status: 404 });
      await click(el, 'button.static-html[data-element="agenda"]');
      await waitUntil(() => $(el, '[role="status"]')!.textContent.includes('npx seminar-widgets render new-programme.json --element agenda'), 'the command');

      // A studio on a host (not this computer) sends the programme nowhere: no request, the command.
      asked.length = 0;
      await click(el, 'button.static-html[data-element="card"]');
      expect(asked).to.have.length(1);
      const base = document.createElement('base');
      base.href = 'https://studio.example.org/';
      document.head.append(base);
      try {
        await click(el, 'button.static-html[data-element="list"]');
        await waitUntil(() => $(el, '[role="status"]')!.textContent.includes('--element speakers'), 'the command');
        expect(asked, 'nothing sent').to.have.length(1);
      } finally {
        base.remove();
      }
    } finally {
      window.fetch = original;
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    }
  });

  it('is usable at 320 px: forms open, nothing scrolls the page sideways', async () => {
    const el = await withSpeaker('320px');
    await click(el, '[data-list="rooms"] button.add');
    const french = $<HTMLInputElement>(el, 'input[type="checkbox"][data-lang="fr"]')!;
    french.checked = true;
    french.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    // Every control fits in the width (tables scroll within their own region).
    const outside = [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea, button')]
      .filter((c) => !c.closest('.scroll') && c.getBoundingClientRect().right > el.getBoundingClientRect().right + 1)
      .map((c) => c.outerHTML.slice(0, 80));
    expect(outside).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
