/**
 * A bare weekday in a sentence shown as a stem, dated for the student: "On Thursday [July 7, 2011], Sudan's
 * army demobilized _____ troops" (blind-26: "Also say Thursday = July 7, 2011"). A report writes the weekday of
 * something that happened in the days before it was filed; only that past is dated, counted back from the
 * report's own date. A weekday of something to come is left as written (dated backwards it would be false,
 * as blind-17 found), and so is one the sentence already dates ("Wednesday (Jan 26)"). A "yesterday" is dated the same way.
 */
import { WEEKDAYS, isIsoDay, longDate } from './dates';
import { WEEKDAYS as WEEKDAY_NUMBERS, addDays, nearestWeekday } from '@/lib/extract/dates';

const BARE_WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b(?!\\s*(?:\\(|,?\\s*(?:\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)))`);
/** Words that point ahead or around a weekday, so it is no past day of the report's week. */
const NOT_PAST = /\b(?:will|would|shall|is to|are to|plans?|planned|expected|due|scheduled|set to|next|this coming|coming|every|each|until|till|by|from|since|to be held)\b/i;
const WEEKDAY_BEFORE = /\b(?:next|this|last|every|each|coming|by|until|till|from|since)\s+$/i;
/** A verb in the past tense within a few words after the weekday: "On Thursday, Sudan's army demobilized". */
const PAST_AFTER = /^(?:[^.;:!?]*?\s)?(?:\p{L}+ed|said|met|held|made|took|gave|told|began|left|won|lost|came|went|sent|signed|sought|spoke|struck|fought|brought|set|put|cut|hit|led|flew|ran)\b/iu;

/**
 * The text with its first bare weekday dated in brackets, when it tells of a day before the report's date;
 * the text unchanged otherwise.
 *
 * @example
 * glossWeekday("On Thursday, Sudan's army demobilized _____ troops.", '2011-07-08'); // → "On Thursday [July 7, 2011], Sudan's army demobilized _____ troops."
 * glossWeekday('The ministers will meet on Thursday in Rome.', '2011-07-08'); // → unchanged
 */
export function glossWeekday(text: string, reportDate: string | null | undefined): string {
  const hit = BARE_WEEKDAY.exec(text);
  if (isIsoDay(reportDate) && !hit) return glossYesterday(text, reportDate);
  if (!isIsoDay(reportDate) || !hit || NOT_PAST.test(text) || WEEKDAY_BEFORE.test(text.slice(0, hit.index))) return text;
  const after = text.slice(hit.index + hit[0].length).split(/\s+/).slice(0, 9).join(' ');
  if (!PAST_AFTER.test(` ${after}`)) return text;
  // The weekday on or before the day the report was filed.
  const day = nearestWeekday(reportDate, WEEKDAY_NUMBERS.indexOf((hit[1] ?? '').toLowerCase()), false);
  const at = hit.index + hit[0].length;
  return `${text.slice(0, at)} [${longDate(day)}]${text.slice(at)}`;
}

/**
 * "was recalled by the Egyptian government yesterday" shown in a stem: the day before the report was filed, dated for
 * the student (blind-49: "the stem keeps the article's 'yesterday'").
 *
 * @example
 * glossYesterday('The envoy was recalled yesterday over the killing of _____ officers.', '2011-08-21'); // → 'The envoy was recalled yesterday [August 20, 2011] over the killing of _____ officers.'
 */
function glossYesterday(text: string, reportDate: string): string {
  const hit = /\byesterday\b(?!['’]s)/i.exec(text);
  if (!hit) return text;
  const day = addDays(reportDate, -1);
  const at = hit.index + hit[0].length;
  return `${text.slice(0, at)} [${longDate(day)}]${text.slice(at)}`;
}
