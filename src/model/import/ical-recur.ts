/**
 * Recurrence rules (RFC 5545 RRULE) expanded on the wall clock: the
 * occurrences of an event (or of a VTIMEZONE's daylight-saving changes) as
 * wall-clock times, written as if UTC (`Date.UTC` of the fields), which the
 * caller turns into instants in the event's zone.
 *
 * Supported: FREQ DAILY, WEEKLY, MONTHLY and YEARLY; INTERVAL; COUNT; UNTIL;
 * BYDAY (weekdays; with an ordinal such as `1TU` or `-1SU` in MONTHLY, and in
 * YEARLY with BYMONTH); BYMONTHDAY; BYMONTH; WKST. Not supported (an error
 * names the part): BYSETPOS, BYWEEKNO, BYYEARDAY, BYHOUR, BYMINUTE, BYSECOND,
 * and the frequencies HOURLY, MINUTELY, SECONDLY. A programme is finite: a
 * rule needs COUNT or UNTIL, or the caller gives a bound (VTIMEZONE).
 */

const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface RecurrenceRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  count?: number;
  /** The UNTIL value as written (`20250630`, `20250630T170000Z`). */
  until?: string;
  byDay: { ordinal: number; weekday: number }[];
  byMonthDay: number[];
  byMonth: number[];
  weekStart: number;
}

/** A rule, or the reason it cannot be used. */
export function parseRule(text: string): RecurrenceRule | { unsupported: string } {
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    return { unsupported: freq ? `FREQ=${freq} (supported: DAILY, WEEKLY, MONTHLY, YEARLY)` : 'a rule without FREQ' };
  }
  for (const key of ['BYSETPOS', 'BYWEEKNO', 'BYYEARDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND']) {
    if (parts.has(key)) return { unsupported: `${key}=${parts.get(key) ?? ''}` };
  }
  const interval = Number(parts.get('INTERVAL') ?? 1);
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : undefined;
  if (!Number.isInteger(interval) || interval < 1) return { unsupported: `INTERVAL=${parts.get('INTERVAL') ?? ''}` };
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) return { unsupported: `COUNT=${parts.get('COUNT') ?? ''}` };
  const byDay: { ordinal: number; weekday: number }[] = [];
  for (const entry of (parts.get('BYDAY') ?? '').split(',').filter(Boolean)) {
    const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(entry);
    if (!match) return { unsupported: `BYDAY=${entry}` };
    const ordinal = Number(match[1] ?? 0);
    if (ordinal !== 0 && (freq === 'DAILY' || freq === 'WEEKLY' || (freq === 'YEARLY' && !parts.has('BYMONTH')))) {
      return { unsupported: `BYDAY=${entry} with FREQ=${freq}${freq === 'YEARLY' ? ' without BYMONTH' : ''}` };
    }
    byDay.push({ ordinal, weekday: WEEKDAYS.indexOf(match[2] ?? '') });
  }
  const numbers = (key: string, min: number, max: number): number[] | undefined => {
    const list = (parts.get(key) ?? '').split(',').filter(Boolean).map(Number);
    return list.every((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) >= min && Math.abs(n) <= max) ? list : undefined;
  };
  const byMonthDay = numbers('BYMONTHDAY', 1, 31);
  const byMonth = numbers('BYMONTH', 1, 12);
  if (!byMonthDay) return { unsupported: `BYMONTHDAY=${parts.get('BYMONTHDAY') ?? ''}` };
  if (!byMonth || byMonth.some((month) => month < 0)) return { unsupported: `BYMONTH=${parts.get('BYMONTH') ?? ''}` };
  const weekStart = WEEKDAYS.indexOf(parts.get('WKST') ?? 'MO');
  const until = parts.get('UNTIL');
  return {
    freq,
    interval,
    ...(count !== undefined ? { count } : {}),
    ...(until !== undefined ? { until } : {}),
    byDay,
    byMonthDay,
    byMonth,
    weekStart: weekStart < 0 ? 1 : weekStart,
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days of a month (1-based) a rule selects, in order. */
function monthDays(rule: RecurrenceRule, year: number, month: number, startDay: number): number[] {
  const length = daysInMonth(year, month);
  const days = new Set<number>();
  for (const day of rule.byMonthDay) {
    const resolved = day > 0 ? day : length + day + 1;
    if (resolved >= 1 && resolved <= length) days.add(resolved);
  }
  if (rule.byDay.length > 0) {
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const matching = new Map<number, number[]>();
    for (let day = 1; day <= length; day++) {
      const weekday = (firstWeekday + day - 1) % 7;
      matching.set(weekday, [...(matching.get(weekday) ?? []), day]);
    }
    const byDay = new Set<number>();
    for (const { ordinal, weekday } of rule.byDay) {
      const list = matching.get(weekday) ?? [];
      if (ordinal === 0) list.forEach((day) => byDay.add(day));
      else {
        const day = ordinal > 0 ? list[ordinal - 1] : list[list.length + ordinal];
        if (day !== undefined) byDay.add(day);
      }
    }
    // BYMONTHDAY and BYDAY together: the days in both (the old VTIMEZONE style "8–14 and a Sunday").
    if (rule.byMonthDay.length > 0) return [...days].filter((day) => byDay.has(day)).sort((a, b) => a - b);
    return [...byDay].sort((a, b) => a - b);
  }
  if (rule.byMonthDay.length === 0 && startDay <= length) days.add(startDay);
  return [...days].sort((a, b) => a - b);
}

/**
 * The occurrences of `rule` from `start` (a wall time as if UTC), the start
 * included when it matches; stops at COUNT, at `until` (a wall time, the
 * caller resolves UNTIL), at `limit` occurrences, or past `horizon`.
 */
export function expandRule(rule: RecurrenceRule, start: number, until: number | undefined, limit: number, horizon = Infinity): number[] {
  const first = new Date(start);
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const dayOfMonth = first.getUTCDate();
  const timeOfDay = start - Date.UTC(year, month - 1, dayOfMonth);
  const result: number[] = [];
  const bound = Math.min(until ?? Infinity, horizon);
  const keep = (wall: number): boolean => {
    if (wall < start) return true;
    if (wall > bound) return false;
    const date = new Date(wall);
    if (rule.byMonth.length > 0 && !rule.byMonth.includes(date.getUTCMonth() + 1)) return true;
    result.push(wall);
    return rule.count === undefined || result.length < rule.count;
  };
  for (let period = 0; period < 100_000 && result.length < limit; period++) {
    let candidates: number[];
    if (rule.freq === 'DAILY') {
      const wall = start + period * rule.interval * DAY;
      const date = new Date(wall);
      const weekdayOk = rule.byDay.length === 0 || rule.byDay.some((entry) => entry.weekday === date.getUTCDay());
      const monthDayOk = rule.byMonthDay.length === 0 || rule.byMonthDay.includes(date.getUTCDate());
      candidates = weekdayOk && monthDayOk ? [wall] : [];
      if (wall > bound) break;
    } else if (rule.freq === 'WEEKLY') {
      const startWeekday = first.getUTCDay();
      const weekBegin = Date.UTC(year, month - 1, dayOfMonth - ((startWeekday - rule.weekStart + 7) % 7)) + period * rule.interval * 7 * DAY;
      if (weekBegin > bound) break;
      const weekdays = rule.byDay.length > 0 ? rule.byDay.map((entry) => entry.weekday) : [startWeekday];
      candidates = [...new Set(weekdays)]
        .map((weekday) => weekBegin + ((weekday - rule.weekStart + 7) % 7) * DAY + timeOfDay)
        .sort((a, b) => a - b);
    } else if (rule.freq === 'MONTHLY') {
      const index = month - 1 + period * rule.interval;
      const y = year + Math.floor(index / 12);
      const m = (index % 12) + 1;
      if (Date.UTC(y, m - 1, 1) > bound) break;
      candidates = monthDays(rule, y, m, dayOfMonth).map((day) => Date.UTC(y, m - 1, day) + timeOfDay);
    } else {
      const y = year + period * rule.interval;
      if (Date.UTC(y, 0, 1) > bound) break;
      const months = rule.byMonth.length > 0 ? rule.byMonth : [month];
      candidates = [...months]
        .sort((a, b) => a - b)
        .flatMap((m) => monthDays(rule, y, m, dayOfMonth).map((day) => Date.UTC(y, m - 1, day) + timeOfDay));
    }
    let more = true;
    for (const wall of candidates) {
      more = keep(wall);
      if (!more || result.length >= limit) break;
    }
    if (!more) break;
  }
  return result;
}
