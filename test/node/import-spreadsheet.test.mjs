// Importing spreadsheets: CSV from Excel (French, semicolons), cells pasted
// from Google Sheets (TSV, quoted multi-line cells, a title per language) and
// LibreOffice CSV (German dates and times); the column guess in five
// languages; dates, times and durations as people type them; and the errors
// a spreadsheet user meets, with cell references.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  ImportError,
  guessColumns,
  guessHeader,
  guessHeaderLanguage,
  importProgramme,
  importSpreadsheet,
  parseDelimited,
  parseProgramme,
  sniffDelimiter,
  validateProgramme,
  columnName,
} from '../../dist/model.js';
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

describe('delimited text', () => {
  test('quoted cells: delimiters, doubled quotes and line breaks inside; CRLF, CR and LF; a BOM', () => {
    const text = '\uFEFFa;"b;c";"say ""hi"""\r\n"multi\r\nline";x;\ry;z;w\n';
    const { delimiter, rows } = parseDelimited(text);
    assert.equal(delimiter, ';');
    assert.deepEqual(rows.map((r) => r.cells), [['a', 'b;c', 'say "hi"'], ['multi\nline', 'x', ''], ['y', 'z', 'w']]);
    assert.deepEqual(rows.map((r) => r.line), [1, 2, 4]);
  });

  test('the delimiter: tabs from a clipboard, semicolons from European Excel, commas', () => {
    assert.equal(sniffDelimiter('a\tb, c\td\n1\t2, 3\t4'), '\t');
    assert.equal(sniffDelimiter('Titre;Début\n"Un, deux";9h30\nTrois;10h'), ';');
    assert.equal(sniffDelimiter('Title,Start\n"One; two",9:30\nThree,10:00'), ',');
    // Rows of one cell say nothing: a comma in one title does not make commas the delimiter.
    assert.equal(sniffDelimiter(fixtureText('spreadsheet-excel-fr.csv')), ';');
  });

  test('an unclosed quote is an error naming its line', () => {
    const error = importError(() => importSpreadsheet('Titre;Début\n"Ouverture;9h30\nPause;10h30\n'));
    assert.deepEqual(codes(error.errors), [['invalid-csv', 'line 2']]);
    assert.equal(error.errors[0].params.line, 2);
    assert.match(error.errors[0].message, /opens on line 2 and is never closed/);
  });

  test('column names: A, Z, AA, AZ, BA', () => {
    assert.deepEqual([0, 25, 26, 51, 52].map(columnName), ['A', 'Z', 'AA', 'AZ', 'BA']);
  });
});

describe('the column guess', () => {
  const cases = [
    // English, French, German, Spanish, Italian headers as people write them.
    [['Date', 'Start time', 'End', 'Title', 'Speakers', 'Moderator', 'Room', 'Track', 'Type', 'Link'], ['day', 'start', 'end', 'title', 'speakers', 'moderators', 'room', 'track', 'type', 'link'], 'en'],
    [['Jour', 'Heure de début', 'Heure de fin', 'Intitulé', 'Intervenant·e·s', 'Animation', 'Salle', 'Durée'], ['day', 'start', 'end', 'title', 'speakers', 'moderators', 'room', 'duration'], 'fr'],
    [['Datum', 'Beginn', 'Ende', 'Titel', 'Referent*innen', 'Moderation', 'Raum', 'Sprache'], ['day', 'start', 'end', 'title', 'speakers', 'moderators', 'room', 'language'], 'de'],
    [['Fecha', 'Hora de inicio', 'Hora de fin', 'Título', 'Ponentes', 'Moderador', 'Sala', 'Descripción'], ['day', 'start', 'end', 'title', 'speakers', 'moderators', 'room', 'description'], 'es'],
    [['Giorno', 'Ora di inizio', 'Ora di fine', 'Titolo', 'Relatori', 'Moderatore', 'Aula', 'Descrizione'], ['day', 'start', 'end', 'title', 'speakers', 'moderators', 'room', 'description'], 'it'],
  ];
  for (const [header, fields, language] of cases) {
    test(`${language}: ${header.join(', ')}`, () => {
      assert.deepEqual(guessColumns([header, header.map(() => 'x')]).map((c) => c?.field ?? null), fields);
      assert.equal(guessHeaderLanguage(header), language);
    });
  }

  test('a title per language; unknown headers are not guessed; each field once', () => {
    assert.deepEqual(guessHeader('Titre (fr)'), { field: 'title', lang: 'fr' });
    assert.deepEqual(guessHeader('Title EN'), { field: 'title', lang: 'en' });
    assert.deepEqual(guessHeader('description_de'), { field: 'description', lang: 'de' });
    assert.deepEqual(guessHeader('Heure de fin'), { field: 'end' });
    assert.equal(guessHeader('Interne Bemerkung'), undefined);
    assert.equal(guessHeader(''), undefined);
    const columns = guessColumns([['Title', 'Titre', 'Titel (de)', 'Room'], ['a', 'b', 'c', 'd']]);
    assert.deepEqual(columns, [{ field: 'title' }, null, { field: 'title', lang: 'de' }, { field: 'room' }]);
  });

  test('without a header row: from the values', () => {
    const rows = [
      ['08/07/2016', '9h30', '10h15', 'Ouverture', 'Jean Dupont', 'Amphi A'],
      ['08/07/2016', '10h15', '10h45', 'Pause café', '', ''],
    ];
    assert.deepEqual(guessColumns(rows).map((c) => c?.field ?? null), ['day', 'start', 'end', 'title', 'speakers', 'room']);
    assert.deepEqual(guessColumns([['9:00-10:30', 'Keynote']]).map((c) => c?.field ?? null), ['start', 'title']);
  });
});

describe('Excel, French, semicolons', () => {
  const { programme, format, warnings } = importProgramme(fixtureText('spreadsheet-excel-fr.csv'), { timeZone: 'Europe/Paris', title: 'Faire collectif' });
  const item = (id) => programme.items.find((i) => i.id === id);

  test('auto detects csv; valid; French texts', () => {
    assert.equal(format, 'csv');
    assert.deepEqual(validateProgramme(programme).errors, []);
    assert.equal(programme.event.defaultLanguage, 'fr');
    assert.equal(programme.event.title, 'Faire collectif');
    assert.deepEqual(programme.event.days, ['2025-03-25', '2025-03-26']);
    assert.deepEqual(codes(warnings), [['assumed-time-zone', '']]);
  });

  test('a day given once for the rows below; types from French words; the title tells a meal', () => {
    assert.deepEqual(
      programme.items.map((i) => [i.day, i.start, i.type]),
      [
        ['2025-03-25', '08:45', 'welcome'],
        ['2025-03-25', '09:15', 'talk'],
        ['2025-03-25', '10:30', 'break'],
        ['2025-03-25', '11:00', 'roundtable'],
        ['2025-03-25', '12:30', 'meal'],
        ['2025-03-26', '09:30', 'session'],
        ['2025-03-26', '17:00', 'recap'],
      ],
    );
  });

  test('speakers with their titles, moderators, a quoted multi-line description, durations', () => {
    const talk = item('les-plateformes-cooperatives');
    assert.deepEqual(talk.speakers, [{ id: 'ana-garcia' }, { id: 'jean-dupont' }, { id: 'claire-martin', role: 'moderator' }]);
    assert.equal(talk.description, 'Trois cas :\n- la livraison\n- le soin\n- la traduction');
    assert.deepEqual(programme.speakers.find((s) => s.id === 'bob-smith'), { id: 'bob-smith', name: 'Bob Smith', title: 'Université de Lyon' });
    assert.equal(item('table-ronde-le-travail-a-l-ere-numerique').title, 'Table ronde : "le travail" à l\'ère numérique');
    assert.equal(item('pause-cafe').duration, 'PT30M');
    assert.equal(item('atelier-ecrire-un-programme').duration, 'PT1H30M'); // "1,5 h"
    assert.deepEqual(item('atelier-ecrire-un-programme').tags, ['Atelier']);
  });
});

describe('Google Sheets, pasted cells (TSV), English with French titles', () => {
  const text = fixtureText('spreadsheet-sheets-en.tsv');
  const { programme, warnings } = importProgramme(text, { timeZone: 'Europe/Paris' });
  const parsed = parseProgramme(programme);

  test('US dates and AM/PM ranges; a title per language', () => {
    assert.deepEqual(programme.items.map((i) => [i.day, i.start, i.end]), [
      ['2025-03-25', '09:00', '09:45'],
      ['2025-03-25', '10:00', '11:00'],
      ['2025-03-25', '11:00', '11:15'],
      ['2025-03-26', '14:00', '15:30'],
    ]);
    assert.deepEqual(programme.items[0].title, { en: 'Opening keynote', fr: "Conférence d'ouverture" });
    assert.deepEqual(programme.items[1].title, { en: 'Workers and platforms: a panel', fr: 'Travailleurs et plateformes : une table ronde' });
    assert.equal(programme.items[3].title, 'Hands-on workshop');
  });

  test('a multi-line speakers cell is three speakers; types from the Format column; tracks', () => {
    assert.deepEqual(parsed.items[1].speakers.map((s) => s.speaker.name), ['Bob Smith', 'Claire Martin', 'Ana García']);
    assert.deepEqual(programme.items.map((i) => i.type), ['keynote', 'panel', 'break', 'session']);
    assert.deepEqual(programme.tracks.map((t) => t.name), ['Platforms', 'Tools']);
  });

  test('a javascript: link is reported at its cell, not imported', () => {
    assert.deepEqual(codes(warnings), [['assumed-time-zone', ''], ['unusable-value', 'I5']]);
    assert.equal(programme.items[3].links, undefined);
    assert.deepEqual(programme.items[0].links, [{ url: 'https://example.org/keynote' }]);
  });
});

describe('LibreOffice, German, commas', () => {
  const { programme, warnings } = importProgramme(fixtureText('spreadsheet-libreoffice-de.csv'), { timeZone: 'Europe/Berlin' });

  test('German dates and "9.15–10.30 Uhr" ranges; past midnight; an unknown column reported', () => {
    assert.equal(programme.event.defaultLanguage, 'de');
    assert.deepEqual(programme.items.map((i) => [i.day, i.start, i.end ?? i.duration, i.type]), [
      ['2016-07-08', '09:15', '10:30', 'welcome'],
      ['2016-07-08', '10:30', '11:00', 'break'],
      ['2016-07-08', '11:00', '12:30', 'panel'],
      ['2016-07-08', '22:00', 'PT3H', 'other'],
    ]);
    assert.deepEqual(codes(warnings), [['assumed-time-zone', ''], ['not-imported', 'F:F']]);
    assert.match(warnings[1].message, /"Interne Bemerkung" \(1 value\) is not imported/);
    assert.equal(programme.items[0].id, 'begrussung-und-einfuhrung');
  });
});

describe('values as typed', () => {
  const one = (row, options = {}) => importSpreadsheet(`Date\tStart\tEnd\tTitle\n${row}`, { timeZone: 'Europe/Paris', ...options }).programme.items[0];

  const dates = [
    ['2025-03-04', '2025-03-04'],
    ['4/3/2025', '2025-03-04'],
    ['04.03.25', '2025-03-04'],
    ['mardi 4 mars 2025', '2025-03-04'],
    ['Tuesday, March 4, 2025', '2025-03-04'],
    ['4. März 2025', '2025-03-04'],
    ['4 de marzo de 2025', '2025-03-04'],
    ['martedì 4 marzo 2025', '2025-03-04'],
    ['4 févr. 2025', '2025-02-04'],
    ['45720', '2025-03-04'], // an Excel serial
  ];
  for (const [text, date] of dates) test(`date ${JSON.stringify(text)}`, () => assert.equal(one(`${text}\t10:00\t11:00\tA`).day, date));

  const times = [
    ['9h30', '09:30'], ['9 h 30', '09:30'], ['9.30', '09:30'], ['14 Uhr', '14:00'], ['2:30 PM', '14:30'], ['12:15 a.m.', '00:15'],
    ['0.5', '12:00'], ['0,395833333', '09:30'], ['09:30:00', '09:30'], ['9h', '09:00'],
  ];
  for (const [text, time] of times) test(`time ${JSON.stringify(text)}`, () => assert.equal(one(`2025-03-04\t${text}\t\tA`).start, time));

  test('durations: minutes, 1h30, 1:30, decimal hours with a comma, ISO, a fraction of a day', () => {
    const duration = (text) => importSpreadsheet(`Date\tStart\tDuration\tTitle\n2025-03-04\t10:00\t${text}\tA`, { timeZone: 'UTC' }).programme.items[0].duration;
    assert.deepEqual(['45', '45 min', "90'", '1h30', '1:30', '1,5 h', '1.5 hours', 'PT45M', '0,0625'].map(duration), [
      'PT45M', 'PT45M', 'PT1H30M', 'PT1H30M', 'PT1H30M', 'PT1H30M', 'PT1H30M', 'PT45M', 'PT1H30M',
    ]);
  });

  test('ambiguous dates are read day first, with a warning; mdy when asked; the sheet decides when one date tells', () => {
    const text = 'Date\tStart\tTitle\n03/04/2025\t10:00\tA\n';
    const ambiguous = importSpreadsheet(text, { timeZone: 'UTC' });
    assert.equal(ambiguous.programme.items[0].day, '2025-04-03');
    assert.ok(ambiguous.warnings.some((w) => w.code === 'assumed-date-order' && w.path === 'A:A'));
    assert.equal(importSpreadsheet(text, { timeZone: 'UTC', dateOrder: 'mdy' }).programme.items[0].day, '2025-03-04');
    const told = importSpreadsheet(`${text}03/25/2025\t10:00\tB\n`, { timeZone: 'UTC' });
    assert.deepEqual(told.programme.items.map((i) => i.day), ['2025-03-04', '2025-03-25']);
    assert.ok(!told.warnings.some((w) => w.code === 'assumed-date-order'));
  });

  test('a date without a year takes the year of the sheet; the date option for a sheet without dates', () => {
    const text = 'Jour\tDébut\tTitre\nvendredi 8 juillet 2016\t9h\tA\nsamedi 9 juillet\t9h\tB\n';
    assert.deepEqual(importSpreadsheet(text, { timeZone: 'UTC' }).programme.event.days, ['2016-07-08', '2016-07-09']);
    const undated = importSpreadsheet('Début\tTitre\n9h30\tOuverture\n10h\tPause\n', { timeZone: 'Europe/Paris', date: '2016-07-08' });
    assert.deepEqual(undated.programme.items.map((i) => [i.day, i.start, i.type]), [['2016-07-08', '09:30', 'welcome'], ['2016-07-08', '10:00', 'break']]);
  });

  test('the time across a DST change is read on the wall clock of the zone', () => {
    const parsed = parseProgramme(importSpreadsheet('Date\tStart\tEnd\tTitle\n2025-03-30\t01:30\t03:30\tNight\n', { timeZone: 'Europe/Paris' }).programme);
    assert.equal(parsed.items[0].end - parsed.items[0].start, 60 * 60 * 1000); // 02:00 → 03:00 skipped
  });
});

describe('what a spreadsheet user gets wrong', () => {
  test('no start or title column: an error listing the columns', () => {
    const error = importError(() => importSpreadsheet('Nom;Lieu\nA;B\n'));
    assert.deepEqual(error.errors.map((e) => [e.code, e.params.field]), [['missing-field', 'start'], ['missing-field', 'title']]);
    assert.match(error.errors[0].message, /The columns are: "Nom", "Lieu"\./);
  });

  test('bad cells are errors at their cell, with the line; every one is listed', () => {
    const text = 'Date;Start;Title\n2025-02-30;10:00;A\n2025-03-04;25:00;B\n2025-03-04;"10:00\n";\n;11:00;D\n';
    const error = importError(() => importSpreadsheet(text, { timeZone: 'UTC' }));
    assert.deepEqual(codes(error.errors), [['invalid-date', 'A2'], ['invalid-time', 'B3'], ['missing-field', 'C4']]);
    assert.equal(error.errors[1].params.line, 3);
    assert.match(error.errors[2].message, /Row 4 \(line 4\) has no title/);
  });

  test('no day anywhere: an error that says how to give one', () => {
    const error = importError(() => importSpreadsheet('Start\tTitle\n10:00\tA\n'));
    assert.deepEqual(codes(error.errors), [['missing-day', '2:2']]);
    assert.match(error.errors[0].message, /add a day column/);
  });

  test('a heading row is reported, not an item; empty rows are skipped; rows of cells work too', () => {
    const result = importSpreadsheet([['Date', 'Start', 'Title'], ['2025-03-04', '', ''], ['', '', ''], ['', '', 'Morning'], ['', '09:00', 'A']], { timeZone: 'UTC' });
    assert.deepEqual(result.programme.items.map((i) => [i.day, i.title]), [['2025-03-04', 'A']]);
    assert.deepEqual(codes(result.warnings).slice(1), [['not-imported', '4:4']]);
  });

  test('the columns option overrides the guess (null skips a column)', () => {
    const text = 'Quand\tQuoi\tQui\tNotes\n2025-03-04 09:00\tOuverture\tAna\tx\n';
    const result = importSpreadsheet(text, { timeZone: 'UTC', columns: [{ field: 'start' }, { field: 'title' }, { field: 'speakers' }, null] });
    assert.deepEqual(result.programme.items.map((i) => [i.day, i.start, i.title, i.speakers]), [['2025-03-04', '09:00', 'Ouverture', [{ id: 'ana' }]]]);
    assert.ok(!result.warnings.some((w) => w.code === 'not-imported'));
  });

  test('hostile text stays text; an empty sheet is an error', () => {
    const result = importSpreadsheet('Date\tStart\tTitle\tLink\n2025-03-04\t09:00\t<img src=x onerror=alert(1)>\thttps://ok.example.org javascript:alert(1)\n', { timeZone: 'UTC' });
    assert.equal(result.programme.items[0].title, '<img src=x onerror=alert(1)>');
    assert.deepEqual(result.programme.items[0].links, [{ url: 'https://ok.example.org/' }].map((l) => ({ url: l.url.replace(/\/$/, '') })));
    assert.deepEqual(importError(() => importSpreadsheet('\n\n;;\n')).errors.map((e) => e.code), ['missing-field']);
  });
});
