import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { readView, writeView, isOurs, MAX_FRAGMENT } from '../../../src/components/seminar-agenda/url-state.js';
import { NO_FILTERS } from '../../../src/components/seminar-agenda/agenda-data.js';

const ROOMS = '/test/fixtures/two-rooms.json';
const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector);
const input = (el: Element, selector: string) => root(el).querySelector<HTMLInputElement>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const ids = (el: Element) => $$(el, '[part~="item"]').map((li) => li.dataset['itemId']);
const pressedDay = (el: Element) => $$(el, '.days button[aria-pressed="true"]').map((b) => b.textContent.trim());
const page = () => location.href.split('#')[0];
const clearHash = () => {
  history.replaceState(null, '', page());
};

async function agenda(template: ReturnType<typeof html>): Promise<SeminarAgenda> {
  const el = await fixture<SeminarAgenda>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"], [part="error"], .empty'), 'the agenda should render');
  await el.updateComplete;
  return el;
}

function choose(el: Element, label: string, value: string): void {
  const select = $$(el, '.filters label').find((l) => l.textContent.trim().startsWith(label))!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

function selectValue(el: Element, label: string): string {
  return $$(el, '.filters label').find((l) => l.textContent.trim().startsWith(label))!.querySelector('select')!.value;
}

async function type(el: SeminarAgenda, text: string): Promise<void> {
  const field = input(el, '.search input')!;
  for (const char of text) {
    field.value += char;
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }
}

/** Until the debounced search has been written. */
const written = (pattern: RegExp) => waitUntil(() => pattern.test(location.hash), `the URL should match ${pattern}`, { timeout: 3000 });

describe('<seminar-agenda url-state>', () => {
  beforeEach(() => {
    localStorage.clear();
    clearHash();
  });
  afterEach(clearHash);

  it('writes day, type, track, rooms, "my agenda" and search to the URL, and a new agenda opens the same view', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state></seminar-agenda>`);
    expect(location.hash).to.equal('', 'the default view writes nothing');
    $$(el, '.days button')[1].click();
    await el.updateComplete;
    expect(location.hash).to.equal('#day=2016-10-29');
    choose(el, 'Type', 'talk');
    await el.updateComplete;
    choose(el, 'Track', 'law');
    await el.updateComplete;
    expect(location.hash).to.equal('#day=2016-10-29&type=talk&track=law');
    const roomB = $$(el, '.room-list input').at(-1) as HTMLInputElement;
    roomB.click();
    await el.updateComplete;
    expect(location.hash).to.contain('&hide=b');
    roomB.click();
    await el.updateComplete;
    await type(el, 'café b');
    await written(/q=caf%C3%A9%20b$/);
    expect(location.hash).to.equal('#day=2016-10-29&type=talk&track=law&q=caf%C3%A9%20b');
    const view = location.hash;

    el.remove();
    const again = await agenda(html`<seminar-agenda src=${ROOMS} url-state></seminar-agenda>`);
    expect(pressedDay(again)).to.have.length(1);
    expect(pressedDay(again)[0]).to.not.equal('All days');
    expect(selectValue(again, 'Type')).to.equal('talk');
    expect(selectValue(again, 'Track')).to.equal('law');
    expect(input(again, '.search input')!.value).to.equal('café b');
    expect(location.hash).to.equal(view, 'reading the view does not rewrite it');
    await expect(again).to.be.accessible();
  });

  it('opens "my agenda" and hidden rooms from a link', async () => {
    history.replaceState(null, '', `${page()}#hide=a&mine=1`);
    const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state></seminar-agenda>`);
    expect($(el, '.filters .toggle')!.getAttribute('aria-pressed')).to.equal('true');
    expect(($$(el, '.room-list input')[0] as HTMLInputElement).checked).to.equal(false);
    expect(($$(el, '.room-list input')[1] as HTMLInputElement).checked).to.equal(true);
  });

  it('replaces the history entry: typing a search adds no entry', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state></seminar-agenda>`);
    const before = history.length;
    await type(el, 'lunch and more');
    $$(el, '.days button')[2].click();
    await el.updateComplete;
    await written(/q=lunch%20and%20more/);
    expect(history.length).to.equal(before);
  });

  it('follows the back and forward buttons', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state></seminar-agenda>`);
    location.hash = 'day=2016-10-29';
    await waitUntil(() => ids(el).join() === 'open,a1,b1,lunch', 'the first day');
    location.hash = 'day=2016-10-30&type=panel';
    await waitUntil(() => ids(el).join() === 'a2', 'the second day’s panels');
    history.back();
    await waitUntil(() => ids(el).join() === 'open,a1,b1,lunch', 'back: the first day again');
    expect(selectValue(el, 'Type')).to.equal('');
    history.forward();
    await waitUntil(() => ids(el).join() === 'a2', 'forward: the panels again');
    expect(selectValue(el, 'Type')).to.equal('panel');
  });

  it('keeps #item- links working: the item is shown and the link stays until the view changes', async () => {
    history.replaceState(null, '', `${page()}#item-a2`);
    const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state day="2016-10-29"></seminar-agenda>`);
    await waitUntil(() => root(el).activeElement?.id === 'item-a2', 'the item is focused');
    expect(location.hash).to.equal('#item-a2');
    choose(el, 'Type', 'panel');
    await el.updateComplete;
    expect(location.hash).to.equal('#day=2016-10-30&type=panel');
  });

  it('writes "all" for all days when the element’s own day is another', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state day="2016-10-30"></seminar-agenda>`);
    expect(location.hash).to.equal('');
    $$(el, '.days button')[0].click();
    await el.updateComplete;
    expect(location.hash).to.equal('#day=all');
    el.remove();
    const again = await agenda(html`<seminar-agenda src=${ROOMS} url-state day="2016-10-30"></seminar-agenda>`);
    expect(pressedDay(again)).to.deep.equal(['All days']);
  });

  it('leaves the URL alone without url-state', async () => {
    const el = await agenda(html`<seminar-agenda src=${ROOMS}></seminar-agenda>`);
    history.replaceState(null, '', `${page()}#day=2016-10-30`);
    choose(el, 'Type', 'talk');
    $$(el, '.days button')[1].click();
    await el.updateComplete;
    expect(location.hash).to.equal('#day=2016-10-30');
  });

  it('leaves the page’s own fragment alone (an anchor, a router’s path)', async () => {
    for (const fragment of ['#contact', '#/programme/day-1']) {
      history.replaceState(null, '', `${page()}${fragment}`);
      const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state></seminar-agenda>`);
      choose(el, 'Type', 'talk');
      await el.updateComplete;
      expect(location.hash).to.equal(fragment);
      el.remove();
    }
  });

  it('keeps two agendas apart with named keys, and the page’s other keys', async () => {
    history.replaceState(null, '', `${page()}#theme=dark`);
    const one = await agenda(html`<seminar-agenda src=${ROOMS} url-state="one"></seminar-agenda>`);
    const two = await agenda(html`<seminar-agenda src=${ROOMS} url-state="two"></seminar-agenda>`);
    choose(one, 'Type', 'talk');
    await one.updateComplete;
    choose(two, 'Track', 'work');
    await two.updateComplete;
    expect(location.hash).to.equal('#theme=dark&one.type=talk&two.track=work');
    choose(one, 'Type', '');
    await one.updateComplete;
    expect(location.hash).to.equal('#theme=dark&two.track=work');
    expect(selectValue(two, 'Track')).to.equal('work');
  });

  it('ignores hostile fragments safely: too long, bad percent-encoding, unknown keys and values', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const cases = [
        `#day=2016-10-30&q=${'x'.repeat(MAX_FRAGMENT)}`,
        '#day=%E0%A4%A&type=%ZZ&track=law&q=%',
        '#%%%=1&day=2016-10-30&type=talk&script=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
        '#day=1999-01-01&type=constructor&track=__proto__&lang=xx&hide=%ZZ,zzz,a&mine=yes',
        `#q=${'y'.repeat(201)}`,
        '#=&&=&day',
      ];
      const views: string[] = [];
      for (const fragment of cases) {
        history.replaceState(null, '', `${page()}${fragment}`);
        const el = await agenda(html`<seminar-agenda src=${ROOMS} url-state></seminar-agenda>`);
        views.push(
          [pressedDay(el).length ? pressedDay(el)[0] : '', selectValue(el, 'Type'), selectValue(el, 'Track'), input(el, '.search input')!.value, $$(el, '.room-list input').map((i) => (i as HTMLInputElement).checked).join('/'), $(el, '.filters .toggle')!.getAttribute('aria-pressed')].join('|'),
        );
        el.remove();
      }
      expect(views).to.deep.equal([
        'All days||||true/true|false', // too long: ignored whole
        'All days||law||true/true|false', // what decodes is read
        'Sun 30 Oct|talk|||true/true|false', // unknown keys ignored, a valid day beside them read
        'All days||||false/true|false', // values the programme does not know are ignored
        'All days||||true/true|false', // a search over 200 characters
        'All days||||true/true|false',
      ]);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('model: reads and writes fragments as documented', () => {
    const choices = { days: ['2026-05-12'], types: ['talk'], tracks: ['a,b'], languages: ['fr'], rooms: ['r1', 'r,2'] };
    const view = { day: '2026-05-12', filters: { ...NO_FILTERS, track: 'a,b', hiddenRooms: ['r,2'], query: 'été & co' } };
    const fragment = writeView('#x=1&item=2', 'ns', view, null);
    expect(fragment).to.equal('x=1&item=2&ns.day=2026-05-12&ns.track=a%2Cb&ns.hide=r%2C2&ns.q=%C3%A9t%C3%A9%20%26%20co');
    expect(readView(fragment, 'ns', choices)).to.deep.equal(view);
    expect(readView(fragment, '', choices).day).to.equal(undefined, 'other namespaces are not read');
    expect(isOurs('')).to.equal(true);
    expect(isOurs('#item-x')).to.equal(true);
    expect(isOurs('#a=1&b=')).to.equal(true);
    expect(isOurs('#top')).to.equal(false);
    expect(isOurs('#/route?a=1')).to.equal(false);
  });
});
