import { expect } from '@open-wc/testing';
import {
  COUNTDOWN_WITHIN,
  calendarDaysBetween,
  currentAndNext,
  farAway,
  parseWarnBefore,
  tickGranularity,
  timerState,
  transitionKey,
  transitionsBetween,
  transitionsOf,
  warningAt,
  type TimerWindow,
} from '../../../src/components/session-timer/timer-state.js';
import { formatDigits, formatDigitsFallback, formatFarAway, formatSpan, wholeSeconds } from '../../../src/components/session-timer/timer-format.js';
import { parseProgramme } from '../../../src/model.js';
import type { Item } from '../../../src/model/types.js';

const MIN = 60_000;
/** A summer time in Paris (UTC+2). */
const paris = (time: string, date = '2016-07-08') => Date.parse(`${date}T${time}+02:00`);
const seedItems = async (): Promise<Item[]> => parseProgramme(await (await fetch('/examples/digital-era-seminar.json')).json()).items;

describe('timer-state (pure)', () => {
  const window: TimerWindow = { start: paris('10:30'), end: paris('11:15') };

  it('is upcoming before the start, near within the hour', () => {
    const far = timerState(window, paris('09:00'));
    expect(far).to.include({ phase: 'upcoming', warning: false, target: window.start, remaining: 90 * MIN, near: false, elapsed: 0 });
    const near = timerState(window, paris('10:00'));
    expect(near).to.include({ phase: 'upcoming', near: true, remaining: 30 * MIN });
    expect(timerState(window, window.start - COUNTDOWN_WITHIN).near).to.equal(false);
    expect(timerState(window, window.start - COUNTDOWN_WITHIN + 1).near).to.equal(true);
  });

  it('runs from the start (inclusive) to the end (exclusive), with the warning inside', () => {
    const atStart = timerState(window, window.start, 5 * MIN);
    expect(atStart).to.include({ phase: 'running', warning: false, target: window.end, remaining: 45 * MIN, elapsed: 0, duration: 45 * MIN });
    expect(timerState(window, paris('11:09:59'), 5 * MIN).warning).to.equal(false);
    expect(timerState(window, paris('11:10'), 5 * MIN).warning).to.equal(true);
    expect(timerState(window, paris('11:10')).warning, 'no warn-before, no warning').to.equal(false);
    const ended = timerState(window, window.end + 2_000, 5 * MIN);
    expect(ended).to.include({ phase: 'ended', warning: false, remaining: 0, overtime: 2_000, elapsed: 45 * MIN });
  });

  it('starts the warning with the session when warn-before is longer than it, and never for an empty window', () => {
    expect(warningAt(window, 2 * 60 * MIN)).to.equal(window.start);
    expect(warningAt(window, 0)).to.equal(undefined);
    expect(warningAt(window, Number.NaN)).to.equal(undefined);
    expect(warningAt({ start: 5, end: 5 }, MIN)).to.equal(undefined);
  });

  it('lists transitions in time order: an end before the next start at the same instant', async () => {
    const items = await seedItems();
    const windows = items.slice(0, 3).map((item) => ({ start: item.start, end: item.end, item }));
    const list = transitionsOf(windows, 2 * MIN).map((t) => `${t.kind} ${t.window.item?.id ?? ''}`);
    expect(list).to.deep.equal([
      'start welcome',
      'warning welcome',
      'end welcome',
      'start introduction',
      'warning introduction',
      'end introduction',
      'start opening-talk',
      'warning opening-talk',
      'end opening-talk',
    ]);
    const empty = transitionsOf([{ start: 10, end: 10 }, { start: 0, end: 10 }], 0).map((t) => `${t.kind}@${t.at}`);
    expect(empty).to.deep.equal(['start@0', 'end@10', 'start@10', 'end@10']);
  });

  it('finds what was crossed between two looks at the clock (after `from`, up to `to`)', () => {
    const all = transitionsOf([window], 5 * MIN);
    const kinds = (from: number, to: number) => transitionsBetween(all, from, to).map((t) => t.kind);
    expect(kinds(paris('10:00'), paris('10:29'))).to.deep.equal([]);
    expect(kinds(paris('10:00'), window.start)).to.deep.equal(['start']);
    expect(kinds(window.start, paris('10:31'))).to.deep.equal([]);
    expect(kinds(paris('10:00'), paris('12:00'))).to.deep.equal(['start', 'warning', 'end']);
    expect(new Set(all.map(transitionKey)).size).to.equal(3);
  });

  it('picks the current and next item of the seed day', async () => {
    const items = await seedItems();
    const ids = (now: number) => {
      const { current, next } = currentAndNext(items, now);
      return [current?.id, next?.id];
    };
    expect(ids(paris('07:00'))).to.deep.equal([undefined, 'welcome']);
    expect(ids(paris('08:45'))).to.deep.equal(['welcome', 'introduction']);
    expect(ids(paris('09:00'))).to.deep.equal(['introduction', 'opening-talk']);
    expect(ids(paris('11:20'))).to.deep.equal(['coffee-break', 'session-3']);
    expect(ids(paris('13:29'))).to.deep.equal(['lunch', undefined]);
    expect(ids(paris('13:30'))).to.deep.equal([undefined, undefined]);
  });

  it('prefers the item that started last when items overlap', () => {
    const make = (id: string, start: number, end: number) => ({ id, start, end }) as Item;
    const items = [make('plenary', 0, 100), make('workshop', 20, 50), make('later', 60, 70)];
    expect(currentAndNext(items, 30).current?.id).to.equal('workshop');
    expect(currentAndNext(items, 55).current?.id).to.equal('plenary');
    expect(currentAndNext(items, 55).next?.id).to.equal('later');
  });

  it('asks the clock for seconds only while seconds are shown', () => {
    const options = { digitsAlways: false, overtime: false };
    expect(tickGranularity(timerState(window, paris('08:00')), options)).to.equal('minute');
    expect(tickGranularity(timerState(window, paris('09:29:30')), options), 'the last minute before the countdown').to.equal('second');
    expect(tickGranularity(timerState(window, paris('10:00')), options)).to.equal('second');
    expect(tickGranularity(timerState(window, paris('08:00')), { ...options, digitsAlways: true })).to.equal('second');
    expect(tickGranularity(timerState(window, paris('11:00')), options)).to.equal('second');
    expect(tickGranularity(timerState(window, paris('12:00')), options)).to.equal(undefined);
    expect(tickGranularity(timerState(window, paris('12:00')), { ...options, overtime: true })).to.equal('second');
  });

  it('counts calendar days in the zone, across DST changes', () => {
    expect(calendarDaysBetween(paris('23:30', '2016-07-07'), paris('00:10', '2016-07-08'), 'Europe/Paris')).to.equal(1);
    expect(calendarDaysBetween(paris('00:10', '2016-07-08'), paris('23:50', '2016-07-08'), 'Europe/Paris')).to.equal(0);
    // 23:30 in Paris on 7 July is 17:30 in New York on the same day.
    expect(calendarDaysBetween(paris('23:30', '2016-07-07'), paris('08:00', '2016-07-08'), 'America/New_York')).to.equal(1);
    expect(calendarDaysBetween(Date.parse('2016-10-29T12:00+02:00'), Date.parse('2016-10-31T12:00+01:00'), 'Europe/Paris')).to.equal(2);
    expect(calendarDaysBetween(Date.parse('2016-03-26T23:00+01:00'), Date.parse('2016-03-28T00:30+02:00'), 'Europe/Paris')).to.equal(2);
  });

  it('says far-away starts in days, weeks, months or years', () => {
    const target = paris('08:45');
    const day = 24 * 60 * MIN;
    expect(farAway(paris('10:00', '2016-07-07'), target, 'Europe/Paris')).to.deep.equal({ unit: 'day', value: 1, withTime: true });
    expect(farAway(paris('06:00'), target, 'Europe/Paris')).to.deep.equal({ unit: 'day', value: 0, withTime: true });
    expect(farAway(target - 3 * day, target, 'Europe/Paris')).to.deep.equal({ unit: 'day', value: 3, withTime: false });
    expect(farAway(target - 21 * day, target, 'Europe/Paris')).to.deep.equal({ unit: 'week', value: 3, withTime: false });
    expect(farAway(target - 120 * day, target, 'Europe/Paris')).to.deep.equal({ unit: 'month', value: 4, withTime: false });
    expect(farAway(target - 800 * day, target, 'Europe/Paris')).to.deep.equal({ unit: 'year', value: 2, withTime: false });
  });

  it('reads warn-before as an ISO duration or minutes', () => {
    expect(parseWarnBefore('PT5M')).to.equal(5 * MIN);
    expect(parseWarnBefore('5')).to.equal(5 * MIN);
    expect(parseWarnBefore(' 2.5 ')).to.equal(2.5 * MIN);
    expect(parseWarnBefore(10)).to.equal(10 * MIN);
    expect(parseWarnBefore('PT1H30S')).to.equal(60 * MIN + 30_000);
    expect(parseWarnBefore('soon')).to.equal(undefined);
    expect(parseWarnBefore('-5')).to.equal(undefined);
    expect(parseWarnBefore(null)).to.equal(undefined);
    expect(parseWarnBefore('')).to.equal(undefined);
  });
});

describe('timer-format (pure)', () => {
  it('writes mm:ss under an hour and hh:mm:ss from an hour, with Intl', () => {
    expect(formatDigits(135_000, 'en')).to.equal('02:15');
    expect(formatDigits(3_723_000, 'en')).to.equal('01:02:03');
    expect(formatDigits(75 * 3_600_000, 'fr')).to.equal('75:00:00');
    expect(formatDigits(0, 'fr')).to.equal('00:00');
    expect(formatDigits(-5, 'en'), 'never negative').to.equal('00:00');
  });

  it('rounds a countdown up and a count-up down', () => {
    expect(formatDigits(134_001, 'en', 'up')).to.equal('02:15');
    expect(formatDigits(135_999, 'en', 'down')).to.equal('02:15');
    expect(wholeSeconds(59_999.5, 'up')).to.deep.equal({ hours: 0, minutes: 1, seconds: 0 });
  });

  it('has a NumberFormat fallback that writes the same digits', () => {
    for (const ms of [0, 135_000, 3_723_000, 36_000_000]) {
      const parts = wholeSeconds(ms, 'up');
      expect(formatDigitsFallback(parts, 'en')).to.equal(formatDigits(ms, 'en'));
      expect(formatDigitsFallback(parts, 'fr')).to.equal(formatDigits(ms, 'fr'));
    }
    expect(formatDigitsFallback(wholeSeconds(135_000, 'up'), 'not a locale!')).to.equal('02:15');
  });

  it('says far away in the reader’s language', () => {
    expect(formatFarAway({ unit: 'day', value: 3, withTime: false }, 'en')).to.equal('in 3 days');
    expect(formatFarAway({ unit: 'day', value: 1, withTime: true }, 'en')).to.equal('tomorrow');
    expect(formatFarAway({ unit: 'day', value: 1, withTime: true }, 'fr')).to.equal('demain');
    expect(formatFarAway({ unit: 'week', value: 3, withTime: false }, 'fr')).to.equal('dans 3 semaines');
  });

  it('writes a span with its date, as the locale writes ranges', () => {
    const span = formatSpan(paris('10:30'), paris('11:15'), 'fr', 'Europe/Paris');
    expect(span).to.contain('vendredi 8 juillet 2016');
    expect(span).to.match(/10:30\s–\s11:15/);
    expect(formatSpan(paris('10:30'), paris('10:30'), 'en', 'Europe/Paris')).to.match(/July 8, 2016.*10:30/);
  });
});
