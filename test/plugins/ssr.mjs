/**
 * `/__test/ssr?element=…&lang=…`: an element rendered on the server with
 * `@lit-labs/ssr`, from the built package (`dist/ssr.js`: run the build
 * first; `npm test` does), for the hydration tests in the browser
 * (test/browser/ssr/). `element` is one of the cases below; `lang` is given to
 * the element; `src` adds a `src` attribute the browser must not fetch.
 */
const SEED = 'examples/digital-era-seminar.json';

export function ssrEndpoint() {
  let server;
  async function load() {
    if (!server) {
      server = (async () => {
        await import('../../dist/ssr.js');
        const { render } = await import('@lit-labs/ssr');
        const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
        const { html, nothing } = await import('lit');
        const { readFile } = await import('node:fs/promises');
        const programme = JSON.parse(await readFile(new URL(`../../${SEED}`, import.meta.url), 'utf8'));
        return { render, collectResult, html, nothing, programme };
      })();
    }
    return server;
  }

  return async function ssr(ctx, next) {
    if (ctx.path !== '/__test/ssr') return next();
    const { render, collectResult, html, nothing, programme } = await load();
    const lang = ctx.query.lang || nothing;
    const src = ctx.query.src || nothing;
    const templates = {
      agenda: () => html`<seminar-agenda lang=${lang} src=${src} no-structured-data .programme=${programme}></seminar-agenda>`,
      card: () => html`<speaker-card lang=${lang} src=${src} speaker="kristy-milland" .programme=${programme}></speaker-card>`,
      list: () => html`<speaker-list lang=${lang} src=${src} .programme=${programme}></speaker-list>`,
      timer: () => html`<session-timer lang=${lang} session="debate-1" now="2016-07-08T10:00:00+02:00" .programme=${programme}></session-timer>`,
      'timer-live': () => html`<session-timer lang=${lang} start="2016-07-08T10:00:00+02:00" end="2999-01-01T00:00:00Z"></session-timer>`,
      'agenda-src-only': () => html`<seminar-agenda lang=${lang} src=${src}></seminar-agenda>`,
      'agenda-invalid': () => html`<seminar-agenda lang=${lang} .programme=${{ version: 1, items: [] }}></seminar-agenda>`,
    };
    const template = templates[ctx.query.element];
    if (!template) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'text/html';
    ctx.body = await collectResult(render(template()));
  };
}
