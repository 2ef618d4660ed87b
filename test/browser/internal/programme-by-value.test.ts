/**
 * The `programme` property takes a normalised programme by value: the very
 * object, a structured clone of `seminar-load`'s detail, a JSON copy (a server
 * component's props), a Vue `ref()`/`reactive()` proxy — recognised by the
 * `normalised: 1` marker and checked again, so a forged copy is reported.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
// Vue's own reactivity (the package `vue` re-exports it): the proxies a Vue app passes.
import { reactive, ref, toRaw } from '@vue/reactivity/dist/reactivity.esm-browser.js';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import type { SeminarErrorDetail, SeminarLoadDetail } from '../../../src/events/index.js';
import type { Programme } from '../../../src/model/types.js';
import { SEED } from '../helpers.js';

const ITEMS = 12;

async function parsed(): Promise<Programme> {
  const el = await fixture<SpeakerCard>(html`<speaker-card speaker="kristy-milland"></speaker-card>`);
  const loaded = oneEvent(el, 'seminar-load');
  el.programme = (await (await fetch(SEED)).json()) as object;
  return ((await loaded) as CustomEvent<SeminarLoadDetail>).detail.programme;
}

async function agendaWith(programme: unknown): Promise<SeminarAgenda> {
  const el = await fixture<SeminarAgenda>(html`<seminar-agenda no-structured-data></seminar-agenda>`);
  el.programme = programme as SeminarAgenda['programme'];
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"], [part="error"], [role="alert"]'), 'the agenda should render');
  await el.updateComplete;
  return el;
}

const items = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="item"]').length;
const errorText = (el: Element) => el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('programme by value', () => {
  let programme: Programme;
  before(async () => {
    programme = await parsed();
  });

  it('a normalised programme carries its marker, `normalised: 1`', () => {
    expect(programme.normalised).to.equal(1);
    expect(programme.version).to.equal(1);
  });

  const copies: [string, () => object | string][] = [
    ['the very object', () => programme],
    ['a structured clone of seminar-load’s detail', () => structuredClone(programme)],
    ['a copy through JSON (a server component’s props)', () => JSON.parse(JSON.stringify(programme)) as object],
    ['its JSON text', () => JSON.stringify(programme)],
    ['a Vue reactive() proxy', () => reactive(structuredClone(programme))],
    ['a Vue ref()’s value', () => ref(structuredClone(programme)).value],
    ['a frozen copy', () => Object.freeze(structuredClone(programme))],
  ];
  for (const [name, copy] of copies) {
    it(`<seminar-agenda> shows ${name}`, async () => {
      const el = await agendaWith(copy());
      expect(errorText(el)).to.equal('');
      expect(items(el)).to.equal(ITEMS);
    });
  }

  it('the programme it loads from a copy equals the original', async () => {
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda no-structured-data></seminar-agenda>`);
    const loaded = oneEvent(el, 'seminar-load');
    el.programme = structuredClone(programme);
    const again = (await loaded).detail.programme;
    expect(again).to.not.equal(programme);
    expect(JSON.parse(JSON.stringify(again))).to.deep.equal(JSON.parse(JSON.stringify(programme)));
  });

  it('<speaker-card> shows a speaker from a Vue proxy of the programme', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card speaker="kristy-milland"></speaker-card>`);
    const loaded = oneEvent(el, 'seminar-load');
    el.programme = reactive(structuredClone(programme));
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="name"]')?.textContent).to.equal('Kristy Milland');
    expect(toRaw(el.programme)).to.not.equal(undefined);
  });

  it('a forged copy is checked: a broken item is reported with its path', async () => {
    const forged = JSON.parse(JSON.stringify(programme)) as { items: { start: unknown; title: unknown }[] };
    forged.items[3].start = 'soon';
    forged.items[5].title = 42;
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda no-structured-data></seminar-agenda>`);
    const failed = oneEvent(el, 'seminar-error');
    el.programme = forged;
    const detail = (await failed).detail as SeminarErrorDetail;
    expect(detail.kind).to.equal('invalid');
    expect(detail.errors.map((e) => e.path)).to.include.members(['/items/3/start', '/items/5/title']);
    await el.updateComplete;
    expect(errorText(el)).to.contain('The programme has');
  });

  it('a marker of another version is not taken for this one', async () => {
    const later = { ...JSON.parse(JSON.stringify(programme)), normalised: 2 };
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda no-structured-data></seminar-agenda>`);
    const failed = oneEvent(el, 'seminar-error');
    el.programme = later;
    expect((await failed).detail.kind).to.equal('invalid');
  });

  it('script in a copied title stays text', async () => {
    const copy = JSON.parse(JSON.stringify(programme)) as Programme;
    (copy.items[0] as { title: unknown }).title = '<img src=x onerror="window.__pwned=1">';
    const el = await agendaWith(copy);
    expect(items(el)).to.equal(ITEMS);
    expect(el.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
