/**
 * The agenda and the timer for viewers in other time zones: the browser is
 * made to live in America/New_York and in Asia/Tokyo (CDP
 * `Emulation.setTimezoneOverride`, through the `emulate-time-zone` command
 * of test/plugins/emulation.mjs) while the event is in Europe/Paris, on both
 * sides of the daylight-saving changes: Europe moves on 29 March 2026 and
 * 25 October 2026, the United States on 8 March and 1 November, Japan never.
 * So Paris is 5 hours ahead of New York on 27 March, 6 on 30 March, 6 on
 * 23 October and 5 on 26 October; Tokyo is 8 then 7 hours ahead of Paris in
 * spring, 7 then 8 in autumn.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/session-timer.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';

const DAYS = ['2026-03-27', '2026-03-30', '2026-10-23', '2026-10-26'];
const programme = {
  version: 1,
  event: { id: 'zones', title: 'Across the changes', timeZone: 'Europe/Paris', days: DAYS, defaultLanguage: 'en' },
  items: [
    ...DAYS.map((day) => ({ id: `d${day}`, type: 'talk', day, start: '10:00', end: '11:00', title: `Morning ${day}` })),
    // 17:30 in Paris on 27 March is already 28 March in Tokyo.
    { id: 'evening', type: 'talk', day: '2026-03-27', start: '17:30', end: '18:00', title: 'Evening' },
  ],
};

/** What a viewer in each zone must read for the 10:00–11:00 Paris items, day by day, and the evening item. */
const EXPECTED: Record<string, { morning: string[]; evening: string; zoneName: RegExp; offsets: number[] }> = {
  'America/New_York': {
    morning: ['05:00–06:00', '04:00–05:00', '04:00–05:00', '05:00–06:00'],
    evening: '12:30–13:00',
    zoneName: /Eastern Daylight Time/,
    offsets: [240, 240, 240, 240],
  },
  'Asia/Tokyo': {
    morning: ['18:00–19:00', '17:00–18:00', '17:00–18:00', '18:00–19:00'],
    evening: '01:30–02:00',
    zoneName: /Japan Standard Time/,
    offsets: [-540, -540, -540, -540],
  },
};
const UTC_INSTANTS = ['2026-03-27T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-10-23T08:00:00.000Z', '2026-10-26T09:00:00.000Z'];

const clean = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T, ready: (el: T) => unknown): Promise<T> {
  document.body.append(el);
  await waitUntil(() => ready(el), `${el.localName} should render`, { timeout: 8000, interval: 5 });
  await el.updateComplete;
  return el;
}

function agenda(timeZone: string): Promise<SeminarAgenda> {
  const el = document.createElement('seminar-agenda');
  el.lang = 'en';
  el.timeZone = timeZone;
  el.now = '2026-01-01T00:00:00Z';
  el.noStructuredData = true;
  el.programme = programme;
  return mount(el, (e) => e.shadowRoot?.querySelector('[part~="item"]'));
}

function timer(session: string, now: string): Promise<SessionTimer> {
  const el = document.createElement('session-timer');
  el.lang = 'en';
  el.setAttribute('time-zone', 'local');
  el.session = session;
  el.setAttribute('now', now);
  el.programme = programme;
  return mount(el, (e) => e.hasAttribute('state'));
}

for (const [zone, expected] of Object.entries(EXPECTED)) {
  describe(`a viewer in ${zone}, an event in Europe/Paris`, () => {
    before(async () => {
      await executeServerCommand('emulate-time-zone', { timeZone: zone });
    });
    after(async () => {
      await executeServerCommand('emulate-time-zone', { timeZone: null });
    });
    afterEach(() => {
      document.querySelectorAll('seminar-agenda, session-timer').forEach((el) => {
        el.remove();
      });
    });

    it('the browser really is there', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      expect(UTC_INSTANTS.map((iso) => new Date(iso).getTimezoneOffset())).to.deep.equal(expected.offsets);
    });

    it('time-zone="local": the agenda shows every item in the viewer’s zone, across the DST changes', async () => {
      const el = await agenda('local');
      const root = el.shadowRoot!;
      expect(DAYS.map((day) => clean(root.querySelector(`#item-d${day} time`)))).to.deep.equal(expected.morning);
      expect(clean(root.querySelector('#item-evening time'))).to.equal(expected.evening);
      expect(DAYS.map((day) => root.querySelector(`#item-d${day} time`)!.getAttribute('datetime'))).to.deep.equal(UTC_INSTANTS);
      expect(clean(root.querySelector('.zone'))).to.match(expected.zoneName);
    });

    it('time-zone="event": the same agenda in Paris time, offering the viewer’s zone', async () => {
      const el = await agenda('event');
      const root = el.shadowRoot!;
      expect(DAYS.map((day) => clean(root.querySelector(`#item-d${day} time`)))).to.deep.equal(Array(4).fill('10:00–11:00'));
      expect(clean(root.querySelector('.zone'))).to.contain('Central European');
      root.querySelector<HTMLButtonElement>('.zone button')!.click();
      await waitUntil(() => clean(root.querySelector('#item-d2026-03-27 time')) === expected.morning[0], 'the toggle switches to local time', { timeout: 8000 });
      expect(el.getAttribute('time-zone')).to.equal('local');
    });

    it('time-zone="local": the timer gives the end of a running session in the viewer’s zone', async () => {
      // 10:30 in Paris on 30 March (after Europe's change).
      const el = await timer('d2026-03-30', '2026-03-30T08:30:00Z');
      expect(el.getAttribute('state')).to.equal('running');
      expect(clean(el.shadowRoot!.querySelector('[part="details"]'))).to.equal(`Ends at ${expected.morning[1].split('–')[1]}`);
    });

    it('time-zone="local": an upcoming session’s date and times in the viewer’s zone (28 March in Tokyo)', async () => {
      const el = await timer('evening', '2026-03-20T12:00:00Z');
      expect(el.getAttribute('state')).to.equal('upcoming');
      const details = clean(el.shadowRoot!.querySelector('[part="details"]'));
      expect(details).to.contain(zone === 'Asia/Tokyo' ? '28 March' : '27 March');
      expect(details).to.contain(expected.evening.split('–')[0]);
      expect(el.shadowRoot!.querySelector('[part="details"] time')!.getAttribute('datetime')).to.equal('2026-03-27T16:30:00.000Z');
    });
  });
}

describe('a viewer whose system zone changes while the agenda is open', () => {
  after(async () => {
    await executeServerCommand('emulate-time-zone', { timeZone: null });
  });

  it('time-zone="local": the next update shows the new zone’s times (the agenda keeps the zone it read until then)', async () => {
    // Not in a minute's last seconds: the agenda asks the zone again each minute anyway, which would hide a missed change.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
    await executeServerCommand('emulate-time-zone', { timeZone: 'America/New_York' });
    const el = await agenda('local');
    const root = el.shadowRoot!;
    const morning = () => DAYS.map((day) => clean(root.querySelector(`#item-d${day} time`)));
    expect(morning()).to.deep.equal(EXPECTED['America/New_York'].morning);
    await executeServerCommand('emulate-time-zone', { timeZone: 'Asia/Tokyo' });
    el.requestUpdate();
    await el.updateComplete;
    expect(morning()).to.deep.equal(EXPECTED['Asia/Tokyo'].morning);
    expect(clean(root.querySelector('.zone'))).to.match(EXPECTED['Asia/Tokyo'].zoneName);
    el.remove();
  });
});
