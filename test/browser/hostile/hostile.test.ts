/**
 * The hostile corpus (test/fixtures/hostile/index.json) in every element:
 * an agenda and a speaker list by `src`, a speaker card and a session timer
 * by `src` with an id, and an agenda given the raw text as its `programme`.
 * For each file: nothing thrown, no payload ran, nothing dangerous in the
 * DOM, the elements still answer a language change, and an invalid file
 * shows the localised error naming the path in every element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { alertOf, assertNoScriptRan, assertSafeDom, renderedLang, waitSettled, watchErrors } from './safety.js';

interface Entry {
  file: string;
  about: string;
  expect: 'valid' | 'invalid' | 'any';
  path?: string;
  speaker?: string;
  session?: string;
}

const DIR = '/test/fixtures/hostile/';
const { files } = (await (await fetch(`${DIR}index.json`)).json()) as { files: Entry[] };

function mount(src: string, text: string, entry: Entry): { container: HTMLDivElement; elements: HTMLElement[] } {
  const container = document.createElement('div');
  container.lang = 'en';
  const agenda = document.createElement('seminar-agenda');
  agenda.src = src;
  const card = document.createElement('speaker-card');
  card.src = src;
  card.speaker = entry.speaker ?? 'ada';
  const list = document.createElement('speaker-list');
  list.src = src;
  const timer = document.createElement('session-timer');
  timer.src = src;
  timer.session = entry.session ?? 'talk-1';
  timer.now = '2026-03-27T08:30:00Z';
  const byProperty = document.createElement('seminar-agenda');
  byProperty.programme = text;
  container.append(agenda, card, list, timer, byProperty);
  document.body.append(container);
  return { container, elements: [agenda, card, list, timer, byProperty] };
}

const names = ['agenda (src)', 'speaker-card (src)', 'speaker-list (src)', 'session-timer (src)', 'agenda (programme text)'];

describe('hostile programmes', function () {
  // A "does not hang" bound: the 400-item files (two agendas, a card listing 400
  // sessions, in two languages) take ~18 s with coverage on a busy machine.
  this.timeout(40_000);

  it('holds at least 50 programmes', () => {
    expect(files.filter((f) => f.file.endsWith('.json')).length).to.be.at.least(50);
  });

  afterEach(() => {
    delete window.__pwned;
  });

  for (const entry of files) {
    it(`${entry.file}: ${entry.about}`, async () => {
      const watcher = watchErrors();
      const src = `${DIR}${entry.file}`;
      const text = await (await fetch(src)).text();
      const { container, elements } = mount(src, text, entry);
      try {
        await waitSettled(elements, entry.file);
        assertNoScriptRan(entry.file);
        assertSafeDom(container, entry.file);

        const alerts = elements.map(alertOf);
        // An empty string as `programme` means "no programme" (the element waits for another source).
        const unset = text === '' ? 4 : -1;
        if (entry.expect === 'valid') {
          alerts.forEach((alert, i) => {
            const notFound = i === 3 && entry.session === 'none';
            expect(Boolean(alert), `${names[i]}: ${alert?.title ?? 'no alert'}`).to.equal(notFound);
          });
          const [agenda] = elements as [HTMLElement];
          expect(agenda.shadowRoot!.querySelector('[part~="item"], .empty'), 'the agenda shows items').to.exist;
        }
        if (entry.expect === 'invalid') {
          alerts.forEach((alert, i) => {
            if (i === unset) return void expect(alert, `${names[i]} is waiting`).to.equal(undefined);
            expect(alert, `${names[i]} shows an error`).to.exist;
            if (entry.path !== undefined) expect(alert!.paths, `${names[i]} names the path`).to.include(entry.path);
            else expect(alert!.paths.length, `${names[i]} names a path`).to.be.greaterThan(0);
          });
        }

        // Still usable: open the first speaker of the agenda (its dialog renders a card).
        const [first] = elements as [HTMLElement];
        const speaker = first.shadowRoot!.querySelector<HTMLButtonElement>('button.speaker');
        if (speaker) {
          speaker.click();
          const dialog = first.shadowRoot!.querySelector('dialog')!;
          await waitUntil(() => dialog.open && dialog.querySelector('speaker-card'), 'the speaker dialog opens', { timeout: 8000, interval: 5 });
          await waitSettled([dialog.querySelector('speaker-card')!], `${entry.file} dialog`);
          assertSafeDom(container, `${entry.file} (dialog open)`);
          dialog.close();
        }

        // ...and answers a language change, in French, errors included.
        container.lang = 'fr';
        await waitUntil(() => elements.every((e) => renderedLang(e) === 'fr'), `${entry.file}: not every element switched to French`, { timeout: 8000, interval: 5 });
        await waitSettled(elements, `${entry.file} (fr)`);
        elements.forEach((element, i) => {
          expect(element.isConnected, `${names[i]} is still in the page`).to.equal(true);
          const before = alerts[i];
          if (!before) return;
          const after = alertOf(element)!;
          expect(after.title, `${names[i]}: the error is localised`).not.to.equal(before.title);
          if (entry.path !== undefined) expect(after.paths, `${names[i]} (fr) names the path`).to.include(entry.path);
        });
        assertSafeDom(container, `${entry.file} (fr)`);
        assertNoScriptRan(`${entry.file} (fr)`);
        expect(watcher.errors, 'uncaught errors').to.deep.equal([]);
      } finally {
        watcher.stop();
        container.remove();
      }
    });
  }
});

describe('programme size limit', function () {
  this.timeout(20_000);

  /** A valid programme of about `bytes` characters (one long description). */
  async function programmeOfSize(bytes: number): Promise<string> {
    const base = await (await fetch(`${DIR}xss-event-title.json`)).text();
    const json = JSON.parse(base) as { event: Record<string, unknown> };
    const shell = JSON.stringify(json).length;
    json.event['description'] = 'Lorem ipsum dolor sit amet. '.repeat(Math.ceil((bytes - shell) / 28)).slice(0, bytes - shell - 20);
    return JSON.stringify(json);
  }

  it('refuses a programme over 5 MB from src, with a clear localised message and no retry', async () => {
    const watcher = watchErrors();
    const text = await programmeOfSize(5_200_000);
    expect(text.length).to.be.greaterThan(5_000_000);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const container = document.createElement('div');
    container.lang = 'en';
    const agenda = document.createElement('seminar-agenda');
    agenda.src = url;
    const timer = document.createElement('session-timer');
    timer.src = url;
    timer.session = 'talk-1';
    container.append(agenda, timer);
    document.body.append(container);
    try {
      await waitSettled([agenda, timer], '5 MB');
      for (const element of [agenda, timer]) {
        expect(alertOf(element)?.title).to.equal('The programme is too large to show (more than 5 MB).');
        expect(element.shadowRoot!.querySelector('[part="retry"]'), 'no retry for a programme too large').to.equal(null);
      }
      container.lang = 'fr';
      await waitUntil(() => renderedLang(agenda) === 'fr' && renderedLang(timer) === 'fr', 'both switch to French', { timeout: 8000 });
      expect(alertOf(agenda)?.title).to.equal('Le programme est trop volumineux pour être affiché (plus de 5 Mo).');
      expect(watcher.errors).to.deep.equal([]);
    } finally {
      watcher.stop();
      container.remove();
      URL.revokeObjectURL(url);
    }
  });

  it('applies the same limit to a JSON string given as the programme property', async () => {
    const watcher = watchErrors();
    const agenda = document.createElement('seminar-agenda');
    agenda.lang = 'en';
    document.body.append(agenda);
    try {
      agenda.programme = await programmeOfSize(5_200_000);
      await waitSettled([agenda], '5 MB property');
      expect(alertOf(agenda)?.title).to.equal('The programme is too large to show (more than 5 MB).');
      expect(watcher.errors).to.deep.equal([]);
    } finally {
      watcher.stop();
      agenda.remove();
    }
  });

  it('shows a programme just under the limit', async () => {
    const text = await programmeOfSize(4_900_000);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const agenda = document.createElement('seminar-agenda');
    agenda.src = url;
    document.body.append(agenda);
    try {
      await waitSettled([agenda], '4.9 MB');
      expect(alertOf(agenda)).to.equal(undefined);
      expect(agenda.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(2);
    } finally {
      agenda.remove();
      URL.revokeObjectURL(url);
    }
  });
});
