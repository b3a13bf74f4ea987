import { addDays, type DayKey } from '@/lib/time/zones';

export interface Streak {
  /** Days in a row with some study, ending today (or yesterday, when today has none yet). */
  current: number;
  /** The longest run in the days given. */
  longest: number;
  studiedToday: boolean;
}

/**
 * Streaks from the calendar days (in the student's own time zone) on which they studied. Yesterday's
 * streak still counts until today ends, as in every streak app: it is not lost at midnight.
 *
 * @example
 * streakOf(['2026-03-07', '2026-03-08'], '2026-03-09') // { current: 2, longest: 2, studiedToday: false }
 */
export function streakOf(studyDays: Iterable<DayKey>, today: DayKey): Streak {
  const days = new Set(studyDays);
  const studiedToday = days.has(today);
  let current = 0;
  for (let day = studiedToday ? today : addDays(today, -1); days.has(day); day = addDays(day, -1)) current++;
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue;
    let run = 0;
    for (let d = day; days.has(d); d = addDays(d, 1)) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest, studiedToday };
}
