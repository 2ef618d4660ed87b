import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/speaker-list.js';
import { SpeakerList } from '../../../src/components/speaker-list/speaker-list.js';
import { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import { SEED, seed, $, squash, text, nextFrame, settled } from '../helpers.js';

/** The seed's 11 speakers, by family name ("Garcia Arnal" by its `sortName`, under G, not A). */
const SEED_NAMES = [
  'Sarah Bormann',
  'Delphine Chenuet',
  'Robert Fuss',
  'César Garcia Arnal',
  'Mark Graham',
  'Christophe Lemaire',
  'Olivier Mériaux',
  'Kristy Milland',
  'Caitlin Pearce',
  'Claudio Treves',
  'Stéphane Veyer',
];

interface Person {
  name: string;
  organisation?: string;
}

/** A small valid programme: these people, all speaking at one item `talk`. */
function programmeOf(people: (Person | string)[]): object {
  const speakers = people.map((person, index) => {
    const { name, organisation } = typeof person === 'string' ? { name: person, organisation: undefined } : person;
    return { id: `p${index}`, name, ...(organisation ? { organisation: { name: organisation } } : {}) };
  });
  return {
    version: 1,
    event: { id: 'test', title: 'Test', timeZone: 'Europe/Paris', days: ['2024-05-01'], defaultLanguage: 'en' },
    speakers,
    items: [
      { id: 'talk', type: 'session', start: '09:00', end: '10:00', title: 'Talk', speakers: speakers.map((s) => ({ id: s.id })) },
      { id: 'break', type: 'break', start: '10:00', end: '10:30', title: 'Break' },
    ],
  };
}

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('speaker-card')];

/** The names the cards show, in order (waits for the cards to render). */
async function names(el: SpeakerList): Promise<string[]> {
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return cards(el).map((card) => text($(card, '[part="name"]')));
}

/** The list settled, and every card in it. */
async function settledWithCards(el: SpeakerList): Promise<SpeakerList> {
  await settled(el);
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}

/** Type into the filter box as a user would (one input event). */
async function type(el: SpeakerList, value: string): Promise<void> {
  const input = $(el, 'input') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settledWithCards(el);
}

/** A list fed after its listeners are in place: resolves once `seminar-load` fired. */
async function listOf(programme: object, template = html`<speaker-list></speaker-list>`): Promise<SpeakerList> {
  const el = await fixture<SpeakerList>(template);
  const loaded = oneEvent(el, 'seminar-load');
  el.programme = programme;
  await loaded;
  return settledWithCards(el);
}

describe('<speaker-list>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('is registered once, with <speaker-card>, and loading it twice does not throw', async () => {
    expect(customElements.get('speaker-list')).to.equal(SpeakerList);
    expect(customElements.get('speaker-card')).to.equal(SpeakerCard);
    await import('../../../src/define/speaker-list.js');
  });

  it('renders every speaker of the seed from src as cards sorted by family name', async () => {
    const el = await fixture<SpeakerList>(html`<speaker-list></speaker-list>`);
    const loaded = oneEvent(el, 'seminar-load');
    el.src = SEED;
    const { detail } = await loaded;
    expect(detail.programme.speakers).to.have.length(11);
    await settledWithCards(el);
    expect(cards(el)).to.have.length(11);
    expect(await names(el)).to.deep.equal(SEED_NAMES);
    const list = $(el, 'ul[part="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Speakers');
    expect(list.querySelectorAll(':scope > li > speaker-card')).to.have.length(11);
    // 11 speakers: too few for a filter box.
    expect($(el, 'input')).to.equal(null);
    expect($(el, '[part="count"]')).to.equal(null);
    for (const card of cards(el)) {
      expect(card.getAttribute('variant')).to.equal('full');
      expect(card.getAttribute('lang')).to.equal('en');
      expect(text($(card, '[part="sessions"]'))).to.contain('Speaking at');
    }
    await expect(el).to.be.accessible();
  });

  it('sorts accented names as French readers expect', async () => {
    const el = await listOf(
      programmeOf(['Zoé', 'Émile', 'Eva', 'Ange', 'Édouard']),
      html`<speaker-list lang="fr"></speaker-list>`,
    );
    // A code-point sort would put "Édouard" and "Émile" after "Zoé".
    expect(await names(el)).to.deep.equal(['Ange', 'Édouard', 'Émile', 'Eva', 'Zoé']);
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Intervenants');
    await expect(el).to.be.accessible();
  });

  it('sorts by family name: the last word, or the speaker\'s sortName', async () => {
    const programme = programmeOf(['Wei Wang', 'Anna de Vries', 'Jean-Claude Van Damme', 'Madonna', 'Ana García López', 'Ana Bel']) as {
      speakers: { name: string; sortName?: string }[];
    };
    // Without sortName, the last word: Bel, Damme, López, Madonna, Vries, Wang.
    let el = await listOf(structuredClone(programme));
    expect(await names(el)).to.deep.equal(['Ana Bel', 'Jean-Claude Van Damme', 'Ana García López', 'Madonna', 'Anna de Vries', 'Wei Wang']);
    // With it, as the editor says: family name first, compound names under their first part.
    const sortNames: Record<string, string> = { 'Wei Wang': 'Wang, Wei', 'Jean-Claude Van Damme': 'Van Damme, Jean-Claude', 'Ana García López': 'García López, Ana' };
    for (const speaker of programme.speakers) if (sortNames[speaker.name]) speaker.sortName = sortNames[speaker.name];
    el = await listOf(programme);
    expect(await names(el)).to.deep.equal(['Ana Bel', 'Ana García López', 'Madonna', 'Jean-Claude Van Damme', 'Anna de Vries', 'Wei Wang']);
  });

  it('sorts the seed the same way in French', async () => {
    document.documentElement.lang = 'fr';
    const el = await listOf(await seed());
    expect(await names(el)).to.deep.equal(SEED_NAMES);
  });

  it('shows only the speakers of one item', async () => {
    const el = await listOf(await seed(), html`<speaker-list item="session-1"></speaker-list>`);
    expect(await names(el)).to.deep.equal(['Sarah Bormann', 'Robert Fuss', 'Kristy Milland']);
    el.item = 'session-2';
    await settledWithCards(el);
    expect(await names(el)).to.deep.equal(['César Garcia Arnal', 'Caitlin Pearce', 'Claudio Treves']);
    el.item = null;
    await settledWithCards(el);
    expect(cards(el)).to.have.length(11);
    await expect(el).to.be.accessible();
  });

  it('shows nothing misleading for an item without speakers', async () => {
    const el = await listOf(await seed(), html`<speaker-list item="coffee-break"></speaker-list>`);
    expect(cards(el)).to.have.length(0);
    expect($(el, '[part="error"]')).to.equal(null);
    // There is no filter, so "No speaker matches this filter." would be wrong.
    expect(squash(el.shadowRoot!.textContent)).to.equal('');
    await expect(el).to.be.accessible();
    el.filter = true;
    await settledWithCards(el);
    expect(text($(el, '[part="count"]'))).to.equal('0 speakers');
    expect($(el, '.empty')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lists filtered cards by speaker, so a card keeps its own state', async () => {
    const programme = await seed<{ speakers: { id: string; bio?: string }[] }>();
    for (const speaker of programme.speakers) speaker.bio = `${speaker.id} `.repeat(60);
    const el = await listOf(programme, html`<speaker-list filter></speaker-list>`);
    const [sarah] = cards(el);
    expect(sarah.getAttribute('speaker')).to.equal('sarah-bormann');
    ($(sarah, 'button.toggle') as HTMLButtonElement).click();
    await sarah.updateComplete;
    expect($(sarah, 'button.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    await type(el, 'cesar');
    const [cesar] = cards(el);
    expect(cards(el)).to.have.length(1);
    expect(cesar.getAttribute('speaker')).to.equal('cesar-garcia-arnal');
    // Sarah's card (first in the grid) was not reused for César, whose bio was never expanded.
    expect(cesar).to.not.equal(sarah);
    expect($(cesar, 'button.toggle')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('names an unknown item, suggests the likely one and fires seminar-error', async () => {
    const el = await fixture<SpeakerList>(html`<speaker-list item="sesion-1"></speaker-list>`);
    const failed = oneEvent(el, 'seminar-error');
    el.programme = await seed();
    const { detail } = await failed;
    expect(detail.kind).to.equal('not-found');
    expect(detail.errors).to.have.length(1);
    expect(detail.errors[0].code).to.equal('unknown-item');
    expect(detail.errors[0].params).to.deep.equal({ value: 'sesion-1', suggestion: 'session-1' });
    await settledWithCards(el);
    // Visitors see nothing broken: no cards, no error (the editor has the event and the console).
    expect(cards(el)).to.have.length(0);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(squash(el.shadowRoot!.textContent)).to.equal('');
    expect(detail.errors[0].message).to.equal('No item has this id. Found: "sesion-1". Did you mean "session-1"?');
    await expect(el).to.be.accessible();
  });

  it('an unknown item without a close one: no suggestion, in any language, and nothing shown', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<SpeakerList>(html`<speaker-list item="quelque-chose-d-autre"></speaker-list>`);
    const failed = oneEvent(el, 'seminar-error');
    el.programme = await seed();
    const { detail } = await failed;
    expect(detail.kind).to.equal('not-found');
    expect(detail.errors[0].params).to.deep.equal({ value: 'quelque-chose-d-autre' });
    await settledWithCards(el);
    expect(squash(el.shadowRoot!.textContent)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('reports a new unknown item once, and recovers when the item exists', async () => {
    const el = await fixture<SpeakerList>(html`<speaker-list item="sesion-1"></speaker-list>`);
    const errors: CustomEvent[] = [];
    // Only the list's own reports (cards inside fire their own events, retargeted to the list).
    el.addEventListener('seminar-error', (event) => {
      if (event.composedPath()[0] === el) errors.push(event);
    });
    el.programme = await seed();
    await waitUntil(() => errors.length === 1, 'the unknown item should be reported');
    el.requestUpdate();
    await settledWithCards(el);
    expect(errors).to.have.length(1);
    el.item = 'sesion-2';
    await waitUntil(() => errors.length === 2, 'another unknown item should be reported again');
    expect(errors[1].detail.errors[0].params).to.deep.equal({ value: 'sesion-2', suggestion: 'session-2' });
    el.item = 'session-2';
    await settledWithCards(el);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(cards(el)).to.have.length(3);
    expect(errors).to.have.length(2);
  });

  it('passes variant="compact" to its cards', async () => {
    const el = await listOf(await seed(), html`<speaker-list variant="compact"></speaker-list>`);
    expect(cards(el)).to.have.length(11);
    for (const card of cards(el)) {
      expect(card.getAttribute('variant')).to.equal('compact');
      expect($(card, '.compact')).to.not.equal(null);
      expect($(card, '[role="heading"]')).to.equal(null);
    }
    el.variant = 'full';
    await settledWithCards(el);
    expect(cards(el).every((card) => $(card, 'article[part="card"]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('passes heading-level, time-zone and agenda-href to its cards', async () => {
    const el = await listOf(
      await seed(),
      html`<speaker-list item="opening-talk" heading-level="2" time-zone="America/New_York" agenda-href="/agenda"></speaker-list>`,
    );
    const [card] = cards(el);
    expect(card.getAttribute('heading-level')).to.equal('2');
    expect($(card, '[part="name"]')!.getAttribute('aria-level')).to.equal('2');
    expect($(card, '.sessions-title')!.getAttribute('aria-level')).to.equal('3');
    expect(text($(card, '[part="sessions"]'))).to.match(/03:05\s?–\s?03:15/);
    expect($(card, '[part="sessions"] a')!.getAttribute('href')).to.equal(new URL('/agenda#item-opening-talk', document.baseURI).href);
    el.headingLevel = 4;
    await settledWithCards(el);
    expect($(card, '[part="name"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('uses heading level 3 by default', async () => {
    const el = await listOf(await seed(), html`<speaker-list item="session-1"></speaker-list>`);
    for (const card of cards(el)) expect($(card, '[part="name"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('shows the filter box from 12 speakers', async () => {
    const fourteen = Array.from({ length: 14 }, (_, i) => `Person ${String.fromCharCode(65 + i)}`);
    const el = await listOf(programmeOf(fourteen));
    expect(cards(el)).to.have.length(14);
    const input = $(el, 'input[part="filter"]') as HTMLInputElement;
    expect(input).to.not.equal(null);
    expect(input.type).to.equal('search');
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Filter speakers');
    expect(text($(el, '[part="count"]'))).to.equal('14 speakers');
    expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    el.programme = programmeOf(fourteen.slice(0, 12));
    await settledWithCards(el);
    expect($(el, 'input')).to.not.equal(null);
    expect(text($(el, '[part="count"]'))).to.equal('12 speakers');
    el.programme = programmeOf(fourteen.slice(0, 11));
    await settledWithCards(el);
    expect($(el, 'input')).to.equal(null);
  });

  it('shows the filter box for a short list with the filter attribute', async () => {
    const el = await listOf(await seed(), html`<speaker-list filter></speaker-list>`);
    expect($(el, 'input[part="filter"]')).to.not.equal(null);
    expect(text($(el, '[part="count"]'))).to.equal('11 speakers');
    el.filter = false;
    await settledWithCards(el);
    expect($(el, 'input')).to.equal(null);
  });

  it('filters by name without accents or case, and by role and organisation', async () => {
    const el = await listOf(await seed(), html`<speaker-list filter></speaker-list>`);
    await type(el, 'cesar');
    expect(await names(el)).to.deep.equal(['César Garcia Arnal']);
    expect(text($(el, '[part="count"]'))).to.equal('1 speaker');
    await type(el, '  CÉSAR  ');
    expect(await names(el)).to.deep.equal(['César Garcia Arnal']);
    await type(el, 'stephane');
    expect(await names(el)).to.deep.equal(['Stéphane Veyer']);
    // Organisations: "IG Metall" and "Ver.di".
    await type(el, 'ig metall');
    expect(await names(el)).to.deep.equal(['Robert Fuss']);
    await type(el, 'ver.di');
    expect(await names(el)).to.deep.equal(['Sarah Bormann']);
    // Job titles: "General Secretary", "Vice General Secretary".
    await type(el, 'general secretary');
    expect(await names(el)).to.deep.equal(['César Garcia Arnal', 'Claudio Treves']);
    expect(text($(el, '[part="count"]'))).to.equal('2 speakers');
    await expect(el).to.be.accessible();
    await type(el, '');
    expect(await names(el)).to.deep.equal(SEED_NAMES);
    expect(text($(el, '[part="count"]'))).to.equal('11 speakers');
  });

  it('filters organisations in a larger programme, accents folded both ways', async () => {
    const people: Person[] = Array.from({ length: 12 }, (_, i) => ({ name: `Member ${i + 1}`, organisation: 'Plain Org' }));
    people.push({ name: 'Zed Ray', organisation: 'Société Générale' }, { name: 'Amy Bell', organisation: 'Mairie de Lyon' });
    const el = await listOf(programmeOf(people));
    expect($(el, 'input')).to.not.equal(null);
    await type(el, 'societe');
    expect(await names(el)).to.deep.equal(['Zed Ray']);
    await type(el, 'lyon');
    expect(await names(el)).to.deep.equal(['Amy Bell']);
    await type(el, 'ORG');
    expect(cards(el)).to.have.length(12);
  });

  it('says when nothing matches, in English and in French', async () => {
    const el = await listOf(await seed(), html`<speaker-list filter></speaker-list>`);
    await type(el, 'zzzz');
    expect(cards(el)).to.have.length(0);
    expect($(el, 'ul')).to.equal(null);
    expect(text($(el, '.empty'))).to.equal('No speaker matches this filter.');
    expect(text($(el, '[part="count"]'))).to.equal('0 speakers');
    expect(($(el, 'input') as HTMLInputElement).value).to.equal('zzzz');
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await waitUntil(() => text($(el, '.empty')) === 'Aucun intervenant ne correspond à ce filtre.', 'the message should switch to French');
    expect(text($(el, '[part="count"]'))).to.equal('0 intervenant');
    await expect(el).to.be.accessible();
  });

  it('stops filtering when the filter box goes away', async () => {
    const el = await listOf(await seed(), html`<speaker-list filter></speaker-list>`);
    await type(el, 'zzzz');
    expect(cards(el)).to.have.length(0);
    el.filter = false;
    await settledWithCards(el);
    // No box, so no hidden query either: every speaker is listed.
    expect($(el, 'input')).to.equal(null);
    expect(cards(el)).to.have.length(11);
  });

  it('counts with English plurals', async () => {
    const el = await listOf(programmeOf(['Ann One', 'Ann Two', 'Bob Three']), html`<speaker-list filter></speaker-list>`);
    const counts: string[] = [];
    for (const query of ['', 'ann', 'bob', 'xyz']) {
      await type(el, query);
      counts.push(text($(el, '[part="count"]')));
    }
    expect(counts).to.deep.equal(['3 speakers', '2 speakers', '1 speaker', '0 speakers']);
  });

  it('counts with French plurals (0 and 1 are singular)', async () => {
    const el = await listOf(programmeOf(['Ann One', 'Ann Two', 'Bob Three']), html`<speaker-list filter lang="fr"></speaker-list>`);
    expect(($(el, 'input') as HTMLInputElement).labels?.[0]?.textContent?.trim()).to.equal('Filtrer les intervenants');
    const counts: string[] = [];
    for (const query of ['', 'ann', 'bob', 'xyz']) {
      await type(el, query);
      counts.push(text($(el, '[part="count"]')));
    }
    expect(counts).to.deep.equal(['3 intervenants', '2 intervenants', '1 intervenant', '0 intervenant']);
    await expect(el).to.be.accessible();
  });

  it('is busy while loading, then lists the speakers', async () => {
    const el = await fixture<SpeakerList>(html`<speaker-list></speaker-list>`);
    const loaded = oneEvent(el, 'seminar-load');
    el.src = '/__test/programme?delay=800&id=list-loading';
    await el.updateComplete;
    const busy = $(el, '[aria-busy="true"]');
    expect(busy).to.not.equal(null);
    expect(squash(busy!.textContent)).to.equal('Loading the programme…');
    expect(cards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    await loaded;
    await settledWithCards(el);
    expect($(el, '[aria-busy="true"]')).to.equal(null);
    expect(cards(el)).to.have.length(11);
  });

  it('is busy while loading, in French', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<SpeakerList>(html`<speaker-list></speaker-list>`);
    const loaded = oneEvent(el, 'seminar-load');
    el.src = '/__test/programme?delay=800&id=list-loading-fr';
    await waitUntil(() => text($(el, '[aria-busy="true"]')) === 'Chargement du programme…', 'the loading text should be French');
    await expect(el).to.be.accessible();
    await loaded;
    await settledWithCards(el);
    expect(cards(el)).to.have.length(11);
  });

  it('shows a load error with a retry button that fetches again', async () => {
    const el = await fixture<SpeakerList>(html`<speaker-list></speaker-list>`);
    const failed = oneEvent(el, 'seminar-error');
    el.src = '/__test/programme?status=500&id=list-500';
    const { detail } = await failed;
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(500);
    await settledWithCards(el);
    expect(text($(el, '[part="error"]'))).to.contain('The programme could not be loaded (the server answered 500).');
    const retry = $(el, 'button[part="retry"]') as HTMLButtonElement;
    expect(retry.textContent.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();
    const failedAgain = oneEvent(el, 'seminar-error');
    retry.click();
    await failedAgain;
    const { count } = (await (await fetch('/__test/count?id=list-500')).json()) as { count: number };
    expect(count).to.equal(2);
  });

  it('shows load errors and invalid programmes in French', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<SpeakerList>(html`<speaker-list></speaker-list>`);
    const failed = oneEvent(el, 'seminar-error');
    el.src = '/__test/programme?status=404&id=list-404-fr';
    await failed;
    await waitUntil(() => text($(el, '[part="error"]')).includes('le serveur a répondu 404'), 'the error should be French');
    expect(text($(el, 'button[part="retry"]'))).to.equal('Réessayer');
    await expect(el).to.be.accessible();
    const invalid = oneEvent(el, 'seminar-error');
    el.programme = { version: 1 };
    expect((await invalid).detail.kind).to.equal('invalid');
    await settledWithCards(el);
    expect(text($(el, '[part="error"]'))).to.contain('Le programme contient');
    expect($(el, 'button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('switches language with <html lang>, cards included', async () => {
    const el = await listOf(await seed(), html`<speaker-list filter></speaker-list>`);
    const cesar = () => cards(el).find((card) => card.getAttribute('speaker') === 'cesar-garcia-arnal')!;
    expect(text($(cesar(), '[part="role"]'))).to.equal('Vice General Secretary');
    document.documentElement.lang = 'fr';
    await waitUntil(() => text($(el, '[part="count"]')) === '11 intervenants', 'the list should switch to French');
    expect($(el, 'label')!.textContent.trim()).to.equal('Filtrer les intervenants');
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Intervenants');
    await waitUntil(() => text($(cesar(), '[part="role"]')) === 'Secrétaire général adjoint', 'the cards should switch to French');
    expect(cards(el).every((card) => card.getAttribute('lang') === 'fr')).to.equal(true);
    expect(text($(cesar(), '[part="organisation"]'))).to.contain('Espagne');
    await expect(el).to.be.accessible();
    document.documentElement.lang = 'en';
    await waitUntil(() => text($(el, '[part="count"]')) === '11 speakers', 'the list should switch back to English');
    await waitUntil(() => text($(cesar(), '[part="role"]')) === 'Vice General Secretary', 'the cards should switch back');
  });

  it('switches language with its own lang, whatever the page says', async () => {
    const el = await listOf(await seed(), html`<speaker-list filter></speaker-list>`);
    el.lang = 'fr-CA';
    await waitUntil(() => text($(el, '[part="count"]')) === '11 intervenants', 'the list should switch to French');
    expect(cards(el).every((card) => card.getAttribute('lang') === 'fr-CA')).to.equal(true);
    const kristy = cards(el).find((card) => card.getAttribute('speaker') === 'kristy-milland')!;
    await waitUntil(() => text($(kristy, '[part="sessions"]')).includes('Interventions'), 'the cards should switch to French');
    await expect(el).to.be.accessible();
    document.documentElement.lang = 'fr';
    el.lang = 'en';
    await waitUntil(() => text($(el, '[part="count"]')) === '11 speakers', 'its own lang should win over the page');
    await waitUntil(() => text($(kristy, '[part="sessions"]')).includes('Speaking at'), 'the cards should follow');
    await expect(el).to.be.accessible();
  });

  it('lays out one column in a narrow container and three in a wide one', async () => {
    const programme = await seed();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div class="narrow" style="width: 300px"><speaker-list .programme=${programme}></speaker-list></div>
      <div class="middle" style="width: 700px"><speaker-list .programme=${programme}></speaker-list></div>
      <div class="wide" style="width: 1000px"><speaker-list .programme=${programme}></speaker-list></div>
    </div>`);
    const lefts = async (selector: string) => {
      const el = wrapper.querySelector<SpeakerList>(`${selector} speaker-list`)!;
      await settledWithCards(el);
      await waitUntil(() => cards(el).length === 11, 'the cards should render');
      await nextFrame();
      return cards(el).map((card) => card.offsetLeft);
    };
    const narrow = await lefts('.narrow');
    expect(new Set(narrow).size).to.equal(1);
    const middle = await lefts('.middle');
    expect(new Set(middle).size).to.equal(2);
    const wide = await lefts('.wide');
    expect(new Set(wide).size).to.equal(3);
    // Row by row: the fourth card starts a new row under the first.
    expect(wide[3]).to.equal(wide[0]);
    expect(wide[1]).to.be.greaterThan(wide[0]);
    expect(wide[2]).to.be.greaterThan(wide[1]);
    // Cards of one row are equally tall (the box, not just the cell).
    const wideCards = cards(wrapper.querySelector('.wide speaker-list')!);
    const heights = wideCards.slice(0, 3).map((card) => ($(card, '[part="card"]') as HTMLElement).offsetHeight);
    expect(new Set(heights).size, `heights ${heights.join(', ')}`).to.equal(1);
  });
});
