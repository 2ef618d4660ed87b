/**
 * Time zones of an iCalendar file. A TZID that is an IANA name
 * (`Europe/Paris`, also behind a prefix such as `/mozilla.org/…/Europe/Paris`)
 * is resolved by `Intl`; any other TZID (`W. Europe Standard Time`,
 * `(GMT+01:00) Paris`) by the rules of its VTIMEZONE: the STANDARD and
 * DAYLIGHT observances with their offsets, onsets, yearly RRULEs and RDATEs.
 */
import { prop, parseIcalDateTime, type IcalComponent } from './ical-parse.js';
import { expandRule, parseRule } from './ical-recur.js';
import { isValidTimeZone, zonedToInstant } from '../time.js';

const DAY = 86_400_000;

/** How local wall times of one TZID become instants. */
export interface ZoneResolver {
  /** The IANA name, when the TZID is (or ends with) one. */
  iana?: string;
  /** The instant of a wall time (`Date.UTC` of its fields) in this zone. */
  toInstant(wall: number): number;
}

/** A TZID as an IANA name: itself, or the IANA name it ends with (`/mozilla.org/20050126_1/Europe/Paris`). */
export function ianaName(tzid: string): string | undefined {
  const trimmed = tzid.trim();
  if (trimmed.includes('/') || /^(UTC|GMT|Etc\/)/.test(trimmed)) {
    if (isValidTimeZone(trimmed) && !trimmed.startsWith('/')) return trimmed;
    const parts = trimmed.split('/').filter(Boolean);
    for (let index = 0; index < parts.length - 1; index++) {
      const candidate = parts.slice(index).join('/');
      if (isValidTimeZone(candidate)) return candidate;
    }
  }
  return isValidTimeZone(trimmed) && /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(trimmed) ? trimmed : undefined;
}

/** A resolver by IANA name, through `Intl`. */
export function ianaResolver(zone: string): ZoneResolver {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    iana: zone,
    toInstant(wall) {
      const d = new Date(wall);
      const date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
      return zonedToInstant(date, time, zone).instant;
    },
  };
}

/** `+0100`, `-0500`, `+053000` → milliseconds. */
function parseOffset(text: string | undefined): number | undefined {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec((text ?? '').trim());
  if (!match) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * ((Number(match[2]) * 60 + Number(match[3])) * 60 + Number(match[4] ?? 0)) * 1000;
}

interface Onset {
  /** The instant the observance starts. */
  instant: number;
  offset: number;
}

/**
 * A resolver from a VTIMEZONE's observances, for the years `fromYear` to
 * `toYear`; `undefined` with the reason when its rules cannot be read.
 */
export function vtimezoneResolver(component: IcalComponent, fromYear: number, toYear: number): ZoneResolver | { problem: string } {
  const onsets: Onset[] = [];
  const horizon = Date.UTC(toYear + 1, 11, 31);
  const observances = component.components.filter((child) => child.name === 'STANDARD' || child.name === 'DAYLIGHT');
  if (observances.length === 0) return { problem: 'it has no STANDARD or DAYLIGHT observance' };
  let earliest: { wall: number; offsetFrom: number } | undefined;
  for (const observance of observances) {
    const start = parseIcalDateTime(prop(observance, 'DTSTART')?.value ?? '');
    const offsetFrom = parseOffset(prop(observance, 'TZOFFSETFROM')?.value);
    const offsetTo = parseOffset(prop(observance, 'TZOFFSETTO')?.value);
    if (!start || offsetFrom === undefined || offsetTo === undefined) {
      return { problem: `its ${observance.name} (line ${observance.line}) needs DTSTART, TZOFFSETFROM and TZOFFSETTO` };
    }
    const wall = wallOf(start.date, start.time ?? '00:00:00');
    if (!earliest || wall < earliest.wall) earliest = { wall, offsetFrom };
    const walls = [wall];
    const rrule = prop(observance, 'RRULE');
    if (rrule) {
      const rule = parseRule(rrule.value);
      if ('unsupported' in rule) return { problem: `its ${observance.name} rule uses ${rule.unsupported}` };
      const untilValue = rule.until === undefined ? undefined : parseIcalDateTime(rule.until);
      const until = untilValue ? wallOf(untilValue.date, untilValue.time ?? '23:59:59') + (untilValue.utc ? offsetFrom : 0) : undefined;
      // Only the years the programme needs: from the year before the first event.
      const from = Math.max(wall, Date.UTC(fromYear - 1, 0, 1));
      const aligned = from === wall ? wall : alignedStart(wall, from);
      walls.push(...expandRule(rule, aligned, until, 1000, horizon));
    }
    for (const rdate of observance.properties.filter((property) => property.name === 'RDATE')) {
      for (const value of rdate.value.split(',')) {
        const parsed = parseIcalDateTime(value);
        if (parsed) walls.push(wallOf(parsed.date, parsed.time ?? start.time ?? '00:00:00'));
      }
    }
    for (const onsetWall of walls) onsets.push({ instant: onsetWall - offsetFrom, offset: offsetTo });
  }
  onsets.sort((a, b) => a.instant - b.instant);
  const before = earliest?.offsetFrom ?? 0;
  const offsetAt = (instant: number): number => {
    let offset = before;
    for (const onset of onsets) {
      if (onset.instant > instant) break;
      offset = onset.offset;
    }
    return offset;
  };
  const offsets = [...new Set([before, ...onsets.map((onset) => onset.offset)])];
  return {
    toInstant(wall) {
      const matches = offsets.map((offset) => wall - offset).filter((instant) => offsetAt(instant) === wall - instant);
      if (matches.length > 0) return Math.min(...matches);
      // A wall time in a gap (clocks go forward): moved forward by the gap, as for IANA zones.
      return wall - offsetAt(wall - DAY);
    },
  };
}

/** The same month, day and time as `wall`, in the year of `from` (a yearly rule's start moved forward). */
function alignedStart(wall: number, from: number): number {
  const start = new Date(wall);
  const year = new Date(from).getUTCFullYear();
  return Date.UTC(year, start.getUTCMonth(), 1, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds());
}

/** A wall time (as if UTC) from an ISO date and `HH:MM:SS`. */
export function wallOf(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day, hour, minute, second ?? 0);
}

/**
 * An IANA zone with the same offsets as `resolver` at every instant of
 * `samples` (for showing a programme from a calendar whose zone has no IANA
 * name): `preferred` when it fits, else the first of `Intl`'s zones that does.
 */
export function matchingIanaZone(resolver: ZoneResolver, samples: readonly number[], preferred?: string, tzid?: string): string | undefined {
  const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  // Zones whose names share a word with the TZID first ("W. Europe Standard Time" → Europe/…, "(GMT+01:00) Paris" → Europe/Paris).
  const words = new Set((tzid ?? '').toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 2));
  const named = (zone: string) => zone.toLowerCase().split(/[/_]/).some((part) => words.has(part));
  const zones = [...(preferred ? [preferred] : []), ...supported.filter(named), ...supported.filter((zone) => !named(zone))];
  const checks = samples.slice(0, 50).map((wall) => ({ wall, instant: resolver.toInstant(wall) }));
  return zones.find((zone) => {
    if (!isValidTimeZone(zone)) return false;
    const iana = ianaResolver(zone);
    return checks.every(({ wall, instant }) => iana.toInstant(wall) === instant);
  });
}
