const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday a phrase names (0 = Sunday), or null: "Monday, January 10" → 1. */
export function weekdayIn(text: string | null): number | null {
  const match = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(text ?? '');
  return match ? WEEKDAYS.indexOf(match[1]!.toLowerCase()) : null;
}

/** The weekday of a YYYY-MM-DD date, in UTC so the machine's zone never moves it. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar date to show for an event: the date the extraction resolved from an anchor in the article,
 * kept only when it is a real date and agrees with the weekday the article writes. Anything else is
 * "date not given": a date is never guessed.
 *
 * @example
 * shownDate('2022-01-10', 'Monday, January 10') // '2022-01-10'
 * shownDate('2022-01-11', 'Monday')             // null (2022-01-11 is a Tuesday)
 * shownDate(null, 'Wednesday')                  // null
 */
export function shownDate(resolved: string | null, whenText: string | null): string | null {
  if (!resolved || !ISO_DATE.test(resolved) || !isRealDate(resolved)) return null;
  const weekday = weekdayIn(whenText);
  return weekday === null || weekday === weekdayOf(resolved) ? resolved : null;
}

/**
 * "2022-02-30" is not a day: parsing rolls it over to March, so compare the round trip.
 *
 * @example
 * isRealDate('2022-02-28') // true
 * isRealDate('2022-02-30') // false
 */
export function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * A date in words, the way a reader says it.
 *
 * @example
 * formatDate('2022-01-10') // 'Monday 10 January 2022'
 */
export function formatDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).replace(',', '');
}
