/**
 * A page that loads Lit's hydration support after Lit (a bundle in which
 * another module imported the elements first): the support sets its global
 * but cannot patch Lit any more. The element must see that Lit will not
 * hydrate, and draw its content anew, once — not add a second copy after the
 * server's.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

describe('server rendering with Lit’s hydration support loaded after Lit', () => {
  it('the agenda warns once and shows its items once', async () => {
    await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
    expect((globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport, 'the support set its global').to.be.a('function');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const markup = await (await fetch('/__test/ssr?element=agenda&lang=fr')).text();
      container.setHTMLUnsafe(markup);
      const el = container.querySelector<Lit>('seminar-agenda')!;
      await waitUntil(() => el.hasUpdated, 'the element should render');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(12);
      expect(el.shadowRoot!.querySelectorAll('.event-title')).to.have.length(1);
      expect(warnings.filter((w) => w.includes('before Lit and the elements'))).to.have.length(1);
    } finally {
      console.warn = warn;
      container.remove();
    }
  });
});
