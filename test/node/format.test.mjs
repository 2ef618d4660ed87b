// Display formatting through Intl, in English and French, and in several zones.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatDate,
  formatTime,
  formatTimeRange,
  formatDuration,
  formatCountry,
  formatTimeZoneName,
} from '../../dist/model.js';
import { formatDurationFallback, durationParts } from '../../dist/model/duration-format.js';
import { spaces } from './fixtures.mjs';

const START = Date.UTC(2016, 6, 8, 7, 15); // 09:15 in Paris
const END = Date.UTC(2016, 6, 8, 8, 30); // 10:30 in Paris
const EN = { locale: 'en', timeZone: 'Europe/Paris' };
const FR = { locale: 'fr', timeZone: 'Europe/Paris' };

describe('formatDate', () => {
  test('full by default', () => {
    assert.equal(formatDate(START, EN), 'Friday, July 8, 2016');
    assert.equal(formatDate(START, FR), 'vendredi 8 juillet 2016');
  });
  test('other styles', () => {
    assert.equal(formatDate(START, EN, 'long'), 'July 8, 2016');
    assert.equal(formatDate(START, FR, 'long'), '8 juillet 2016');
    assert.match(formatDate(START, FR, 'medium'), /^8 juil\.? 2016$/);
    assert.equal(formatDate(START, FR, 'short'), '08/07/2016');
  });
  test('the date is the one in the given zone', () => {
    const lateEvening = Date.UTC(2016, 6, 7, 23, 30);
    assert.equal(formatDate(lateEvening, EN, 'long'), 'July 8, 2016');
    assert.equal(formatDate(lateEvening, { locale: 'en', timeZone: 'America/New_York' }, 'long'), 'July 7, 2016');
  });
});

describe('formatTime', () => {
  test('hours and minutes in the locale', () => {
    assert.match(spaces(formatTime(START, EN)), /^9:15 AM$/);
    assert.equal(formatTime(START, FR), '09:15');
  });
  test('the same instant in the event zone and in other zones', () => {
    assert.equal(formatTime(START, { locale: 'fr', timeZone: 'Europe/Paris' }), '09:15');
    assert.equal(formatTime(START, { locale: 'fr', timeZone: 'America/New_York' }), '03:15');
    assert.equal(formatTime(START, { locale: 'fr', timeZone: 'Asia/Kolkata' }), '12:45');
    assert.equal(formatTime(START, { locale: 'fr', timeZone: 'UTC' }), '07:15');
  });
  test('an invalid locale falls back to English; an invalid zone throws', () => {
    assert.match(spaces(formatTime(START, { locale: 'not a locale!', timeZone: 'Europe/Paris' })), /^9:15 AM$/);
    assert.throws(() => formatTime(START, { locale: 'en', timeZone: 'Nowhere/Land' }), RangeError);
  });
});

describe('formatTimeRange', () => {
  test('one range, as the locale writes it', () => {
    assert.match(spaces(formatTimeRange(START, END, EN)), /^9:15 ?– ?10:30 AM$/);
    assert.match(spaces(formatTimeRange(START, END, FR)), /^09:15 ?– ?10:30$/);
  });
  test('an open end gives the start only', () => {
    assert.match(spaces(formatTimeRange(START, START, EN)), /^9:15 AM$/);
    assert.equal(formatTimeRange(START, START - 1, FR), '09:15');
  });
  test('a range over midnight shows the dates', () => {
    const nextDay = Date.UTC(2016, 6, 9, 8, 30);
    assert.match(spaces(formatTimeRange(START, nextDay, FR)), /08\/07\/2016.*09:15 ?– ?09\/07\/2016.*10:30/);
  });
  test('in another zone', () => {
    assert.match(spaces(formatTimeRange(START, END, { locale: 'en', timeZone: 'America/New_York' })), /^3:15 ?– ?4:30 AM$/);
  });
});

describe('formatDuration', () => {
  const HOUR = 3_600_000;
  test('English and French (long)', () => {
    assert.equal(spaces(formatDuration(1.5 * HOUR, 'en')), '1 hour, 30 minutes');
    assert.equal(spaces(formatDuration(1.5 * HOUR, 'fr')), '1 heure et 30 minutes');
    assert.equal(spaces(formatDuration(45 * 60_000, 'fr')), '45 minutes');
    assert.equal(spaces(formatDuration(HOUR, 'en')), '1 hour');
    assert.equal(spaces(formatDuration(90_000, 'en')), '1 minute, 30 seconds');
    assert.equal(spaces(formatDuration(0, 'en')), '0 minutes');
  });
  test('short and narrow styles', () => {
    assert.equal(spaces(formatDuration(1.5 * HOUR, 'en', 'short')), '1 hr, 30 min');
    assert.match(spaces(formatDuration(1.5 * HOUR, 'fr', 'short')), /^1 h,? (et )?30 min$/);
    assert.match(spaces(formatDuration(1.5 * HOUR, 'en', 'narrow')), /^1 ?h,? 30 ?m$/);
  });
  test('rejects negative and non-finite durations', () => {
    assert.throws(() => formatDuration(-1, 'en'), RangeError);
    assert.throws(() => formatDuration(NaN, 'en'), RangeError);
  });
  test('durationParts rounds to the second', () => {
    assert.deepEqual(durationParts(3_725_400), { hours: 1, minutes: 2, seconds: 5 });
  });
  test('the fallback (NumberFormat + ListFormat) is what runs without Intl.DurationFormat', () => {
    assert.equal(formatDurationFallback({ hours: 2, minutes: 5 }, 'en'), '2 hours, 5 minutes');
    assert.equal(spaces(formatDurationFallback({ hours: 2, minutes: 5 }, 'fr')), '2 heures et 5 minutes');
    assert.equal(spaces(formatDurationFallback({ seconds: 1 }, 'fr', 'narrow')), '1s');
  });

  describe('with Intl.DurationFormat', () => {
    const calls = [];
    const had = Object.hasOwn(Intl, 'DurationFormat');
    const original = Intl.DurationFormat;
    before(() => {
      Intl.DurationFormat = class {
        constructor(locale, options) {
          this.locale = locale;
          this.options = options;
        }
        format(duration) {
          calls.push({ locale: this.locale, options: this.options, duration });
          return 'formatted by DurationFormat';
        }
      };
    });
    after(() => {
      if (had) Intl.DurationFormat = original;
      else delete Intl.DurationFormat;
    });

    test('delegates to it with the non-zero parts', () => {
      assert.equal(formatDuration(5_400_000, 'fr', 'short'), 'formatted by DurationFormat');
      assert.equal(formatDuration(0, 'en'), 'formatted by DurationFormat');
      assert.deepEqual(calls, [
        { locale: 'fr', options: { style: 'short' }, duration: { hours: 1, minutes: 30 } },
        { locale: 'en', options: { style: 'long' }, duration: { minutes: 0 } },
      ]);
    });
  });
});

describe('formatCountry', () => {
  test('names in the locale', () => {
    assert.equal(formatCountry('CA', 'en'), 'Canada');
    assert.equal(formatCountry('DE', 'en'), 'Germany');
    assert.equal(formatCountry('DE', 'fr'), 'Allemagne');
    assert.equal(formatCountry('es', 'fr'), 'Espagne');
  });
  test('undefined for unknown codes', () => {
    for (const code of ['XX', 'ZZ', 'CAN', '', '12']) assert.equal(formatCountry(code, 'en'), undefined, code);
  });
});

describe('formatTimeZoneName', () => {
  const WINTER = Date.UTC(2016, 0, 8);
  test('long names follow DST', () => {
    assert.equal(formatTimeZoneName('Europe/Paris', 'en', START), 'Central European Summer Time');
    assert.equal(formatTimeZoneName('Europe/Paris', 'en', WINTER), 'Central European Standard Time');
    assert.match(formatTimeZoneName('Europe/Paris', 'fr', START), /^heure d.été d.Europe centrale$/);
  });
  test('generic and offset styles', () => {
    assert.equal(formatTimeZoneName('Europe/Paris', 'en', START, 'longGeneric'), 'Central European Time');
    assert.equal(formatTimeZoneName('Asia/Kolkata', 'en', START, 'shortOffset'), 'GMT+5:30');
    assert.equal(formatTimeZoneName('America/New_York', 'en', START), 'Eastern Daylight Time');
  });
});
