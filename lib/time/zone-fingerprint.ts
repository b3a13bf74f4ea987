/**
 * A time zone's UTC offsets over a year, as a short string: two zones with the same fingerprint give the
 * same "today", streaks and due times all year (Europe/Paris and Europe/Berlin do). The browser's own is
 * read with `Date#getTimezoneOffset`, which costs microseconds, where `Intl.DateTimeFormat()` costs
 * 20–80 ms of a phone's main thread on its first call in a page: the time-zone check of every signed-in
 * page compares fingerprints first and asks Intl only when they differ.
 */
import { offsetMs } from './zones';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Noon UTC on 1 January of `year`, then every 7 days: 53 instants, so a DST change is seen within a week. */
function sampleInstants(year: number): Date[] {
  const start = Date.UTC(year, 0, 1, 12);
  return Array.from({ length: 53 }, (_, week) => new Date(start + week * WEEK_MS));
}

// Minutes behind UTC, as getTimezoneOffset counts them (Paris in summer: -120); never "-0".
const asMinutesBehind = (aheadMs: number) => (aheadMs === 0 ? 0 : -Math.round(aheadMs / 60_000));

const known = new Map<string, string>();

/**
 * The fingerprint of an IANA zone over a year (server side: computed once per zone and year; '' for a
 * zone the runtime does not know).
 *
 * @example
 * zoneFingerprint('Europe/Paris', 2026) === zoneFingerprint('Europe/Berlin', 2026) // true
 * zoneFingerprint('Europe/Paris', 2026) === zoneFingerprint('Europe/London', 2026) // false
 */
export function zoneFingerprint(timeZone: string, year: number): string {
  const key = `${timeZone} ${year}`;
  let found = known.get(key);
  if (found === undefined) {
    try {
      found = sampleInstants(year)
        .map((instant) => asMinutesBehind(offsetMs(instant, timeZone)))
        .join(',');
    } catch {
      // A zone this runtime does not know matches no browser: the page asks Intl, as before.
      found = '';
    }
    if (known.size > 1000) known.clear();
    known.set(key, found);
  }
  return found;
}

/** The fingerprint of the zone this JavaScript runs in (the browser's), without Intl. */
export function localZoneFingerprint(year: number): string {
  return sampleInstants(year)
    .map((instant) => asMinutesBehind(-instant.getTimezoneOffset() * 60_000))
    .join(',');
}
