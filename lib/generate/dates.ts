/** Day-and-date distractors written the same way as the answer ("Monday, January 10" → "Tuesday, January 11"). */

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`);
const MONTH_DAY_RE = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)(\d{1,2})\b/;
const DAY_MONTH_RE = /\b(\d{1,2})(\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\b/;

/**
 * Whether a "when" names a day or a date (and so can be asked), rather than "the next day".
 *
 * @example
 * isAbsoluteWhen('Monday, January 10'); // → true
 * isAbsoluteWhen('the next day'); // → false
 */
export function isAbsoluteWhen(when: string | null): when is string {
  return !!when && (WEEKDAY_RE.test(when) || MONTH_DAY_RE.test(when) || DAY_MONTH_RE.test(when));
}

/**
 * The weekday a "when" names, if any.
 *
 * @example
 * weekdayOf('Monday, January 10'); // → 'Monday'
 */
export function weekdayOf(when: string): string | null {
  return WEEKDAY_RE.exec(when)?.[1] ?? null;
}

/**
 * The same "when" moved by `days`, keeping its wording; null when the date would cross a month end.
 *
 * @example
 * shiftWhen('Monday, January 10', 1); // → 'Tuesday, January 11'
 * shiftWhen('Wednesday (Jan 26)', -2); // → 'Monday (Jan 24)'
 */
export function shiftWhen(when: string, days: number): string | null {
  let out = when;
  const wd = weekdayOf(when);
  if (wd) {
    const i = WEEKDAYS.indexOf(wd);
    out = out.replace(WEEKDAY_RE, WEEKDAYS[(((i + days) % 7) + 7) % 7] ?? wd);
  }
  const md = MONTH_DAY_RE.exec(out);
  const dm = md ? null : DAY_MONTH_RE.exec(out);
  const day = md ? Number(md[2]) : dm ? Number(dm[1]) : null;
  if (day !== null) {
    const next = day + days;
    if (next < 1 || next > 28) return null;
    out = md ? out.replace(MONTH_DAY_RE, `$1${next}`) : out.replace(DAY_MONTH_RE, `${next}$2`);
  }
  return out === when ? null : out;
}
