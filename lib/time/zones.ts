/** A calendar day in some time zone, as 'YYYY-MM-DD'. */
export type DayKey = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Whether a string names a time zone this runtime knows (an IANA name such as "Europe/Paris").
 *
 * @example
 * isTimeZone('America/New_York') // true
 * isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

function partsOf(instant: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/**
 * The calendar day an instant falls on in a time zone.
 *
 * @example
 * dayKeyOf(new Date('2026-03-08T04:30:00Z'), 'America/New_York') // '2026-03-07'
 */
export function dayKeyOf(instant: Date, timeZone: string): DayKey {
  const p = partsOf(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Milliseconds the zone is ahead of UTC at an instant (Paris in summer: +2 h). */
export function offsetMs(instant: Date, timeZone: string): number {
  const p = partsOf(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a calendar day starts in a time zone (DST aware: a day may last 23 or 25 hours).
 *
 * @example
 * startOfDay('2026-03-08', 'America/New_York').toISOString() // '2026-03-08T05:00:00.000Z'
 */
export function startOfDay(day: DayKey, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wallClock = Date.UTC(y, m - 1, d);
  let guess = wallClock - offsetMs(new Date(wallClock), timeZone);
  // The offset at the guess may differ from the one at wall-clock midnight UTC (a DST change in between).
  guess = wallClock - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/**
 * The day `n` days after (or before) a day.
 *
 * @example
 * addDays('2026-02-28', 1) // '2026-03-01'
 */
export function addDays(day: DayKey, n: number): DayKey {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The instant the day after `day` starts: "due today" means due before this. */
export function endOfDay(day: DayKey, timeZone: string): Date {
  return startOfDay(addDays(day, 1), timeZone);
}
