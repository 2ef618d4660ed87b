/**
 * A page that loads Lit's hydration support after Lit (a bundle in which
 * another module imported the elements first): the support sets its global
 * but cannot patch Lit any more. The element must see that Lit will not
 * hydrate, and draw its content anew, once — not add a second copy after the
 * server's.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import { expectDrawnAnewOnce } from './drawn-anew.js';

describe('server rendering with Lit’s hydration support loaded after Lit', () => {
  it('the agenda warns once and shows its items once', async () => {
    await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
    expect((globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport, 'the support set its global').to.be.a('function');
    await expectDrawnAnewOnce(1, 'before Lit and the elements');
  });
});
