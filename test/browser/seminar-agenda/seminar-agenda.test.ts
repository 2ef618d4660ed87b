import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import { calendarCode, type SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { SEED, text, $, $$ } from '../helpers.js';

const ROOMS = '/test/fixtures/two-rooms.json';
const cache = new Map<string, unknown>();
async function load(url: string): Promise<Record<string, unknown>> {
  if (!cache.has(url)) cache.set(url, await (await fetch(url)).json());
  return structuredClone(cache.get(url)) as Record<string, unknown>;
}
const root = (el: Element) => el.shadowRoot!;
const ids = (el: Element) => $$(el, '[part~="item"]').map((li) => li.dataset['itemId']);

async function agenda(template: ReturnType<typeof html>): Promise<SeminarAgenda> {
  const el = await fixture<SeminarAgenda>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"], [part="error"], .empty'), 'the agenda should render');
  await el.updateComplete;
  return el;
}

describe('<seminar-agenda>', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('renders the seed programme: header, day, every item in order, with ids and parts', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED} now="2016-07-01T10:00:00Z"></seminar-agenda>`);
    expect(text($(el, '.event-title'))).to.contain('Building collective groups');
    expect($(el, '.event-title')!.getAttribute('aria-level')).to.equal('2');
    // English is written the British way, and so are its dates (lang="en-US" gives American ones).
    expect(text($(el, '.event-when'))).to.match(/Friday,? 8 July 2016/);
    expect(text($(el, '.event-when'))).to.match(/08:45\s?–\s?13:30/);
    expect(text($(el, '.organisations'))).to.contain('France Stratégie');
    expect(ids(el)).to.deep.equal([
      'welcome', 'introduction', 'opening-talk', 'session-1', 'debate-1', 'session-2', 'debate-2', 'coffee-break', 'session-3', 'debate-3', 'recap', 'lunch',
    ]);
    const session = $(el, '#item-session-1')!;
    expect(session.querySelector('time')!.getAttribute('datetime')).to.equal('2016-07-08T07:15:00.000Z');
    expect(session.querySelector('.title')!.getAttribute('aria-level')).to.equal('4');
    expect($(el, '.day-title')!.getAttribute('aria-level')).to.equal('3');
    expect(text(session.querySelector('.speakers'))).to.contain('Kristy Milland');
    expect($(el, '#item-coffee-break')!.getAttribute('part')).to.contain('pause');
    expect($(el, '#item-coffee-break .favourite')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads in French from <html lang>, with localised badges and dates', async () => {
    document.documentElement.lang = 'fr';
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    expect(text($(el, '.event-title'))).to.contain('Faire collectif');
    expect(text($(el, '.event-when'))).to.contain('vendredi 8 juillet 2016');
    expect(text($(el, '#item-session-1 .badge'))).to.equal('Session');
    expect(text($(el, '#item-session-1 time'))).to.match(/09:15\s?–\s?09:30/);
    // A keynote is not just any « Conférence ».
    expect(text($(el, '#item-opening-talk .badge'))).to.equal('Conférence principale');
    // "Débat" titled "Débat": no repeated badge.
    expect($(el, '#item-debate-1 .badge')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders two agendas with different lang on one page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <seminar-agenda lang="fr" src=${SEED}></seminar-agenda><seminar-agenda lang="en" src=${SEED}></seminar-agenda>
    </div>`);
    const [fr, en] = [...page.querySelectorAll('seminar-agenda')] as SeminarAgenda[];
    await waitUntil(() => text(fr.shadowRoot!.querySelector('.event-title')).includes('Faire collectif'));
    await waitUntil(() => text(en.shadowRoot!.querySelector('.event-title')).includes('Building'));
    expect(text($(fr, '.controls .download'))).to.contain('Télécharger');
    expect(text($(en, '.controls .download'))).to.contain('Download');
    // Two agendas on one page: no duplicate landmarks, no duplicate ids leaking out.
    await expect(page).to.be.accessible();
  });

  it('shows the description behind a disclosure, as DOM not HTML', async () => {
    const programme = await load(SEED);
    (programme['event'] as Record<string, unknown>)['description'] = '<img src=x onerror="window.__agendaPwned=1">\n\n- one\n- two';
    const el = await agenda(html`<seminar-agenda .programme=${programme}></seminar-agenda>`);
    const details = $(el, '.about') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelector('img')).to.equal(null);
    expect(details.querySelectorAll('li').length).to.equal(2);
    expect((window as { __agendaPwned?: number }).__agendaPwned).to.equal(undefined);
  });

  it('filters by text (accent-insensitive), type and favourites, and says when nothing matches', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'cesar';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['session-2']);
    search.value = 'ANACT';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['recap']);
    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    expect(text($(el, '.empty'))).to.contain('No item matches');
    await expect(el).to.be.accessible();
    ($(el, '.empty button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el).length).to.equal(12);
    const type = $(el, 'select') as HTMLSelectElement;
    type.value = 'debate';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['debate-1', 'debate-2', 'debate-3']);
  });

  it('announces the result count politely, once typing pauses', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const status = $(el, '[role="status"]')!;
    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    for (const value of ['d', 'de', 'deb']) {
      search.value = value;
      search.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    expect(text(status)).to.equal('');
    await waitUntil(() => text(status) !== '', 'the count should be announced', { timeout: 3000 });
    expect(text(status)).to.equal('3 items shown');
  });

  it('"My agenda" with nothing starred says how to star, not "no item matches"', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const mine = $(el, '.filters .toggle') as HTMLButtonElement;
    mine.click();
    await el.updateComplete;
    expect(text($(el, '.empty'))).to.contain('Nothing is in your agenda yet: star an item');
    expect(text($(el, '.empty'))).to.not.contain('No item matches');
    await expect(el).to.be.accessible();
    // With a star, and a search that hides it: then it is a filter that matches nothing.
    mine.click();
    await el.updateComplete;
    ($(el, '#item-session-2 .favourite') as HTMLButtonElement).click();
    mine.click();
    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '.empty'))).to.contain('No item matches');
  });

  it('a long agenda starts with a link past itself, to its end', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const skip = $(el, 'a.skip') as HTMLAnchorElement;
    expect(text(skip)).to.equal('Skip the programme');
    // First in the agenda, hidden until focused.
    expect(el.shadowRoot!.querySelector('a, button, input, select, summary')).to.equal(skip);
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(20);
    const url = location.href;
    skip.click();
    const end = $(el, '#agenda-end')!;
    expect(el.shadowRoot!.activeElement).to.equal(end);
    expect(text(end)).to.equal('End of the programme');
    expect(location.href, 'the page URL is left alone').to.equal(url);
    // After the end: nothing of the agenda is focusable.
    const focusable = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a, button, input, select, summary, [tabindex="0"]')];
    expect(focusable.every((node) => node.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING || node.closest('dialog'))).to.equal(true);
    await expect(el).to.be.accessible();
    // A short one (two items shown) has none.
    const short = await agenda(html`<seminar-agenda src=${ROOMS} day="2016-10-30"></seminar-agenda>`);
    expect($(short, 'a.skip')).to.equal(null);
  });

  it('announces the count of what is shown: with day set, that day only', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS} day="2016-10-29"></seminar-agenda>`);
    const status = $(el, '[role="status"]')!;
    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    // "l" is in three items of this day and one of the next: 3, not 4.
    search.value = 'l';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => text(status) !== '', 'the count should be announced', { timeout: 3000 });
    expect(ids(el)).to.deep.equal(['a1', 'b1', 'lunch']);
    expect(text(status)).to.equal('3 items shown');
    // Another day: the count follows.
    el.day = '2016-10-30';
    await waitUntil(() => text(status) !== '3 items shown', 'the new count should be announced', { timeout: 3000 });
    expect(ids(el)).to.deep.equal(['a2']);
    expect(text(status)).to.equal('1 item shown');
  });

  it('keeps favourites across a reload and filters "my agenda"', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const star = $(el, '#item-session-2 .favourite') as HTMLButtonElement;
    expect(star.getAttribute('aria-pressed')).to.equal('false');
    expect(text(star), 'named from its content').to.contain('Creating new unions');
    star.click();
    await el.updateComplete;
    expect(star.getAttribute('aria-pressed')).to.equal('true');
    el.remove();
    const again = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    expect($(again, '#item-session-2 .favourite')!.getAttribute('aria-pressed')).to.equal('true');
    const mine = $$(again, '.filters .toggle')[0] as HTMLButtonElement;
    expect(text(mine)).to.contain('(1)');
    mine.click();
    await again.updateComplete;
    expect(ids(again)).to.deep.equal(['session-2']);
    expect($(again, '.download-favourites')).to.not.equal(null);
  });

  it("answers clicks on an item's buttons with one listener: on an icon, after a redraw, moved and back; not elsewhere", async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const pressed = (id: string) => $(el, `#item-${id} .favourite`)!.getAttribute('aria-pressed');
    const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    // On the star's drawing, not the button itself.
    click($(el, '#item-session-2 .favourite path')!);
    await el.updateComplete;
    expect(pressed('session-2')).to.equal('true');
    // After its block was drawn again (its state changed), the same listener answers.
    click($(el, '#item-session-2 .favourite')!);
    await el.updateComplete;
    expect(pressed('session-2')).to.equal('false');
    // The title, the time, the item itself, a speaker's details, and the same classes in the page's own
    // content of the element (not the agenda's): nothing happens.
    const selected: Event[] = [];
    el.addEventListener('seminar-speaker-select', (event) => selected.push(event));
    for (const selector of ['.title', '.when', '.speakers .details']) click($(el, `#item-session-1 ${selector}`)!);
    click($(el, '#item-session-1')!);
    const lookalike = document.createElement('li');
    lookalike.className = 'item';
    lookalike.dataset['itemId'] = 'session-1';
    lookalike.innerHTML = '<button class="favourite">x</button><button class="speaker" data-speaker-id="kristy-milland">y</button>';
    el.append(lookalike);
    for (const button of lookalike.querySelectorAll('button')) click(button);
    lookalike.remove();
    await el.updateComplete;
    expect($$(el, '.favourite[aria-pressed="true"]')).to.have.length(0);
    expect($(el, '.calendar-menu')).to.equal(null);
    expect(selected).to.have.length(0);
    // The calendar button opens its menu (its .ics entry is clicked in the download test below).
    click($(el, '#item-session-1 .calendar svg')!);
    await el.updateComplete;
    expect($(el, '#item-session-1 .calendar')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#item-session-1 .calendar-menu .ics')).to.not.equal(null);
    // Moved out of the page and back (its listener removed, then added again): still answered.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    click($(el, '#item-session-3 .favourite')!);
    await el.updateComplete;
    expect(pressed('session-3')).to.equal('true');
  });

  it('opens a speaker card in a modal dialog, and restores focus on Escape', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const trigger = $(el, '#item-session-1 .speaker') as HTMLButtonElement;
    const selected = oneEvent(el, 'seminar-speaker-select');
    trigger.focus();
    trigger.click();
    expect((await selected).detail.speakerId).to.equal('kristy-milland');
    await el.updateComplete;
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    const card = dialog.querySelector('speaker-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="name"]'));
    expect(text(card.shadowRoot!.querySelector('[part="name"]'))).to.equal('Kristy Milland');
    expect(root(el).activeElement).to.not.equal(trigger);
    await expect(el).to.be.accessible();
    dialog.dispatchEvent(new Event('cancel'));
    dialog.close();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement).to.equal(trigger);
  });

  it('marks the item running now and offers to jump to it', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED} now="2016-07-08T09:07:00+02:00"></seminar-agenda>`);
    const current = $$(el, '[aria-current="time"]');
    expect(current.map((li) => li.dataset['itemId'])).to.deep.equal(['opening-talk']);
    expect(text(current[0].querySelector('.now-badge'))).to.equal('Now');
    const jump = $(el, '.jump') as HTMLButtonElement;
    jump.click();
    expect(root(el).activeElement).to.equal(current[0]);
    el.now = '2016-07-08T11:20:00+02:00';
    await el.updateComplete;
    expect($$(el, '[aria-current="time"]').map((li) => li.dataset['itemId'])).to.deep.equal(['coffee-break']);
    el.now = '2016-07-09T11:20:00+02:00';
    await el.updateComplete;
    expect($$(el, '[aria-current="time"]')).to.have.length(0);
    expect($(el, '.jump')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows times in another zone, correctly across the DST change, with a visible toggle', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS} time-zone="America/New_York"></seminar-agenda>`);
    // 01:30–03:30 in Paris on 30 October 2016 lasts three hours: 00:30 CEST is 18:30 EDT, 03:30 CET is 22:30 EDT.
    expect(text($(el, '#item-night time'))).to.match(/19:30\s?–\s?22:30/);
    const zone = $(el, '.zone')!;
    expect(text(zone)).to.match(/Eastern/);
    (zone.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.getAttribute('time-zone')).to.equal('event');
    expect(text($(el, '#item-night time'))).to.match(/01:30\s?–\s?03:30/);
    await expect(el).to.be.accessible();
  });

  it('navigates days and reflects the day attribute', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    const nav = $$(el, '.days button');
    expect(nav.map(text)).to.have.length(3);
    nav[2].click();
    await el.updateComplete;
    expect(el.getAttribute('day')).to.equal('2016-10-30');
    expect(ids(el)).to.deep.equal(['night', 'a2']);
    expect(nav[2].getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '.day-title'))).to.contain('Clocks go back');
    nav[0].click();
    await el.updateComplete;
    expect(el.hasAttribute('day')).to.equal(false);
    expect(ids(el)).to.have.length(6);
  });

  it('filters by track, by room and by language', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    const [, track, language] = $$(el, '.filters select') as HTMLSelectElement[];
    expect([...track.options].map((o) => o.value)).to.deep.equal(['', 'work', 'law']);
    track.value = 'law';
    track.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['b1']);
    track.value = '';
    track.dispatchEvent(new Event('change'));
    // Room B hidden: its items go, those without a room stay.
    $$(el, 'details.rooms input[type="checkbox"]')[1].click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['open', 'a1', 'lunch', 'night', 'a2']);
    $$(el, 'details.rooms input[type="checkbox"]')[1].click();
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a1', 'a2']);
  });

  it('lays parallel rooms out as a grid in wide containers and as a list in narrow ones', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><seminar-agenda src=${ROOMS} view="grid"></seminar-agenda></div>`);
    const el = wrap.querySelector('seminar-agenda')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.grid-scroll #item-a1'));
    const a1 = $(el, '#item-a1')!.getBoundingClientRect();
    const b1 = $(el, '#item-b1')!.getBoundingClientRect();
    expect(Math.round(a1.top)).to.equal(Math.round(b1.top));
    expect(b1.left).to.be.greaterThan(a1.left);
    await expect(el).to.be.accessible();
    wrap.style.width = '320px';
    await waitUntil(() => !$(el, '.grid-scroll'), 'a list again');
    const narrowA = $(el, '#item-a1')!.getBoundingClientRect();
    const narrowB = $(el, '#item-b1')!.getBoundingClientRect();
    expect(narrowB.top).to.be.greaterThan(narrowA.top);
    expect(Math.round(narrowB.left)).to.equal(Math.round(narrowA.left));
  });

  it('lines every title up, whatever the width of the times, the clock and the language', async () => {
    // A 12-hour clock: "9:00 – 9:30 AM", "12:00 – 1:00 PM", "1:30 – 3:30 AM" on another day; and one past midnight.
    const data = await load(ROOMS);
    (data['items'] as unknown[]).push({ id: 'late', type: 'other', day: '2016-10-29', start: '23:30', duration: 90, title: 'Late show' });
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"><seminar-agenda lang="en-US"></seminar-agenda></div>`);
    const el = wrap.querySelector('seminar-agenda')!;
    el.programme = data;
    await waitUntil(() => $(el, '#item-late'), 'the items');
    await el.updateComplete;
    const box = (id: string, part: string) => $(el, `#item-${id} ${part}`)!.getBoundingClientRect();
    const lined = () => {
      const others = ids(el).filter((id) => id !== 'late');
      const lefts = others.map((id) => box(id!, '.title').left);
      expect(Math.max(...lefts) - Math.min(...lefts), `titles of ${others.join(', ')} start at one place`).to.be.below(1);
      for (const id of ids(el)) expect(box(id!, '.title').left, `${id}: the title after its time`).to.be.at.least(box(id!, '.when time').right);
    };
    expect(text($(el, '#item-late .when')), 'across midnight: with the dates').to.match(/10\/29/);
    lined();
    el.setAttribute('lang', 'fr');
    await waitUntil(() => text($(el, '#item-lunch .when')).includes('12:00'), 'in French');
    await el.updateComplete;
    lined();
    // Narrow: the time above the title, no column kept for the widest time.
    wrap.style.width = '320px';
    await waitUntil(() => box('a1', '.title').top > box('a1', '.when').bottom - 1, 'the narrow layout');
    expect(box('a1', '.when').height, 'one line of time').to.be.below(40);
  });

  it('downloads the programme and one item as .ics', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED}></seminar-agenda>`);
    const blobs: Blob[] = [];
    const names: string[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- saved to be put back as they were
    const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      // The calendar code is loaded on the first download: each file is saved a moment after its click.
      ($(el, '.download') as HTMLButtonElement).click();
      await waitUntil(() => names.length === 1, 'the programme is saved', { timeout: 8000 });
      ($(el, '#item-session-3 .calendar') as HTMLButtonElement).click();
      await el.updateComplete;
      ($(el, '#item-session-3 .calendar-menu .ics') as HTMLButtonElement).click();
      await waitUntil(() => names.length === 2, 'the item is saved', { timeout: 8000 });
    } finally {
      URL.createObjectURL = original.create;
      HTMLAnchorElement.prototype.click = original.click;
    }
    expect(names[0]).to.match(/\.ics$/);
    expect(names[1]).to.match(/session-3\.ics$/);
    const whole = await blobs[0].text();
    const one = await blobs[1].text();
    expect(whole.match(/BEGIN:VEVENT/g)).to.have.length(12);
    expect(one.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(one).to.contain('DTSTART:20160708T093000Z');
  });

  it('says so when the calendar code cannot be fetched (offline since the page loaded)', async () => {
    const el = await agenda(html`<seminar-agenda lang="en" src=${SEED}></seminar-agenda>`);
    const { load } = calendarCode;
    calendarCode.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      ($(el, '.download') as HTMLButtonElement).click();
      const status = $(el, '[role="status"]')!;
      await waitUntil(() => status.textContent?.trim(), 'the failure is announced', { timeout: 3000 });
      expect(status.textContent?.trim()).to.equal('The calendar file could not be created. Try again later.');
    } finally {
      calendarCode.load = load;
    }
    await expect(el).to.be.accessible();
  });

  it('adds schema.org JSON-LD to the light DOM in the active language, unless told not to', async () => {
    const el = await agenda(html`<seminar-agenda lang="fr" src=${SEED}></seminar-agenda>`);
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent) as { name: string; subEvent: unknown[] };
    expect(data.name).to.contain('Faire collectif');
    el.noStructuredData = true;
    await el.updateComplete;
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('expands everything for print and hides the controls', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS} day="2016-10-29"></seminar-agenda>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(ids(el)).to.have.length(6);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(ids(el)).to.have.length(4);
  });

  it('shows light-DOM fallback content until it renders', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><seminar-agenda-later><a href="/programme.pdf">Programme (PDF)</a></seminar-agenda-later></div>`);
    const later = page.firstElementChild as HTMLElement;
    expect(later.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const { SeminarAgenda: Agenda } = await import('../../../src/components/seminar-agenda/seminar-agenda.js');
    customElements.define('seminar-agenda-later', class extends Agenda {});
    (later as HTMLElement & { src: string }).src = SEED;
    await waitUntil(() => later.shadowRoot?.querySelector('[part~="item"]'));
    expect(later.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('reports an invalid programme with paths, and an empty one plainly', async () => {
    const bad = await load(SEED);
    (bad['items'] as Record<string, unknown>[])[3]['type'] = 'lecture';
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda></seminar-agenda>`);
    const failed = oneEvent(el, 'seminar-error');
    el.programme = bad;
    const { detail } = await failed;
    expect(detail.errors[0].path).to.equal('/items/3/type');
    await el.updateComplete;
    expect(text($(el, '[part="error"]'))).to.contain('/items/3/type');
    await expect(el).to.be.accessible();
    const empty = await load(SEED);
    empty['items'] = [];
    empty['speakers'] = [];
    el.programme = empty;
    await waitUntil(() => $(el, '.empty'));
    expect(text($(el, '.empty'))).to.contain('no items');
    await expect(el).to.be.accessible();
  });

  it('shows a busy state while loading', async () => {
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda src="/__test/programme?delay=500&amp;id=agenda-busy"></seminar-agenda>`);
    const loaded = oneEvent(el, 'seminar-load');
    expect($(el, '.agenda')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await loaded;
    await el.updateComplete;
    expect($(el, '.agenda')!.hasAttribute('aria-busy')).to.equal(false);
  });
});
