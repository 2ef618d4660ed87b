// `seminar-widgets render`: an element's server-rendered HTML (declarative
// shadow DOM) from a programme file, the same as `seminar-widgets/ssr.js`
// renders in a server — exit codes, usage errors, the HTML parsed as a browser
// would, the programme's text in it, hostile text inert, --lang and --out.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { validProgramme } from './fixtures.mjs';

const BIN = new URL('../../bin/seminar-widgets.mjs', import.meta.url).pathname;
const SEED = new URL('../../examples/digital-era-seminar.json', import.meta.url).pathname;
const seed = () => JSON.parse(readFileSync(SEED, 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'seminar-widgets-render-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function run(args, input) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The HTML parsed as a browser parses it (template contents included); parse
 * errors fail the test, but for Lit's `<?>` marker, which every parser reads
 * as an empty comment.
 */
function parse(markup) {
  const errors = [];
  const litMarker = (error) => error.code === 'unexpected-question-mark-instead-of-tag-name' && markup.startsWith('<?>', error.startOffset - 1);
  const fragment = parseFragment(markup, {
    onParseError: (error) => {
      if (!litMarker(error)) errors.push(`${error.code} at ${JSON.stringify(markup.slice(error.startOffset - 40, error.startOffset + 40))}`);
    },
  });
  assert.deepEqual(errors, [], 'the HTML parses without errors');
  return fragment;
}

function* walk(node) {
  yield node;
  for (const child of node.content?.childNodes ?? []) yield* walk(child);
  for (const child of node.childNodes ?? []) yield* walk(child);
}

const elements = (root, tag) => [...walk(root)].filter((node) => node.tagName === tag);
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

/** The text a reader sees: every text node but styles and the hidden hydration record. */
function visibleText(root) {
  const parts = [];
  const visit = (node) => {
    if (node.tagName === 'style' || (node.attrs && attr(node, 'data-seminar-hydration') !== undefined)) return;
    if (node.nodeName === '#text') parts.push(node.value);
    for (const child of node.content?.childNodes ?? []) visit(child);
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const text = (value, lang) => (typeof value === 'string' ? value : (value[lang] ?? value.en));

describe('seminar-widgets render', () => {
  test('--element agenda --lang fr: the element, a declarative shadow root, every item in French', () => {
    const result = run(['render', SEED, '--element', 'agenda', '--lang', 'fr']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const root = parse(result.stdout);
    const [agenda] = elements(root, 'seminar-agenda');
    assert.ok(agenda, 'a <seminar-agenda>');
    assert.equal(attr(agenda, 'lang'), 'fr');
    const [template] = agenda.childNodes.filter((node) => node.tagName === 'template');
    assert.equal(attr(template, 'shadowrootmode'), 'open');
    const shown = visibleText(root);
    assert.ok(shown.includes('vendredi 8 juillet 2016'), shown.slice(0, 300));
    for (const item of seed().items) {
      assert.ok(shown.includes(text(item.title, 'fr').replace(/\s+/g, ' ')), `item ${item.id}`);
    }
    // Semantic HTML: headings, lists and <time>.
    const headings = [...walk(root)].filter((node) => attr(node, 'role') === 'heading' || /^h[1-6]$/.test(node.tagName ?? ''));
    assert.ok(headings.length > seed().event.days.length, `${headings.length} headings`);
    assert.ok(elements(root, 'time').length >= seed().items.length);
    assert.ok(elements(root, 'li').length >= seed().items.length);
  });

  test('without --lang: English, and no lang attribute (the page language takes over)', () => {
    const result = run(['render', SEED, '--element', 'agenda']);
    assert.equal(result.code, 0, result.stderr);
    const root = parse(result.stdout);
    assert.equal(attr(elements(root, 'seminar-agenda')[0], 'lang'), undefined);
    assert.ok(visibleText(root).includes('Friday, 8 July 2016'));
  });

  test('--lang changes the language of the interface: de, es, it', () => {
    for (const [lang, words] of [
      ['de', 'Freitag, 8. Juli 2016'],
      ['es', 'Descargar el programa'],
      ['it', 'venerdì 8 luglio 2016'],
    ]) {
      const result = run(['render', SEED, '--element', 'agenda', '--lang', lang]);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(visibleText(parse(result.stdout)).includes(words), `${lang}: ${words}`);
    }
  });

  test('--lang fr: text the programme has only in English is marked lang="en"', () => {
    const result = run(['render', '-', '--element', 'agenda', '--lang', 'fr'], JSON.stringify(validProgramme()));
    assert.equal(result.code, 0, result.stderr);
    const root = parse(result.stdout);
    const english = [...walk(root)].filter((node) => attr(node, 'lang') === 'en').map((node) => visibleText(node));
    assert.ok(english.some((shown) => shown.includes('Second edition')), JSON.stringify(english));
    assert.ok(visibleText(root).includes('Séminaire sur le travail'));
  });

  test('the same HTML as a server rendering with seminar-widgets/ssr.js', async () => {
    await import('../../dist/ssr.js');
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const { parseProgramme } = await import('../../dist/model.js');
    const server = await collectResult(render(html`<seminar-agenda lang="fr" .programme=${parseProgramme(seed())}></seminar-agenda>`));
    const cli = run(['render', SEED, '--element', 'agenda', '--lang', 'fr']).stdout;
    // The same element; only the outer template's id (its bindings differ) and the instant of rendering may differ.
    const element = (markup) => markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/&quot;now&quot;:\d+/g, '&quot;now&quot;:0');
    assert.ok(element(cli) === `${element(server)}\n`, 'the same HTML');
  });

  test('--element speakers: one card per speaker, each in its own shadow root', () => {
    const result = run(['render', SEED, '--element', 'speakers', '--lang', 'it']);
    assert.equal(result.code, 0, result.stderr);
    const root = parse(result.stdout);
    assert.equal(elements(root, 'speaker-list').length, 1);
    assert.equal(elements(root, 'speaker-card').length, seed().speakers.length);
    const shown = visibleText(root);
    for (const speaker of seed().speakers) assert.ok(shown.includes(speaker.name), speaker.name);
  });

  test('--element speaker --speaker ID --lang de: that speaker and their sessions', () => {
    const result = run(['render', SEED, '--element', 'speaker', '--speaker', 'kristy-milland', '--lang', 'de']);
    assert.equal(result.code, 0, result.stderr);
    const root = parse(result.stdout);
    const [card] = elements(root, 'speaker-card');
    assert.equal(attr(card, 'speaker'), 'kristy-milland');
    const shown = visibleText(root);
    assert.ok(shown.includes('Kristy Milland'));
    assert.ok(shown.includes('Beiträge'), shown);
  });

  test('--element timer: its state at --now, or the whole event without --session', () => {
    const at = (now) => run(['render', SEED, '--element', 'timer', '--session', 'debate-1', '--now', now, '--lang', 'fr']);
    const running = at('2016-07-08T10:00:00+02:00');
    assert.equal(running.code, 0, running.stderr);
    const [timer] = elements(parse(running.stdout), 'session-timer');
    assert.equal(attr(timer, 'state'), 'running');
    assert.equal(attr(timer, 'session'), 'debate-1');
    assert.ok(visibleText(parse(running.stdout)).includes('Temps restant'));
    assert.equal(attr(elements(parse(at('2016-07-08T06:00:00Z').stdout), 'session-timer')[0], 'state'), 'upcoming');
    const event = run(['render', SEED, '--element', 'timer']);
    assert.equal(event.code, 0, event.stderr);
    assert.equal(attr(elements(parse(event.stdout), 'session-timer')[0], 'state'), 'ended');
  });

  test('--out FILE writes the file and nothing on standard output; - reads standard input', () => {
    const out = join(tmp, 'agenda.html');
    const result = run(['render', '-', '--element', 'agenda', '--out', out], readFileSync(SEED, 'utf8'));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(readFileSync(out, 'utf8'), /^<!--lit-part [^>]*--><!--lit-node 0--><seminar-agenda/);
  });

  test('another tool’s export is converted first (pretalx widget JSON)', () => {
    const file = new URL('../fixtures/schedules/pretalx-widget-democon.json', import.meta.url).pathname;
    const result = run(['render', file, '--element', 'agenda', '--quiet']);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(elements(parse(result.stdout), 'li').length > 5);
  });

  test('an invalid programme: exit 1, every problem with its path, no HTML', () => {
    const result = run(['render', '-', '--element', 'agenda'], JSON.stringify({ version: 1, items: [] }));
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^error missing-field \/event /m);
  });

  test('usage errors: exit 2 with a message naming the option', () => {
    const cases = [
      [['render', SEED], /render: missing --element \(agenda, speakers, speaker, timer\)/],
      [['render', SEED, '--element', 'calendar'], /--element: "calendar" is not an element; expected agenda, speakers, speaker, timer/],
      [['render', SEED, '--element', 'speaker'], /render --element speaker: missing --speaker ID/],
      [['render', SEED, '--element', 'agenda', '--speaker', 'kristy-milland'], /--speaker does not apply to --element agenda/],
      [['render', SEED, '--element', 'speakers', '--session', 'debate-1'], /--session does not apply to --element speakers/],
      [['render', SEED, '--element', 'agenda', '--now', '2016-07-08T10:00:00Z'], /--now does not apply to --element agenda/],
      [['render', SEED, '--element', 'speaker', '--speaker', 'nobody'], /--speaker: no speaker with id "nobody"/],
      [['render', SEED, '--element', 'timer', '--session', 'nothing'], /--session: no item with id "nothing"/],
      [['render', SEED, '--element', 'timer', '--now', 'tomorrow'], /--now: expected an ISO date-time with its offset/],
      [['render', SEED, '--element', 'timer', '--now', '2016-13-45T10:00:00Z'], /--now: "2016-13-45T10:00:00Z" is not a date-time/],
      [['render', SEED, '--element', 'agenda', '--lang', 'not a tag'], /--lang: "not a tag" is not a language tag/],
      [['render', SEED, '--element', 'agenda', '--items', 'a'], /render: --items does not apply/],
      [['render', join(tmp, 'missing.json'), '--element', 'agenda'], /cannot read ".*missing\.json": ENOENT/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    }
  });

  test('--help names the command and its options', () => {
    const help = run(['--help']).stdout;
    assert.match(help, /render <file\|->/);
    for (const option of ['--element NAME', '--speaker ID', '--session ID', '--now INSTANT']) assert.ok(help.includes(option), option);
  });
});

describe('seminar-widgets render: hostile programme text stays text', () => {
  let root;
  let markup;
  before(() => {
    const programme = seed();
    programme.event.title = '</template></seminar-agenda><script>alert(1)</script>';
    programme.items[0].title = '<img src=x onerror=alert(2)><!-- --!><svg onload=alert(3)>';
    programme.items[1].description = '<a href="javascript:alert(4)">click</a> [link](javascript:alert(5)) <javascript:alert(6)>';
    programme.speakers[0].name = '"><iframe srcdoc="<script>alert(7)</script>">';
    const file = join(tmp, 'hostile.json');
    writeFileSync(file, JSON.stringify(programme));
    markup = '';
    for (const element of ['agenda', 'speakers']) {
      const result = run(['render', file, '--element', element, '--quiet']);
      assert.equal(result.code, 0, result.stderr);
      markup += result.stdout;
    }
    root = parse(markup);
  });

  test('a javascript: link is refused: exit 1, its path and scheme named, no HTML', () => {
    const programme = seed();
    programme.items[0].links = [{ url: 'javascript:alert(8)', label: 'bad' }];
    const result = run(['render', '-', '--element', 'agenda'], JSON.stringify(programme));
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^error unsafe-url \/items\/0\/links\/0\/url .*"javascript:"/m);
  });

  test('no script, iframe, img or svg element; no event-handler attribute; no javascript: URL', () => {
    assert.ok(markup.includes('<seminar-agenda') && markup.includes('<speaker-list'), 'HTML was written');
    for (const tag of ['script', 'iframe', 'img', 'svg']) {
      const found = elements(root, tag).filter((node) => tag !== 'svg' || node.attrs.some((a) => a.name === 'onload'));
      assert.equal(found.length, 0, tag);
    }
    for (const node of walk(root)) {
      for (const { name, value } of node.attrs ?? []) {
        assert.ok(!/^on/i.test(name), `${node.tagName} ${name}`);
        if (['href', 'src', 'srcdoc', 'action', 'formaction'].includes(name)) assert.doesNotMatch(value, /^\s*javascript:/i, `${node.tagName} ${name}`);
      }
    }
  });

  test('the hostile titles are shown as text', () => {
    const shown = visibleText(root);
    assert.ok(shown.includes('<script>alert(1)</script>'));
    assert.ok(shown.includes('<img src=x onerror=alert(2)>'));
  });
});
