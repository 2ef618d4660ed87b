// Item status and link kinds in the agenda and the timer: a cancelled item stays,
// struck through and said in words, with no "add to calendar", never "now";
// tentative and moved items say so; a livestream is prominent while its item
// runs and a recording once it has ended.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/session-timer.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { SEED, $, text } from '../helpers.js';

let seedCache: unknown;
async function programme(): Promise<{ items: Record<string, unknown>[] }> {
  seedCache ??= await (await fetch(SEED)).json();
  const copy = structuredClone(seedCache) as { items: Record<string, unknown>[] };
  const item = (id: string) => copy.items.find((i) => i['id'] === id)!;
  item('session-1')['status'] = 'cancelled';
  item('session-1')['links'] = [{ url: 'https://stream.example.org/s1', kind: 'livestream' }];
  item('session-2')['status'] = 'tentative';
  item('session-3')['status'] = 'moved';
  item('debate-1')['links'] = [
    { url: 'https://stream.example.org/d1', kind: 'livestream' },
    { url: 'https://video.example.org/d1', kind: 'recording' },
    { url: 'https://example.org/d1.pdf', kind: 'slides' },
    { url: 'https://example.org/register', kind: 'registration', label: { en: 'Sign up', fr: 'S’inscrire' } },
    { url: 'mailto:contact@example.org' },
    { url: 'https://www.example.org/notes' },
  ];
  return copy;
}

async function agenda(now: string, lang = 'en'): Promise<SeminarAgenda> {
  const el = await fixture<SeminarAgenda>(html`<seminar-agenda lang=${lang} now=${now} .programme=${await programme()}></seminar-agenda>`);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"]'), 'the agenda should render');
  await el.updateComplete;
  return el;
}

describe('item status and links in <seminar-agenda>', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('keeps a cancelled item, struck through and said in words, without "add to calendar" and never "now"', async () => {
    // 09:20: session-1 (09:15–09:30) would be running.
    const el = await agenda('2016-07-08T09:20:00+02:00');
    const item = $(el, '#item-session-1')!;
    expect(item.getAttribute('part')).to.contain('cancelled');
    expect(item.classList.contains('cancelled')).to.equal(true);
    expect(text(item.querySelector('[part="status"]'))).to.equal('Cancelled');
    // The words come before the title, so they are read first.
    const order = [...item.querySelectorAll('[part="status"], .title')].map((n) => n.className);
    expect(order).to.deep.equal(['status-badge', 'title']);
    expect(getComputedStyle(item.querySelector('.title')!).textDecorationLine).to.equal('line-through');
    expect(item.querySelector('.calendar')).to.equal(null);
    expect(item.querySelector('.favourite')).to.not.equal(null);
    expect(item.getAttribute('aria-current')).to.equal(null);
    expect(item.getAttribute('part')).to.not.contain('current');
    // Its livestream is not offered as "Watch live": it is not happening.
    expect(item.querySelector('.featured')).to.equal(null);
    expect($(el, '.jump')).to.equal(null, 'nothing runs at 09:20 but the cancelled session');
    await expect(el).to.be.accessible();
  });

  it('says "To be confirmed" and "Moved"; confirmed items say nothing', async () => {
    const el = await agenda('2016-07-01T09:00:00+02:00');
    expect(text($(el, '#item-session-2 [part="status"]'))).to.equal('To be confirmed');
    expect(text($(el, '#item-session-3 [part="status"]'))).to.equal('Moved');
    expect($(el, '#item-debate-2 [part="status"]')).to.equal(null);
    expect(getComputedStyle($(el, '#item-session-2 .title')!).textDecorationLine).to.equal('none');
  });

  it('in French', async () => {
    const el = await agenda('2016-07-08T09:40:00+02:00', 'fr');
    expect(text($(el, '#item-session-1 [part="status"]'))).to.equal('Annulé');
    expect(text($(el, '#item-session-2 [part="status"]'))).to.equal('À confirmer');
    expect(text($(el, '#item-debate-1 .featured'))).to.equal('Regarder en direct');
    expect(text($(el, '#item-debate-1 a[data-kind="slides"]'))).to.equal('Diapositives');
    expect(text($(el, '#item-debate-1 a[data-kind="registration"]'))).to.equal('S’inscrire');
    await expect(el).to.be.accessible();
  });

  it('links: plain before the item, "Watch live" first while it runs, "Watch the recording" after it', async () => {
    const before = await agenda('2016-07-08T09:00:00+02:00');
    const links = (el: SeminarAgenda) => [...el.shadowRoot!.querySelectorAll('#item-debate-1 .links a')].map((a) => `${text(a)} ${a.getAttribute('href')}`);
    expect($(before, '#item-debate-1 .featured')).to.equal(null);
    expect(links(before)).to.deep.equal([
      'Livestream https://stream.example.org/d1',
      'Recording https://video.example.org/d1',
      'Slides https://example.org/d1.pdf',
      'Sign up https://example.org/register',
      'contact@example.org mailto:contact@example.org',
      'example.org https://www.example.org/notes',
    ]);
    // debate-1 runs 09:30–10:15.
    before.now = '2016-07-08T09:40:00+02:00';
    await before.updateComplete;
    expect(links(before)[0]).to.equal('Watch live https://stream.example.org/d1');
    expect(links(before)).to.have.length(6);
    expect($(before, '#item-debate-1 .featured')!.getAttribute('part')).to.equal('featured-link');
    await expect(before).to.be.accessible();
    before.now = '2016-07-08T10:20:00+02:00';
    await before.updateComplete;
    expect(links(before)[0]).to.equal('Watch the recording https://video.example.org/d1');
    expect(links(before)[1]).to.equal('Livestream https://stream.example.org/d1');
  });

  it('never makes a link of an unsafe URL, whatever its kind: the programme is refused, the URL shown as text', async () => {
    const p = await programme();
    p.items[0]['links'] = [{ url: 'javascript:alert(1)', kind: 'livestream' }];
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda now="2016-07-08T08:50:00+02:00" .programme=${p}></seminar-agenda>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"], [href*="alert"]')).to.have.length(0);
  });
});

describe('item status in <session-timer>', () => {
  it('a cancelled session shows "Cancelled", has no state, fires nothing', async () => {
    const p = await programme();
    let fired = 0;
    const el = await fixture<SessionTimer>(html`<session-timer
      session="session-1"
      now="2016-07-08T09:20:00+02:00"
      .programme=${p}
      @seminar-timer-start=${() => fired++}
      @seminar-timer-end=${() => fired++}
    ></session-timer>`);
    await waitUntil(() => el.hasAttribute('cancelled'));
    expect(text($(el, '[part="value"]'))).to.equal('Cancelled');
    expect(text($(el, '[part="label"]'))).to.contain('');
    expect(el.hasAttribute('state')).to.equal(false);
    el.now = '2016-07-08T09:40:00+02:00';
    await el.updateComplete;
    expect(fired).to.equal(0);
    await expect(el).to.be.accessible();
    el.variant = 'compact';
    await el.updateComplete;
    expect(text($(el, '[part="status"]'))).to.equal('Cancelled');
  });

  it('mode="next" skips cancelled items', async () => {
    const p = await programme();
    // 09:10: opening-talk runs (09:05–09:15); next would be session-1 (cancelled), so debate-1.
    const el = await fixture<SessionTimer>(html`<session-timer mode="next" now="2016-07-08T09:10:00+02:00" .programme=${p}></session-timer>`);
    await waitUntil(() => el.getAttribute('state') === 'running');
    expect(text($(el, '[part="next"]'))).to.match(/Debate at 09:30/);
    el.now = '2016-07-08T09:20:00+02:00';
    await el.updateComplete;
    // Nothing runs at 09:20 (session-1 is cancelled): debate-1 is next.
    expect(el.getAttribute('state')).to.equal('upcoming');
    expect(text($(el, '[part="eyebrow"]'))).to.equal('Next');
  });
});
