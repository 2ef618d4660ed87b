/**
 * <speaker-card> and <speaker-list> and RGAA 4.1: the language of parts
 * (8.7: proper names given as plain strings are not marked, the host's own
 * words are in the page's language, other-language text is marked),
 * landmarks (12.6: none per card) and heading levels (9.1).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/speaker-card.js';
import '../../../src/define/speaker-list.js';
import type { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import type { SpeakerList } from '../../../src/components/speaker-list/speaker-list.js';
import { landmarksIn } from '../a11y/helpers.js';
import { SEED, $ } from '../helpers.js';

async function card(template: ReturnType<typeof html>): Promise<SpeakerCard> {
  const el = await fixture<SpeakerCard>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part="name"], [role="alert"]'), 'the card should render');
  await el.updateComplete;
  return el;
}

/** A programme with one speaker whose texts are in a language the page is not. */
function programme(): unknown {
  return {
    version: 1,
    event: { title: { en: 'Seminar', fr: 'Séminaire' }, timeZone: 'Europe/Paris', days: ['2016-07-08'], defaultLanguage: 'en' },
    speakers: [
      {
        id: 'ana',
        name: 'Ana López',
        title: { es: 'Secretaria general' },
        organisation: { name: 'UPTA — Unión de Profesionales y Trabajadores Autónomos' },
        links: [{ url: 'https://example.org/ana', label: { es: 'Su página' } }],
        photo: { url: 'https://example.org/ana.jpg', alt: { es: 'Ana López sonriendo' } },
      },
    ],
    items: [{ id: 'talk', type: 'talk', day: '2016-07-08', start: '09:00', end: '10:00', title: { en: 'Organising', fr: 'S’organiser' }, speakers: [{ id: 'ana' }] }],
  };
}

describe('<speaker-card> accessibility', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('never marks an organisation given as a plain string with the programme’s default language', async () => {
    document.documentElement.lang = 'fr';
    const el = await card(html`<speaker-card src=${SEED} speaker="robert-fuss"></speaker-card>`);
    const organisation = $(el, '[part="organisation"]')!;
    expect(organisation.textContent).to.contain('IG Metall');
    expect(organisation.querySelector('[lang]')?.outerHTML ?? null, organisation.innerHTML).to.equal(null);
  });

  it('marks text in another language: job title, link labels, photo text', async () => {
    document.documentElement.lang = 'fr';
    const el = await card(html`<speaker-card .programme=${programme()} speaker="ana"></speaker-card>`);
    expect($(el, '[part="role"] [lang="es"]')?.textContent).to.equal('Secretaria general');
    expect($(el, '[part="organisation"] [lang]')?.outerHTML ?? null, 'a proper name').to.equal(null);
    expect($(el, '[part="links"] a')!.getAttribute('lang')).to.equal('es');
    expect($(el, 'img')!.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('reads the host’s own attributes as the page’s language, not the programme’s', async () => {
    document.documentElement.lang = 'fr';
    const el = await card(html`<speaker-card src=${SEED} speaker="robert-fuss" job-title="Délégué syndical"></speaker-card>`);
    expect($(el, '[part="role"]')!.textContent.trim()).to.equal('Délégué syndical');
    expect($(el, '[part="role"] [lang]')?.outerHTML ?? null, 'French on a French page: no mark').to.equal(null);
  });

  it('adds no landmark per card', async () => {
    const list = await fixture<SpeakerList>(html`<speaker-list src=${SEED}></speaker-list>`);
    await waitUntil(() => [...list.shadowRoot!.querySelectorAll('speaker-card')].every((c) => c.shadowRoot?.querySelector('[part="sessions"]')));
    expect(await landmarksIn(list)).to.deep.equal([]);
  });

  for (const level of [1, 5, 6]) {
    it(`heading-level="${level}": "Speaking at" is one level below the name, or not a heading past 6`, async () => {
      const el = await card(html`<speaker-card src=${SEED} speaker="robert-fuss" heading-level=${level}></speaker-card>`);
      expect($(el, '[part="name"]')!.getAttribute('aria-level')).to.equal(String(level));
      const title = $(el, '.sessions-title')!;
      expect(title.getAttribute('role')).to.equal(level < 6 ? 'heading' : null);
      expect(title.getAttribute('aria-level')).to.equal(level < 6 ? String(level + 1) : null);
    });
  }
});
