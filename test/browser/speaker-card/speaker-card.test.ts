import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/speaker-card.js';
import { SpeakerCard } from '../../../src/components/speaker-card/speaker-card.js';
import { initials } from '../../../src/components/speaker-card/speaker-card.js';
import { SEED, seed, $, text, settled } from '../helpers.js';

describe('<speaker-card>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('is registered once, and loading it twice does not throw', async () => {
    expect(customElements.get('speaker-card')).to.equal(SpeakerCard);
    await import('../../../src/define/speaker-card.js');
  });

  it('renders a speaker from src + speaker, with sessions', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card src=${SEED} speaker="kristy-milland"></speaker-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="name"]'), 'the card should render');
    await settled(el);
    expect(text($(el, '[part="name"]'))).to.equal('Kristy Milland');
    expect($(el, '[part="name"]')!.getAttribute('aria-level')).to.equal('3');
    expect(text($(el, '[part="organisation"]'))).to.contain('Canada');
    expect(text($(el, '[part="sessions"]'))).to.match(/Speaking at/);
    expect(text($(el, '[part="sessions"]'))).to.match(/09:15\s?–\s?09:30/);
    expect($(el, '.avatar')!.textContent.trim()).to.equal('KM');
    await expect(el).to.be.accessible();
  });

  it('speaks French from <html lang>, with the country and dates in French', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<SpeakerCard>(html`<speaker-card .programme=${await seed()} speaker="caitlin-pearce"></speaker-card>`);
    await settled(el);
    expect(text($(el, '[part="organisation"]'))).to.contain('États-Unis');
    expect(text($(el, '[part="sessions"]'))).to.contain('Intervention');
    expect(text($(el, '[part="sessions"]'))).to.contain('vendredi 8 juillet');
    expect(text($(el, '[part="sessions"]'))).to.match(/10:15/);
    await expect(el).to.be.accessible();
  });

  it('switches language at runtime through its own lang', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card .programme=${await seed()} speaker="claudio-treves"></speaker-card>`);
    await settled(el);
    expect(text($(el, '[part="organisation"]'))).to.contain('Italy');
    el.lang = 'fr';
    await waitUntil(() => text($(el, '[part="organisation"]')).includes('Italie'), 'the card should switch to French');
  });

  it('works from attributes alone, with an initials avatar when there is no photo', async () => {
    const el = await fixture<SpeakerCard>(
      html`<speaker-card name="Ada Lovelace" job-title="Analyst" organisation="Analytical Engines" country="GB" heading-level="2"></speaker-card>`,
    );
    await settled(el);
    expect(text($(el, '[part="name"]'))).to.equal('Ada Lovelace');
    expect($(el, '[part="name"]')!.getAttribute('aria-level')).to.equal('2');
    expect(text($(el, '[part="role"]'))).to.equal('Analyst');
    expect(text($(el, '[part="organisation"]'))).to.equal('Analytical Engines, United Kingdom');
    expect(text($(el, '.avatar'))).to.equal('AL');
    await expect(el).to.be.accessible();
  });

  it('falls back to initials when the photo fails to load', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card name="Ada Lovelace" photo="/__test/programme?delay=300&amp;status=404&amp;id=photo" photo-alt="Portrait"></speaker-card>`);
    const img = $(el, 'img') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('96');
    expect(img.alt).to.equal('Portrait');
    await waitUntil(() => !$(el, 'img'), 'the photo should give way to initials', { timeout: 3000 });
    expect($(el, 'img')).to.equal(null);
    expect(text($(el, '.avatar'))).to.equal('AL');
  });

  it('refuses javascript: photos and links, and renders hostile text inert', async () => {
    const programme = await seed<{ speakers: Record<string, unknown>[] }>();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await fixture<SpeakerCard>(
      html`<speaker-card .programme=${programme} speaker="mark-graham" name=${hostile} photo="javascript:alert(1)"></speaker-card>`,
    );
    await settled(el);
    expect($(el, 'img')).to.equal(null);
    expect(text($(el, '[part="name"]'))).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the compact variant on one line, without a heading', async () => {
    const el = await fixture<SpeakerCard>(html`<p>With <speaker-card variant="compact" .programme=${await seed()} speaker="sarah-bormann"></speaker-card> today.</p>`);
    const card = el.querySelector('speaker-card')!;
    await settled(card);
    expect($(card, '[role="heading"]')).to.equal(null);
    expect(text($(card, '[part="name"]'))).to.equal('Sarah Bormann');
    expect(text($(card, '[part="role"]'))).to.not.equal('');
    expect($(card, '[part="sessions"]')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('collapses a long bio behind a real button', async () => {
    const programme = await seed<{ speakers: { id: string; bio?: string }[] }>();
    programme.speakers.find((s) => s.id === 'mark-graham')!.bio = `${'Researcher. '.repeat(40)}\n\n- One\n- Two`;
    const el = await fixture<SpeakerCard>(html`<speaker-card .programme=${programme} speaker="mark-graham"></speaker-card>`);
    await settled(el);
    const button = $(el, 'button.toggle') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('bio');
    expect($(el, '.bio')!.classList.contains('clamped')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.bio li').length).to.equal(2);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '.bio')!.classList.contains('clamped')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names roles other than speaker, in the active language', async () => {
    const programme = await seed<{ items: { id: string; speakers?: { id: string; role?: string }[] }[] }>();
    const debate = programme.items.find((i) => i.id === 'debate-1')!;
    debate.speakers = [{ id: 'mark-graham', role: 'moderator' }];
    const el = await fixture<SpeakerCard>(html`<speaker-card .programme=${programme} speaker="mark-graham"></speaker-card>`);
    await settled(el);
    const roles = [...el.shadowRoot!.querySelectorAll('.session-role')].map((n) => n.textContent);
    expect(roles).to.deep.equal(['(Moderator)']);
    el.lang = 'fr';
    await waitUntil(() => text($(el, '.session-role')) === '(Modération)', 'the role should be in French');
  });

  it('links sessions to the agenda', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card .programme=${await seed()} speaker="olivier-meriaux" agenda-href="/seminar"></speaker-card>`);
    await settled(el);
    // Resolved against the document, as the browser would (test/browser/hostile/urls.test.ts has the hostile spellings).
    expect($(el, '[part="sessions"] a')!.getAttribute('href')).to.equal(new URL('/seminar#item-recap', document.baseURI).href);
    el.agendaHref = '/agenda/{id}';
    await el.updateComplete;
    expect($(el, '[part="sessions"] a')!.getAttribute('href')).to.equal(new URL('/agenda/recap', document.baseURI).href);
    el.agendaHref = 'javascript:alert(1)//{id}';
    await el.updateComplete;
    expect($(el, '[part="sessions"] a')).to.equal(null);
  });

  it('shows times in the viewer zone or a named zone', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card .programme=${await seed()} speaker="mark-graham" time-zone="America/New_York"></speaker-card>`);
    await settled(el);
    expect(text($(el, '[part="sessions"]'))).to.match(/03:05\s?–\s?03:15/);
  });

  it('fires no error for a speaker that exists', async () => {
    let errors = 0;
    const el = await fixture<SpeakerCard>(html`<speaker-card speaker="mark-graham" @seminar-error=${() => errors++}></speaker-card>`);
    el.programme = await seed();
    await settled(el);
    expect(text($(el, '[part="name"]'))).to.equal('Mark Graham');
    expect(errors).to.equal(0);
  });

  it('an unknown id shows visitors nothing; the editor gets the id and the likely one (event, console)', async () => {
    const warnings: unknown[][] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const el = await fixture<SpeakerCard>(html`<speaker-card speaker="kristy-miland"><a href="/speakers">Our speakers</a></speaker-card>`);
      const failed = oneEvent(el, 'seminar-error');
      el.programme = await seed();
      const { detail } = await failed;
      expect(detail.kind).to.equal('not-found');
      expect(detail.errors[0].params).to.deep.equal({ value: 'kristy-miland', suggestion: 'kristy-milland' });
      await settled(el);
      // Nothing broken on the page: no card, no error, no empty box.
      expect(el.shadowRoot!.textContent.trim()).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<speaker-card>').and.to.contain('"kristy-miland"').and.to.contain('Did you mean "kristy-milland"?');
      // Rendered again, it does not warn again.
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('shows a busy skeleton while loading, and load errors', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card src="/__test/programme?delay=500&amp;id=card-skeleton" speaker="mark-graham"></speaker-card>`);
    const loaded = oneEvent(el, 'seminar-load');
    expect($(el, '[aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await loaded;
    await settled(el);
    expect($(el, '[aria-busy="true"]')).to.equal(null);
    el.src = '/__test/programme?status=404&id=card-404';
    const { detail } = await oneEvent(el, 'seminar-error');
    expect(detail.kind).to.equal('http');
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('accepts properties set before the element is defined', async () => {
    const el = document.createElement('speaker-card-late') as HTMLElement & { name: string; updateComplete?: Promise<boolean> };
    el.name = 'Grace Hopper';
    document.body.append(el);
    customElements.define('speaker-card-late', class extends SpeakerCard {});
    await settled(el as unknown as SpeakerCard);
    expect(text($(el, '[part="name"]'))).to.equal('Grace Hopper');
    el.remove();
  });

  it('reflects its attributes', async () => {
    const el = await fixture<SpeakerCard>(html`<speaker-card name="X"></speaker-card>`);
    el.variant = 'compact';
    el.speaker = 'a';
    await el.updateComplete;
    expect(el.getAttribute('variant')).to.equal('compact');
    expect(el.getAttribute('speaker')).to.equal('a');
  });

  it('computes initials', () => {
    expect(initials('César Garcia Arnal')).to.equal('CA');
    expect(initials('  mark ')).to.equal('M');
    expect(initials('')).to.equal('');
  });
});
