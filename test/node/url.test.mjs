// The one URL gate (model/url.ts): every URL that becomes an href, a src, an
// iCalendar URL or a JSON-LD url goes through `safeUrl`. These are the tricks
// an attacker tries after a plain `javascript:`: what the browser strips
// (leading spaces and C0 controls, tabs and newlines anywhere), upper case,
// entity-like text, other dangerous schemes, protocol-relative and backslash
// URLs, relative URLs against a base, URL objects and look-alikes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { FETCH_URL_PROTOCOLS, WEB_URL_PROTOCOLS, checkUrl, resolveUrl, safeUrl } from '../../dist/model/url.js';
import { parseProgramme, toICalendar, toJsonLd } from '../../dist/model.js';
import { makeProgramme } from './programme-fixture.mjs';

const BASE = 'https://host.example/dir/page.html';

const SCRIPT_SCHEMES = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  '\u0001\u0002 \u001f javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'j\ta\nv\ra\tscript:alert(1)',
  'javascript\t:alert(1)',
  'javascript:alert(1)\n',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  ' vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:text/html,x',
  'DATA:text/html,x',
  'blob:https://host.example/0c7e',
  'file:///etc/passwd',
  'ftp://example.org/',
  'about:blank',
  'filesystem:https://host.example/x',
];

describe('safeUrl: dangerous schemes, however written, never pass', () => {
  for (const url of SCRIPT_SCHEMES) {
    test(`${JSON.stringify(url)} (absolute, and against a base)`, () => {
      assert.equal(safeUrl(url), undefined);
      assert.equal(safeUrl(url, BASE), undefined);
      assert.equal(safeUrl(url, BASE, WEB_URL_PROTOCOLS), undefined);
      assert.equal(checkUrl(url).ok, false);
    });
  }
  test('a javascript: URL object', () => {
    assert.equal(safeUrl(new URL('javascript:alert(1)')), undefined);
  });
  test('a look-alike object claiming to be a URL', () => {
    const fake = { [Symbol.toStringTag]: 'URL', href: 'javascript:alert(1)', toString: () => 'https://ok.example/' };
    assert.equal(safeUrl(fake), undefined);
  });
  test('a URL-like object whose getter throws, a Proxy, a revoked Proxy', () => {
    const throwing = { [Symbol.toStringTag]: 'URL', get href() { throw new Error('no'); } };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.equal(safeUrl(throwing), undefined);
    assert.equal(safeUrl(proxy), undefined);
    assert.equal(safeUrl(new Proxy({}, { get() { throw new Error('trap'); } })), undefined);
  });
  test('values that are not URLs', () => {
    for (const value of [undefined, null, 42, true, {}, [], ['https://ok.example/'], () => 'https://ok.example/']) {
      assert.equal(safeUrl(value), undefined, String(value));
    }
  });
});

describe('safeUrl: text that only looks like a scheme is a harmless path', () => {
  const LOOK_ALIKES = [
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    'jav&#x09;ascript:alert(1)',
    'jav&#9;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    '\u00a0javascript:alert(1)',
    '\u2028javascript:alert(1)',
    'javascript\u0000:alert(1)',
    'javascript%3Aalert(1)',
  ];
  for (const url of LOOK_ALIKES) {
    test(JSON.stringify(url), () => {
      // Not absolute: refused where a programme's URL must be absolute…
      assert.equal(safeUrl(url), undefined);
      // …and against the page, an https URL on the page's own site.
      const resolved = safeUrl(url, BASE);
      assert.ok(resolved?.startsWith('https://host.example/dir/'), resolved);
    });
  }
});

describe('safeUrl: the web URLs a page and a programme use', () => {
  test('absolute http, https and mailto pass as written', () => {
    for (const url of ['https://example.org', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/', 'mailto:ana@example.org',
      'https://exämple.org/', 'https://example.org/caf%C3%A9']) {
      assert.equal(safeUrl(url), url);
    }
  });
  test('what the parser strips is gone from the result', () => {
    assert.equal(safeUrl(' https://example.org/a\tb\n'), 'https://example.org/ab');
    assert.equal(safeUrl('htt\tps://example.org/'), 'https://example.org/');
  });
  test('relative URLs resolve against the base, and need one', () => {
    assert.equal(safeUrl('#item-3', BASE), 'https://host.example/dir/page.html#item-3');
    assert.equal(safeUrl('photo.jpg', BASE), 'https://host.example/dir/photo.jpg');
    assert.equal(safeUrl('/img/a.png', BASE), 'https://host.example/img/a.png');
    assert.equal(safeUrl('?day=2', BASE), 'https://host.example/dir/page.html?day=2');
    assert.equal(safeUrl('../up', BASE), 'https://host.example/up');
    assert.equal(safeUrl('#item-3'), undefined);
    assert.equal(safeUrl('photo.jpg'), undefined);
  });
  test('protocol-relative and backslash URLs become https ones (the browser reads them so)', () => {
    assert.equal(safeUrl('//other.example/x', BASE), 'https://other.example/x');
    assert.equal(safeUrl('\\\\other.example/x', BASE), 'https://other.example/x');
    assert.equal(safeUrl('/\\other.example/x', BASE), 'https://other.example/x');
    assert.equal(safeUrl('//other.example/x'), undefined);
  });
  test('a scheme-relative https: without slashes resolves like the browser', () => {
    assert.equal(safeUrl('https:photo.jpg', BASE), 'https://host.example/dir/photo.jpg');
  });
  test('URL objects are read from their href', () => {
    assert.equal(safeUrl(new URL('https://example.org/a')), 'https://example.org/a');
    assert.equal(safeUrl(new URL('mailto:ana@example.org')), 'mailto:ana@example.org');
  });
  test('a mailto: needs an address', () => {
    assert.equal(safeUrl('mailto:'), undefined);
    assert.equal(safeUrl('MAILTO:'), undefined);
  });
  test('not URLs at all', () => {
    for (const url of ['', ' ', 'https://', 'http://[::1', 'https://exa mple.org/']) assert.equal(safeUrl(url), undefined, url);
  });
  test('a base that is not a URL refuses everything (as the URL parser does)', () => {
    assert.equal(safeUrl('#x', 'not a base'), undefined);
    assert.equal(safeUrl('https://example.org/', 'not a base'), undefined);
  });
  test('web URLs only: no mailto for a photo or a page', () => {
    assert.equal(safeUrl('mailto:ana@example.org', undefined, WEB_URL_PROTOCOLS), undefined);
    assert.equal(safeUrl('https://example.org/a.jpg', undefined, WEB_URL_PROTOCOLS), 'https://example.org/a.jpg');
  });
  test('fetching a programme: http(s), blob: and data:, never javascript:', () => {
    assert.equal(safeUrl('data:application/json,{}', BASE, FETCH_URL_PROTOCOLS), 'data:application/json,{}');
    assert.equal(safeUrl('programme.json', BASE, FETCH_URL_PROTOCOLS), 'https://host.example/dir/programme.json');
    assert.equal(safeUrl(' javascript:alert(1)', BASE, FETCH_URL_PROTOCOLS), undefined);
  });
  test('resolveUrl says why', () => {
    assert.deepEqual(resolveUrl('javascript:x'), {
      ok: false,
      kind: 'unsafe',
      reason: 'the scheme "javascript:" is not allowed (only https:, http: and mailto:)',
    });
    assert.equal(resolveUrl('x.jpg').ok, false);
    assert.equal(resolveUrl('mailto:', undefined, ['mailto:']).ok, false);
  });
});

describe('the programme format is stricter: absolute, and no whitespace', () => {
  for (const url of [' https://example.org', 'https://example.org/\t', 'https://example.org/\u0085', 'mailto:a b@example.org']) {
    test(JSON.stringify(url), () => assert.equal(checkUrl(url).ok, false));
  }
});

describe('exports never write a URL the gate refuses (hand-made programmes are not validated)', () => {
  function poisoned() {
    const programme = makeProgramme();
    const [speaker] = programme.speakers;
    speaker.links = [{ url: ' javascript:alert(1)' }, { url: 'https://example.org/ok' }];
    speaker.photo = { url: 'java\tscript:alert(1)' };
    speaker.organisation = { name: 'X', url: 'data:text/html,x' };
    programme.event.url = 'vbscript:x';
    programme.event.organisers = [{ name: 'O', url: '\u0001javascript:alert(1)' }];
    programme.items[1].links = [{ url: 'JAVASCRIPT:alert(1)', label: 'evil' }, { url: 'https://example.org/slides' }];
    return programme;
  }
  test('JSON-LD', () => {
    const text = JSON.stringify(toJsonLd(poisoned(), { url: ' javascript:alert(1)//' }));
    assert.doesNotMatch(text, /script:|data:|vbscript/i);
    assert.match(text, /https:\/\/example\.org\/ok/);
  });
  test('iCalendar, and its url option', () => {
    const text = toICalendar(poisoned(), { now: 0, url: () => '\tjavascript:alert(1)' }).replace(/\r\n /g, '');
    assert.doesNotMatch(text, /script:/i);
    assert.doesNotMatch(text, /^URL:/m);
    assert.match(text, /https:\/\/example\.org\/slides/);
    assert.match(toICalendar(poisoned(), { now: 0, url: (item) => `https://example.org/#${item.id}` }), /^URL:https:\/\/example\.org\/#/m);
  });
  test('a validated programme keeps its URLs as written', () => {
    const programme = parseProgramme({
      version: 1,
      event: { title: 'T', timeZone: 'UTC', days: ['2026-01-01'], url: 'https://example.org' },
      items: [{ id: 'a', type: 'talk', title: 'A', start: '10:00', end: '11:00', links: [{ url: 'HTTPS://EXAMPLE.ORG/Slides' }] }],
    });
    assert.equal(toJsonLd(programme).url, 'https://example.org');
    assert.match(toICalendar(programme, { now: 0 }), /HTTPS:\/\/EXAMPLE\.ORG\/Slides/);
  });
});
