import { monthIndex } from '@/lib/extract/dates';

/**
 * A report whose own words were written before its date: "The calm, which … expires on December 19, is
 * finished" in a story dated 23 December. A scheduled day in the present or future tense that is already past
 * on the report's date says the text was written earlier (a wiki's page date, a later copy's date); its
 * weekdays ("talks with Bush on Friday") cannot be turned into dates from the report's date (blind-58: a
 * Friday resolved to 26 December was 19 December).
 */
const SCHEDULED_ON = /\b(?:expires|ends|begins|starts|opens|closes|will\s+(?:\w+\s+){0,2}?\w+|is\s+(?:due|set|scheduled|expected|to)\s+(?:to\s+)?\w+|are\s+(?:due|set|scheduled|expected|to)\s+(?:to\s+)?\w+)\s+(?:on\s+)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b(?!,?\s*(?:19|20)\d\d)/gu;

/** The month and day of "December 19" or "19 December", as [month index, day], or null. */
function monthDay(written: string): [number, number] | null {
  const words = written.replace('.', '').split(/\s+/);
  const [first, second] = [words[0] ?? '', words[1] ?? ''];
  const month = /^\d/.test(first) ? monthIndex(second) : monthIndex(first);
  const day = Number(/^\d/.test(first) ? first : second);
  return month < 0 || !day ? null : [month, day];
}

/**
 * Whether the body schedules, in the present or future tense, a day of the report's year that lies before
 * the report's date (two days or more: a late-evening story may carry the next day's date).
 *
 * @example
 * writtenBeforeItsDate('The truce expires on December 19.', '2008-12-23'); // → true
 * writtenBeforeItsDate('The truce expired on December 19.', '2008-12-23'); // → false
 */
export function writtenBeforeItsDate(body: string, reportDate: string | null | undefined): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reportDate ?? '');
  if (!iso) return false;
  const [year, month, day] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  const report = Date.UTC(year, month, day);
  for (const found of body.matchAll(SCHEDULED_ON)) {
    const md = monthDay(found[1] ?? '');
    // Only a day of the report's own months: "expires on March 3" in a December report is next year's.
    if (!md || md[0] > month || month - md[0] > 2) continue;
    if (report - Date.UTC(year, md[0], md[1]) >= 2 * 86_400_000) return true;
  }
  return false;
}
