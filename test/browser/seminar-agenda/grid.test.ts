/**
 * The grid view with many rooms, measured on the page: a real 20-room export
 * (FOSDEM 2010) and a generated 30-room day. Geometry, not snapshots: no two
 * items' boxes intersect, no item leaves its room's column, nothing inside an
 * item runs past its border, the host page never scrolls sideways, the grid
 * scrolls in a labelled region that the keyboard can scroll, and the room
 * names and the time column stay in view while it does.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define/seminar-agenda.js';
import { agendaGrid, gridSource, type SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarErrorDetail } from '../../../src/events/seminar-error.js';
import { manyRoomsProgramme } from '../../fixtures/many-rooms.mjs';
import { $, $$, text } from '../helpers.js';

const FOSDEM = '/test/fixtures/schedules/mttcrsp-fosdem_FOSDEM-2010.xml';
/** The default narrowest column (12rem at 16 px). */
const MIN_COLUMN = 192;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A host page: a centred column of the given width, as a site would give the widget. */
async function page(width: number, agenda: ReturnType<typeof html>): Promise<SeminarAgenda> {
  const wrap = await fixture<HTMLElement>(html`<main style=${`max-width: ${width}px; margin: 0 auto; padding: 0 1rem`}>${agenda}</main>`);
  const el = wrap.querySelector('seminar-agenda')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"]'), 'the agenda renders', { timeout: 8000 });
  await frame();
  await el.updateComplete;
  return el;
}

interface Box {
  id: string;
  rect: DOMRect;
}

/** Whether two boxes share any area (touching edges do not count). */
const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/**
 * Every geometric promise of the grid, for the day shown: items never
 * intersect, each stays inside its room's column (as drawn by the room's
 * header), and no descendant of an item pokes out of it.
 */
function checkGeometry(el: SeminarAgenda): { items: number; columns: number } {
  const heads = new Map($$(el, '.room-head').map((head) => [text(head), head.getBoundingClientRect()]));
  const boxes: Box[] = $$(el, '.items.grid > [part~="item"]').map((li) => ({ id: li.dataset['itemId'] ?? '', rect: li.getBoundingClientRect() }));
  expect(boxes.length, 'items in the grid').to.be.greaterThan(10);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      expect(intersects(a.rect, b.rect), `${a.id} and ${b.id} overlap`).to.equal(false);
    }
  }
  for (const li of $$(el, '.items.grid > [part~="item"]')) {
    const rect = li.getBoundingClientRect();
    const room = text(li.querySelector('.room'));
    const head = room ? heads.get(room) : undefined;
    if (head) {
      expect(rect.left, `${li.id} starts inside ${room}`).to.be.at.least(head.left - 1);
      expect(rect.right, `${li.id} ends inside ${room}`).to.be.at.most(head.right + 1);
    }
    expect(li.scrollWidth, `${li.id}: nothing runs past its sides`).to.be.at.most(li.clientWidth + 1);
    expect(li.scrollHeight, `${li.id}: nothing runs past its bottom`).to.be.at.most(li.clientHeight + 1);
    for (const child of li.querySelectorAll('*')) {
      const box = child.getBoundingClientRect();
      if (!box.width && !box.height) continue;
      expect(box.right, `${li.id}: ${child.className || child.tagName} inside`).to.be.at.most(rect.right + 1);
      expect(box.left, `${li.id}: ${child.className || child.tagName} inside`).to.be.at.least(rect.left - 1);
    }
  }
  for (const [name, head] of heads) expect(head.width, `column ${name}`).to.be.at.least(MIN_COLUMN - 1);
  return { items: boxes.length, columns: heads.size };
}

describe('<seminar-agenda view="grid"> with many rooms', function () {
  // Hundreds of items measured box by box: generous bounds on a shared, busy machine (a "does not hang" limit).
  this.timeout(60_000);
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => {
    localStorage.clear();
  });

  it('FOSDEM 2010 (20 rooms): readable columns, nothing overlaps, the page never scrolls sideways', async () => {
    const el = await page(1200, html`<seminar-agenda src=${FOSDEM} time-zone="Europe/Brussels" view="grid" day="2010-02-06"></seminar-agenda>`);
    const { items, columns } = checkGeometry(el);
    // A column for each room used that day (18 of the 20).
    expect(columns).to.equal(new Set($$(el, '[part~="item"] .room').map(text)).size);
    expect(columns).to.equal(18);
    expect(items).to.equal($$(el, '[part~="item"]').length);
    expect(document.documentElement.scrollWidth, 'the host page does not scroll sideways').to.be.at.most(document.documentElement.clientWidth);
    const region = $(el, '.grid-scroll')!;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    // Every room of the day has its column, in the programme's order.
    expect($$(el, '.room-head').map(text).slice(0, 3)).to.deep.equal(['Janson', 'AW1.124', 'H.1302']);
    // (axe runs on the 30-room day below: on 300 items it takes longer than it tells more.)
  });

  it('the second FOSDEM day too', async () => {
    const el = await page(1200, html`<seminar-agenda src=${FOSDEM} time-zone="Europe/Brussels" view="grid" day="2010-02-07"></seminar-agenda>`);
    checkGeometry(el);
    // The 20 rooms of the programme, over its two days, in the room chooser.
    expect($$(el, 'details.rooms input[type="checkbox"]').length).to.equal(20);
  });

  it('a generated 30-room day: overlapping items in one room side by side, a roomless item in a column of its own', async () => {
    const el = await page(1200, html`<seminar-agenda .programme=${manyRoomsProgramme()} view="grid"></seminar-agenda>`);
    const { columns } = checkGeometry(el);
    // 30 rooms and the column of items without a room.
    expect(columns).to.equal(31);
    expect(text($$(el, '.room-head')[0])).to.equal('No room given');
    // The plenary and the lunch run alone: across every room.
    const plenary = $(el, '#item-plenary')!.getBoundingClientRect();
    const lastHead = $$(el, '.room-head').at(-1)!.getBoundingClientRect();
    expect(plenary.right).to.be.closeTo(lastHead.right, 1);
    // Room 1's double-booked workshop sits beside the talks it overlaps, in the room's column.
    const workshop = $(el, '#item-r1-workshop')!.getBoundingClientRect();
    const talk = $(el, '#item-r1-0')!.getBoundingClientRect();
    expect(workshop.left).to.be.greaterThan(talk.left);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    // Scrolled far to the side, the plenary across every room still shows its title (beside the time column).
    const region = $(el, '.grid-scroll')!;
    region.scrollTo({ left: 3000, top: 0, behavior: 'instant' });
    await frame();
    const view = region.getBoundingClientRect();
    const title = $(el, '#item-plenary .title')!.getBoundingClientRect();
    expect(title.left).to.be.within(view.left + 60, view.left + 200);
    expect(title.right).to.be.at.most(view.right);
    region.scrollTo({ left: 0, top: 0, behavior: 'instant' });
    await expect(el).to.be.accessible();
  });

  it('scrolls in a labelled region, by keyboard, with the room names and the times kept in view', async () => {
    const el = await page(1000, html`<seminar-agenda .programme=${manyRoomsProgramme()} view="grid"></seminar-agenda>`);
    const region = $(el, '.grid-scroll')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.match(/Saturday,? 2 February 2030: rooms side by side/);
    expect(region.tabIndex).to.equal(0);
    region.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => region.scrollLeft > 0 && region.scrollTop > 0, 'the keys scroll the grid');
    region.scrollTo({ left: 2000, top: 300, behavior: 'instant' });
    await frame();
    const view = region.getBoundingClientRect();
    // The header row is at the top of the region and the time labels at its left, whatever the scroll.
    const head = $(el, '.grid-head')!.getBoundingClientRect();
    expect(head.top).to.be.closeTo(view.top + region.clientTop, 1);
    const labelled = $$(el, '.time-head').filter((t) => text(t));
    const visible = labelled.find((t) => {
      const r = t.getBoundingClientRect();
      return r.top >= head.bottom && r.bottom <= view.bottom;
    });
    expect(visible, 'a time label in view').to.not.equal(undefined);
    expect(visible!.getBoundingClientRect().left).to.be.closeTo(view.left + region.clientLeft, 1);
    // A room header that is scrolled under the time column is covered by it, not drawn over it.
    const corner = $(el, '.corner')!;
    expect(Number(getComputedStyle(corner).zIndex)).to.be.greaterThan(0);
  });

  it('chooses which rooms are shown; track is a filter of its own', async () => {
    const el = await page(1200, html`<seminar-agenda .programme=${manyRoomsProgramme({ rooms: 4 })} view="grid"></seminar-agenda>`);
    const chooser = $(el, 'details.rooms') as HTMLDetailsElement;
    expect(text(chooser.querySelector('summary'))).to.equal('Rooms: all 4');
    const boxes = [...chooser.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => text(b.closest('label')))).to.deep.equal(['Room 1', 'Room 2', 'Room 3', 'Auditorium 4 (Paul-Henri Spaak building, ground floor)']);
    boxes[1].click();
    await el.updateComplete;
    expect(text(chooser.querySelector('summary'))).to.equal('Rooms: 3 of 4');
    expect($(el, '#item-r2-0')).to.equal(null);
    expect($$(el, '.room-head').map(text)).to.not.include('Room 2');
    // Items without a room stay: they concern every room.
    expect($(el, '#item-lunch')).to.not.equal(null);
    const [hideAll, showAll] = [...chooser.querySelectorAll<HTMLButtonElement>('.room-actions button')].reverse();
    hideAll.click();
    await el.updateComplete;
    expect($$(el, '[part~="item"]').map((li) => li.dataset['itemId'])).to.deep.equal(['plenary', 'hallway', 'lunch']);
    showAll.click();
    await el.updateComplete;
    expect(text(chooser.querySelector('summary'))).to.equal('Rooms: all 4');
    // The track filter is a select of tracks only.
    const labels = $$(el, '.filters > label').map((l) => text(l).split(' ')[0]);
    expect(labels).to.include('Track');
    const track = $$(el, '.filters > label').find((l) => text(l).startsWith('Track'))!.querySelector('select')!;
    expect([...track.options].map((o) => o.textContent?.trim())).to.deep.equal(['All', 'Cloud', 'Security', 'Design', 'Policy', 'Data']);
    track.value = 'design';
    track.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const shown = $$(el, '[part~="item"]');
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((li) => text(li.querySelector('.track')) === 'Design')).to.equal(true);
    chooser.open = true;
    await expect(el).to.be.accessible();
  });

  it('is a list again in a narrow column (320 px): no region, no sideways scroll', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const el = await page(320, html`<seminar-agenda .programme=${manyRoomsProgramme()} view="grid"></seminar-agenda>`);
      expect($(el, '.grid-scroll')).to.equal(null);
      expect($(el, '.items.grid')).to.equal(null);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      const first = $$(el, '[part~="item"]').slice(0, 5).map((li) => li.getBoundingClientRect());
      for (let i = 1; i < first.length; i++) expect(first[i].top).to.be.at.least(first[i - 1].bottom - 1);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });

  it('shows no badge that says nothing: not "Other", not one type on every item', async () => {
    const el = await page(1200, html`<seminar-agenda .programme=${manyRoomsProgramme({ rooms: 3 })}></seminar-agenda>`);
    expect($(el, '#item-hallway .badge'), '"Other"').to.equal(null);
    expect(text($(el, '#item-plenary .badge'))).to.equal('Keynote');
    const fosdem = await page(1200, html`<seminar-agenda src=${FOSDEM} time-zone="Europe/Brussels"></seminar-agenda>`);
    // Every FOSDEM 2010 event is a talk: a "Talk" badge on all 301 would say nothing.
    expect($$(fosdem, '.badge').length).to.equal(0);
  });
});

describe('<seminar-agenda view="grid">: the grid\'s code comes when it is asked', function () {
  this.timeout(30_000);
  const load = gridSource.load;
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => {
    gridSource.load = load;
  });

  it('offline: the programme stays a list, the visitor is told, `seminar-error` of kind `code`; "Try again" draws the grid with its styles', async () => {
    agendaGrid.forget();
    let asked = 0;
    gridSource.load = () => {
      asked++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const errors: SeminarErrorDetail[] = [];
    const wrap = await fixture<HTMLElement>(
      html`<main style="max-width: 1200px" @seminar-error=${(event: CustomEvent<SeminarErrorDetail>) => errors.push(event.detail)}>
        <seminar-agenda .programme=${manyRoomsProgramme({ rooms: 4 })} view="grid"></seminar-agenda>
      </main>`,
    );
    const el = wrap.querySelector('seminar-agenda')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"]'), 'the agenda renders', { timeout: 8000 });
    await frame();
    await el.updateComplete;
    expect(asked, 'the grid code was asked for').to.equal(1);
    expect(errors.map((detail) => detail.kind)).to.deep.equal(['code']);
    expect($(el, '.grid-scroll'), 'no grid').to.equal(null);
    expect($$(el, '.items > [part~="item"]').length, 'the items, as a list').to.be.greaterThan(10);
    expect(text($(el, '[part="error"] [role="alert"]'))).to.contain('grid view could not be downloaded');

    gridSource.load = load;
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => $(el, '.grid-scroll'), 'the grid is drawn after "Try again"', { timeout: 8000 });
    await el.updateComplete;
    expect($(el, '[part="error"]'), 'the notice is gone').to.equal(null);
    expect(getComputedStyle($(el, '.items.grid')!).display, "the grid's styles came with it").to.equal('grid');
    checkGeometry(el);
  });

  it('a list asks for no grid code; switching to the grid loads it, and `updateComplete` waits for it', async () => {
    agendaGrid.forget();
    let asked = 0;
    gridSource.load = () => {
      asked++;
      return load();
    };
    const el = await page(1200, html`<seminar-agenda .programme=${manyRoomsProgramme({ rooms: 4 })}></seminar-agenda>`);
    expect(asked, 'a list needs no grid code').to.equal(0);
    el.view = 'grid';
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect($(el, '.grid-scroll'), 'drawn once updateComplete resolves').to.not.equal(null);
    expect($(el, '[part~="day"]')!.getAttribute('aria-busy')).to.equal(null);
  });
});
