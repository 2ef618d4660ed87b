/**
 * RGAA 7.3 and 12.8: focus never falls to <body>. For every element in several
 * states, every kind of button (each class of control, once) is focused and
 * pressed as a keyboard user would, on a fresh element; focus must then be
 * somewhere in the element (or in the dialog it opened), never on <body>. A
 * dialog it opens is closed again and focus must come back into the element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import '../../../src/define/speaker-list.js';
import '../../../src/define/session-timer.js';
import { deepActive, deepElements, where } from './helpers.js';
import { richProgramme } from '../i18n/fixtures.js';
import { SEED } from '../helpers.js';

const at = (time: string) => `2016-07-08T${time}+02:00`;
const FAVOURITES = 'seminar-widgets:favourites:faire-collectif-2016';

let seed: unknown;

interface State {
  name: string;
  render: () => TemplateResult;
  /** Brings the element into the state (after it rendered). */
  prepare?: (el: HTMLElement) => Promise<void> | void;
}

const type = (el: HTMLElement, value: string) => {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const select = (el: HTMLElement, value: string) => {
  const control = el.shadowRoot!.querySelector<HTMLSelectElement>('.filters select')!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
};

const STATES: State[] = [
  { name: 'agenda, loaded, running', render: () => html`<seminar-agenda .programme=${seed} now=${at('10:40')}></seminar-agenda>` },
  {
    name: 'agenda, "My agenda" with three stars',
    render: () => html`<seminar-agenda .programme=${seed} now=${at('10:40')}></seminar-agenda>`,
    prepare: (el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.filters .toggle')!.click();
    },
  },
  {
    name: 'agenda, no results',
    render: () => html`<seminar-agenda .programme=${seed}></seminar-agenda>`,
    prepare: (el) => {
      type(el, 'zzz');
    },
  },
  {
    name: 'agenda, what runs now filtered out ("Jump to now" notice)',
    render: () => html`<seminar-agenda .programme=${seed} now=${at('10:40')}></seminar-agenda>`,
    prepare: (el) => {
      select(el, 'session');
      return Promise.resolve().then(() => {
        el.shadowRoot!.querySelector<HTMLButtonElement>('.jump')!.click();
      });
    },
  },
  { name: 'agenda, load error', render: () => html`<seminar-agenda src="/__test/programme?status=503&amp;id=focus-crawl"></seminar-agenda>` },
  { name: 'card with a long biography', render: () => html`<speaker-card .programme=${richProgramme()} speaker="ana-lopez"></speaker-card>` },
  { name: 'list with a filter, a card with a long biography', render: () => html`<speaker-list .programme=${richProgramme()} filter></speaker-list>` },
  { name: 'timer, running', render: () => html`<session-timer .programme=${seed} session="debate-2" now=${at('10:45')}></session-timer>` },
  { name: 'timer, clock, overtime', render: () => html`<session-timer .programme=${seed} session="debate-2" variant="clock" overtime now=${at('11:20')}></session-timer>` },
  { name: 'timer, compact, counting down', render: () => html`<session-timer .programme=${seed} session="debate-2" variant="compact" now=${at('10:20')}></session-timer>` },
];

/** Every button of `el`'s shadow tree (nested elements included), one per kind (class and part). */
function buttonKinds(el: HTMLElement): string[] {
  const kinds: string[] = [];
  for (const element of deepElements(el.shadowRoot!)) {
    if (!(element instanceof HTMLButtonElement) || element.closest('dialog:not([open])')) continue;
    const kind = kindOf(element);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** A button's kind: its class, part and element, and its text unless it is one of an item's (those differ by title only). */
function kindOf(button: HTMLButtonElement): string {
  const inItem = button.closest('[part~="item"], li') !== null;
  const words = inItem ? 'item' : (button.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `${button.getAttribute('class') ?? ''}|${button.getAttribute('part') ?? ''}|${(button.getRootNode() as ShadowRoot).host.localName}|${words}`;
}

async function settle(el: HTMLElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const element of [el, ...deepElements(el.shadowRoot!)]) {
      if ('updateComplete' in element) await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function mount(state: State): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(state.render());
  await waitUntil(() => deepElements(el.shadowRoot ?? el).some((e) => e.matches('button, [role="alert"]')), `${state.name}: renders`, { timeout: 5000 });
  await settle(el);
  await state.prepare?.(el);
  await settle(el);
  return el;
}

/** Focus stays in `el`'s tree (its shadow roots, its dialog): not on <body>, not elsewhere. */
function focusInside(el: HTMLElement): boolean {
  const active = deepActive();
  if (!active || active === document.body) return false;
  let node: Node | null = active;
  while (node) {
    if (node === el) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

describe('focus never falls to <body> (RGAA 7.3, 12.8)', function () {
  this.timeout(60_000);
  // Downloads are not saved: the calendar code still runs.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as they were
  const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };

  before(async () => {
    seed = await (await fetch(SEED)).json();
    URL.createObjectURL = () => 'blob:test';
    HTMLAnchorElement.prototype.click = function () {
      // A download link: nothing to save in a test.
    };
  });
  after(() => {
    URL.createObjectURL = original.create;
    HTMLAnchorElement.prototype.click = original.click;
  });
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(FAVOURITES, JSON.stringify(['session-1', 'session-2', 'session-3']));
  });

  for (const state of STATES) {
    it(`${state.name}: every kind of button`, async () => {
      const kinds = buttonKinds(await mount(state));
      expect(kinds.length, 'some buttons').to.be.greaterThan(0);
      const lost: string[] = [];
      for (const kind of kinds) {
        const el = await mount(state);
        const button = deepElements(el.shadowRoot!).find((e): e is HTMLButtonElement => e instanceof HTMLButtonElement && kindOf(e) === kind && !e.closest('dialog:not([open])'));
        if (!button) continue;
        const label = `${where(button)} "${button.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
        button.focus();
        button.click();
        await settle(el);
        if (!focusInside(el)) lost.push(`${label}: focus on ${where(deepActive())}`);
        const dialog = deepElements(el.shadowRoot!).find((e): e is HTMLDialogElement => e instanceof HTMLDialogElement && e.open);
        if (dialog) {
          dialog.close();
          await settle(el);
          if (!focusInside(el)) lost.push(`${label}, then its dialog closed: focus on ${where(deepActive())}`);
        }
      }
      expect(lost).to.deep.equal([]);
    });
  }
});
