/**
 * A tick of the shared clock that changes only the time shown writes the
 * digits and the progress bar in place, without a whole update of the timer
 * (session-timer.ts, `tick`). What it draws must always be what a whole
 * update at that time draws: each step below ticks the clock by hand
 * (`Date.now` set, then `tickForTesting`, as the clock's own timer would),
 * and compares the timer with a new one rendered at that time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/session-timer.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { tickForTesting } from '../../../src/internal/clock.js';
import { $, seed, textKeepingNbsp } from '../helpers.js';

/** A time on the seed day (8 July 2016, Paris, UTC+2). */
const at = (time: string, date = '2016-07-08') => Date.parse(`${date}T${time}+02:00`);
const value = (el: Element) => textKeepingNbsp($(el, '[part="value"]'));

const realNow = Date.now;
let fakeNow = 0;

/** What a timer shows: its shadow DOM without Lit's markers, the live region aside (a new timer has announced nothing), and its state. */
function drawing(el: SessionTimer): string {
  const box = document.createElement('div');
  box.innerHTML = el.shadowRoot!.innerHTML;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  for (const comment of comments) comment.remove();
  box.querySelector('[role="status"]')?.replaceChildren();
  box.normalize();
  const bar = el.shadowRoot!.querySelector('progress');
  return `${box.innerHTML} | bar ${bar ? `${bar.value}/${bar.max}` : 'none'} | ${el.getAttribute('state')}${el.hasAttribute('warning') ? ' warning' : ''}`;
}

/** Ticks the clock at `instant`: true when the timer took care of it without a whole update. */
async function tickAt(el: SessionTimer, instant: number): Promise<boolean> {
  fakeNow = instant;
  tickForTesting();
  const inPlace = !el.isUpdatePending;
  await el.updateComplete;
  return inPlace;
}

/**
 * Runs a timer made by `make()` on the clock from `from`, then through each
 * step: after each, it must draw what `make(now)` draws at that time, and
 * take care of the tick in place (`true`) or by a whole update (`false`).
 */
async function follow(make: (now?: number) => TemplateResult, from: number, steps: [number, boolean][]): Promise<SessionTimer> {
  fakeNow = from;
  const el = await fixture<SessionTimer>(make());
  await el.updateComplete;
  expect(drawing(el)).to.equal(drawing(await fixture<SessionTimer>(make(from))));
  for (const [instant, inPlace] of steps) {
    const label = new Date(instant).toISOString();
    expect(await tickAt(el, instant), `${label}: ${inPlace ? 'in place' : 'a whole update'}`).to.equal(inPlace);
    const reference = await fixture<SessionTimer>(make(instant));
    await reference.updateComplete;
    expect(drawing(el), label).to.equal(drawing(reference));
  }
  return el;
}

describe('<session-timer> ticks in place', () => {
  beforeEach(() => {
    Date.now = () => fakeNow;
  });
  afterEach(() => {
    Date.now = realNow;
  });

  it('running, then the warning, then the end', async () => {
    const el = await follow(
      (now) => html`<session-timer start="2016-07-08T10:00+02:00" end="2016-07-08T11:00+02:00" label="Talk" warn-before="PT5M" .now=${now ?? null}></session-timer>`,
      at('10:54:58'),
      [
        [at('10:54:59'), true],
        [at('10:55:00'), false],
        [at('10:55:01'), true],
        [at('10:59:59'), true],
        [at('11:00:00'), false],
      ],
    );
    expect(value(el)).to.equal('Ended');
    expect(textKeepingNbsp($(el, '[role="status"]'))).to.equal('Ended: Talk.');
  });

  it('compact, counting the overtime up', async () => {
    const el = await follow(
      (now) => html`<session-timer variant="compact" overtime start="2016-07-08T10:00+02:00" end="2016-07-08T11:00+02:00" .now=${now ?? null}></session-timer>`,
      at('10:59:58'),
      [
        [at('10:59:59'), true],
        [at('11:00:00'), false],
        [at('11:00:01'), true],
        [at('11:01:00'), true],
      ],
    );
    expect(value(el)).to.equal('+01:00');
  });

  it('the clock variant, days before the start', async () => {
    const el = await follow(
      (now) => html`<session-timer variant="clock" start="2016-07-11T10:00+02:00" end="2016-07-11T11:00+02:00" .now=${now ?? null}></session-timer>`,
      at('10:00:00'),
      [
        [at('10:00:01'), true],
        [at('10:00:02'), true],
      ],
    );
    expect(value(el)).to.equal('71:59:58');
  });

  it('in whole minutes', async () => {
    const el = await follow(
      (now) => html`<session-timer precision="minutes" start="2016-07-08T10:00+02:00" end="2016-07-08T11:00+02:00" .now=${now ?? null}></session-timer>`,
      at('10:30:00'),
      [
        [at('10:31:00'), true],
        [at('10:32:00'), true],
      ],
    );
    expect(value(el)).to.equal('28 mins');
  });

  it('a start in words changes at midnight', async () => {
    const el = await follow(
      (now) => html`<session-timer start="2016-07-09T08:45+02:00" end="2016-07-09T09:45+02:00" .now=${now ?? null}></session-timer>`,
      at('23:58:00'),
      [
        [at('23:59:00'), true],
        [at('00:00:00', '2016-07-09'), false],
      ],
    );
    expect(value(el)).to.equal('today at 08:45');
  });

  it('the end loses its date at midnight', async () => {
    const el = await follow(
      (now) => html`<session-timer start="2016-07-08T22:00+02:00" end="2016-07-09T01:30+02:00" label="Night" .now=${now ?? null}></session-timer>`,
      at('23:59:58'),
      [
        [at('23:59:59'), true],
        [at('00:00:00', '2016-07-09'), false],
        [at('00:00:01', '2016-07-09'), true],
      ],
    );
    expect(textKeepingNbsp($(el, '[part="details"]'))).to.equal('Ends at 01:30');
  });

  it('mode="next" moves to the next item', async () => {
    const programme = await seed();
    const el = await follow(
      (now) => html`<session-timer mode="next" .programme=${programme} .now=${now ?? null}></session-timer>`,
      at('08:59:58'),
      [
        [at('08:59:59'), true],
        [at('09:00:00'), false],
        [at('09:00:01'), true],
      ],
    );
    expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Introduction');
  });

  it('in French', async () => {
    const el = await follow(
      (now) => html`<session-timer lang="fr" start="2016-07-08T10:00+02:00" end="2016-07-08T11:00+02:00" label="Débat" .now=${now ?? null}></session-timer>`,
      at('10:10:00'),
      [
        [at('10:10:01'), true],
        [at('10:10:02'), true],
      ],
    );
    expect(value(el)).to.equal('49:58');
  });

  it('a change waiting to be drawn takes a whole update', async () => {
    fakeNow = at('10:10:00');
    const el = await fixture<SessionTimer>(html`<session-timer start="2016-07-08T10:00+02:00" end="2016-07-08T11:00+02:00" label="Talk"></session-timer>`);
    el.label = 'Debate';
    expect(await tickAt(el, at('10:10:01'))).to.equal(false);
    expect(textKeepingNbsp($(el, '[part="label"]'))).to.equal('Debate');
    expect(value(el)).to.equal('49:59');
  });

  it('an update after ticks draws its own time, even the one the update before drew', async () => {
    // Lit compares with what it drew, not with what ticks wrote since.
    fakeNow = at('10:10:00');
    const el = await fixture<SessionTimer>(html`<session-timer start="2016-07-08T10:00+02:00" end="2016-07-08T11:00+02:00" label="Talk"></session-timer>`);
    expect(value(el)).to.equal('50:00');
    expect(await tickAt(el, at('10:10:01'))).to.equal(true);
    expect(value(el)).to.equal('49:59');
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(601);
    // The clock set back, and something else to draw.
    fakeNow = at('10:10:00');
    el.label = 'Debate';
    await el.updateComplete;
    expect(value(el)).to.equal('50:00');
    expect(($(el, 'progress') as HTMLProgressElement).value).to.equal(600);
  });
});
