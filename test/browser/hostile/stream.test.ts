/**
 * A `src` that streams without end, or past the 5 MB limit without a
 * Content-Length, is cut while it is read (docs/security.md, "Limits"): the
 * test server's /__test/stream endpoint (web-test-runner.config.mjs) says how
 * much it sent and when the client went away.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { alertOf, watchErrors } from './safety.js';

/** Collects `seminar-error` details from `el`. */
function errorsOf(el: HTMLElement): { kind: string }[] {
  const seen: { kind: string }[] = [];
  el.addEventListener('seminar-error', (event) => seen.push((event as CustomEvent<{ kind: string }>).detail));
  return seen;
}

describe('a src that streams without end', function () {
  this.timeout(60_000);
  const sent = async (id: string) => (await (await fetch(`/__test/stream-sent?id=${id}`)).json()) as { sent: number; closed: boolean };

  for (const [name, query, limit] of [
    ['endless, no Content-Length', 'endless=1', 40_000_000],
    ['6 MB, no Content-Length', 'total=6000000', 7_000_000],
    ['a Content-Length of 100 MB (refused before reading)', 'endless=1&length=100000000', 40_000_000],
  ] as const) {
    it(`${name}: cut at the limit while reading`, async () => {
      const id = `stream-${Math.random().toString(36).slice(2)}`;
      const watcher = watchErrors();
      const agenda = document.createElement('seminar-agenda');
      const seen = errorsOf(agenda);
      agenda.setAttribute('src', `/__test/stream?id=${id}&${query}`);
      document.body.append(agenda);
      await waitUntil(() => seen.length > 0, 'an error', { timeout: 30_000, interval: 50 });
      expect(seen[0].kind).to.equal('too-large');
      expect(alertOf(agenda)?.title).to.match(/too large/);
      // The request was abandoned: the server sees the client go, having sent little past the limit.
      await waitUntil(async () => (await sent(id)).closed, 'the server sees the request end', { timeout: 20_000, interval: 100 });
      expect((await sent(id)).sent).to.be.below(limit);
      agenda.remove();
      watcher.stop();
      expect(watcher.errors).to.deep.equal([]);
    });
  }
});

