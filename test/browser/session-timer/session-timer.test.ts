import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/session-timer.js';
import { SessionTimer, type SeminarTimerDetail } from '../../../src/components/session-timer/session-timer.js';
import type { SeminarErrorDetail } from '../../../src/internal/programme-controller.js';
import { seed, $, textKeepingNbsp } from '../helpers.js';

/** A time on the seed day (8 July 2016, Paris, UTC+2). */
const at = (time: string, date = '2016-07-08') => `${date}T${time}+02:00`;
const ms = (time: string, date?: string) => Date.parse(at(time, date));
const NNBSP = '\u202f';

const value = (el: Element) => textKeepingNbsp($(el, '[part="value"]'));
const live = (el: Element) => textKeepingNbsp($(el, '[role="status"]'));

const EVENTS = ['seminar-timer-start', 'seminar-timer-warning', 'seminar-timer-end'] as const;

/** Records the timer events `el` fires, as `kind item@HH:MM`. */
function record(el: HTMLElement): { log: string[]; details: SeminarTimerDetail[] } {
  const log: string[] = [];
  const details: SeminarTimerDetail[] = [];
  for (const type of EVENTS) {
    el.addEventListener(type, (event) => {
      const { detail } = event;
      details.push(detail);
      log.push(`${type.replace('seminar-timer-', '')}${detail.item ? ` ${detail.item}` : ''}`);
    });
  }
  return { log, details };
}

/** Move the timer's clock and wait for it to render. */
async function tick(el: SessionTimer, time: string | number): Promise<void> {
  el.now = time;
  await el.updateComplete;
}

async function timer(template: ReturnType<typeof html>): Promise<SessionTimer> {
  const el = await fixture<SessionTimer>(template);
  await el.updateComplete;
  return el;
}

/** A one-item programme in Paris, for DST tests. */
function nightProgramme(date: string, start: string, end: string): unknown {
  return {
    version: 1,
    event: { title: 'Night', timeZone: 'Europe/Paris', days: [date] },
    items: [{ id: 'night', type: 'session', start, end, title: { en: 'Night shift', fr: 'Équipe de nuit' } }],
  };
}

describe('<session-timer>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('is registered once, and loading it twice does not throw', async () => {
    expect(customElements.get('session-timer')).to.equal(SessionTimer);
    await import('../../../src/define/session-timer.js');
  });

  describe('states', () => {
    it('upcoming far away: words, the date and the time range', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('10:00', '2016-07-05')}></session-timer>`);
      expect(el.getAttribute('state')).to.equal('upcoming');
      expect(el.hasAttribute('warning')).to.equal(false);
      // Three items are titled "Debate": the label says which one, by its time.
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Debate (10:30–11:15)');
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Starts');
      expect(value(el)).to.equal('in 3 days');
      expect($(el, '[part="value"] time')!.getAttribute('datetime')).to.equal('2016-07-08T08:30:00.000Z');
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.match(/Friday,? 8 July 2016,? 10:30\s?–\s?11:15/);
      expect($(el, 'progress')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says which of three "Debate" items it times; a unique title or a label needs no time', async () => {
      const seedProgramme = await seed();
      const labels = [];
      for (const session of ['debate-1', 'debate-2', 'debate-3']) {
        const el = await timer(html`<session-timer .programme=${seedProgramme} session=${session} now=${at('08:00')}></session-timer>`);
        labels.push(textKeepingNbsp($(el, '[part="label"]')));
      }
      expect(labels).to.deep.equal(['Debate (09:30–10:15)', 'Debate (10:30–11:15)', 'Debate (11:45–12:10)']);
      const unique = await timer(html`<session-timer .programme=${seedProgramme} session="session-1" now=${at('08:00')}></session-timer>`);
      expect(textKeepingNbsp($(unique, '[part="label"]'))).to.equal('Defending the rights of crowd workers');
      const labelled = await timer(html`<session-timer .programme=${seedProgramme} session="debate-1" label="Morning debate" now=${at('08:00')}></session-timer>`);
      expect(textKeepingNbsp($(labelled, '[part="label"]'))).to.equal('Morning debate');
    });

    it('"in 3 days" is not capitalised after "Starts"', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="session-1" now=${at('10:00', '2016-07-05')}></session-timer>`);
      const shown = $(el, '[part="value"]')!;
      // What is drawn: no first-letter capital (a CSS ::first-letter would not show in textContent).
      expect(getComputedStyle(shown, '::first-letter').textTransform).to.equal('none');
      expect(`${textKeepingNbsp($(el, '[part="status"]'))} ${value(el)}`).to.equal('Starts in 3 days');
    });

    it('upcoming the day before and the same day: "tomorrow at", "today at"', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('18:00', '2016-07-07')}></session-timer>`);
      expect(value(el)).to.equal('tomorrow at 10:30');
      await tick(el, at('08:00'));
      expect(value(el)).to.equal('today at 10:30');
    });

    it('upcoming within the hour: a countdown in digits', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('09:30:01')}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Starts in');
      expect(value(el)).to.equal('59:59');
      await tick(el, at('10:29:59.200'));
      expect(value(el), 'a countdown rounds up').to.equal('00:01');
      await expect(el).to.be.accessible();
    });

    it('running: time left, progress and the end time', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('10:45')}></session-timer>`);
      expect(el.getAttribute('state')).to.equal('running');
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Time left');
      expect(value(el)).to.equal('30:00');
      const progress = $(el, 'progress') as HTMLProgressElement;
      expect(progress.max).to.equal(45 * 60);
      expect(progress.value).to.equal(15 * 60);
      expect(progress.getAttribute('aria-label')).to.equal('Time elapsed');
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal('Ends at 11:15');
      await expect(el).to.be.accessible();
    });

    it('warning: state stays running, with a warning attribute and its own status', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" warn-before="PT5M" now=${at('11:11')}></session-timer>`);
      expect(el.getAttribute('state')).to.equal('running');
      expect(el.hasAttribute('warning')).to.equal(true);
      expect(el.warning).to.equal(true);
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Time is almost up');
      expect(value(el)).to.equal('04:00');
      await expect(el).to.be.accessible();
    });

    it('ended: "Ended", and no ticking digits', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('12:00')}></session-timer>`);
      expect(el.getAttribute('state')).to.equal('ended');
      expect(value(el)).to.equal('Ended');
      expect($(el, '[part="status"]')).to.equal(null);
      expect($(el, 'progress')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('overtime: the time past the end counting up', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" overtime now=${at('11:17:15.900')}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Over time');
      expect(value(el), 'a count-up rounds down').to.equal('+02:15');
      expect($(el, '[part="value"]')!.classList.contains('over')).to.equal(true);
      await tick(el, at('12:16:00'));
      expect(value(el)).to.equal('+01:01:00');
      await expect(el).to.be.accessible();
    });

    it('times the whole event without a session', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} now=${at('08:30')}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.match(/^Building collective groups/);
      expect(value(el)).to.equal('15:00');
      await tick(el, at('09:30'));
      expect(value(el)).to.equal('04:00:00');
      expect(($(el, 'progress') as HTMLProgressElement).max).to.equal((4 * 60 + 45) * 60);
    });

    it('loads from src, with a busy state while loading', async () => {
      const el = await fixture<SessionTimer>(html`<session-timer src="/__test/programme?delay=1500&amp;id=timer-src" session="debate-1" now=${at('09:40')}></session-timer>`);
      const loaded = oneEvent(el, 'seminar-load');
      expect($(el, '[aria-busy="true"]')).to.not.equal(null);
      expect(el.hasAttribute('state')).to.equal(false);
      await expect(el).to.be.accessible();
      await loaded;
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('running');
      expect(value(el)).to.equal('35:00');
    });
  });

  describe('transitions and events', () => {
    it('fires start, warning and end once each, as time passes', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" warn-before="5" now=${at('10:00')}></session-timer>`);
      const { log, details } = record(el);
      for (const time of ['10:29', '10:30', '10:31', '11:09', '11:10', '11:12', '11:15', '11:16', '12:00']) await tick(el, at(time));
      expect(log).to.deep.equal(['start debate-2', 'warning debate-2', 'end debate-2']);
      expect(details.map((d) => d.at)).to.deep.equal([ms('10:30'), ms('11:10'), ms('11:15')]);
      expect(details[0]).to.deep.equal({ at: ms('10:30'), now: ms('10:30'), start: ms('10:30'), end: ms('11:15'), item: 'debate-2' });
      // Going back in time and forward again does not fire them a second time.
      await tick(el, at('10:00'));
      await tick(el, at('12:00'));
      expect(log).to.have.length(3);
    });

    it('fires the missed ones in order when it looks at the clock again after a long gap', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" warn-before="5" now=${at('10:00')}></session-timer>`);
      const { log, details } = record(el);
      await tick(el, at('13:00'));
      expect(log).to.deep.equal(['start debate-2', 'warning debate-2', 'end debate-2']);
      expect(details.every((d) => d.now === ms('13:00'))).to.equal(true);
      expect(el.getAttribute('state')).to.equal('ended');
      expect(live(el), 'the live region says where things are now').to.equal('Ended: Debate.');
    });

    it('does not fire for transitions already past when it got its data', async () => {
      const el = document.createElement('session-timer');
      const { log } = record(el);
      el.session = 'debate-2';
      el.warnBefore = 5;
      el.now = at('11:12');
      document.body.append(el);
      el.programme = await seed();
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('running');
      expect(el.warning).to.equal(true);
      expect(log).to.deep.equal([]);
      expect(live(el)).to.equal('');
      await tick(el, at('11:20'));
      expect(log).to.deep.equal(['end debate-2']);
      el.remove();
    });

    it('a timer loaded after the end is simply ended', async () => {
      const el = document.createElement('session-timer');
      const { log } = record(el);
      el.now = at('18:00');
      el.programme = await seed();
      document.body.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('ended');
      expect(log).to.deep.equal([]);
      el.remove();
    });

    it('events bubble out of shadow roots', async () => {
      const host = await fixture(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('session-timer');
      el.now = at('10:00');
      el.session = 'debate-2';
      el.programme = await seed();
      root.append(el);
      await el.updateComplete;
      const heard = oneEvent(host, 'seminar-timer-start');
      el.now = at('10:30');
      const event = await heard;
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('announces transitions and the warning in a polite live region, never the ticking time', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" warn-before="5" now=${at('10:29')}></session-timer>`);
      const region = $(el, '[role="status"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.classList.contains('visually-hidden')).to.equal(true);
      const timerRole = $(el, '[role="timer"]')!;
      expect(timerRole.getAttribute('aria-live')).to.equal('off');
      expect(timerRole.getAttribute('aria-labelledby')).to.equal('label status');
      expect(live(el)).to.equal('');
      await tick(el, at('10:30'));
      expect(live(el)).to.equal('Started: Debate.');
      await tick(el, at('10:31'));
      await tick(el, at('10:32'));
      expect(live(el), 'ticks do not change it').to.equal('Started: Debate.');
      expect($(el, '[role="status"]'), 'the same region is kept').to.equal(region);
      await tick(el, at('11:10'));
      expect(live(el)).to.equal('Debate: 5 minutes left.');
      await tick(el, at('11:15'));
      expect(live(el)).to.equal('Ended: Debate.');
    });

    it('reconfiguring (another session) starts afresh, without firing the past', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('10:00')}></session-timer>`);
      const { log } = record(el);
      el.session = 'debate-1';
      await el.updateComplete;
      expect(el.state).to.equal('running');
      await tick(el, at('10:20'));
      expect(log).to.deep.equal(['end debate-1']);
    });
  });

  describe('mode="next"', () => {
    it('advances through the seed day by itself', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} mode="next" now=${at('08:00')}></session-timer>`);
      const { log } = record(el);
      expect(textKeepingNbsp($(el, '[part="eyebrow"]'))).to.equal('Next');
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Welcome');
      expect(value(el)).to.equal('45:00');
      expect(el.state).to.equal('upcoming');
      expect($(el, '[part="next"]')).to.equal(null);
      await expect(el).to.be.accessible();

      await tick(el, at('08:50'));
      expect(textKeepingNbsp($(el, '[part="eyebrow"]'))).to.equal('Now');
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Welcome');
      expect(value(el)).to.equal('10:00');
      expect(textKeepingNbsp($(el, '[part="next"]'))).to.equal('Next: Introduction at 09:00');
      expect(live(el)).to.equal('Started: Welcome.');
      await expect(el).to.be.accessible();

      await tick(el, at('09:10'));
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Building collective groups and action in digital era');
      expect(log).to.deep.equal(['start welcome', 'end welcome', 'start introduction', 'end introduction', 'start opening-talk']);

      await tick(el, at('11:20'));
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Coffee break');
      expect(textKeepingNbsp($(el, '[part="next"]'))).to.match(/^Next: Alternative forms of organization.* at 11:30$/);
      expect(live(el)).to.equal('Started: Coffee break.');

      await tick(el, at('13:10'));
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Buffet lunch');
      expect($(el, '[part="next"]')).to.equal(null);

      await tick(el, at('13:31'));
      expect(el.state).to.equal('ended');
      expect($(el, '[part="eyebrow"]')).to.equal(null);
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.match(/^Building collective groups and action: what/);
      expect(value(el)).to.equal('Ended');
      expect(log.slice(-2)).to.deep.equal(['start lunch', 'end lunch']);
      expect(live(el)).to.equal('Ended: Buffet lunch.');
      const starts = log.filter((entry) => entry.startsWith('start'));
      expect(starts).to.have.length(12);
      await expect(el).to.be.accessible();
    });

    it('follows a clock set back as well as forward', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} mode="next" now=${at('09:10')}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Building collective groups and action in digital era');
      await tick(el, at('08:50'));
      expect(textKeepingNbsp($(el, '[part="eyebrow"]'))).to.equal('Now');
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Welcome');
      expect(value(el)).to.equal('10:00');
      expect(textKeepingNbsp($(el, '[part="next"]'))).to.equal('Next: Introduction at 09:00');
      await tick(el, at('08:50:01'));
      expect(value(el)).to.equal('09:59');
      await tick(el, at('09:00'));
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Introduction');
    });

    it('shows the next item in a gap between items', async () => {
      const programme = await seed<{ items: { id: string; end?: string }[] }>();
      programme.items.find((item) => item.id === 'recap')!.end = '12:40';
      const el = await timer(html`<session-timer .programme=${programme} mode="next" now=${at('12:45')}></session-timer>`);
      expect(el.state).to.equal('upcoming');
      expect(textKeepingNbsp($(el, '[part="eyebrow"]'))).to.equal('Next');
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Buffet lunch');
      expect(value(el)).to.equal('15:00');
    });
  });

  describe('standalone start and end', () => {
    it('times a start and an end with a label, in the offset of its start', async () => {
      const el = await timer(html`<session-timer start="2016-07-08T08:45+02:00" end="2016-07-08T13:30+02:00" label="Seminar" now="2016-07-07T12:00:00Z"></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Seminar');
      expect(value(el)).to.equal('tomorrow at 08:45');
      await tick(el, '2016-07-08T10:00:00+02:00');
      expect(value(el)).to.equal('03:30:00');
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal('Ends at 13:30');
      await expect(el).to.be.accessible();
    });

    it('gives the end with its date until the day of the end comes', async () => {
      const el = await timer(html`<session-timer start="2016-07-08T22:00+02:00" end="2016-07-09T01:30+02:00" label="Night" now="2016-07-08T23:00:00+02:00"></session-timer>`);
      const details = () => textKeepingNbsp($(el, '[part="details"]'));
      expect(details()).to.match(/^Ends at .*9.*2016.*01:30$/);
      await tick(el, '2016-07-08T23:59:59+02:00');
      expect(details()).to.match(/^Ends at .*9.*2016.*01:30$/);
      await tick(el, '2016-07-09T00:00:01+02:00');
      expect(details()).to.equal('Ends at 01:30');
      expect(value(el)).to.equal('01:29:59');
    });

    it('works without a label', async () => {
      const el = await timer(html`<session-timer start="2016-07-08T08:45Z" end="2016-07-08T09:45Z" now="2016-07-08T08:40Z"></session-timer>`);
      expect($(el, '[part="label"]')).to.equal(null);
      expect($(el, '[role="timer"]')!.getAttribute('aria-labelledby')).to.equal('status');
      const { log } = record(el);
      await tick(el, '2016-07-08T08:45Z');
      expect(log).to.deep.equal(['start']);
      expect(live(el)).to.equal('It has started.');
      await tick(el, '2016-07-08T10:00Z');
      expect(live(el)).to.equal('Time is up.');
      await expect(el).to.be.accessible();
    });

    it('explains an invalid start, a missing end, and an end before the start', async () => {
      const errors: SeminarErrorDetail[] = [];
      const el = await timer(html`<session-timer
        start="tomorrow"
        end="2016-07-08T09:45Z"
        @seminar-error=${(event: CustomEvent<SeminarErrorDetail>) => errors.push(event.detail)}
      ></session-timer>`);
      expect(errors).to.have.length(1);
      expect(errors[0].kind).to.equal('invalid');
      expect(errors[0].errors[0]).to.include({ code: 'invalid-time', path: '/start' });
      expect(errors[0].errors[0].params).to.deep.equal({ value: 'tomorrow' });
      const alert = textKeepingNbsp($(el, '[part="error"]'));
      expect(alert).to.contain('This timer cannot be shown.');
      expect(alert).to.contain('"tomorrow"');
      expect(alert).to.contain('2016-07-08T08:45+02:00');
      expect(el.hasAttribute('state')).to.equal(false);
      await expect(el).to.be.accessible();

      el.requestUpdate();
      await el.updateComplete;
      expect(errors, 'reported once, not on every update').to.have.length(1);
      el.start = '2016-07-08T08:45Z';
      el.end = null;
      await el.updateComplete;
      expect(errors[1].errors[0]).to.include({ code: 'missing-field', path: '/end' });
      el.end = '2016-07-08T08:00Z';
      await el.updateComplete;
      expect(errors[2].errors[0]).to.include({ code: 'end-before-start' });
      expect(textKeepingNbsp($(el, '[part="error"]'))).to.contain('The end is not after the start.');
      el.end = '2016-07-08T09:00Z';
      await el.updateComplete;
      expect(el.state).to.equal('ended');
      expect(errors).to.have.length(3);
    });

    it('overrides an item’s end (a session running late)', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" end="2016-07-08T11:30+02:00" now=${at('11:20')}></session-timer>`);
      expect(el.state).to.equal('running');
      expect(value(el)).to.equal('10:00');
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal('Ends at 11:30');
    });
  });

  describe('DST (Europe/Paris)', () => {
    it('a session from 01:30 to 03:30 on 30 October 2016 lasts three hours', async () => {
      const el = await timer(html`<session-timer .programme=${nightProgramme('2016-10-30', '01:30', '03:30')} session="night" now="2016-10-30T01:30:00+02:00"></session-timer>`);
      expect(value(el)).to.equal('03:00:00');
      expect(($(el, 'progress') as HTMLProgressElement).max).to.equal(3 * 3600);
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal('Ends at 03:30');
      // The second 02:30 of the night (after clocks went back): one hour left.
      await tick(el, '2016-10-30T02:30:00+01:00');
      expect(value(el)).to.equal('01:00:00');
      await tick(el, '2016-10-30T02:30:00+02:00');
      expect(value(el)).to.equal('02:00:00');
    });

    it('a session from 01:30 to 03:30 on 27 March 2016 lasts one hour', async () => {
      const el = await timer(html`<session-timer .programme=${nightProgramme('2016-03-27', '01:30', '03:30')} session="night" now="2016-03-27T01:30:00+01:00"></session-timer>`);
      expect(value(el)).to.equal('01:00:00');
      expect(($(el, 'progress') as HTMLProgressElement).max).to.equal(3600);
      const { log } = record(el);
      await tick(el, '2016-03-27T03:30:00+02:00');
      expect(log).to.deep.equal(['end night']);
    });

    it('"tomorrow" counts calendar days across the change', async () => {
      const el = await timer(html`<session-timer .programme=${nightProgramme('2016-10-30', '01:30', '03:30')} session="night" now="2016-10-29T00:05:00+02:00"></session-timer>`);
      expect(value(el)).to.equal('tomorrow at 01:30');
    });
  });

  describe('formats, options and presentation', () => {
    it('compact: one inline line', async () => {
      const el = await timer(html`<p>The debate: <session-timer variant="compact" .programme=${await seed()} session="debate-2" now=${at('10:45')}></session-timer>.</p>`);
      const inner = el.querySelector('session-timer')!;
      await inner.updateComplete;
      expect(getComputedStyle(inner).display).to.equal('inline');
      // A phrase of the sentence around it; the item's title names the timer for assistive technology
      // (a hidden element, where its language can be marked); "Hide seconds" is an icon's name.
      expect(textKeepingNbsp($(inner, '[role="timer"]'))).to.equal('ends in 30:00');
      expect($(inner, '[role="timer"]')!.getAttribute('aria-labelledby')).to.equal('label');
      expect(textKeepingNbsp($(inner, '#label'))).to.equal('Debate');
      expect($(inner, '[part="seconds"] .visually-hidden')).to.not.equal(null);
      expect($(inner, 'progress')).to.equal(null);
      expect($(inner, '[part="details"]')).to.equal(null);
      await expect(inner).to.be.accessible();
    });

    it('clock: always digits, also far away and once ended', async () => {
      const el = await timer(html`<session-timer variant="clock" .programme=${await seed()} session="debate-2" now=${at('10:00', '2016-07-05')}></session-timer>`);
      expect(value(el)).to.equal('72:30:00');
      expect($(el, '[part="details"]')).to.equal(null);
      await tick(el, at('11:00'));
      expect($(el, 'progress')).to.not.equal(null);
      await tick(el, at('12:00'));
      // "Ended" itself, not "00:00" under "Ended".
      expect(value(el)).to.equal('Ended');
      expect($(el, '[part="status"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('scales the digits with its own width (container units)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 400px"><session-timer variant="clock" .programme=${await seed()} session="debate-2" now=${at('10:45')}></session-timer></div>`);
      const el = wrapper.querySelector('session-timer')!;
      await el.updateComplete;
      const size = () => parseFloat(getComputedStyle($(el, '[part="value"]')!).fontSize);
      const small = size();
      wrapper.style.width = '1200px';
      await waitUntil(() => size() > small * 2.5, 'the digits should grow with the element');
      expect(size()).to.be.closeTo(small * 3, 1);
    });

    it('shows times in the event zone, the viewer’s, or a named one', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('10:45')}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal('Ends at 11:15');
      el.timeZone = 'America/New_York';
      await el.updateComplete;
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal('Ends at 05:15');
      el.timeZone = 'local';
      await el.updateComplete;
      const local = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(ms('11:15'));
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal(`Ends at ${local}`);
      expect(el.getAttribute('time-zone')).to.equal('local');
    });

    it('reads warn-before as an ISO duration, minutes, or a number; ignores nonsense', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('11:08')}></session-timer>`);
      expect(el.warning).to.equal(false);
      el.warnBefore = 'PT10M';
      await el.updateComplete;
      expect(el.warning).to.equal(true);
      el.warnBefore = 6;
      await el.updateComplete;
      expect(el.warning).to.equal(false);
      el.setAttribute('warn-before', '7');
      await el.updateComplete;
      expect(el.warning).to.equal(true);
      el.warnBefore = 'soon';
      await el.updateComplete;
      expect(el.warning).to.equal(false);
    });

    it('takes now as an ISO string, epoch milliseconds or a Date', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2"></session-timer>`);
      el.now = ms('10:45');
      await el.updateComplete;
      expect(value(el)).to.equal('30:00');
      el.now = new Date(ms('11:00'));
      await el.updateComplete;
      expect(value(el)).to.equal('15:00');
      el.setAttribute('now', at('11:05'));
      await el.updateComplete;
      expect(value(el)).to.equal('10:00');
    });

    it('reflects its state, variant and time zone; theme works', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('10:45')} theme="dark"></session-timer>`);
      expect(el.getAttribute('variant')).to.equal('full');
      expect(el.getAttribute('state')).to.equal('running');
      el.variant = 'clock';
      el.overtime = true;
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('clock');
      expect(el.hasAttribute('overtime')).to.equal(true);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      el.setAttribute('state', 'ended');
      await el.updateComplete;
      expect(el.getAttribute('state'), 'state is computed, not set').to.equal('running');
    });

    it('accepts properties set before the element is defined', async () => {
      const el = document.createElement('session-timer-late') as HTMLElement & Partial<SessionTimer>;
      el.start = '2016-07-08T08:45Z';
      el.end = '2016-07-08T09:45Z';
      el.now = Date.parse('2016-07-08T09:00Z');
      document.body.append(el);
      customElements.define('session-timer-late', class extends SessionTimer {});
      await (el as SessionTimer).updateComplete;
      expect(value(el)).to.equal('45:00');
      el.remove();
    });
  });

  describe('errors', () => {
    it('names an unknown session and suggests the likely one', async () => {
      const el = await fixture<SessionTimer>(html`<session-timer session="debate-5"></session-timer>`);
      const failed = oneEvent(el, 'seminar-error');
      el.programme = await seed();
      const { detail } = await failed;
      expect(detail.kind).to.equal('not-found');
      expect(detail.errors[0]).to.include({ code: 'unknown-item', path: '/items' });
      expect(detail.errors[0].params).to.deep.equal({ value: 'debate-5', suggestion: 'debate-1' });
      await el.updateComplete;
      const alert = textKeepingNbsp($(el, '[part="error"]'));
      expect(alert).to.contain('debate-5');
      expect(alert).to.contain('debate-1');
      expect($(el, '[part="retry"]')).to.equal(null);
      expect(el.hasAttribute('state')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows load errors with a retry button', async () => {
      const el = await fixture<SessionTimer>(html`<session-timer src="/__test/programme?status=500&amp;id=timer-500"></session-timer>`);
      const { detail } = await oneEvent(el, 'seminar-error');
      expect(detail.kind).to.equal('http');
      await el.updateComplete;
      expect($(el, '[part="retry"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('French', () => {
    beforeEach(() => {
      document.documentElement.lang = 'fr';
    });

    it('speaks French in every state, with French typography', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" warn-before="5" overtime now=${at('10:00', '2016-07-05')}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Débat (10:30 – 11:15)');
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Début');
      expect(value(el)).to.equal('dans 3 jours');
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.match(/^vendredi 8 juillet 2016, 10:30\s–\s11:15$/);
      await expect(el).to.be.accessible();
      await tick(el, at('18:00', '2016-07-07'));
      expect(value(el)).to.equal('demain à 10:30');
      await tick(el, at('10:00'));
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Début dans');
      expect(value(el)).to.equal('30:00');
      await tick(el, at('10:45'));
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Temps restant');
      expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal(`Fin prévue${NNBSP}: 11:15`);
      expect($(el, 'progress')!.getAttribute('aria-label')).to.equal('Temps écoulé');
      expect(live(el)).to.equal(`Début${NNBSP}: Débat.`);
      await expect(el).to.be.accessible();
      await tick(el, at('11:11'));
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Le temps est presque écoulé');
      expect(live(el)).to.equal(`Débat${NNBSP}: encore 4 minutes.`);
      await expect(el).to.be.accessible();
      await tick(el, at('11:17:15'));
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Dépassement');
      expect(value(el)).to.equal('+02:15');
      expect(live(el)).to.equal(`Fin${NNBSP}: Débat.`);
      await expect(el).to.be.accessible();
      el.overtime = false;
      await el.updateComplete;
      expect(value(el)).to.equal('Terminé');
      await expect(el).to.be.accessible();
    });

    it('mode="next" in French', async () => {
      const el = await timer(html`<session-timer .programme=${await seed()} mode="next" now=${at('11:00')}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="eyebrow"]'))).to.equal('En cours');
      expect(textKeepingNbsp($(el, '[part="next"]'))).to.equal(`À suivre${NNBSP}: Pause café à 11:15`);
      await expect(el).to.be.accessible();
      await tick(el, at('13:31'));
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal("Faire collectif à l'heure du numérique");
      await expect(el).to.be.accessible();
    });

    it('standalone errors and the clock format in French', async () => {
      const el = await timer(html`<session-timer start="demain" end="2016-07-08T09:45Z"></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="error"]'))).to.contain('Ce minuteur ne peut pas être affiché.');
      await expect(el).to.be.accessible();
      const clock = await timer(html`<session-timer variant="clock" start="2016-07-08T08:45Z" end="2016-07-08T09:45Z" now="2016-07-08T10:00Z"></session-timer>`);
      expect(value(clock)).to.equal('Terminé');
      await expect(clock).to.be.accessible();
    });

    it('switches language at runtime through its own lang', async () => {
      document.documentElement.lang = 'en';
      const el = await timer(html`<session-timer .programme=${await seed()} session="debate-2" now=${at('10:45')}></session-timer>`);
      expect(textKeepingNbsp($(el, '[part="status"]'))).to.equal('Time left');
      el.lang = 'fr';
      await waitUntil(() => textKeepingNbsp($(el, '[part="status"]')) === 'Temps restant', 'the timer should switch to French');
      expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Débat (10:30 – 11:15)');
    });
  });
});
