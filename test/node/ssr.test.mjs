// Server rendering with @lit-labs/ssr (declarative shadow DOM), from the built
// package: every element renders its content from a `programme` property, in
// the language of its `lang`, with the record the browser hydrates from.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const seed = () => JSON.parse(readFileSync(new URL('../../examples/digital-era-seminar.json', import.meta.url), 'utf8'));

let render, collectResult, html, parseProgramme;
before(async () => {
  await import('../../dist/ssr.js');
  ({ render } = await import('@lit-labs/ssr'));
  ({ collectResult } = await import('@lit-labs/ssr/lib/render-result.js'));
  ({ html } = await import('lit'));
  ({ parseProgramme } = await import('../../dist/model.js'));
});

const toString = (template) => collectResult(render(template));
/** The visible text of server HTML: no styles, comments, tags or hydration record. */
const visible = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<div hidden data-seminar-hydration>[\s\S]*?<\/div>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const count = (text, part) => text.split(part).length - 1;

describe('server rendering', () => {
  test('<seminar-agenda lang="fr">: every item, in French, in declarative shadow DOM', async () => {
    const programme = seed();
    const markup = await toString(html`<seminar-agenda lang="fr" .programme=${programme}></seminar-agenda>`);
    assert.match(markup, /<seminar-agenda[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.equal(count(markup, 'part="item'), programme.items.length);
    const text = visible(markup);
    assert.ok(text.includes('Faire collectif à l\'heure du numérique'), text.slice(0, 200));
    assert.ok(text.includes('vendredi 8 juillet 2016'));
    for (const item of programme.items) {
      const title = typeof item.title === 'string' ? item.title : (item.title.fr ?? item.title.en);
      assert.ok(text.includes(title.replace(/\s+/g, ' ')), `item ${item.id}: ${title}`);
    }
    assert.ok(text.includes('Mon programme (0)'));
    // The items' own strings too (Lit's repeat calls them after render() returned).
    assert.ok(count(text, 'dans mon programme') > 5, text);
    assert.ok(!text.includes('in my agenda'));
    assert.match(markup, /<div hidden data-seminar-hydration>(<!--lit-part-->)?\{&quot;status&quot;:&quot;ready&quot;,&quot;programme&quot;:/);
  });

  test('<seminar-agenda> without lang: English', async () => {
    const text = visible(await toString(html`<seminar-agenda .programme=${seed()}></seminar-agenda>`));
    assert.ok(text.includes('Friday, 8 July 2016'), text.slice(0, 400));
    assert.ok(text.includes('Download the programme (.ics)'));
  });

  test('a normalised programme, and a copy of one, render the same', async () => {
    const programme = parseProgramme(seed());
    const a = visible(await toString(html`<seminar-agenda lang="es" .programme=${programme}></seminar-agenda>`));
    const b = visible(await toString(html`<seminar-agenda lang="es" .programme=${JSON.parse(JSON.stringify(programme))}></seminar-agenda>`));
    const c = visible(await toString(html`<seminar-agenda lang="es" .programme=${seed()}></seminar-agenda>`));
    assert.equal(count(a, 'Descargar el programa'), 1);
    assert.equal(a, b);
    assert.equal(a, c);
  });

  test('<speaker-card lang="de">: the speaker, the sessions, in German', async () => {
    const markup = await toString(html`<speaker-card lang="de" speaker="kristy-milland" .programme=${seed()}></speaker-card>`);
    const text = visible(markup);
    assert.ok(text.includes('Kristy Milland'));
    // The styles of the parts (loaded with them in the browser) are in the server's rendering.
    const styles = /<style>([\s\S]*?)<\/style>/.exec(markup)?.[1] ?? '';
    assert.match(styles, /\.sessions-title\{/);
    assert.match(styles, /\.card\{/);
    assert.ok(text.includes('Beiträge'), text);
    assert.ok(text.includes('Freitag, 8. Juli'), text);
  });

  test('<speaker-list>: eleven cards, each in its own declarative shadow root; one programme recorded', async () => {
    const markup = await toString(html`<speaker-list lang="it" .programme=${seed()}></speaker-list>`);
    assert.equal(count(markup, '<speaker-card'), 11);
    assert.equal(count(markup, 'shadowrootmode="open"'), 12);
    assert.equal(count(markup, 'defer-hydration'), 11);
    assert.equal(count(markup, '&quot;programme&quot;'), 1);
    assert.ok(visible(markup).includes('Kristy Milland'));
  });

  test('<session-timer>: its state at render time', async () => {
    const timer = (now) =>
      toString(html`<session-timer lang="fr" session="debate-1" now=${now} .programme=${seed()}></session-timer>`);
    assert.match(await timer('2016-07-08T08:00:00+02:00'), /<session-timer[^>]* state="upcoming"/);
    const running = await timer('2016-07-08T10:00:00+02:00');
    assert.match(running, /<session-timer[^>]* state="running"/);
    assert.ok(visible(running).includes('Temps restant'), visible(running));
    assert.match(await timer('2016-07-09T10:00:00+02:00'), /<session-timer[^>]* state="ended"/);
    // Without `now`: the server's clock (the seed is long past).
    assert.match(await toString(html`<session-timer session="debate-1" .programme=${seed()}></session-timer>`), /state="ended"/);
  });

  test('a `src` alone renders the loading state, and the server fetches nothing', async () => {
    const fetch = globalThis.fetch;
    let fetched = 0;
    globalThis.fetch = () => {
      fetched++;
      return Promise.reject(new Error('no'));
    };
    try {
      const markup = await toString(html`<seminar-agenda src="/programme.json"></seminar-agenda>`);
      assert.ok(visible(markup).includes('Loading the programme'));
      assert.match(markup, /&quot;status&quot;:&quot;loading&quot;/);
      assert.equal(fetched, 0);
    } finally {
      globalThis.fetch = fetch;
    }
  });

  test('an invalid programme renders its errors with their paths', async () => {
    const text = visible(await toString(html`<seminar-agenda lang="fr" .programme=${{ version: 1, items: [] }}></seminar-agenda>`));
    assert.ok(text.includes('Le programme contient 1 erreur'), text);
    assert.ok(text.includes('/event'));
  });

  test('hostile text stays text, in the content and in the record', async () => {
    const programme = seed();
    programme.items[0].title = '</div><script>alert(1)</script><img src=x onerror=alert(2)>';
    programme.event.title = '</template><script>alert(3)</script>';
    const markup = await toString(html`<seminar-agenda .programme=${programme}></seminar-agenda>`);
    assert.ok(!/<script>alert/.test(markup));
    assert.ok(!/<img src=x/.test(markup));
    assert.ok(!markup.includes('</template><script>'));
    assert.ok(markup.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});

test('without seminar-widgets/ssr.js, a language not loaded renders English and says what to import', () => {
  const script = `
    await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const out = await collectResult(render(html\`<speaker-card lang="fr" name="Ada"></speaker-card><speaker-card lang="fr" name="Bo"></speaker-card>\`));
    process.stdout.write(out);`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: new URL('../..', import.meta.url) });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(count(result.stderr, "Import 'seminar-widgets/ssr.js'"), 1, result.stderr);
  assert.ok(result.stdout.includes('Ada'));
});
