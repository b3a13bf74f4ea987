/** Day-and-date distractors written the same way as the answer ("Monday, January 10" → "Tuesday, January 11"). */
import { isRealDate } from '@/lib/reader/dates';
import { monthIndex } from '@/lib/extract/dates';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
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
 * Whether a "when" names a calendar date, not only a weekday: "Tuesday" alone is the day of the week a
 * report was filed around, not worth a student's time (reviewers send bare weekdays back as trivia).
 *
 * @example
 * hasCalendarDate('Monday, January 10'); // → true
 * hasCalendarDate('Friday'); // → false
 */
export function hasCalendarDate(when: string | null): when is string {
  return !!when && (MONTH_DAY_RE.test(when) || DAY_MONTH_RE.test(when));
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A "when" worth asking: one that gives a calendar date, or a bare weekday completed with the date the
 * extractor resolved for it ("Wednesday" + 2022-01-12 → "Wednesday, January 12"), only when that date
 * falls on that weekday. Null for a bare weekday nothing dates.
 *
 * @example
 * datedWhen('Wednesday', '2022-01-12'); // → 'Wednesday, January 12'
 * datedWhen('Friday', null); // → null
 */
export function datedWhen(when: string | null, iso: string | null): string | null {
  if (!when) return null;
  // "February 30" names no day: not asked, whatever the text says.
  if (hasCalendarDate(when)) return isPossibleDay(when) ? when : null;
  const wd = weekdayOf(when);
  const m = iso && isRealDate(iso) ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!wd || !m || normaliseDay(when) !== wd) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (WEEKDAYS[(date.getUTCDay() + 6) % 7] !== wd) return null;
  return `${wd}, ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/** The most days each month has (February in a leap year). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a written month and day can be a date: "January 10" can, "February 30" and "April 31" cannot. */
function isPossibleDay(when: string): boolean {
  const md = MONTH_DAY_RE.exec(when);
  const dm = md ? null : DAY_MONTH_RE.exec(when);
  const month = (md?.[1] ?? dm?.[2] ?? '').trim().slice(0, 3).toLowerCase();
  const day = Number(md?.[2] ?? dm?.[1]);
  const index = MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === month);
  return index < 0 || (day >= 1 && day <= (MONTH_DAYS[index] ?? 31));
}

/** "on Wednesday" → "Wednesday": a when that is only a weekday. */
function normaliseDay(when: string): string {
  return when.replace(/^(?:on|last|this|next)\s+/i, '').trim();
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

/** "January 10", "Jan. 10", "10 January": a calendar day written in a text, with its month index. */
const WRITTEN_DAY = /\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b/g;
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Whether a text writes a calendar day of the same month within `within` days (six) of an ISO date: the anchor a
 * reader uses to date "Wednesday" ("the talks Monday, January 10 … the Council on Wednesday").
 *
 * @example
 * writesNearbyDay('Before the talks Monday, January 10 in Geneva', '2022-01-12'); // → true
 */
export function writesNearbyDay(text: string, iso: string, within = 6): boolean {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const month = Number(m[1]) - 1;
  const day = Number(m[2]);
  for (const w of text.matchAll(WRITTEN_DAY)) {
    const mon = MONTH_ABBR.indexOf((w[1] ?? w[4] ?? '').slice(0, 3));
    const d = Number(w[2] ?? w[3]);
    if (mon === month && Math.abs(d - day) <= within) return true;
  }
  return false;
}

/** Whether a report's or a meeting's date is a whole ISO day ("2014-03-16"), not a month, a year or nothing. */
export function isIsoDay(date: string | null | undefined): date is string {
  return !!date && /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/**
 * An ISO date as a reader writes it.
 *
 * @example
 * longDate('2014-03-16'); // → 'March 16, 2014'
 */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${MONTH_NAMES[Number(m[2]) - 1] ?? ''} ${Number(m[3])}, ${m[1]}` : iso;
}

/**
 * The ISO day of a written date a pattern matched as month, day, year (groups 1–3: "May 7, 2012") or day, month,
 * year (groups 4–6: "30 August 2013"), or null when the month or day is none.
 *
 * @example
 * isoOfWrittenDay(/(\p{L}+) (\d+), (\d+)|(\d+) (\p{L}+) (\d+)/u.exec('May 7, 2012')); // → '2012-05-07'
 */
export function isoOfWrittenDay(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const month = monthIndex(m[1] ?? m[5] ?? '');
  const day = Number(m[2] ?? m[4]);
  if (month < 0 || day < 1 || day > 31) return null;
  return `${m[3] ?? m[6]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
