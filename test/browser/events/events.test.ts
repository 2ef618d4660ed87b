/**
 * Events: one class each (name, detail and options fixed), fired once, from
 * the element itself; elements drawn inside another element of the library
 * (the agenda's speaker card, the list's cards) never reach the page's
 * listeners, capturing ones included.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-list.js';
import '../../../src/define/speaker-card.js';
import {
  SeminarErrorEvent,
  SeminarLoadEvent,
  SeminarSpeakerSelectEvent,
  SeminarTimerEndEvent,
  SeminarTimerStartEvent,
  SeminarTimerWarningEvent,
} from '../../../src/events/index.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SpeakerList } from '../../../src/components/speaker-list/speaker-list.js';
import type { Programme } from '../../../src/model/types.js';
import { seed } from '../helpers.js';

const EVENTS = ['seminar-load', 'seminar-error', 'seminar-speaker-select', 'seminar-timer-start', 'seminar-timer-warning', 'seminar-timer-end'];

/**
 * Counts the library's events that reach `document`, in the capture and in
 * the bubble phase, with their targets: what a page's listeners hear.
 */
function listen(): { count(type: string, phase?: 'capture' | 'bubble'): number; targets(type: string): EventTarget[]; stop(): void } {
  const heard: { type: string; phase: 'capture' | 'bubble'; target: EventTarget | null }[] = [];
  const capture = (e: Event) => heard.push({ type: e.type, phase: 'capture', target: e.target });
  const bubble = (e: Event) => heard.push({ type: e.type, phase: 'bubble', target: e.target });
  for (const type of EVENTS) {
    document.addEventListener(type, capture, true);
    document.addEventListener(type, bubble);
  }
  return {
    count: (type, phase = 'bubble') => heard.filter((h) => h.type === type && h.phase === phase).length,
    targets: (type) => heard.filter((h) => h.type === type && h.phase === 'bubble').map((h) => h.target!),
    stop() {
      for (const type of EVENTS) {
        document.removeEventListener(type, capture, true);
        document.removeEventListener(type, bubble);
      }
    },
  };
}

describe('event classes', () => {
  const detail = { at: 1, now: 2, start: 1, end: 3 };
  const cases: [Event, string][] = [
    [new SeminarLoadEvent({ programme: {} as Programme }), 'seminar-load'],
    [new SeminarErrorEvent({ kind: 'network', errors: [] }), 'seminar-error'],
    [new SeminarSpeakerSelectEvent({ speakerId: 'a' }), 'seminar-speaker-select'],
    [new SeminarTimerStartEvent(detail), 'seminar-timer-start'],
    [new SeminarTimerWarningEvent(detail), 'seminar-timer-warning'],
    [new SeminarTimerEndEvent(detail), 'seminar-timer-end'],
  ];
  for (const [event, name] of cases) {
    it(`${event.constructor.name} is "${name}", bubbles, is composed, cannot be cancelled, carries its detail`, () => {
      expect(event.type).to.equal(name);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(false);
      expect(event).to.be.instanceOf(CustomEvent);
      expect((event as CustomEvent).detail).to.not.equal(null);
    });
  }
});

describe('events reach the page once, from the element itself', () => {
  let page: ReturnType<typeof listen>;
  beforeEach(() => {
    localStorage.clear();
    page = listen();
  });
  afterEach(() => {
    page.stop();
  });

  it('the agenda: opening speaker cards three times fires one seminar-load and three seminar-speaker-selects', async () => {
    const el = await fixture<SeminarAgenda>(html`<seminar-agenda .programme=${await seed()}></seminar-agenda>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#item-session-1 .speaker'), 'the agenda should render');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    for (let n = 0; n < 3; n++) {
      const trigger = el.shadowRoot!.querySelector<HTMLButtonElement>(`#item-session-1 .speaker`)!;
      trigger.click();
      await waitUntil(() => dialog.open && dialog.querySelector('speaker-card')?.shadowRoot?.querySelector('[part="name"]'), `the card should show (${n})`);
      dialog.close();
      // The dialog's close event comes in a later task; the card goes with it.
      await waitUntil(() => !dialog.querySelector('speaker-card'), 'the card should go');
    }
    // Let any late event of the inner cards arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.count('seminar-load')).to.equal(1);
    expect(page.count('seminar-load', 'capture')).to.equal(1);
    expect(page.targets('seminar-load')).to.deep.equal([el]);
    expect(page.count('seminar-speaker-select')).to.equal(3);
    expect(page.targets('seminar-speaker-select').every((t) => t === el)).to.equal(true);
    expect(page.count('seminar-error', 'capture')).to.equal(0);
  });

  it('the speaker list: 11 speakers, one seminar-load, from the list', async () => {
    const el = await fixture<SpeakerList>(html`<speaker-list .programme=${await seed()}></speaker-list>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('speaker-card').length === 11, 'the cards should render');
    await Promise.all([...el.shadowRoot!.querySelectorAll('speaker-card')].map((card) => (card as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.count('seminar-load')).to.equal(1);
    expect(page.count('seminar-load', 'capture')).to.equal(1);
    expect(page.targets('seminar-load')).to.deep.equal([el]);
  });

  it('the speaker list reports a missing item once, and its cards nothing', async () => {
    await fixture<SpeakerList>(html`<speaker-list item="no-such-item" .programme=${await seed()}></speaker-list>`);
    // Visitors see nothing for an unknown item; the page hears of it once.
    await waitUntil(() => page.count('seminar-error') === 1, 'the error should be reported');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.count('seminar-error')).to.equal(1);
    expect(page.count('seminar-load')).to.equal(1);
  });

  it('a card in a shadow root of the page’s own (not one of ours) still reaches the page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const card = document.createElement('speaker-card');
    card.programme = await seed();
    card.speaker = 'kristy-milland';
    shadow.append(card);
    await waitUntil(() => page.count('seminar-load') === 1, 'the card’s seminar-load should reach the page');
    expect(page.targets('seminar-load')).to.deep.equal([host]);
  });
});
