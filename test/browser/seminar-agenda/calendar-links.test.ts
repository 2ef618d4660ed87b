// "Add to calendar" menus: per item, a .ics file or the item filled in at
// Google Calendar, Outlook.com or Office 365 (times checked in the links, in
// UTC, from a page in another zone); "Subscribe" links with calendar-feed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define/seminar-agenda.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { SEED, $, $$, text } from '../helpers.js';

async function agenda(template: ReturnType<typeof html>): Promise<SeminarAgenda> {
  const el = await fixture<SeminarAgenda>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"]'), 'the agenda renders');
  await el.updateComplete;
  return el;
}

describe('add to calendar', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-time-zone', { timeZone: null });
  });

  it('an item’s menu: a .ics file and three services, with the item’s UTC times, in a page in another zone', async () => {
    // A visitor in Montreal: the links still carry the instants (UTC), not wall times.
    await executeServerCommand('emulate-time-zone', { timeZone: 'America/Montreal' });
    const el = await agenda(html`<seminar-agenda src=${SEED} time-zone="local"></seminar-agenda>`);
    const button = $(el, '#item-session-1 .calendar') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const menu = $(el, `#${button.getAttribute('aria-controls')!}`)!;
    expect(menu).to.not.equal(null);
    await waitUntil(() => menu.querySelectorAll('a').length === 3, 'the links come with the calendar code');
    const links = [...menu.querySelectorAll('a')];
    expect(links.map((a) => text(a))).to.deep.equal([
      'Google Calendar (opens in a new tab)',
      'Outlook.com (opens in a new tab)',
      'Office 365 (opens in a new tab)',
    ]);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    // session-1: 09:15–09:30 in Paris on 8 July 2016 (UTC+2).
    const google = new URL(links[0].href);
    expect(google.host).to.equal('calendar.google.com');
    expect(google.searchParams.get('dates')).to.equal('20160708T071500Z/20160708T073000Z');
    expect(google.searchParams.get('text')).to.equal('Defending the rights of crowd workers');
    expect(google.searchParams.get('details')).to.contain(`${location.href.split('#')[0]}#item-session-1`);
    for (const a of links.slice(1)) {
      const url = new URL(a.href);
      expect(url.searchParams.get('startdt')).to.equal('2016-07-08T07:15:00Z');
      expect(url.searchParams.get('enddt')).to.equal('2016-07-08T07:30:00Z');
    }
    expect(new URL(links[1].href).host).to.equal('outlook.live.com');
    expect(new URL(links[2].href).host).to.equal('outlook.office.com');
    await expect(el).to.be.accessible();
    // One menu at a time; Escape closes it and gives the focus back to its button.
    ($(el, '#item-debate-1 .calendar') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, '.calendar-menu')).to.have.length(1);
    const other = $(el, '#item-debate-1 .calendar-menu a') ?? $(el, '#item-debate-1 .calendar-menu button')!;
    other.focus();
    other.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect($$(el, '.calendar-menu')).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#item-debate-1 .calendar'));
  });

  it('in French: Google Agenda', async () => {
    const el = await agenda(html`<seminar-agenda lang="fr" src=${SEED}></seminar-agenda>`);
    ($(el, '#item-session-1 .calendar') as HTMLButtonElement).click();
    await waitUntil(() => $$(el, '.calendar-menu a').length === 3);
    expect(text($(el, '.calendar-menu a'))).to.equal('Google Agenda (s’ouvre dans un nouvel onglet)');
    expect(text($(el, '.calendar-menu .ics'))).to.equal('Fichier de calendrier (.ics)');
    await expect(el).to.be.accessible();
  });

  it('subscribe links for a published calendar (calendar-feed), resolved against the page', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED} calendar-feed="/seminar/programme.ics"></seminar-agenda>`);
    const toggle = $(el, '.subscribe-toggle') as HTMLButtonElement;
    expect(text(toggle)).to.equal('Subscribe to the programme');
    toggle.click();
    await waitUntil(() => $$(el, '#subscribe a').length === 4, 'the subscribe links');
    const hrefs = $$(el, '#subscribe a').map((a) => a.getAttribute('href')!);
    const feed = new URL('/seminar/programme.ics', location.href).href;
    expect(new URL(hrefs[0]).searchParams.get('cid')).to.equal(feed.replace(/^https?:/, 'webcal:'));
    expect(new URL(hrefs[1]).searchParams.get('url')).to.equal(feed);
    expect(new URL(hrefs[2]).searchParams.get('url')).to.equal(feed);
    expect(hrefs[3]).to.equal(feed.replace(/^https?:/, 'webcal:'));
    await expect(el).to.be.accessible();
  });

  it('no subscribe links for a feed that is not http(s), and no "add to calendar" on a cancelled item', async () => {
    const el = await agenda(html`<seminar-agenda src=${SEED} calendar-feed="javascript:alert(1)"></seminar-agenda>`);
    expect($(el, '.subscribe')).to.equal(null);
  });
});
