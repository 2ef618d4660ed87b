/**
 * What the tests of a server-rendered agenda that Lit cannot hydrate share:
 * `copies` of the server's HTML in the page; each agenda must draw its
 * content once (never a second copy after the server's), and the console
 * must say once what to import, with `hint` in the message.
 */
import { expect, waitUntil } from '@open-wc/testing';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

export async function expectDrawnAnewOnce(copies: number, hint: string): Promise<void> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const container = document.createElement('div');
  document.body.append(container);
  try {
    const markup = await (await fetch('/__test/ssr?element=agenda&lang=fr')).text();
    container.setHTMLUnsafe(markup.repeat(copies));
    const agendas = [...container.querySelectorAll<Lit>('seminar-agenda')];
    expect(agendas).to.have.length(copies);
    for (const el of agendas) {
      await waitUntil(() => el.hasUpdated, 'the element should render');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(12);
      expect(el.shadowRoot!.querySelectorAll('.event-title')).to.have.length(1);
    }
    expect(warnings.filter((w) => w.includes('lit-element-hydrate-support') && w.includes(hint))).to.have.length(1);
  } finally {
    console.warn = warn;
    container.remove();
  }
}
