import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { formatLocaleFor, resolveLanguage } from '../../../src/internal/locale-controller.js';
import { uiLocaleFor } from '../../../src/internal/localize.js';
import './test-widget.js';
import '../../../src/define/seminar-agenda.js';
import type { TestWidget } from './test-widget.js';
import { settled } from '../helpers.js';

const ERROR_PROGRAMME = { version: 1 };

function buttonText(el: TestWidget): string {
  return el.shadowRoot!.querySelector('button')?.textContent?.trim() ?? '';
}

describe('language resolution', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('maps tags to the UI locales we have', () => {
    expect(uiLocaleFor('fr')).to.equal('fr');
    expect(uiLocaleFor('fr-CA')).to.equal('fr');
    expect(uiLocaleFor('FR_be')).to.equal('fr');
    expect(uiLocaleFor('en-GB')).to.equal('en');
    expect(uiLocaleFor('pt')).to.equal('en');
    expect(uiLocaleFor('')).to.equal('en');
    expect(uiLocaleFor(undefined)).to.equal('en');
  });

  it('formats with the regional form of the UI language, else with the UI language', () => {
    expect(formatLocaleFor('en-GB', 'en')).to.equal('en-GB');
    expect(formatLocaleFor('fr-ca', 'fr')).to.equal('fr-CA');
    expect(formatLocaleFor('de-CH', 'de')).to.equal('de-CH');
    expect(formatLocaleFor('fr', 'fr')).to.equal('fr');
    // English without a region is British English, in its words and its dates; en-US asks for American dates.
    expect(formatLocaleFor('en', 'en')).to.equal('en-GB');
    expect(formatLocaleFor('en-US', 'en')).to.equal('en-US');
    // Another language than the UI's: dates follow the UI (a pt page has an English UI).
    expect(formatLocaleFor('pt-BR', 'en')).to.equal('en-GB');
    expect(formatLocaleFor('not a tag', 'en')).to.equal('en-GB');
    expect(formatLocaleFor('el-x-pseudo', 'el-x-pseudo')).to.equal('el-x-pseudo');
  });

  it('reads the element, then its ancestors, then <html lang>', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="de"><section><span id="a"></span><span id="b" lang="fr-CA"></span></section></div>`);
    expect(resolveLanguage(root.querySelector('#a')!)).to.equal('de');
    expect(resolveLanguage(root.querySelector('#b')!)).to.equal('fr-CA');
    document.documentElement.lang = 'it';
    const bare = await fixture<HTMLSpanElement>(html`<span></span>`);
    expect(resolveLanguage(bare)).to.equal('it');
    document.documentElement.removeAttribute('lang');
    expect(resolveLanguage(bare)).to.equal('en');
  });

  it('crosses shadow roots to the host’s language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLanguage(inner)).to.equal('fr');
  });

  it('renders two widgets in their own languages on one page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <test-widget lang="fr" .programme=${ERROR_PROGRAMME}></test-widget>
      <test-widget lang="en" .programme=${ERROR_PROGRAMME}></test-widget>
    </div>`);
    const [fr, en] = [...page.querySelectorAll('test-widget')];
    await settled(fr);
    await settled(en);
    expect(fr.shadowRoot!.querySelector('.error-reason')!.textContent).to.match(/programme .*erreur/i);
    expect(en.shadowRoot!.querySelector('.error-reason')!.textContent).to.match(/The programme has/);
    await expect(fr).to.be.accessible();
    await expect(en).to.be.accessible();
  });

  it('follows <html lang> changes without reload', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<TestWidget>(html`<test-widget .programme=${ERROR_PROGRAMME}></test-widget>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('.error-reason')!.textContent).to.match(/The programme has/);
    document.documentElement.lang = 'fr-FR';
    await new Promise((r) => setTimeout(r, 20));
    await settled(el);
    expect(el.shadowRoot!.querySelector('.error-reason')!.textContent).to.match(/erreur/);
    document.documentElement.lang = 'pt';
    await new Promise((r) => setTimeout(r, 20));
    await settled(el);
    expect(el.shadowRoot!.querySelector('.error-reason')!.textContent).to.match(/The programme has/);
  });

  it('follows its own lang attribute', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${'/__test/programme?status=404&id=own-lang'}></test-widget>`);
    await oneEvent(el, 'seminar-error');
    await settled(el);
    expect(buttonText(el)).to.equal('Try again');
    el.lang = 'fr';
    await new Promise((r) => setTimeout(r, 20));
    await settled(el);
    expect(buttonText(el)).to.equal('Réessayer');
  });

  it('formats dates with Intl in the UI language, content in the best available language', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <test-widget lang="fr" src="/examples/digital-era-seminar.json"></test-widget>
      <test-widget lang="pt-BR" src="/examples/digital-era-seminar.json"></test-widget>
    </div>`);
    const [fr, pt] = [...page.querySelectorAll('test-widget')];
    await waitUntil(() => fr.data.status === 'ready' && pt.data.status === 'ready', 'both widgets should load');
    await settled(fr);
    await settled(pt);
    expect(fr.shadowRoot!.querySelector('.date')!.textContent).to.equal('vendredi 8 juillet 2016');
    expect(fr.shadowRoot!.querySelector('h2')!.textContent).to.contain('Faire collectif');
    expect(fr.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('fr');
    // Portuguese is not a UI locale: English UI and dates, content falls back to the default language.
    expect(pt.shadowRoot!.querySelector('.date')!.textContent).to.match(/^Friday,? 8 July 2016$/);
    expect(pt.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('en');
  });

  it('writes dates as the region does: en-GB and en-US, fr and fr-CA', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <seminar-agenda lang="en-GB" src="/examples/digital-era-seminar.json"></seminar-agenda>
      <seminar-agenda lang="en-US" src="/examples/digital-era-seminar.json"></seminar-agenda>
      <seminar-agenda lang="fr-CA" src="/examples/digital-era-seminar.json"></seminar-agenda>
      <seminar-agenda lang="fr" src="/examples/digital-era-seminar.json"></seminar-agenda>
    </div>`);
    const agendas = [...page.querySelectorAll('seminar-agenda')];
    const time = (el: Element) => el.shadowRoot?.querySelector('#item-session-1 time')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    await waitUntil(() => agendas.every((el) => time(el) !== ''), 'the four agendas render');
    const [gb, us, ca, fr] = agendas.map(time);
    expect(gb).to.match(/^09:15\s?–\s?09:30$/);
    expect(us).to.match(/^9:15\s?–\s?9:30\sAM$/);
    expect(ca).to.match(/^0?9 h 15\s?–\s?0?9 h 30$/);
    expect(fr).to.match(/^09:15\s?–\s?09:30$/);
    const heading = (el: Element) => el.shadowRoot!.querySelector('.event-when')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(heading(agendas[0])).to.contain('8 July 2016');
    expect(heading(agendas[1])).to.contain('July 8, 2016');
    // The UI strings stay those of the language: French for fr-CA.
    expect(agendas[2].shadowRoot!.querySelector('.download')!.textContent).to.contain('Télécharger');
  });
});
