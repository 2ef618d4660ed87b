// Localised text fallbacks, long text blocks, and the URL policy.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { baseLanguage, localise, parseLongText, isSafeUrl } from '../../dist/model.js';

describe('baseLanguage', () => {
  test('keeps the primary subtag, lowercased', () => {
    assert.equal(baseLanguage('fr-CA'), 'fr');
    assert.equal(baseLanguage('EN'), 'en');
    assert.equal(baseLanguage('zh-Hant-TW'), 'zh');
    assert.equal(baseLanguage('pt_BR'), 'pt');
  });
});

describe('localise', () => {
  const text = { en: 'Debate', fr: 'Débat', 'es-MX': 'Debate (MX)' };
  const CASES = [
    // [text, requested, default, expected]
    [text, 'fr', 'en', { text: 'Débat', lang: 'fr' }],
    [text, 'FR', 'en', { text: 'Débat', lang: 'fr' }],
    [text, 'fr-CA', 'en', { text: 'Débat', lang: 'fr' }],
    [text, 'es', 'en', { text: 'Debate (MX)', lang: 'es-MX' }],
    [text, 'es-ES', 'en', { text: 'Debate (MX)', lang: 'es-MX' }],
    [text, 'pt', 'en', { text: 'Debate', lang: 'en' }],
    [text, 'pt', 'fr', { text: 'Débat', lang: 'fr' }],
    [text, 'pt', 'fr-BE', { text: 'Débat', lang: 'fr' }],
    [{ de: 'Debatte', it: 'Dibattito' }, 'pt', 'en', { text: 'Debatte', lang: 'de' }],
    [{ 'fr-CA': 'Débat (CA)', fr: 'Débat' }, 'fr-CA', 'en', { text: 'Débat (CA)', lang: 'fr-CA' }],
    [{ 'fr-CA': 'Débat (CA)', fr: 'Débat' }, 'fr-BE', 'en', { text: 'Débat', lang: 'fr' }],
    [{ en: '', fr: 'Débat' }, 'en', 'en', { text: 'Débat', lang: 'fr' }],
    ['Debate', 'fr', 'en', { text: 'Debate', lang: 'en' }],
    ['', 'fr', 'en', { text: '', lang: 'en' }],
    [{}, 'fr', 'en', undefined],
    [undefined, 'fr', 'en', undefined],
    [text, '', 'en', { text: 'Debate', lang: 'en' }],
  ];
  for (const [input, requested, fallback, expected] of CASES) {
    test(`${JSON.stringify(input)} in ${requested || '""'} (default ${fallback})`, () => {
      assert.deepEqual(localise(input, requested, fallback), expected);
    });
  }
});

describe('parseLongText', () => {
  test('paragraphs are separated by blank lines; lines inside one are joined', () => {
    assert.deepEqual(parseLongText('First line\nsame paragraph.\n\n  Second.  \n\n\n'), [
      { type: 'paragraph', text: 'First line same paragraph.' },
      { type: 'paragraph', text: 'Second.' },
    ]);
  });

  test('bullets: -, –, • and *, with continuation lines', () => {
    assert.deepEqual(parseLongText('Topics:\n- one\n– two\n  continued here\n• three\n* four'), [
      { type: 'paragraph', text: 'Topics:' },
      { type: 'list', items: ['one', 'two continued here', 'three', 'four'] },
    ]);
  });

  test('a blank line ends a list', () => {
    assert.deepEqual(parseLongText('- a\n- b\n\nAfter.\n\n- c'), [
      { type: 'list', items: ['a', 'b'] },
      { type: 'paragraph', text: 'After.' },
      { type: 'list', items: ['c'] },
    ]);
  });

  test('CRLF and CR line endings', () => {
    assert.deepEqual(parseLongText('A\r\n\r\n- b\r- c'), [
      { type: 'paragraph', text: 'A' },
      { type: 'list', items: ['b', 'c'] },
    ]);
  });

  test('a dash without a space is not a bullet; markup stays text', () => {
    assert.deepEqual(parseLongText('-5 °C outside\n<b>bold</b> & co'), [
      { type: 'paragraph', text: '-5 °C outside <b>bold</b> & co' },
    ]);
  });

  test('empty and blank text give no blocks', () => {
    assert.deepEqual(parseLongText(''), []);
    assert.deepEqual(parseLongText(' \n\t\n '), []);
  });
});

describe('isSafeUrl', () => {
  const SAFE = ['https://example.org', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG', 'mailto:ana@example.org',
    'https://example.org/caf%C3%A9', 'https://exämple.org/'];
  const UNSAFE = ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
    ' javascript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.org', '/relative', 'relative/path', '//example.org',
    '#top', '', 'https://', 'mailto:', ' https://example.org', 'https://example.org ', 'https://exa mple.org',
    'htt\tps://example.org', 'https://example.org/\u0000', 42, null, undefined, {}];
  for (const url of SAFE) test(`accepts ${url}`, () => assert.equal(isSafeUrl(url), true));
  for (const url of UNSAFE) test(`rejects ${JSON.stringify(url)}`, () => assert.equal(isSafeUrl(url), false));
});
