/**
 * A server-rendered element on a page that did not load Lit's hydration
 * support: it says so once, and draws its content anew (never twice).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

describe('server rendering without Lit’s hydration support', () => {
  it('the agenda warns once and shows its items once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const markup = await (await fetch('/__test/ssr?element=agenda&lang=fr')).text();
      container.setHTMLUnsafe(markup + markup);
      const agendas = [...container.querySelectorAll<Lit>('seminar-agenda')];
      expect(agendas).to.have.length(2);
      for (const el of agendas) {
        await waitUntil(() => el.hasUpdated, 'the element should render');
        await el.updateComplete;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(12);
        expect(el.shadowRoot!.querySelectorAll('.event-title')).to.have.length(1);
      }
      expect(warnings.filter((w) => w.includes('lit-element-hydrate-support'))).to.have.length(1);
    } finally {
      console.warn = warn;
      container.remove();
    }
  });
});
