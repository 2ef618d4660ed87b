/**
 * Instants as programme times: the local time on its day in the event's zone
 * (`day` + `09:30`, what people edit) when that names the instant exactly,
 * else a date-time with the offset it has in the zone (the hour that happens
 * twice when clocks go back).
 */
import type { TimePoint } from './times.js';
import { wallClock, zonedToInstant } from '../time.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The programme time of `instant` in `timeZone`. */
export function pointAt(instant: number, timeZone: string): TimePoint {
  const wall = wallClock(instant, timeZone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}${wall.second ? `:${pad(wall.second)}` : ''}`;
  const exact = instant % 1000 === 0 && zonedToInstant(date, time, timeZone).instant === instant;
  if (exact) return { instant, date, text: time, local: true };
  const offset = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const text = `${date}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { instant, date, text, local: false };
}
