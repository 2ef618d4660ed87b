// Server rendering of one element with `@lit-labs/ssr`, exactly as
// `seminar-widgets/ssr.js` does on a server: the element's tag with its
// attributes and a declarative shadow root holding its content and the record
// it hydrates from. The `render` command and the studio's "static HTML"
// download (bin/studio.mjs) both use it, so they give the same HTML.

/** `render --element` names: the tag each one renders, and the option it needs or takes. */
export const RENDERED_ELEMENTS = {
  agenda: { tag: 'seminar-agenda' },
  speakers: { tag: 'speaker-list' },
  speaker: { tag: 'speaker-card', needs: 'speaker' },
  timer: { tag: 'session-timer', takes: ['session', 'now'] },
};

/**
 * `@lit-labs/ssr` and the elements registered for it, or `undefined` when it
 * is not installed: it is an optional peer dependency, which only rendering
 * needs (the caller says which package to install).
 */
async function loadRenderer() {
  let ssr;
  try {
    ssr = await import('@lit-labs/ssr');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@lit-labs/ssr')) throw error;
    return undefined;
  }
  const [{ collectResult }, { html, nothing }] = await Promise.all([
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit'),
    import('../dist/ssr.js'),
  ]);
  return { html, nothing, renderToString: (template) => collectResult(ssr.render(template)) };
}

/**
 * The HTML of one element (`element`: a key of RENDERED_ELEMENTS) showing
 * `programme` (normalised: `parseProgramme`'s result), in `lang` when given;
 * `speaker`, `session` and `now` as the element takes them. `undefined` when
 * `@lit-labs/ssr` is not installed.
 */
export async function renderElement(programme, { element, lang, speaker, session, now }) {
  const ssr = await loadRenderer();
  if (!ssr) return undefined;
  const { html, nothing, renderToString } = ssr;
  const language = lang ?? nothing;
  const templates = {
    agenda: () => html`<seminar-agenda lang=${language} .programme=${programme}></seminar-agenda>`,
    speakers: () => html`<speaker-list lang=${language} .programme=${programme}></speaker-list>`,
    speaker: () => html`<speaker-card lang=${language} speaker=${speaker} .programme=${programme}></speaker-card>`,
    timer: () => html`<session-timer lang=${language} session=${session ?? nothing} now=${now ?? nothing} .programme=${programme}></session-timer>`,
  };
  return renderToString(templates[element]());
}
