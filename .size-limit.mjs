// Size budgets: every number lives in this file. `npm test` checks them after
// the build: the CDN files with size-limit (`npx size-limit`, this file is its
// configuration), the npm entries with `node scripts/check.mjs sizes` (see
// NPM_ENTRY_BUDGETS below for why size-limit cannot measure those).
//
// All sizes are gzip -9 bytes. Growth is a decision: raise a number in the
// commit that says what the bytes bought; lower it when bytes go.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CDN_PAGES, cdnFiles } from './scripts/bundle-size.mjs';

/**
 * What a page downloads up front with the CDN autoloader (cdn/autoloader.js
 * and the elements it loads for the page's tags, with every chunk they import
 * statically): each file once, gzip -9 on its own, as a server sends it. The
 * goals (issue 18) are 34 KB for an agenda-only page and 14 KB for a
 * card-only page; these ceilings (measured + ~1 %) are ratchets on the way to
 * them. The timer's page carries the card's lazy programme loader in the
 * shared chunk (~0.5 KB) until the timer loads its programme code lazily too.
 * Styles of parts loaded on first use come with those parts (SeminarElement's
 * `addStyles`): the card's bio, links and sessions (~0.2 KB off the card's
 * page), the agenda's share panel and question (~0.2 KB off the agenda's).
 * The agenda's speaker dialog (its styles, the making of its card, its
 * clicks) comes with the card's code on first opening (~0.2 KB); the lazy
 * programme loader waits for its code as every lazy part does (ModuleWait),
 * and only the agenda carries the starting of an early request for `src`.
 * Rules and code written once rather than per element cost a page that does
 * not use them a little: the compact variant's host rules (card, timer) and
 * the lazy-module loader sit in the shared chunk (~0.2 KB on the agenda's
 * page), the block host and field rules (agenda, list) in the common one
 * (~0.1 KB on the timer's). The autoloader asks for an element's chunks
 * and, with a `src`, the programme code and the `src` itself all at once
 * rather than one import level after another (+0.44 KB on every page: the
 * list of each element's chunks and the early request). Short frames after a
 * visitor's change in the agenda (slices of 60 items, one per frame) and icon
 * names laid out in place cost ~0.3 KB on the agenda's pages. The agenda's
 * style sheet shipped unminified until the build's minifier read escapes
 * (~1 KB off every page and entry with the agenda).
 */
export const PAGE_BUDGETS = {
  card: 17_850,
  agenda: 37_050,
  timer: 33_340,
  list: 30_190,
  all: 56_850,
};

/**
 * Each language's strings for the elements (cdn/chunks/<lang>-*.js, fetched
 * by pages in that language), gzip -9 bytes as measured here, plus ~1 %. The
 * studio's strings are a catalogue of their own (locales/studio/, loaded by
 * the studio alone): none of them may be in these chunks (scripts/check.mjs
 * checks that). When it was split off, a language chunk went from ~8.2 KB
 * (the studio's first ~100 strings in it) or ~10.7 KB (its ~220 strings now)
 * to ~5.7 KB.
 */
export const LOCALE_BUDGETS = {
  de: 5_750,
  es: 5_690,
  fr: 5_770,
  it: 5_610,
};

/**
 * The npm entries, as an app's production build ships them up front:
 * everything the entry pulls in, Lit included (production build), built and
 * minified by Vite (scripts/bundle-size.mjs), React and Vue left out as the
 * host's; what loads up front gzipped at once. Measured by `node
 * scripts/check.mjs sizes`, not size-limit: size-limit's bundling plugins
 * (esbuild, webpack) are not the bundler most sites use, and its file plugin
 * cannot follow imports. (Set with Vite 8's build; rollup + terser, used
 * before, made each entry 1.5–2 KB smaller and took ten times as long.)
 *
 * What the main entries carry, beyond Lit (~6 KB): the four elements; colour
 * schemes and design tokens; the RGAA work (focus management, names of
 * same-title items, language of parts, the timer's "Hide seconds"); the live
 * programme (polls, change marks; the comparison and the polls themselves are
 * lazy chunks); calendar menus (their links are a lazy chunk);
 * server-rendering hydration; the URL gate. The programme machinery is loaded
 * when an element first has a programme to read: the agenda and the card load
 * all of it (controller, validation, normalisation, error views) as a lazy
 * chunk; the list and the timer carry the controller and the error views, and
 * load the reading (validation, normalisation) as a lazy chunk. The
 * all-in-one file carries the controller. The view in the URL and "Share my
 * agenda" add ~1.7 KB (the button, the question's and panel's state and
 * styles; the URL's reading and writing, the panel, the question and the QR
 * code are lazy chunks). Inner cards drawn under the tag the page gave their
 * class (the list's, the agenda dialog's) cost ~100 B on every page (the
 * registry lookup), and lit/static-html in the list. The timer's tick in
 * place (a clock tick that changes only the time writes the digits and the
 * bar without a whole update: 1,000 running timers tick in a few
 * milliseconds, not ~70) costs ~0.7 KB on the timer's pages.
 * `dist/model.js` is the whole model for Node and build tools (validation,
 * iCalendar, JSON-LD, every importer with the HTML5 entity table); the
 * elements load importers as lazy chunks only for sources in other formats.
 */
export const NPM_ENTRY_BUDGETS = {
  'dist/index.js': 52_450,
  'dist/classes.js': 52_300,
  'dist/model.js': 64_900,
  'dist/define/seminar-agenda.js': 35_650,
  'dist/define/session-timer.js': 29_650,
  'dist/define/speaker-card.js': 17_450,
  'dist/define/speaker-list.js': 26_450,
  // One React wrapper alone: its element, Lit and @lit/react (React is the host's).
  'dist/react/speaker-card.js': 18_000,
};

/** The all-in-one CDN file with the chunks it imports statically (lazy ones excluded), each file gzipped on its own. */
export const ALL_IN_ONE_BUDGET = 49_650;

// ---------------------------------------------------------------------------
// The checks size-limit runs. @size-limit/file with `gzip: true` gzips each
// file of `path` on its own (level 9) and adds the sizes: our way of counting
// a page. A file that is missing fails here rather than counting 0 B (a glob
// that matches nothing would pass silently). Which files a page fetches is
// found by following the static imports of the built files (their names carry
// content hashes, so no fixed list or glob can name them).

/** A built file and the files it imports statically; throws when the build is missing. */
function upFront(entries) {
  for (const file of entries) if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  const seen = new Set();
  for (const entry of entries) cdnFiles(entry, seen);
  return [...seen];
}

/** cdn/chunks/<lang>-*.js: the language's chunk(s); throws when there is none. */
function localeChunks(lang) {
  const dir = join('cdn', 'chunks');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.js')) : [];
  if (!files.length) throw new Error(`no ${dir}/${lang}-*.js: run \`npm run build\` first.`);
  return files.map((f) => join(dir, f));
}

export default [
  ...Object.entries(PAGE_BUDGETS).map(([name, budget]) => ({
    name: `a page with ${CDN_PAGES[name].page}`,
    path: upFront(CDN_PAGES[name].files),
    gzip: true,
    limit: `${budget} B`,
  })),
  {
    name: 'the all-in-one file (cdn/seminar-widgets.js)',
    path: upFront(['cdn/seminar-widgets.js']),
    gzip: true,
    limit: `${ALL_IN_ONE_BUDGET} B`,
  },
  ...Object.entries(LOCALE_BUDGETS).flatMap(([lang, budget]) =>
    localeChunks(lang).map((file) => ({ name: `${lang} strings (${file})`, path: [file], gzip: true, limit: `${budget} B` })),
  ),
];
