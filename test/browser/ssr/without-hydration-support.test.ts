/**
 * A server-rendered element on a page that did not load Lit's hydration
 * support: it says so once, and draws its content anew (never twice).
 */
import '../../../src/define/seminar-agenda.js';
import { expectDrawnAnewOnce } from './drawn-anew.js';

describe('server rendering without Lit’s hydration support', () => {
  it('the agenda warns once and shows its items once', async () => {
    await expectDrawnAnewOnce(2, 'before Lit and the elements');
  });
});
