// Item status and link kinds from other tools' exports: cancellation markers in
// titles, `state`/`status` fields, link types and labels, Sessionize's live and
// recording URLs. What a source says that we cannot read is reported, not dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { importFrabJson, importPentabarfXml, importSchedule2, importSessionize, validateProgramme } from '../../dist/model.js';
import { cancelledTitle, itemStatus, linkKind } from '../../dist/model/import/source-values.js';
import { fixtureJson, fixtureText, frabEvents } from './import-helpers.mjs';

test('cancelledTitle: markers in English, German, French, Spanish and Italian, with or without brackets', () => {
  for (const [given, title] of [
    ['CANCELLED: Opening', 'Opening'],
    ['Canceled - Opening', 'Opening'],
    ['[Cancelled] Opening', 'Opening'],
    ['(ABGESAGT) Eröffnung', 'Eröffnung'],
    ['Entfällt: Eröffnung', 'Eröffnung'],
    ['ANNULÉ – Ouverture', 'Ouverture'],
    ['Annulée : Ouverture', 'Ouverture'],
    ['Cancelado: Apertura', 'Apertura'],
    ['Annullato | Apertura', 'Apertura'],
  ]) {
    assert.deepEqual(cancelledTitle(given), { title, cancelled: true }, given);
  }
  for (const given of ['Cancelled', 'Cancellation policies in practice', 'Why talks get cancelled', 'Opening']) {
    assert.deepEqual(cancelledTitle(given), { title: given, cancelled: false }, given);
  }
});

test('itemStatus and linkKind read the words tools use', () => {
  assert.equal(itemStatus('canceled'), 'cancelled');
  assert.equal(itemStatus('Withdrawn'), 'cancelled');
  assert.equal(itemStatus('Decline_Queue'), 'cancelled');
  assert.equal(itemStatus('Accepted'), 'confirmed');
  assert.equal(itemStatus('Waitlisted'), 'tentative');
  assert.equal(itemStatus('rescheduled'), 'moved');
  assert.equal(itemStatus('whatever'), undefined);
  assert.equal(itemStatus(3), undefined);
  assert.equal(linkKind('SLIDES'), 'slides');
  assert.equal(linkKind('Folien'), 'slides');
  assert.equal(linkKind('Video recording'), 'recording');
  assert.equal(linkKind('LIVE_STREAM'), 'livestream');
  assert.equal(linkKind('Inscription'), 'registration');
  assert.equal(linkKind('Feedback'), undefined);
  assert.equal(linkKind('Origin'), undefined);
  assert.equal(linkKind('Direct link'), undefined);
  assert.equal(linkKind(undefined), undefined);
});

test('frab/pretalx JSON: a "CANCELLED:" title and a `state` make cancelled items; attachments titled Slides are slides', () => {
  const source = fixtureJson('voc-schedule_frab-camp2019.json');
  const [first, second, third] = frabEvents(source).map((e) => e.event);
  first.title = `CANCELLED: ${first.title}`;
  second.state = 'canceled';
  third.state = 'maybe-later';
  const { programme, warnings } = importFrabJson(source);
  assert.deepEqual(validateProgramme(programme).errors, []);
  const byId = new Map(programme.items.map((item) => [item.id, item]));
  const one = byId.get(String(first.id));
  assert.equal(one.status, 'cancelled');
  assert.equal(one.title, first.title.replace('CANCELLED: ', ''));
  assert.equal(byId.get(String(second.id)).status, 'cancelled');
  assert.equal(byId.get(String(third.id)).status, undefined);
  const unusable = warnings.find((w) => w.code === 'unusable-value' && w.path.endsWith('/state'));
  assert.ok(unusable, 'an unknown state is reported');
  assert.equal(unusable.params.value, 'maybe-later');
  // Confirmed items carry no status field (it is the default).
  assert.ok(programme.items.filter((item) => item.status === undefined).length > 70);
  const slides = programme.items.flatMap((item) => item.links ?? []).filter((l) => l.kind === 'slides');
  // "Slides", "Doh or Don't slides", "Intro to network security - slides", "Folien zu …".
  assert.equal(slides.length, 4);
  assert.ok(slides.some((l) => l.label === 'Slides' && l.url.endsWith('.pdf?1566398735')));
});

test('schedule2: link types (SLIDES) give the kind; ORIGIN and FEEDBACK stay plain', () => {
  const source = fixtureJson('voc-schedule_hub-schedule2.json');
  const { programme } = importSchedule2(source);
  const links = programme.items.flatMap((item) => item.links ?? []);
  assert.ok(links.some((l) => l.kind === 'slides' && l.url === 'https://example.net/foo/bar/1235.pdf'));
  assert.ok(links.some((l) => l.label === 'Feedback' && l.kind === undefined));
  assert.ok(links.some((l) => l.label === 'foo bar' && l.kind === undefined));
});

test('Sessionize: liveUrl is a livestream, recordingUrl a recording, status Declined a cancelled item', () => {
  const source = fixtureJson('sessionize-all-data.json');
  const keynote = source.sessions.find((s) => s.id === '501002');
  keynote.recordingUrl = 'https://video.example.org/keynote';
  source.sessions.find((s) => s.id === '501003').status = 'Declined';
  const { programme } = importSessionize(source, { timeZone: 'Europe/Paris' });
  assert.deepEqual(validateProgramme(programme).errors, []);
  const byId = new Map(programme.items.map((item) => [item.id, item]));
  assert.deepEqual(byId.get('501002').links, [
    { url: 'https://stream.example.org/main', label: 'Live', kind: 'livestream' },
    { url: 'https://video.example.org/keynote', label: 'Recording', kind: 'recording' },
  ]);
  assert.equal(byId.get('501002').status, undefined);
  assert.equal(byId.get('501003').status, 'cancelled');
});

test('Pentabarf XML: <state> and title markers', () => {
  const xml = fixtureText('mttcrsp-fosdem_FOSDEM-2010.xml')
    .replace('<title>asterisk: An introduction to Asterisk Development</title>', '<title>[Cancelled] asterisk: An introduction to Asterisk Development</title>')
    .replace('<event id="21">', '<event id="21"><state>cancelled</state>');
  const { programme } = importPentabarfXml(xml, { timeZone: 'Europe/Brussels', domParser: DOMParser });
  const byId = new Map(programme.items.map((item) => [item.id, item]));
  assert.equal(byId.get('20').status, 'cancelled');
  assert.equal(byId.get('20').title, 'asterisk: An introduction to Asterisk Development');
  assert.equal(byId.get('21').status, 'cancelled');
  assert.deepEqual(validateProgramme(programme).errors, []);
});
