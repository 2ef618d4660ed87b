import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { acquire } from '../../../src/internal/shared-fetch.js';
import { LoadError } from '../../../src/internal/shared-fetch.js';
import type { SeminarErrorDetail } from '../../../src/internal/programme-controller.js';
import './test-widget.js';
import type { TestWidget } from './test-widget.js';
import { seed } from '../helpers.js';

let unique = 0;
const id = (name: string) => `${name}-${Date.now()}-${++unique}`;
const count = async (key: string) =>
  ((await (await fetch(`/__test/count?id=${key}`)).json()) as { count: number }).count;
const title = (el: TestWidget) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';

describe('programme sources', () => {
  it('takes a programme object', async () => {
    const el = await fixture<TestWidget>(html`<test-widget .programme=${await seed()}></test-widget>`);
    expect(el.data.status).to.equal('ready');
    expect(title(el)).to.contain('Building collective groups');
  });

  it('takes a JSON string, with a byte-order mark', async () => {
    const text = `\uFEFF${JSON.stringify(await seed())}`;
    const el = await fixture<TestWidget>(html`<test-widget .programme=${text}></test-widget>`);
    expect(el.data.status).to.equal('ready');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const json = JSON.stringify(await seed());
    const el = await fixture<TestWidget>(html`<test-widget><script type="application/json">${json}</script></test-widget>`);
    expect(el.data.status).to.equal('ready');
  });

  it('picks up an inline script added after the element', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(el.data.status).to.equal('idle');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(await seed());
    const loaded = oneEvent(el, 'seminar-load');
    el.append(script);
    await loaded;
    expect(el.data.status).to.equal('ready');
  });

  it('loads src and fires seminar-load; shows a loading state meanwhile', async () => {
    const key = id('load');
    const el = await fixture<TestWidget>(html`<test-widget src=${`/__test/programme?delay=200&id=${key}`}></test-widget>`);
    const loaded = oneEvent(el, 'seminar-load');
    expect(el.data.status).to.equal('loading');
    expect(el.shadowRoot!.textContent).to.contain('Loading the programme');
    await expect(el).to.be.accessible();
    const event = await loaded;
    expect(event.detail.programme.items.length).to.be.greaterThan(0);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shares one request between widgets with the same src', async () => {
    const key = id('shared');
    const src = `/__test/programme?delay=100&id=${key}`;
    const page = await fixture<HTMLDivElement>(html`<div>
      <test-widget src=${src}></test-widget><test-widget src=${src}></test-widget><test-widget src=${src}></test-widget>
    </div>`);
    const widgets = [...page.querySelectorAll('test-widget')];
    await waitUntil(() => widgets.every((w) => w.data.status === 'ready'), 'every widget should load');
    // A widget added later reuses the cached response.
    const late = await fixture<TestWidget>(html`<test-widget src=${src}></test-widget>`);
    await waitUntil(() => late.data.status === 'ready', 'the late widget should load');
    expect(await count(key)).to.equal(1);
  });

  it('a new src wins: a late response never overwrites a newer one', async () => {
    const slow = id('slow');
    const fast = id('fast');
    const el = await fixture<TestWidget>(html`<test-widget src=${`/__test/programme?delay=300&id=${slow}`}></test-widget>`);
    el.src = `/__test/programme?delay=0&id=${fast}&file=test/fixtures/other.json`;
    await oneEvent(el, 'seminar-load');
    expect(title(el)).to.equal('Other event');
    await new Promise((r) => setTimeout(r, 400));
    expect(title(el)).to.equal('Other event');
  });

  it('shows an HTTP failure with a retry button, and retries', async () => {
    const key = id('http');
    const el = await fixture<TestWidget>(html`<test-widget src=${`/__test/programme?status=500&id=${key}`}></test-widget>`);
    const { detail } = await oneEvent(el, 'seminar-error');
    expect(detail).to.include({ kind: 'http', status: 500 });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.textContent).to.contain('500');
    await expect(el).to.be.accessible();
    const retried = oneEvent(el, 'seminar-error');
    el.shadowRoot!.querySelector('button')!.click();
    await retried;
    expect(await count(key)).to.equal(2);
  });

  it('lists every problem of an invalid programme with its path', async () => {
    const bad = { version: 1, event: { title: 'X', timeZone: 'Mars/Olympus', days: ['2016-07-08'] }, items: [{ id: 'a', type: 'talk', start: '10:00', end: '09:00', title: 'A' }] };
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const failed = oneEvent(el, 'seminar-error');
    el.programme = bad;
    const { detail } = (await failed) as CustomEvent<SeminarErrorDetail>;
    expect(detail.kind).to.equal('invalid');
    const paths = detail.errors.map((e) => e.path);
    expect(paths).to.include('/event/timeZone');
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent ?? '');
    expect(items.some((t) => t.includes('/event/timeZone') && t.includes('IANA'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports invalid JSON from src', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${`/__test/programme?file=test/fixtures/broken.json&id=${id('broken')}`}></test-widget>`);
    const { detail } = await oneEvent(el, 'seminar-error');
    expect(detail.kind).to.equal('invalid');
    expect(detail.errors[0]!.code).to.equal('invalid-json');
  });

  it('times out a hanging request with a clear kind', async () => {
    const lease = acquire(`/__test/programme?delay=3000&id=${id('hang')}`, 50);
    const error = await lease.text.then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('timeout');
    lease.release();
  });

  it('aborts a request nobody wants any more', async () => {
    const lease = acquire(`/__test/programme?delay=3000&id=${id('abort')}`);
    lease.release();
    lease.release(); // twice is harmless
    const error = await lease.text.then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(LoadError);
  });

  it('reports a network failure for an unreachable URL', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="http://127.0.0.1:9/nothing.json"></test-widget>`);
    const { detail } = await oneEvent(el, 'seminar-error');
    expect(detail.kind).to.equal('network');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')).to.not.equal(null);
  });

  it('stops loading when disconnected and resumes when reconnected', async () => {
    const key = id('reconnect');
    const el = await fixture<TestWidget>(html`<test-widget src=${`/__test/programme?delay=200&id=${key}`}></test-widget>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => el.data.status === 'ready', 'the widget should load after reconnecting');
    expect(el.data.status).to.equal('ready');
  });
});
