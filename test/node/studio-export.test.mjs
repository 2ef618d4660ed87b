// What the studio publishes, checked with the command line's own tools: a
// programme built with the studio's edits (the same pure functions its forms
// call), exported as the studio downloads it, passes `seminar-widgets
// validate` and the JSON schema; the snippets are well-formed HTML with the
// options chosen; the studio server's static HTML is byte for byte what
// `seminar-widgets render` writes. Reads dist/ (run `npm run build` first).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseFragment } from 'parse5';
import { addEntry, blankProgramme, deleteEntry, duplicateEntry, moveEntry, renameEntry, setTextAt, setValueAt, withLanguages } from '../../dist/studio/edit.js';
import { embedSnippet, exportProgramme } from '../../dist/studio/publish.js';
import { CLI, startStudio } from './studio-server.mjs';

const SEED = fileURLToPath(new URL('../../examples/digital-era-seminar.json', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'seminar-widgets-studio-export-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const run = (args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });

/** A programme as an organiser makes it in the studio's forms: two languages, speakers, rooms, tracks, items. */
function edited() {
  let p = blankProgramme('Séminaire', 'Europe/Paris', '2025-03-04', 'fr');
  p = withLanguages(p, ['fr', 'en']);
  p = setTextAt(p, ['event', 'title'], 'en', 'Seminar', true);
  p = addEntry(p, 'speakers', { id: 'speaker-1', name: 'Ana García' });
  p = setTextAt(p, ['speakers', 0, 'organisation', 'name'], 'fr', 'Institut', false);
  p = setValueAt(p, ['speakers', 0, 'photo', 'url'], 'https://example.org/ana.jpg');
  p = setTextAt(p, ['speakers', 0, 'photo', 'alt'], 'fr', 'Ana García souriant', false);
  p = setTextAt(p, ['speakers', 0, 'bio'], 'en', 'Works on policy.', false);
  p = addEntry(p, 'speakers', { id: 'speaker-2', name: 'Bob' });
  p = renameEntry(p, 'speakers', 0, 'ana-garcia');
  p = addEntry(p, 'rooms', { id: 'room-1', name: 'Auditorium' });
  p = addEntry(p, 'tracks', { id: 'track-1', name: 'Politique', color: '#1a6' });
  p = addEntry(p, 'organisers', { name: 'Institut', url: 'https://example.org/' });
  p = setValueAt(p, ['items', 0, 'room'], 'room-1');
  p = setValueAt(p, ['items', 0, 'track'], 'track-1');
  p = setValueAt(p, ['items', 0, 'speakers'], undefined);
  p = { ...p, items: [{ ...p.items[0], speakers: [{ id: 'ana-garcia', role: 'moderator' }, { id: 'speaker-2' }], links: [{ url: 'https://example.org/s.pdf', kind: 'slides' }] }] };
  p = duplicateEntry(p, 'items', 0);
  p = setValueAt(p, ['items', 1, 'start'], '10:00');
  p = setValueAt(p, ['items', 1, 'end'], '11:00');
  p = moveEntry(p, 'items', 1, -1);
  p = deleteEntry(p, 'speakers', 1).programme;
  return p;
}

describe('the studio’s exports', () => {
  test('the exported JSON passes the CLI’s validate and the schema', () => {
    const programme = edited();
    // The studio's edits kept every reference whole.
    assert.deepEqual(programme.items.map((i) => i.speakers), [[{ id: 'ana-garcia', role: 'moderator' }], [{ id: 'ana-garcia', role: 'moderator' }]]);
    const text = exportProgramme(programme);
    assert.ok(text.endsWith('}\n'));
    const file = join(tmp, 'programme.json');
    writeFileSync(file, text);
    const validated = run(['validate', file]);
    assert.equal(validated.status, 0, validated.stderr);
    const schema = JSON.parse(readFileSync(new URL('../../schema/programme.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    assert.equal(validate(JSON.parse(text)), true, JSON.stringify(validate.errors));
  });

  test('a programme with an error does not pass (the test can fail)', () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, exportProgramme(setValueAt(edited(), ['items', 0, 'room'], 'nowhere')));
    assert.equal(run(['validate', file]).status, 1);
  });

  test('the snippets: the script tag, then the element with the chosen options, hostile values inert', () => {
    const options = { src: 'https://example.org/p.json?a=1&b="x"', lang: 'fr', theme: 'dark', speaker: 'ana-garcia', session: 'item-1', timerVariant: 'clock' };
    const card = embedSnippet('card', options);
    assert.match(card, /^<script type="module" src="https:\/\/unpkg\.com\/seminar-widgets\/cdn\/autoloader\.js"><\/script>\n<speaker-card /);
    const [, element] = parseFragment(card).childNodes.filter((n) => n.tagName);
    const attrs = Object.fromEntries(element.attrs.map((a) => [a.name, a.value]));
    assert.deepEqual(attrs, { src: options.src, speaker: 'ana-garcia', lang: 'fr', theme: 'dark' });
    const timer = parseFragment(embedSnippet('timer', options)).childNodes.filter((n) => n.tagName)[1];
    assert.equal(timer.tagName, 'session-timer');
    assert.deepEqual(
      timer.attrs.map((a) => [a.name, a.value]),
      [['src', options.src], ['session', 'item-1'], ['variant', 'clock'], ['lang', 'fr'], ['theme', 'dark']],
    );
    // The default variant is not written.
    assert.doesNotMatch(embedSnippet('timer', { ...options, timerVariant: 'full' }), /variant=/);
    const plain = embedSnippet('agenda', { src: 'programme.json' });
    assert.equal(plain.split('\n')[1], '<seminar-agenda src="programme.json"></seminar-agenda>');
    // An attribute value cannot end its attribute or open a tag.
    const hostile = parseFragment(embedSnippet('agenda', { src: '"><script>alert(1)</script>' })).childNodes.filter((n) => n.tagName);
    assert.deepEqual(hostile.map((n) => n.tagName), ['script', 'seminar-agenda']);
    assert.equal(hostile[1].attrs[0].value, '"><script>alert(1)</script>');
  });
});

describe('the studio server’s static HTML', () => {
  let studio;
  let url;
  before(async () => {
    studio = await startStudio();
    ({ url } = studio);
  });
  after(() => {
    studio?.stop();
  });

  const post = (query, body, headers = {}) =>
    fetch(new URL(`render?${query}`, url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: url.replace(/\/$/, ''), ...headers },
      body,
    });

  test('is what `seminar-widgets render` writes, for each element', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const speaker = JSON.parse(seed).speakers[0].id;
    const item = JSON.parse(seed).items[0].id;
    for (const [query, args] of [
      ['element=agenda&lang=fr', ['--element', 'agenda', '--lang', 'fr']],
      ['element=speakers', ['--element', 'speakers']],
      [`element=speaker&speaker=${speaker}&lang=de`, ['--element', 'speaker', '--speaker', speaker, '--lang', 'de']],
      [`element=timer&session=${item}`, ['--element', 'timer', '--session', item]],
    ]) {
      const response = await post(query, seed);
      assert.equal(response.status, 200, query);
      assert.match(response.headers.get('content-type'), /^text\/html/);
      const cli = run(['render', SEED, ...args]);
      assert.equal(cli.status, 0, cli.stderr);
      const html = await response.text();
      assert.match(html, /shadowrootmode="open"/);
      // The same HTML but for the moment each was rendered at (the record the element hydrates from
      // keeps it; a running timer shows it).
      const timer = query.startsWith('element=timer');
      const moment = (text) => {
        const same = text.replace(/&quot;now&quot;:\d+/g, '&quot;now&quot;:0');
        return timer ? same.replace(/\d{2}:\d{2}(:\d{2})?/g, 'T') : same;
      };
      assert.equal(moment(html), moment(cli.stdout), query);
      assert.ok(html.length > 1000);
    }
  });

  test('answers only the studio page, with a programme, for a known element', async () => {
    const seed = readFileSync(SEED, 'utf8');
    assert.equal((await post('element=agenda', seed, { Origin: 'https://evil.example' })).status, 403);
    assert.equal((await post('element=agenda', seed, { 'Content-Type': 'text/plain' })).status, 403);
    assert.equal((await post('element=nothing', seed)).status, 400);
    assert.equal((await post('element=agenda&lang=%22%3E', seed)).status, 400);
    assert.equal((await post('element=speaker&speaker=nobody', seed)).status, 400);
    assert.equal((await post('element=agenda', '{"version": 1}')).status, 422);
    assert.equal((await post('element=agenda', 'not json')).status, 422);
    assert.equal((await fetch(new URL('render', url))).status, 405);
  });
});
