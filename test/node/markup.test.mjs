// Imported text: entities decoded with the complete HTML5 set (accented
// Spanish, Italian, French and German text from every importer), and the
// markup-to-text step linear on crafted input (no pattern that backtracks,
// nothing rebuilt by copying), with generous "does not hang" bounds.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { importProgramme, validateProgramme } from '../../dist/model.js';
import { toPlainLine, toPlainText } from '../../dist/model/import/markup.js';
import { fixtureJson, fixtureText } from './import-helpers.mjs';

/** Accented text as the tools export it: HTML entities, named and numeric. */
const ENCODED = {
  es: '<p>Acci&oacute;n colectiva: &iquest;c&oacute;mo? Espa&ntilde;a, ping&uuml;ino, &Aacute;frica, &iexcl;s&iacute;!</p>',
  it: '<p>Perch&eacute; l&rsquo;et&agrave; &Egrave; citt&agrave;, pi&ugrave;, cos&igrave;, &Ograve;</p>',
  fr: '<p>&Agrave; l&rsquo;&oelig;uvre, na&iuml;vet&eacute;, fa&ccedil;ade, &OElig;dipe, &laquo;&nbsp;d&eacute;bat&nbsp;&raquo;, No&euml;l, &#x153;il</p>',
  de: '<p>Stra&szlig;e, &Auml;rger, &uuml;ber &amp; &bdquo;Zitat&ldquo;</p>',
};
const DECODED = {
  es: 'Acción colectiva: ¿cómo? España, pingüino, África, ¡sí!',
  it: 'Perché l’età È città, più, così, Ò',
  fr: 'À l’œuvre, naïveté, façade, Œdipe, « débat », Noël, œil',
  de: 'Straße, Ärger, über & „Zitat“',
};

describe('entities: the complete HTML5 set', () => {
  for (const [lang, html] of Object.entries(ENCODED)) {
    test(`${lang}: long text and one line`, () => {
      assert.equal(toPlainText(html), DECODED[lang]);
      assert.equal(toPlainLine(html), DECODED[lang]);
    });
  }
  test('rarer names, legacy names without a semicolon, numeric references', () => {
    assert.equal(toPlainText('&Scaron;koda &yacute; &thorn; &eth; &Omega; &rarr; &hearts; &NotEqualTilde; &fjlig;'), 'Škoda ý þ ð Ω → ♥ ≂̸ fj');
    assert.equal(toPlainText('caf&eacute &copy 2026 &amp &lt;'), 'café © 2026 & <');
    assert.equal(toPlainText('&#233;t&#xE9; &#X1F600; &#128512;'), 'été 😀 😀');
    assert.equal(toPlainText('&#x80; &#150;'), '€ –');
  });
  test('what is not an entity stays text', () => {
    assert.equal(toPlainText('AT&T, R&D, a &b c, &;, &#;, &#x;, &bogus;'), 'AT&T, R&D, a &b c, &;, &#;, &#x;, &bogus;');
  });
  test('decoded once: an encoded entity stays an entity, decoded markup stays text', () => {
    assert.equal(toPlainText('&amp;eacute; &amp;lt;script&amp;gt;'), '&eacute; &lt;script&gt;');
    assert.equal(toPlainText('&lt;script&gt;alert(1)&lt;/script&gt;'), '<script>alert(1)</script>');
  });
  test('a link URL is decoded with the rules for attributes, once', () => {
    assert.equal(toPlainText('<a href="https://x.org/?a=1&amp;copy=2&lang=fr">l&agrave;</a>'), 'là (https://x.org/?a=1&copy=2&lang=fr)');
    assert.equal(toPlainText('[ici](https://x.org/?a&copy=1)'), 'ici (https://x.org/?a&copy=1)');
  });
  test('links: only what the URL parser reads as http(s) keeps its URL', () => {
    for (const href of [' javascript:alert(1)', 'java&#x09;script:alert(1)', 'JAVASCRIPT:alert(1)', 'java&#10;script:x', '&#106;avascript:x',
      'vbscript:x', 'data:text/html,x', '//evil.example/', '/relative', 'mailto:a@b.org']) {
      const text = toPlainText(`<a href="${href}">click</a> me`);
      assert.equal(text, 'click me', href);
    }
    assert.equal(toPlainText('<a href=" https://x.org/a">the page</a>'), 'the page (https://x.org/a)');
  });
});

describe('accented text from every importer', () => {
  const html = Object.values(ENCODED).join('');
  const expected = Object.values(DECODED).join('\n\n');

  test('frab / pretalx schedule.json', () => {
    const source = fixtureJson('voc-schedule_pretalx-democon.json');
    const day = source.schedule.conference.days.find((d) => Object.values(d.rooms).some((r) => r.length));
    const event = Object.values(day.rooms).find((r) => r.length)[0];
    event.abstract = html;
    event.description = '';
    event.title = 'Caf&eacute; <b>&amp;</b> th&eacute;';
    const result = importProgramme(source);
    const item = result.programme.items.find((i) => String(i.title).startsWith('Café'));
    assert.equal(item.title, 'Café & thé');
    assert.equal(item.description, expected);
    assert.equal(validateProgramme(result.programme).ok, true);
  });
  test('c3voc schedule2', () => {
    const source = fixtureJson('voc-schedule_hub-schedule2.json');
    source.schedule.events[0].abstract = html;
    source.schedule.events[0].description = null;
    const result = importProgramme(source);
    assert.equal(result.programme.items.find((i) => i.description === expected)?.description, expected);
  });
  test('Pentabarf XML (FOSDEM): entities escaped in the XML, as exports write them', () => {
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const xml = fixtureText('mttcrsp-fosdem_FOSDEM-2010.xml').replace(/<abstract>[\s\S]*?<\/abstract>/, `<abstract>${escape(html)}</abstract>`);
    const result = importProgramme(xml, { timeZone: 'Europe/Brussels' });
    assert.ok(result.programme.items.some((i) => typeof i.description === 'string' && i.description.startsWith(expected)), 'the abstract is decoded');
  });
  test('Sessionize', () => {
    const source = fixtureJson('sessionize-all-data.json');
    const session = source.sessions.find((s) => !s.isServiceSession);
    session.description = html;
    source.speakers[0].bio = ENCODED.fr;
    const result = importProgramme(source, { timeZone: 'Europe/Paris' });
    assert.equal(result.programme.items.find((i) => i.description === expected)?.description, expected);
    assert.equal(result.programme.speakers.find((s) => s.bio === DECODED.fr)?.bio, DECODED.fr);
  });
});

describe('markup to text is linear on crafted input', () => {
  // A quadratic step takes minutes on a megabyte; linear ones take milliseconds.
  // The bound is generous (shared, busy machines); the benchmark records real figures.
  const BOUND = 2000;
  const MB = 1_000_000;
  const crafted = {
    'a run of [': '['.repeat(MB),
    'a run of ![': '!['.repeat(MB / 2),
    '[a]( repeated': '[a]('.repeat(MB / 4),
    'links with open titles': '[a](b "'.repeat(MB / 7),
    'a heading then spaces': `# a${' '.repeat(MB)}b`,
    'a heading of #': `# ${'#'.repeat(MB)}`,
    'a heading then spaces and #': `#${' '.repeat(MB / 2)}#${' '.repeat(MB / 2)}x`,
    'quote markers': '> '.repeat(MB / 2),
    'spaces without a quote': `${' '.repeat(MB)}x`,
    'rule-like dashes': `${'- '.repeat(MB / 2)}x`,
    'backslashes': '\\'.repeat(MB),
    'escapes': '\\*'.repeat(MB / 2),
    'stars': '*a'.repeat(MB / 2),
    'double stars': '**a '.repeat(MB / 4),
    'underscores': '_a '.repeat(MB / 3),
    'tildes': '~~a'.repeat(MB / 3),
    'backticks': '`'.repeat(MB),
    'many HTML links': '<a href="https://x.org/">a</a>'.repeat(MB / 31),
    'unclosed tags': '<a'.repeat(MB / 2),
    'tags without end': `<p ${'x'.repeat(MB)}`,
    'comments': '<!--'.repeat(MB / 4),
    'scripts': '<script>'.repeat(MB / 8),
    'attributes': `<a ${'href '.repeat(MB / 5)}>x</a>`,
    'autolink starts': '<https://'.repeat(MB / 9),
    'ampersands': '&'.repeat(MB),
    'long entity-like names': `&${'a'.repeat(MB)}`,
    'numeric starts': '&#'.repeat(MB / 2),
    'numbered items': '1. '.repeat(MB / 3),
  };
  for (const [name, input] of Object.entries(crafted)) {
    test(`${name} (${(input.length / MB).toFixed(1)} MB)`, () => {
      const start = performance.now();
      toPlainText(input);
      toPlainLine(input.slice(0, MB / 4));
      const elapsed = performance.now() - start;
      assert.ok(elapsed < BOUND, `${name}: ${Math.round(elapsed)} ms`);
    });
  }
});
