/**
 * URL-valued attributes and fields, the way an attacker writes them after a
 * plain `javascript:` is refused: leading spaces and control characters,
 * tabs and newlines inside the scheme (browsers strip them), upper case,
 * entity-like text, `vbscript:` and `data:`, protocol-relative and
 * backslash URLs. Every one goes through the one URL gate (model/url.ts)
 * before it becomes an `href` or `src`; these tests check what reaches the
 * DOM, read the way the browser reads it, and that nothing runs.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import type { Programme } from '../../../src/model/types.js';
import { allElements, assertNoScriptRan, assertSafeDom, watchErrors } from './safety.js';
import { SEED, seed, settled } from '../helpers.js';

/** Written the ways that get past a check of the first characters. */
const HOSTILE = [
  'javascript:window.__pwned=1',
  'JAVASCRIPT:window.__pwned=1',
  ' javascript:window.__pwned=1',
  '\tjavascript:window.__pwned=1',
  '\njavascript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  '\u0000\u001f javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'j\ra\tv\na\tscript:window.__pwned=1',
  'vbscript:msgbox(1)',
  ' VBScript:msgbox(1)',
  'data:text/html,<script>parent.__pwned=1</script>',
  '\tdata:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
  'blob:null/0c7e',
  'file:///etc/passwd',
];

/** Not schemes at all: the browser reads them as paths on the page's site, which is harmless. */
const LOOK_ALIKES = ['javascript&colon;window.__pwned=1', 'jav&#x09;ascript:window.__pwned=1', '&#106;avascript:x', '\u00a0javascript:x'];

/** The protocols of every link and image in `root` (shadow roots too), as the browser resolves them. */
function urlsIn(root: ParentNode): { tag: string; protocol: string; url: string }[] {
  return allElements(root).flatMap((element) => {
    const value = element.getAttribute('href') ?? element.getAttribute('src');
    if (value === null || !['a', 'img', 'area'].includes(element.localName)) return [];
    const url = new URL(value, element.baseURI);
    return [{ tag: element.localName, protocol: url.protocol, url: url.href }];
  });
}

function expectOnlyWebUrls(root: ParentNode, where: string): void {
  for (const { tag, protocol, url } of urlsIn(root)) {
    expect(['http:', 'https:', 'mailto:'], `${where}: <${tag}> ${url}`).to.include(protocol);
  }
  assertSafeDom(root, where);
  assertNoScriptRan(where);
}

describe('URL-valued attributes and fields', function () {
  this.timeout(20_000);
  afterEach(() => {
    delete window.__pwned;
  });

  it('agenda-href: no hostile spelling becomes a link (speaker-card and speaker-list)', async () => {
    const programme = await seed();
    const watcher = watchErrors();
    for (const value of [...HOSTILE, ...HOSTILE.map((v) => `${v}//{id}`)]) {
      const card = await fixture<SpeakerCard>(html`<speaker-card .programme=${programme} speaker="olivier-meriaux" agenda-href=${value}></speaker-card>`);
      await settled(card);
      expect(card.shadowRoot!.querySelector('[part="sessions"] a'), JSON.stringify(value)).to.equal(null);
      expect(card.shadowRoot!.querySelector('[part="sessions"]'), 'the sessions are still listed').to.exist;
      expectOnlyWebUrls(card, JSON.stringify(value));
      const list = await fixture(html`<speaker-list .programme=${programme} agenda-href=${value}></speaker-list>`);
      await waitUntil(() => list.shadowRoot!.querySelector('speaker-card')?.shadowRoot?.querySelector('[part="name"]'), 'the list renders');
      expectOnlyWebUrls(list, `speaker-list ${JSON.stringify(value)}`);
    }
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
  });

  it('agenda-href: look-alikes, relative, protocol-relative and backslash URLs resolve as the browser resolves them', async () => {
    const programme = await seed();
    const cases: [string, string][] = [
      ...LOOK_ALIKES.map((value): [string, string] => [value, new URL(`${value.split('#')[0]}#item-recap`, document.baseURI).href]),
      ['/agenda', new URL('/agenda#item-recap', document.baseURI).href],
      ['agenda.html?day=2', new URL('agenda.html?day=2#item-recap', document.baseURI).href],
      ['#top', new URL('#item-recap', document.baseURI).href],
      ['/agenda/{id}', new URL('/agenda/recap', document.baseURI).href],
      ['//agenda.example/{id}', 'https://agenda.example/recap'.replace('https:', location.protocol)],
      ['\\\\agenda.example/p', `${location.protocol}//agenda.example/p#item-recap`],
      ['HTTPS://AGENDA.EXAMPLE/', 'https://agenda.example/#item-recap'],
    ];
    for (const [value, expected] of cases) {
      const card = await fixture<SpeakerCard>(html`<speaker-card .programme=${programme} speaker="olivier-meriaux" agenda-href=${value}></speaker-card>`);
      await settled(card);
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="sessions"] a');
      expect(link?.href, JSON.stringify(value)).to.equal(expected);
      expectOnlyWebUrls(card, JSON.stringify(value));
    }
  });

  it('photo: the host may give a relative photo, never a script or data URL', async () => {
    for (const value of HOSTILE) {
      const card = await fixture<SpeakerCard>(html`<speaker-card name="Ada Lovelace" photo=${value}></speaker-card>`);
      await settled(card);
      expect(card.shadowRoot!.querySelector('img'), JSON.stringify(value)).to.equal(null);
      expect(card.shadowRoot!.querySelector('.avatar'), 'initials instead').to.exist;
      expectOnlyWebUrls(card, JSON.stringify(value));
    }
    const relative = await fixture<SpeakerCard>(html`<speaker-card name="Ada Lovelace" photo="/examples/missing.jpg"></speaker-card>`);
    await settled(relative);
    expect(relative.shadowRoot!.querySelector('img')?.src).to.equal(new URL('/examples/missing.jpg', document.baseURI).href);
    const mailto = await fixture<SpeakerCard>(html`<speaker-card name="Ada Lovelace" photo="mailto:ada@example.org"></speaker-card>`);
    await settled(mailto);
    expect(mailto.shadowRoot!.querySelector('img'), 'a photo is not an e-mail address').to.equal(null);
  });

  it('a programme object changed after it was parsed cannot smuggle URLs in (card, list, agenda)', async () => {
    const source = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const loaded = await new Promise<Programme>((resolve) => {
      source.addEventListener('seminar-load', (event) => { resolve((event as CustomEvent<{ programme: Programme }>).detail.programme); }, { once: true });
    });
    // The programme a page already parsed is used as it is: poison every URL in it.
    for (const [index, speaker] of loaded.speakers.entries()) {
      const hostile = HOSTILE[index % HOSTILE.length];
      speaker.links = [{ url: hostile }, { url: 'https://example.org/fine' }];
      speaker.photo = { url: HOSTILE[(index + 1) % HOSTILE.length] };
      speaker.organisation = { name: 'Org', url: HOSTILE[(index + 2) % HOSTILE.length] };
    }
    loaded.event.organisers = HOSTILE.map((url, index) => ({ name: `Org ${index}`, url }));
    const container = await fixture(html`<div>
      <speaker-card .programme=${loaded} speaker=${loaded.speakers[0].id}></speaker-card>
      <speaker-list .programme=${loaded}></speaker-list>
      <seminar-agenda .programme=${loaded}></seminar-agenda>
    </div>`);
    await waitUntil(
      () => container.querySelector('speaker-list')!.shadowRoot!.querySelector('speaker-card')?.shadowRoot?.querySelector('[part="name"]'),
      'the list renders',
    );
    await settled(container.querySelector('seminar-agenda') as HTMLElement & { updateComplete: Promise<unknown> });
    const card = container.querySelector('speaker-card')!;
    expect([...card.shadowRoot!.querySelectorAll('[part="links"] a')].map((a) => (a as HTMLAnchorElement).href)).to.deep.equal(['https://example.org/fine']);
    expectOnlyWebUrls(container, 'poisoned programme');
  });

  it('src: a hostile URL is an error state, never a navigation or a script', async () => {
    const watcher = watchErrors();
    for (const value of HOSTILE.slice(0, 10)) {
      const agenda = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<seminar-agenda src=${value}></seminar-agenda>`);
      await waitUntil(() => agenda.shadowRoot!.querySelector('[role="alert"]'), `${JSON.stringify(value)} shows an error`);
      assertNoScriptRan(JSON.stringify(value));
    }
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
  });

  it('a session link inside the agenda’s speaker dialog still goes to the item (its href is absolute now)', async () => {
    const agenda = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    await waitUntil(() => agenda.shadowRoot!.querySelector('[part~="item"]'), 'the agenda renders');
    agenda.shadowRoot!.querySelector<HTMLButtonElement>('button.speaker')!.click();
    await waitUntil(() => agenda.shadowRoot!.querySelector('dialog[open] speaker-card')?.shadowRoot?.querySelector('[part="sessions"] a'), 'the dialog shows sessions');
    const link = agenda.shadowRoot!.querySelector('dialog speaker-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="sessions"] a')!;
    expect(link.href.startsWith(`${document.URL.split('#')[0]}#item-`)).to.equal(true);
    const before = location.href;
    link.click();
    await waitUntil(() => !agenda.shadowRoot!.querySelector('dialog[open]'), 'the dialog closes');
    expect(location.href).to.equal(before);
  });
});
