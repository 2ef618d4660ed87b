// Time zones (Intl only), DST gaps and overlaps, strict parsing, durations.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isValidTimeZone, zonedToInstant, parseDuration } from '../../dist/model.js';
import {
  parseIsoDate,
  isIsoDate,
  parseLocalTime,
  parseOffsetDateTime,
  zonedDate,
  usesCalendarUnits,
} from '../../dist/model/time.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('isValidTimeZone', () => {
  for (const zone of ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'UTC', 'europe/paris']) {
    test(`accepts ${zone}`, () => assert.equal(isValidTimeZone(zone), true));
  }
  for (const zone of ['', '  ', 'Mars/Olympus', 'Europe/Pariss', '+01:00', 42, null, undefined, {}]) {
    test(`rejects ${JSON.stringify(zone)}`, () => assert.equal(isValidTimeZone(zone), false));
  }
});

describe('zonedToInstant', () => {
  const CASES = [
    // [date, time, zone, instant, status]
    ['2016-07-08', '09:15', 'Europe/Paris', Date.UTC(2016, 6, 8, 7, 15), 'ok'],
    ['2016-01-08', '09:15:30', 'Europe/Paris', Date.UTC(2016, 0, 8, 8, 15, 30), 'ok'],
    // 27 March 2016: 02:00 → 03:00 in Paris.
    ['2016-03-27', '01:59', 'Europe/Paris', Date.UTC(2016, 2, 27, 0, 59), 'ok'],
    ['2016-03-27', '02:00', 'Europe/Paris', Date.UTC(2016, 2, 27, 1, 0), 'gap'],
    ['2016-03-27', '02:30', 'Europe/Paris', Date.UTC(2016, 2, 27, 1, 30), 'gap'],
    ['2016-03-27', '03:00', 'Europe/Paris', Date.UTC(2016, 2, 27, 1, 0), 'ok'],
    ['2016-03-27', '03:30', 'Europe/Paris', Date.UTC(2016, 2, 27, 1, 30), 'ok'],
    // 30 October 2016: 03:00 → 02:00 in Paris.
    ['2016-10-30', '01:59', 'Europe/Paris', Date.UTC(2016, 9, 29, 23, 59), 'ok'],
    ['2016-10-30', '02:00', 'Europe/Paris', Date.UTC(2016, 9, 30, 0, 0), 'ambiguous'],
    ['2016-10-30', '02:30', 'Europe/Paris', Date.UTC(2016, 9, 30, 0, 30), 'ambiguous'],
    ['2016-10-30', '03:00', 'Europe/Paris', Date.UTC(2016, 9, 30, 2, 0), 'ok'],
    // New York, 2016: 13 March 02:00 → 03:00, 6 November 02:00 → 01:00.
    ['2016-07-08', '09:00', 'America/New_York', Date.UTC(2016, 6, 8, 13, 0), 'ok'],
    ['2016-03-13', '02:30', 'America/New_York', Date.UTC(2016, 2, 13, 7, 30), 'gap'],
    ['2016-11-06', '01:30', 'America/New_York', Date.UTC(2016, 10, 6, 5, 30), 'ambiguous'],
    // Kolkata: +05:30 all year.
    ['2016-07-08', '09:15', 'Asia/Kolkata', Date.UTC(2016, 6, 8, 3, 45), 'ok'],
    ['2016-01-01', '00:00', 'Asia/Kolkata', Date.UTC(2015, 11, 31, 18, 30), 'ok'],
    // Lord Howe Island moves its clocks by 30 minutes (02:00 → 02:30).
    ['2016-10-02', '02:15', 'Australia/Lord_Howe', Date.UTC(2016, 9, 1, 15, 45), 'gap'],
    // Samoa skipped 30 December 2011 entirely.
    ['2011-12-30', '12:00', 'Pacific/Apia', Date.UTC(2011, 11, 30, 22, 0), 'gap'],
    ['2016-07-08', '00:00', 'UTC', Date.UTC(2016, 6, 8), 'ok'],
    // 24:00 is the midnight that ends the day.
    ['2016-07-08', '24:00', 'Europe/Paris', Date.UTC(2016, 6, 8, 22, 0), 'ok'],
    // Years below 100 are not shifted to 19xx.
    ['0050-06-01', '00:00', 'UTC', Date.parse('0050-06-01T00:00:00Z'), 'ok'],
  ];
  for (const [date, time, zone, instant, status] of CASES) {
    test(`${date} ${time} ${zone} → ${new Date(instant).toISOString()} (${status})`, () => {
      assert.deepEqual(zonedToInstant(date, time, zone), { instant, status });
    });
  }

  test('a gap shifts forward by its length: 02:30 reads as 03:30 CEST', () => {
    const shifted = zonedToInstant('2016-03-27', '02:30', 'Europe/Paris').instant;
    assert.equal(shifted, zonedToInstant('2016-03-27', '03:30', 'Europe/Paris').instant);
  });

  test('throws RangeError on bad input', () => {
    assert.throws(() => zonedToInstant('2016-02-30', '09:00', 'UTC'), RangeError);
    assert.throws(() => zonedToInstant('2016-02-01', '9:00', 'UTC'), RangeError);
    assert.throws(() => zonedToInstant('2016-02-01', '09:00', 'Nowhere/Land'), RangeError);
  });
});

describe('zonedDate', () => {
  test('is the calendar date in the zone', () => {
    const instant = Date.UTC(2016, 6, 7, 23, 30);
    assert.equal(zonedDate(instant, 'Europe/Paris'), '2016-07-08');
    assert.equal(zonedDate(instant, 'America/New_York'), '2016-07-07');
    assert.equal(zonedDate(instant, 'UTC'), '2016-07-07');
  });
});

describe('strict parsing', () => {
  test('dates must be real calendar dates', () => {
    assert.deepEqual(parseIsoDate('2016-02-29'), { year: 2016, month: 2, day: 29 });
    for (const bad of ['2015-02-29', '2016-02-30', '2016-13-01', '2016-00-10', '2016-04-31', '2016-4-1', '0000-01-01', '16-01-01', '2016-01-01T00:00', ' 2016-01-01', '']) {
      assert.equal(parseIsoDate(bad), undefined, bad);
    }
    assert.equal(isIsoDate('2016-12-31'), true);
    assert.equal(isIsoDate(20161231), false);
  });

  test('local times: 00:00–23:59[:59], 24:00 only as an end', () => {
    assert.deepEqual(parseLocalTime('09:15'), { hour: 9, minute: 15, second: 0 });
    assert.deepEqual(parseLocalTime('23:59:59'), { hour: 23, minute: 59, second: 59 });
    assert.equal(parseLocalTime('24:00'), undefined);
    assert.deepEqual(parseLocalTime('24:00', { allowEndOfDay: true }), { hour: 24, minute: 0, second: 0 });
    assert.equal(parseLocalTime('24:01', { allowEndOfDay: true }), undefined);
    for (const bad of ['9:15', '09:60', '25:00', '09:15:60', '09h15', '09:15 ', 'T09:15', '']) {
      assert.equal(parseLocalTime(bad), undefined, bad);
    }
  });

  test('date-times need an offset', () => {
    assert.equal(parseOffsetDateTime('2016-07-08T09:15:00+02:00').instant, Date.UTC(2016, 6, 8, 7, 15));
    assert.equal(parseOffsetDateTime('2016-07-08T09:15+05:30').instant, Date.UTC(2016, 6, 8, 3, 45));
    assert.equal(parseOffsetDateTime('2016-07-08T09:15:00Z').instant, Date.UTC(2016, 6, 8, 9, 15));
    assert.equal(parseOffsetDateTime('2016-07-08T09:15:00.5-04:00').instant, Date.UTC(2016, 6, 8, 13, 15, 0, 500));
    assert.equal(parseOffsetDateTime('2016-07-08T09:15:00+02:00').date, '2016-07-08');
    for (const bad of ['2016-07-08T09:15:00', '2016-07-08 09:15:00Z', '2016-02-30T09:15:00Z', '2016-07-08T24:00:00Z', '2016-07-08T09:15:00+24:00', '2016-07-08T09:15:00+02:60', '2016-07-08T09:15:00+0200', '2016-07-08']) {
      assert.equal(parseOffsetDateTime(bad), undefined, bad);
    }
  });
});

describe('parseDuration', () => {
  const GOOD = [
    ['PT45M', 45 * MINUTE],
    ['PT1H30M', 90 * MINUTE],
    ['P1DT2H', 26 * HOUR],
    ['PT90S', 90_000],
    ['P1W', 7 * 24 * HOUR],
    ['PT1.5H', 90 * MINUTE],
    ['PT0,5H', 30 * MINUTE],
    ['pt45m', 45 * MINUTE],
    ['PT0S', 0],
    [45, 45 * MINUTE],
    [0, 0],
    [1.5, 90_000],
  ];
  for (const [value, expected] of GOOD) {
    test(`${JSON.stringify(value)} → ${expected} ms`, () => assert.equal(parseDuration(value), expected));
  }
  const BAD = ['P1M', 'P1Y', 'P1Y2M', 'P1MT1H', '-PT1H', 'PT', 'P', 'P1DT', 'PT1.5H30M', 'PT-5M', '45', 'PT45 M', '', 'abc',
    -1, NaN, Infinity, -Infinity, 1e20, null, undefined, {}, []];
  for (const value of BAD) {
    test(`rejects ${typeof value === 'number' ? value : JSON.stringify(value)}`, () => {
      assert.equal(parseDuration(value), undefined);
    });
  }
  test('years and months are recognised for a better message', () => {
    assert.equal(usesCalendarUnits('P1M'), true);
    assert.equal(usesCalendarUnits('P2Y'), true);
    assert.equal(usesCalendarUnits('PT1M'), false);
    assert.equal(usesCalendarUnits('abc'), false);
  });
});
