/**
 * A thousand running timers tick without blocking the page, and ten thousand
 * still render and tick (docs/security.md, "Limits"; the real figures are in
 * docs/performance.md, from npm run bench).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { nextTask } from '../helpers.js';


describe('many running timers', function () {
  this.timeout(300_000);
  function mount(count: number): SessionTimer[] {
    const now = Date.now();
    const timers: SessionTimer[] = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement('session-timer');
      el.start = new Date(now - 60_000).toISOString();
      el.end = new Date(now + (30 + (i % 50)) * 60_000).toISOString();
      el.variant = (['full', 'compact', 'clock'] as const)[i % 3]!;
      timers.push(el);
    }
    const stage = document.createElement('div');
    stage.append(...timers);
    document.body.append(stage);
    return timers;
  }

  it('1,000 timers: a shared tick does not block the page (a generous bound; npm run bench has the figures)', async () => {
    const timers = mount(1000);
    await Promise.all(timers.map((el) => el.updateComplete));
    const base = Date.now();
    const ticks: number[] = [];
    for (let tick = 1; tick <= 5; tick++) {
      await nextTask();
      const begin = performance.now();
      for (const el of timers) el.now = base + tick * 1000;
      await Promise.all(timers.map((el) => el.updateComplete));
      ticks.push(performance.now() - begin);
    }
    ticks.sort((a, b) => a - b);
    // The aim is under 16 ms on a small machine (npm run bench measures it); this
    // only catches a tick that hangs, on a shared machine under any load.
    expect(ticks[2], `ticks: ${ticks.map(Math.round).join(', ')} ms`).to.be.below(2000);
    timers[0].parentElement!.remove();
  });

  it('10,000 timers render, and tick on the shared clock', async () => {
    const timers = mount(10_000);
    await Promise.all(timers.map((el) => el.updateComplete));
    expect(timers.every((el) => el.state === 'running')).to.equal(true);
    const value = (el: SessionTimer) => el.shadowRoot!.querySelector('[part="value"]')?.textContent;
    const before = value(timers[9999]);
    await waitUntil(() => value(timers[9999]) !== before, 'the last timer ticks', { timeout: 60_000, interval: 250 });
    timers[0].parentElement!.remove();
  });
});

