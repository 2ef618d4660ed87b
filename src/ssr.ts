/**
 * seminar-widgets/ssr.js: server rendering with `@lit-labs/ssr`.
 *
 * Import it on the server, once, before rendering: it registers every element
 * (on Lit's server DOM shim), loads the strings of every language (a server
 * render cannot wait for them) and the code that reads programmes (in the
 * browser, the elements load it when they first have a programme to read). Then
 * render the elements with a `programme` property and a `lang`:
 *
 *     import 'seminar-widgets/ssr.js';
 *     import { render } from '@lit-labs/ssr';
 *     import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
 *     import { html } from 'lit';
 *     const page = await collectResult(render(html`<seminar-agenda lang="fr" .programme=${programme}></seminar-agenda>`));
 *
 * In the browser, load `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before the elements: they then take the server's HTML over as it is. See
 * docs/ssr.md. This module is for the server only (it waits at the top level
 * for the languages: `require()` cannot load it; use `import`).
 */
import './index.js';
import { UI_LOCALES, loadLocale } from './internal/localize.js';
import { programmeReading } from './internal/programme-controller.js';
import { programmeMachinery } from './internal/lazy-programme.js';
import * as reading from './internal/programme-reading.js';
import * as machinery from './internal/programme-machinery.js';
import { SpeakerCard, speakerCardParts } from './components/speaker-card/speaker-card.js';
import * as cardParts from './components/speaker-card/programme-parts.js';
import { agendaGrid } from './components/seminar-agenda/seminar-agenda.js';
import * as gridView from './components/seminar-agenda/grid.js';

programmeReading.use(reading);
programmeMachinery.use(machinery);
speakerCardParts.use(cardParts);
// The styles the parts bring (in the browser, added when they come) are rendered with the card's own.
SpeakerCard.elementStyles.push(cardParts.partsStyles);
agendaGrid.use(gridView);

/** Resolves once every language's strings are loaded (this module waits for it on import). */
export const ready: Promise<void> = Promise.all(UI_LOCALES.map((locale) => loadLocale(locale))).then(() => undefined);

await ready;
