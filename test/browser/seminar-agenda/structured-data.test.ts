import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StructuredDataController } from '../../../src/components/seminar-agenda/structured-data.js';
import { pendingOf } from '../../../src/internal/pending-work.js';
import { parseProgramme } from '../../../src/model.js';
import type { Programme } from '../../../src/model/types.js';
import { seedProgramme } from '../helpers.js';

/** A tiny host: the agenda's inputs as properties. */
class StructuredDataHost extends LitElement {
  static override properties = {
    programme: { attribute: false },
    language: {},
    enabled: { type: Boolean },
    pageUrl: {},
  };
  programme: Programme | undefined;
  language = 'en';
  enabled = true;
  pageUrl: string | undefined;
  readonly structuredData = new StructuredDataController(this, () => ({
    programme: this.programme,
    lang: this.language,
    enabled: this.enabled,
    pageUrl: this.pageUrl,
  }));

  protected override render() {
    return html`<p>agenda</p>`;
  }

  /** As the library's elements do: settled once the controller's work (the JSON-LD writer on its way) is done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await pendingOf(this);
    return result;
  }
}
customElements.define('structured-data-test-host', StructuredDataHost);

const scripts = (el: Element) => el.querySelectorAll<HTMLScriptElement>(':scope > script');
function data(el: Element): Record<string, unknown> {
  const found = scripts(el);
  expect(found).to.have.length(1);
  expect(found[0].type).to.equal('application/ld+json');
  expect(found[0].hasAttribute('data-seminar-structured-data')).to.equal(true);
  return JSON.parse(found[0].textContent) as Record<string, unknown>;
}
const FRENCH_TITLE = "Faire collectif à l'heure du numérique";

describe('StructuredDataController', () => {
  it('keeps one JSON-LD script in the light DOM, in the requested language', async () => {
    const el = await fixture<StructuredDataHost>(
      html`<structured-data-test-host language="fr" .pageUrl=${'https://example.org/agenda'} .programme=${await seedProgramme()}></structured-data-test-host>`,
    );
    await el.updateComplete;
    const json = data(el);
    expect(json['@type']).to.equal('Event');
    expect(json.name).to.equal(FRENCH_TITLE);
    expect((json.subEvent as { url: string }[])[0].url).to.equal('https://example.org/agenda#item-welcome');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);

    // Further updates with the same inputs leave the script alone (writes counted on the script itself).
    const script = scripts(el)[0];
    const native = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
    let writes = 0;
    Object.defineProperty(script, 'textContent', {
      configurable: true,
      get: () => native.get!.call(script) as string,
      set: (value: string) => {
        writes++;
        native.set!.call(script, value);
      },
    });
    const observer = new MutationObserver(() => undefined);
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    el.requestUpdate();
    await el.updateComplete;
    el.programme = await seedProgramme(); // same content, a new object
    await el.updateComplete;
    el.pageUrl = 'https://example.org/agenda#item-debate-1'; // the visitor followed a link
    await el.updateComplete;
    expect(writes).to.equal(0);
    expect(observer.takeRecords()).to.have.length(0);
    observer.disconnect();
    expect(scripts(el)[0]).to.equal(script);
    el.language = 'en';
    await el.updateComplete;
    expect(writes).to.equal(1, 'a change is written');
  });

  it('escapes < so that no programme text can end the script', async () => {
    const hostile = '</script><script>window.__structuredDataPwned = 1</script><!--';
    const programme = parseProgramme({
      version: 1,
      event: { title: hostile, timeZone: 'Europe/Paris', days: ['2026-03-05'] },
      items: [{ id: 'a', type: 'talk', start: '10:00', end: '11:00', title: 'A <b>bold</b> talk' }],
    });
    const el = await fixture<StructuredDataHost>(html`<structured-data-test-host .programme=${programme}></structured-data-test-host>`);
    await el.updateComplete;
    const script = scripts(el)[0];
    expect(script.textContent).to.contain('\\u003c/script>');
    expect(script.textContent).to.not.contain('<');
    expect(data(el).name).to.equal(hostile);
    // Serialised and parsed again (a prerendered page): still one intact script.
    const page = new DOMParser().parseFromString(`<body>${el.outerHTML}</body>`, 'text/html');
    const parsed = page.querySelectorAll('script');
    expect(parsed).to.have.length(1);
    expect((JSON.parse(parsed[0].textContent) as { name: string }).name).to.equal(hostile);
    expect((window as { __structuredDataPwned?: number }).__structuredDataPwned).to.equal(undefined);
  });

  it('rewrites the script when the language changes', async () => {
    const el = await fixture<StructuredDataHost>(html`<structured-data-test-host .programme=${await seedProgramme()}></structured-data-test-host>`);
    await el.updateComplete;
    const script = scripts(el)[0];
    expect(data(el).name).to.match(/^Building collective groups/);
    el.language = 'fr';
    await el.updateComplete;
    expect(data(el).name).to.equal(FRENCH_TITLE);
    expect(scripts(el)[0]).to.equal(script, 'the same script, rewritten');
  });

  it('removes the script when disabled or without a programme, and adds it back', async () => {
    const el = await fixture<StructuredDataHost>(html`<structured-data-test-host></structured-data-test-host>`);
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
    el.programme = await seedProgramme();
    await el.updateComplete;
    expect(scripts(el)).to.have.length(1);
    el.enabled = false;
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
    el.enabled = true;
    await el.updateComplete;
    expect(data(el).name).to.match(/^Building/);
    el.programme = undefined;
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
  });

  it('removes the script on disconnect and puts it back on reconnect', async () => {
    const el = await fixture<StructuredDataHost>(html`<structured-data-test-host .programme=${await seedProgramme()}></structured-data-test-host>`);
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    expect(scripts(el)).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    expect(data(el).name).to.match(/^Building/);
  });

  it('adopts a script already there, and recreates one removed by someone else', async () => {
    const el = await fixture<StructuredDataHost>(
      html`<structured-data-test-host .programme=${await seedProgramme()}><script type="application/ld+json" data-seminar-structured-data>{"stale":true}</script></structured-data-test-host>`,
    );
    await el.updateComplete;
    expect(data(el).name).to.match(/^Building/);
    scripts(el)[0].remove();
    el.requestUpdate();
    await el.updateComplete;
    expect(data(el).name).to.match(/^Building/);
  });

  it('never throws into the host: a programme it cannot convert removes the script', async () => {
    const el = await fixture<StructuredDataHost>(html`<structured-data-test-host .programme=${await seedProgramme()}></structured-data-test-host>`);
    await el.updateComplete;
    const broken = await seedProgramme();
    broken.event.timeZone = 'Not/A_Zone';
    el.programme = broken;
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
    el.programme = await seedProgramme();
    await el.updateComplete;
    expect(scripts(el)).to.have.length(1);
  });
});
