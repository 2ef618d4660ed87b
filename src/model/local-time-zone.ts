/**
 * The zone of the runtime: the visitor's, in a browser. Its own module, so
 * that an element that only needs this does not carry the model's time-zone
 * arithmetic.
 */

/** The runtime's zone as last read from `Intl`, and when (epoch ms). */
let defaultZone: { zone: string; at: number } | undefined;

/**
 * The runtime's own time zone (the visitor's, in a browser), e.g.
 * `Europe/Paris`. Every running timer asks at each tick: `Temporal.Now`
 * answers in well under a microsecond where the runtime has it; `Intl`'s
 * default zone costs tens of microseconds to read, so it is read again at
 * most once a second (a zone change shows within a second).
 */
export function localTimeZone(): string {
  const temporal = (globalThis as { Temporal?: { Now?: { timeZoneId?: () => string } } }).Temporal;
  if (typeof temporal?.Now?.timeZoneId === 'function') {
    try {
      return temporal.Now.timeZoneId();
    } catch {
      // A partial implementation: Intl below.
    }
  }
  const now = Date.now();
  if (!defaultZone || !(Math.abs(now - defaultZone.at) < 1000)) {
    defaultZone = { zone: new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now };
  }
  return defaultZone.zone;
}
