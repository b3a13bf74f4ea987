/**
 * Wall-clock times in a given IANA time zone, with nothing but Intl: a teacher types "Friday 17:00" in
 * their zone, the database stores the instant, and each student reads it in theirs.
 */

import { isTimeZone, offsetMs } from './zones';

export { isTimeZone };

const offsetAt = (instant: number, timeZone: string) => offsetMs(new Date(instant), timeZone);

/**
 * The instant of a wall-clock time ("2026-03-27T17:00", as an `<input type="datetime-local">` sends it) in a
 * zone. A time skipped by a spring-forward change moves on by the gap; a repeated autumn time takes the first.
 *
 * @example
 * zonedTimeToInstant('2026-07-01T17:00', 'Europe/Paris').toISOString() // '2026-07-01T15:00:00.000Z'
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new RangeError(`not a local date and time: ${local}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // The offsets a day either side cover any change on this day; keep the readings that show this wall time.
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const fits = [wall - before, wall - after].filter((t) => t + offsetAt(t, timeZone) === wall);
  return new Date(fits.length ? Math.min(...fits) : wall - before);
}

/**
 * How an instant reads in a zone, for people ("Fri 27 Mar, 17:00").
 *
 * @example
 * formatInZone(new Date('2026-07-01T15:00:00Z'), 'Europe/Paris') // 'Wed, 1 Jul 2026, 17:00'
 */
export function formatInZone(instant: Date, timeZone: string): string {
  // A zone the runtime does not know (an old browser's name) reads as UTC rather than breaking the page.
  return new Intl.DateTimeFormat('en-GB', { timeZone: isTimeZone(timeZone) ? timeZone : 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant).replace(/ at /, ', ');
}

/**
 * The value an `<input type="datetime-local">` shows for an instant in a zone.
 *
 * @example
 * toLocalInputValue(new Date('2026-07-01T15:00:00Z'), 'Europe/Paris') // '2026-07-01T17:00'
 */
export function toLocalInputValue(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}
