// Importing Pentabarf/frab schedule XML: FOSDEM 2010 (events directly under
// <day>, no time zone) counted against the source with an independent DOM
// parser, events field by field in UTC and in a given zone; a frab-style
// export (rooms, <date> with offsets, time_zone_name); malformed XML; and the
// XML reader's browser path (a DOMParser that reports <parsererror>).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import {
  ImportError,
  importPentabarfXml,
  importProgramme,
  parseProgramme,
  validateProgramme,
} from '../../dist/model.js';
import { fixtureText } from './import-helpers.mjs';

const NAME = 'mttcrsp-fosdem_FOSDEM-2010.xml';
const MINUTE = 60_000;

function failure(run) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error;
  }
  assert.fail('expected an ImportError');
}

describe('FOSDEM 2010', () => {
  const text = fixtureText(NAME);
  const document = new DOMParser().parseFromString(text, 'text/xml');
  const all = (name) => Array.from(document.getElementsByTagName(name));
  const childText = (element, name) => Array.from(element.childNodes).find((n) => n.nodeName === name)?.textContent.trim() ?? '';
  const { programme, format, warnings } = importProgramme(text);
  const parsed = parseProgramme(programme);

  test('auto detects pentabarf-xml; validates', () => {
    assert.equal(format, 'pentabarf-xml');
    assert.deepEqual(validateProgramme(programme).errors, []);
  });

  test('days, rooms, tracks and events: as many as in the source', () => {
    const events = all('event');
    assert.equal(programme.event.days.length, all('day').length);
    assert.equal(programme.items.length, events.length);
    assert.equal(programme.rooms.length, new Set(events.map((e) => childText(e, 'room'))).size);
    assert.equal(programme.tracks.length, new Set(events.map((e) => childText(e, 'track'))).size);
    assert.deepEqual(programme.items.map((i) => i.id).sort(), events.map((e) => e.getAttribute('id')).sort());
  });

  test('persons: one speaker per name (this export gives a person a new id in each event), every person kept', () => {
    const persons = all('person');
    const ids = new Set(persons.map((p) => p.getAttribute('id')));
    const names = new Set(persons.map((p) => p.textContent.trim()));
    assert.equal(ids.size, persons.length, 'ids are per appearance here');
    assert.equal(programme.speakers.length, names.size);
    for (const event of all('event')) {
      const item = parsed.items.find((i) => i.id === event.getAttribute('id'));
      const expected = Array.from(event.getElementsByTagName('person')).map((p) => p.textContent.trim());
      assert.deepEqual(item.speakers.map((s) => s.speaker.name), [...new Set(expected)], item.id);
    }
    const aleix = parsed.speakers.filter((s) => s.name === 'Aleix Pol');
    assert.equal(aleix.length, 1);
    assert.equal(aleix[0].items.length, 2);
  });

  test('no time zone: UTC, local times as written, and a warning', () => {
    assert.equal(programme.event.timeZone, 'UTC');
    const zone = warnings.filter((w) => w.code === 'assumed-time-zone');
    assert.equal(zone.length, 1);
    assert.equal(zone[0].path, '/schedule/conference/time_zone_name');
  });

  test('event 20, field by field', () => {
    const item = parsed.items.find((i) => i.id === '20');
    assert.equal(item.day, '2010-02-06');
    assert.equal(item.start, Date.UTC(2010, 1, 6, 16, 40));
    assert.equal(item.end, Date.UTC(2010, 1, 6, 16, 55));
    assert.equal(item.title, 'asterisk: An introduction to Asterisk Development');
    assert.equal(item.room.name, 'Ferrer');
    assert.equal(item.track.name, 'Lightning Talks');
    assert.equal(item.type, 'talk');
    assert.deepEqual(item.tags, []);
    assert.equal(item.language, undefined);
    assert.equal(
      item.description,
      'A brief introduction to the tools used in Asterisk development, as well as the structure of the program. Information regarding how to submit new features and bug reports will be included as well.\n\nAsterisk is an open source telephony platform, commonly used to implement PBX\'s.',
    );
    assert.deepEqual(item.speakers.map((s) => s.speaker.id), ['mark-michelson']);
  });

  test('HTML links in descriptions become text; <link> elements become links', () => {
    const exam = parsed.items.find((i) => i.id === '30');
    assert.match(exam.description, /For more information check out http:\/\/www\.bsdcertification\.org\/certification\/associate\.html$/);
    assert.doesNotMatch(exam.description, /<|&/);
    const links = parsed.items.flatMap((i) => i.links);
    assert.equal(links.length, all('link').length);
    for (const link of all('link')) {
      assert.ok(links.some((l) => l.url === link.getAttribute('href') && l.label === link.textContent.trim()), link.getAttribute('href'));
    }
  });

  test('with a zone given: the same wall times, in Brussels', () => {
    const brussels = parseProgramme(importProgramme(text, { timeZone: 'Europe/Brussels' }).programme);
    const item = brussels.items.find((i) => i.id === '20');
    assert.equal(brussels.event.timeZone, 'Europe/Brussels');
    assert.equal(item.start, Date.UTC(2010, 1, 6, 15, 40)); // 16:40 CET
    assert.equal(brussels.items.length, parsed.items.length);
  });

  test('the venue becomes the location', () => {
    assert.deepEqual(programme.event.location, { name: 'ULB (Université Libre de Bruxelles)', address: 'Brussels' });
    assert.equal(programme.event.subtitle, "Free and Open source Software Developers' European Meeting");
  });
});

const FRAB_XML = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>Gacrux</version>
  <conference>
    <acronym>demo-2025</acronym>
    <title>Demo &amp; Co</title>
    <start>2025-03-29</start>
    <end>2025-03-30</end>
    <days>2</days>
    <timeslot_duration>00:15</timeslot_duration>
    <day_change>04:00</day_change>
    <time_zone_name>Europe/Berlin</time_zone_name>
    <base_url>https://frab.example.org/demo/</base_url>
    <tracks><track color="#aa0000">Security</track><track name="Art" color="blue"/></tracks>
    <sponsor>ACME</sponsor>
  </conference>
  <day index="1" date="2025-03-29" start="2025-03-29T10:00:00+01:00" end="2025-03-30T04:00:00+02:00">
    <room name="Saal 1" guid="r1">
      <event id="1" guid="e1">
        <date>2025-03-29T10:00:00+01:00</date>
        <start>10:00</start>
        <duration>01:00</duration>
        <room>Saal 1</room>
        <slug>demo-1</slug>
        <url>https://frab.example.org/demo/events/1.html</url>
        <title>Opening</title>
        <subtitle/>
        <track>Security</track>
        <type>lecture</type>
        <language>de</language>
        <abstract>Willkommen!</abstract>
        <description><![CDATA[<ul><li>Eins</li><li>Zwei</li></ul><script>alert(1)</script>]]></description>
        <logo>/logos/1.png</logo>
        <recording><license>CC BY 4.0</license><optout>false</optout></recording>
        <persons><person id="7">Ada</person><person guid="g-8">Bob</person><bogus>x</bogus></persons>
        <links><link href="https://example.org/a">A</link><link href="/relative">R</link><link>no href</link></links>
        <attachments><attachment href="https://example.org/s.pdf">Slides</attachment></attachments>
        <feedback_url>https://frab.example.org/demo/events/1/feedback</feedback_url>
      </event>
      <event id="2">
        <language>en</language>
        <start>02:30</start>
        <duration>00:30</duration>
        <title>Night owls</title>
        <persons><person id="7">Ada</person></persons>
      </event>
    </room>
    <room name="Saal 2"/>
    <note>Doors open at 9</note>
  </day>
  <day index="2" date="2025-03-30">
    <room name="Saal 1">
      <event id="3"><language>en</language><start>11:00</start><end>12:30</end><title>Sunday</title><duration>bad</duration></event>
    </room>
  </day>
  <extra>something</extra>
</schedule>`;

describe('frab-style XML', () => {
  const { programme, warnings } = importPentabarfXml(FRAB_XML);
  const parsed = parseProgramme(programme);
  const item = (id) => parsed.items.find((i) => i.id === id);
  const reported = warnings.map((w) => [w.code, w.path]);

  test('the event, rooms and tracks with colours', () => {
    assert.equal(programme.event.id, 'demo-2025');
    assert.equal(programme.event.title, 'Demo & Co');
    assert.equal(programme.event.timeZone, 'Europe/Berlin');
    assert.equal(programme.event.url, 'https://frab.example.org/demo/');
    assert.deepEqual(programme.rooms.map((r) => r.name), ['Saal 1', 'Saal 2']);
    assert.deepEqual(programme.tracks, [{ id: 'security', name: 'Security', color: '#aa0000' }, { id: 'art', name: 'Art' }]);
    assert.equal(warnings.some((w) => w.code === 'assumed-time-zone'), false);
  });

  test('event 1: <date> instant, text in its language, markup removed, links resolved', () => {
    const opening = item('1');
    assert.equal(opening.start, instant('2025-03-29T10:00:00+01:00'));
    assert.equal(opening.end - opening.start, 60 * MINUTE);
    assert.deepEqual(opening.title, { de: 'Opening' });
    assert.deepEqual(opening.description, { de: 'Willkommen!\n\n- Eins\n- Zwei' });
    assert.deepEqual(opening.tags, ['lecture']);
    assert.deepEqual(opening.speakers.map((s) => s.speaker.id), ['ada', 'bob']);
    assert.deepEqual(opening.links, [
      { url: 'https://frab.example.org/demo/events/1.html' },
      { url: 'https://example.org/a', label: 'A' },
      { url: 'https://frab.example.org/relative', label: 'R' },
      { url: 'https://example.org/s.pdf', label: 'Slides', kind: 'slides' },
      { url: 'https://frab.example.org/demo/events/1/feedback', label: 'Feedback' },
    ]);
  });

  test('after the day change: the next calendar date, across the DST change', () => {
    const night = item('2');
    assert.equal(night.day, '2025-03-30');
    // 02:30 does not exist on 30 March 2025 in Berlin: read as 03:30 CEST.
    assert.equal(night.start, Date.UTC(2025, 2, 30, 1, 30));
    assert.ok(parsed.warnings.some((w) => w.code === 'nonexistent-local-time'));
  });

  test('a local <end> is kept; a bad duration is reported', () => {
    const sunday = item('3');
    assert.equal(sunday.end - sunday.start, 90 * MINUTE);
    assert.ok(reported.some(([code, path]) => code === 'unusable-value' && path === '/schedule/day[2]/room[1]/event[1]/duration'));
  });

  test('what has no place is reported with XPaths', () => {
    for (const expected of [
      ['not-imported', '/schedule/conference/sponsor'],
      ['not-imported', '/schedule/day[1]/room[1]/event[1]/logo'],
      ['not-imported', '/schedule/day[1]/room[1]/event[1]/recording'],
      ['not-imported', '/schedule/day[1]/note'],
      ['not-imported', '/schedule/extra'],
      ['unusable-value', '/schedule/day[1]/room[1]/event[1]/persons/bogus'],
      ['unusable-value', '/schedule/day[1]/room[1]/event[1]/links/link[3]'],
      ['unusable-value', '/schedule/conference/tracks/track[2]/@color'],
    ]) {
      assert.ok(reported.some((r) => r[0] === expected[0] && r[1] === expected[1]), `missing ${expected}`);
    }
  });
});

const instant = (iso) => Date.parse(iso);

describe('malformed XML', () => {
  const errors = (input, options) => failure(() => importPentabarfXml(input, options)).errors.map((e) => [e.code, e.path]);

  test('truncated or not XML', () => {
    const text = fixtureText(NAME);
    const truncated = failure(() => importProgramme(text.slice(0, 20_000)));
    assert.equal(truncated.errors[0].code, 'invalid-xml');
    assert.match(truncated.message, /^Cannot import this Pentabarf\/frab schedule XML \(1 error\)\. First, at the root: The source is not well-formed XML: /);
    assert.deepEqual(errors('<schedule><conference>'), [['invalid-xml', '']]);
    assert.deepEqual(errors('<a>&nbsp;</a>'), [['invalid-xml', '']]);
    assert.deepEqual(errors(''), [['invalid-xml', '']]);
  });

  test('not text', () => {
    assert.deepEqual(errors({ schedule: {} }), [['invalid-type', '']]);
  });

  test('another root, no conference, no day', () => {
    assert.deepEqual(errors('<html><body/></html>'), [
      ['invalid-type', '/html'],
      ['missing-field', '/schedule/conference'],
    ]);
    assert.deepEqual(errors('<schedule><conference><title>T</title></conference></schedule>'), [['missing-field', '/schedule/day']]);
  });

  test('missing and wrong values, each with its XPath', () => {
    const xml = `<schedule><conference/>
      <day index="1"><event id="1"><title>A</title><start>10:00</start></event></day>
      <day date="2025-02-30"/>
      <day date="2025-03-01"><room name="R"><event id="2"><start>9h</start><title>B</title></event><event id="3"><title> </title></event></room></day>
    </schedule>`;
    assert.deepEqual(errors(xml), [
      ['missing-field', '/schedule/conference/title'],
      ['missing-field', '/schedule/day[1]/@date'],
      ['invalid-date', '/schedule/day[2]/@date'],
      ['invalid-time', '/schedule/day[3]/room[1]/event[1]/start'],
      ['missing-field', '/schedule/day[3]/room[1]/event[2]/title'],
      ['missing-field', '/schedule/day[3]/room[1]/event[2]/start'],
    ]);
  });
});

describe('the XML reader', () => {
  const minimal = '<schedule><conference><title>T</title></conference><day date="2025-01-01"><event id="1"><title>A</title><start>10:00</start></event></day></schedule>';

  test('uses a DOMParser given in the options', () => {
    let used = 0;
    class Counting extends DOMParser {
      parseFromString(...args) {
        used++;
        return super.parseFromString(...args);
      }
    }
    assert.equal(importPentabarfXml(minimal, { domParser: Counting }).programme.items.length, 1);
    assert.equal(used, 1);
  });

  test("uses the platform's DOMParser when there is one (browsers)", () => {
    let used = 0;
    globalThis.DOMParser = class extends DOMParser {
      parseFromString(...args) {
        used++;
        return super.parseFromString(...args);
      }
    };
    try {
      assert.equal(importProgramme(minimal).programme.items.length, 1);
      assert.equal(used, 1);
    } finally {
      delete globalThis.DOMParser;
    }
  });

  test('reads a browser-style <parsererror> result as an XML error', () => {
    // Browsers do not throw: they return a document holding a <parsererror>.
    class BrowserLike {
      parseFromString() {
        const doc = new DOMParser().parseFromString('<schedule><parsererror>error on line 1 at column 9: Extra content\nmore</parsererror></schedule>', 'text/xml');
        return doc;
      }
    }
    const error = failure(() => importPentabarfXml('<schedule>', { domParser: BrowserLike }));
    assert.deepEqual(error.errors.map((e) => e.code), ['invalid-xml']);
    assert.match(error.errors[0].message, /error on line 1 at column 9: Extra content\.$/);
  });
});
