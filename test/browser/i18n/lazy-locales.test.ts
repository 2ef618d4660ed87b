/**
 * Locale data is loaded only when needed: a French page downloads the French
 * strings and no other language's. (Its own test file: a page of its own,
 * where no other test has loaded a locale yet.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/speaker-card.js';
import type { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import { settle } from './fixtures.js';

const localeModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/generated\/locales\/([\w-]+)\.[jt]s/.exec(entry.name)?.[1])
    .filter((locale): locale is string => Boolean(locale));

describe('locale loading', () => {
  it('an English page loads no locale module; a French one loads French only', async () => {
    const card = await fixture<SpeakerCard>(html`<speaker-card name="Ada Test" country="FR"></speaker-card>`);
    await settle(card, '[part="name"]');
    expect(localeModules()).to.deep.equal([]);
    card.lang = 'fr-CA';
    await waitUntil(() => card.shadowRoot!.querySelector('[part="card"]')?.getAttribute('lang') === 'fr', 'the card should switch to French', { timeout: 10_000 });
    await settle(card, '[part="name"]');
    expect(card.shadowRoot!.querySelector('[part="organisation"]')!.textContent).to.contain('France');
    expect(card.shadowRoot!.querySelector('[part="card"]')!.getAttribute('lang')).to.equal('fr');
    expect(localeModules()).to.deep.equal(['fr']);
  });
});
