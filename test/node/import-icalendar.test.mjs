// Importing iCalendar files: a Google Calendar export (IANA zone, UTC times,
// folded lines, escaped text, HTML description, a daily RRULE with a moved
// occurrence, all-day, cancelled), an Outlook export (a Windows zone defined
// by its VTIMEZONE, across the end of DST, weekly RRULE with UNTIL and
// EXDATE), and what is refused, with line numbers.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ImportError, importICalendar, importProgramme, parseProgramme, validateProgramme } from '../../dist/model.js';
import { fixtureText } from './import-helpers.mjs';

function importError(run) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error;
  }
  assert.fail('expected an ImportError');
}

const codes = (problems) => problems.map((p) => [p.code, p.path]);
const utc = (iso) => Date.parse(iso);

/** A calendar around some VEVENT lines. */
const calendar = (...lines) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (...lines) => ['BEGIN:VEVENT', 'UID:x@example.org', 'DTSTAMP:20250101T000000Z', ...lines, 'END:VEVENT'];

describe('Google Calendar export', () => {
  const { programme, format, warnings } = importProgramme(fixtureText('calendar-google.ics'));
  const parsed = parseProgramme(programme);

  test('auto detects icalendar; valid; the calendar names the event and its zone', () => {
    assert.equal(format, 'icalendar');
    assert.deepEqual(validateProgramme(programme).errors, []);
    assert.equal(programme.event.title, 'Séminaire « Faire collectif »');
    assert.equal(programme.event.description, 'Programme du séminaire, Paris.');
    assert.equal(programme.event.timeZone, 'Europe/Paris');
    assert.deepEqual(programme.event.days, ['2025-03-25', '2025-03-26']);
  });

  test('times: TZID, UTC (shown in the zone), DURATION; instants exact', () => {
    assert.deepEqual(programme.items.map((i) => [i.day, i.start, i.end]), [
      ['2025-03-25', '08:45', '09:15'],
      ['2025-03-25', '09:15', '10:30'],
      ['2025-03-25', '14:00', '15:30'],
      ['2025-03-26', '14:30', '16:00'],
      ['2025-03-26', '16:30', '17:15'],
    ]);
    assert.equal(parsed.items[1].start, utc('2025-03-25T08:15:00Z'));
  });

  test('folded lines, escaped commas and line breaks, HTML made text, LANGUAGE, URL, CATEGORIES', () => {
    const keynote = programme.items[1];
    assert.equal(keynote.title, "Les plateformes coopératives, aujourd'hui et demain : un état des lieux en France et en Europe");
    assert.equal(keynote.description, 'Une conférence sur les plateformes coopératives.\n\nVoir le dossier (https://example.org/plateformes).');
    assert.equal(keynote.type, 'keynote');
    assert.deepEqual(keynote.tags, ['Économie']);
    assert.equal(keynote.language, 'fr');
    assert.deepEqual(keynote.links, [{ url: 'https://example.org/seminaire/plateformes' }]);
    assert.equal(parsed.items[1].room.name, 'Amphithéâtre A, bâtiment 2');
    assert.equal(programme.items[0].description, "Café, thé et viennoiseries.\nBadges à l'entrée.");
    assert.equal(programme.items[0].type, 'welcome');
    assert.equal(programme.items[4].type, 'recap'); // "Clôture", from the title
  });

  test('a daily RRULE with COUNT=2, its second occurrence moved by RECURRENCE-ID', () => {
    assert.deepEqual(programme.items.filter((i) => i.title.startsWith('Atelier')).map((i) => [i.day, i.start, i.room, i.type]), [
      ['2025-03-25', '14:00', 'salle-12', 'session'],
      ['2025-03-26', '14:30', 'salle-14', 'session'],
    ]);
  });

  test('all-day, cancelled, organiser and attendees: reported, never published', () => {
    assert.deepEqual(codes(warnings), [
      ['not-imported', '/VCALENDAR/VEVENT[1]'],
      ['not-imported', '/VCALENDAR/VEVENT[6]'],
      ['not-imported', '/VCALENDAR/VEVENT[7]/ORGANIZER'],
      ['not-imported', '/VCALENDAR/VEVENT[7]/ATTENDEE'],
    ]);
    assert.match(warnings[0].message, /all-day event "Séminaire \(deux jours\)" \(line 27\).*2 days are added/);
    assert.match(warnings[1].message, /"Déjeuner" \(line 88\) is cancelled/);
    assert.ok(!JSON.stringify(programme).includes('jean@example.org'));
    assert.ok(!JSON.stringify(programme).includes('Déjeuner'));
  });
});

describe('Outlook export: a Windows zone name defined by its VTIMEZONE', () => {
  const { programme, warnings } = importProgramme(fixtureText('calendar-outlook.ics'));
  const parsed = parseProgramme(programme);

  test('read by the VTIMEZONE rules, across the end of DST; shown in an IANA zone with the same offsets', () => {
    assert.equal(programme.event.timeZone, 'Europe/Amsterdam');
    assert.deepEqual(codes(warnings.filter((w) => w.code === 'assumed-time-zone')), [['assumed-time-zone', '/VCALENDAR/VTIMEZONE']]);
    const night = parsed.items[0];
    assert.equal(night.start, utc('2025-10-25T23:30:00Z')); // 01:30 CEST
    assert.equal(night.end, utc('2025-10-26T02:00:00Z')); // 03:00 CET: 2 h 30 min later
    assert.equal(programme.items[0].description, 'Ordre du jour :\n- bilan\n- perspectives');
  });

  test('weekly on Monday and Wednesday until a UTC instant, one date excluded', () => {
    assert.deepEqual(programme.items.slice(1).map((i) => [i.day, i.start]), [
      ['2025-10-27', '09:30'],
      ['2025-11-03', '09:30'],
      ['2025-11-05', '09:30'],
      ['2025-11-10', '09:30'],
    ]);
    assert.equal(parsed.items[1].start, utc('2025-10-27T08:30:00Z'));
  });

  test('Outlook properties it has no place for are reported once per name', () => {
    const reported = warnings.filter((w) => w.code === 'not-imported').map((w) => [w.params.field, w.params.value]);
    assert.deepEqual(reported, [['X-MS-OLK-AUTOFILLLOCATION', 2], ['X-MS-OLK-FORCEINSPECTOROPEN', 1]]);
  });
});

describe('recurrence rules', () => {
  const starts = (rule, start = '20250303T100000', extra = []) =>
    importICalendar(calendar(...vevent(`DTSTART;TZID=Europe/Paris:${start}`, 'DURATION:PT1H', 'SUMMARY:Séance', `RRULE:${rule}`, ...extra)))
      .programme.items.map((i) => `${i.day} ${i.start}`);

  test('weekly with an interval, across the start of DST (the wall clock stays)', () => {
    assert.deepEqual(starts('FREQ=WEEKLY;INTERVAL=2;COUNT=3', '20250317T100000'), ['2025-03-17 10:00', '2025-03-31 10:00', '2025-04-14 10:00']);
  });

  test('monthly on the first Tuesday; monthly by day of month; yearly by month', () => {
    assert.deepEqual(starts('FREQ=MONTHLY;BYDAY=1TU;COUNT=3', '20250304T100000'), ['2025-03-04 10:00', '2025-04-01 10:00', '2025-05-06 10:00']);
    assert.deepEqual(starts('FREQ=MONTHLY;BYMONTHDAY=3,-1;UNTIL=20250430T235959Z'), ['2025-03-03 10:00', '2025-03-31 10:00', '2025-04-03 10:00', '2025-04-30 10:00']);
    assert.deepEqual(starts('FREQ=YEARLY;BYMONTH=3;COUNT=2'), ['2025-03-03 10:00', '2026-03-03 10:00']);
  });

  test('daily until a date, with RDATE and EXDATE', () => {
    assert.deepEqual(
      starts('FREQ=DAILY;UNTIL=20250306', '20250303T100000', ['EXDATE;TZID=Europe/Paris:20250304T100000', 'RDATE;TZID=Europe/Paris:20250310T100000']),
      ['2025-03-03 10:00', '2025-03-05 10:00', '2025-03-06 10:00', '2025-03-10 10:00'],
    );
  });

  test('unsupported rules and rules that repeat forever are errors naming the line and the part', () => {
    for (const [rule, part] of [
      ['FREQ=WEEKLY', /repeats forever/],
      ['FREQ=HOURLY;COUNT=3', /FREQ=HOURLY/],
      ['FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU;COUNT=2', /BYSETPOS=-1/],
      ['FREQ=WEEKLY;BYDAY=1MO;COUNT=2', /BYDAY=1MO with FREQ=WEEKLY/],
    ]) {
      const error = importError(() => starts(rule));
      assert.deepEqual(codes(error.errors), [['unsupported-feature', '/VCALENDAR/VEVENT/RRULE']], rule);
      assert.match(error.errors[0].message, part);
      assert.match(error.errors[0].message, /line 8|line \d+/);
    }
    const many = importError(() => starts('FREQ=DAILY;COUNT=5000'));
    assert.match(many.errors[0].message, /more than 1000 times/);
  });
});

describe('zones, lines and values', () => {
  test('a Mozilla-style TZID prefix; floating times in X-WR-TIMEZONE; UTC with the zone option', () => {
    const mozilla = importICalendar(calendar(...vevent('DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20250701T090000', 'SUMMARY:A')));
    assert.equal(mozilla.programme.event.timeZone, 'Europe/Berlin');
    const floating = importICalendar(calendar('X-WR-TIMEZONE:America/Montreal', ...vevent('DTSTART:20250701T090000', 'SUMMARY:B')));
    assert.equal(parseProgramme(floating.programme).items[0].start, utc('2025-07-01T13:00:00Z'));
    const zulu = importICalendar(calendar(...vevent('DTSTART:20250701T070000Z', 'SUMMARY:C')), { timeZone: 'Europe/Paris' });
    assert.deepEqual([zulu.programme.event.timeZone, zulu.programme.items[0].start], ['Europe/Paris', '09:00']);
    assert.ok(zulu.warnings.some((w) => w.code === 'assumed-time-zone'));
  });

  test('an unknown TZID without VTIMEZONE, a bad date, a missing SUMMARY: errors with paths and lines', () => {
    const error = importError(() =>
      importICalendar(
        calendar(
          ...vevent('DTSTART;TZID=Nowhere Standard Time:20250701T090000', 'SUMMARY:A'),
          ...vevent('DTSTART:20250231T090000', 'SUMMARY:B'),
          ...vevent('DTSTART:20250701T090000'),
        ),
      ),
    );
    assert.deepEqual(codes(error.errors), [
      ['invalid-time-zone', '/VCALENDAR/VEVENT[1]/DTSTART'],
      ['invalid-date', '/VCALENDAR/VEVENT[2]/DTSTART'],
      ['missing-field', '/VCALENDAR/VEVENT[3]/SUMMARY'],
    ]);
    assert.match(error.errors[0].message, /"Nowhere Standard Time" \(line 7\)/);
  });

  test('syntax: a line that is not a content line, an unclosed component, not a calendar', () => {
    const broken = importError(() => importICalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is not a line\r\nEND:VCALENDAR\r\n'));
    assert.deepEqual(broken.errors.map((e) => [e.code, e.params?.line]), [
      ['invalid-ics', 3],
      ['invalid-ics', 4],
      ['invalid-ics', 2],
      ['invalid-ics', 1],
    ]);
    assert.match(broken.errors[1].message, /END:VCALENDAR does not close the VEVENT opened on line 2/);
    assert.deepEqual(importError(() => importICalendar('hello')).errors.map((e) => e.code), ['invalid-ics', 'invalid-ics']);
  });

  test('lines folded with a tab, LF line ends, CATEGORIES with escaped commas, a private event left out', () => {
    const text = calendar(
      ...vevent('DTSTART;TZID=Europe/Paris:20250701T090000', 'DTEND;TZID=Europe/Paris:20250701T100000', 'SUMMARY:Table ronde sur les', '\tplateformes', 'CATEGORIES:Panel,Droit\\, travail'),
      ...vevent('DTSTART;TZID=Europe/Paris:20250701T110000', 'SUMMARY:Private', 'CLASS:PRIVATE'),
    ).replace(/\r\n/g, '\n');
    const { programme, warnings } = importICalendar(text);
    assert.deepEqual(programme.items.map((i) => [i.title, i.type, i.tags]), [['Table ronde sur lesplateformes', 'panel', ['Droit, travail']]]);
    assert.ok(warnings.some((w) => w.code === 'not-imported' && /private/.test(w.message)));
  });

  test('hostile values stay inert', () => {
    const { programme, warnings } = importICalendar(
      calendar(...vevent('DTSTART:20250701T090000Z', 'SUMMARY:<script>alert(1)</script>', 'URL:javascript:alert(1)', 'DESCRIPTION:<img src=x onerror=alert(1)>ok')),
    );
    assert.equal(programme.items[0].links, undefined);
    assert.ok(warnings.some((w) => w.code === 'unusable-value' && w.path === '/VCALENDAR/VEVENT/URL'));
    assert.equal(programme.items[0].description, 'ok');
    assert.equal(programme.items[0].title, '<script>alert(1)</script>');
  });
});
