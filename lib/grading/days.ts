/**
 * A day typed as an answer ("Jan 26", "26 January", "Wednesday, January 26", "the 26th of January 2022"):
 * a blank whose answer is a day is answered by the day, however the student writes it, not by the
 * report's own spelling of it.
 */

import { monthIndex } from '@/lib/extract/dates';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?$/;

export interface TypedDay {
  month: number;
  day: number;
  year: number | null;
}

/** The month a word names ("Jan", "Sept", "january"), 1–12, or null: three letters at least, and a beginning of the month's name. */
function monthOf(word: string): number | null {
  const i = word.length >= 3 ? monthIndex(word) : -1;
  return i >= 0 && MONTHS[i]!.startsWith(word) ? i + 1 : null;
}

/**
 * The day a text names, or null when it names none or says anything else besides. The weekday is allowed
 * and ignored (the month and day say which day it is); a year is kept when written.
 *
 * @example
 * parseTypedDay('Jan 26') // { month: 1, day: 26, year: null }
 * parseTypedDay('Thursday 27 February 2025') // { month: 2, day: 27, year: 2025 }
 * parseTypedDay('26') // null
 */
export function parseTypedDay(text: string): TypedDay | null {
  const words = text.toLowerCase().replace(/[.,()]/g, ' ').split(/\s+/).filter((w) => w && w !== 'the' && w !== 'of');
  let month: number | null = null;
  let day: number | null = null;
  let year: number | null = null;
  for (const w of words) {
    if (WEEKDAYS.test(w)) continue;
    const m = monthOf(w);
    if (m !== null && month === null) {
      month = m;
      continue;
    }
    const n = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(w);
    if (!n) return null;
    const v = Number(n[1]);
    if (n[1]!.length <= 2 && v >= 1 && v <= 31 && day === null) day = v;
    else if (n[1]!.length === 4 && year === null && !/(?:st|nd|rd|th)$/.test(w)) year = v;
    else return null;
  }
  return month !== null && day !== null ? { month, day, year } : null;
}

/** Whether a typed day is the expected one: same month and day, and the same year when both write one. */
export function sameDay(typed: TypedDay, expected: TypedDay): boolean {
  return typed.month === expected.month && typed.day === expected.day && (typed.year === null || expected.year === null || typed.year === expected.year);
}

/** "26 January 2022": the day as the feedback writes it. */
export function dayInWords(d: TypedDay): string {
  const month = MONTHS[d.month - 1]!;
  return `${d.day} ${month[0]!.toUpperCase()}${month.slice(1)}${d.year === null ? '' : ` ${d.year}`}`;
}
