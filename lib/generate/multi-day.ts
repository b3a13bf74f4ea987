/**
 * A meeting the report says runs several days: "their three-day summit", "two days of talks", "a multi-day
 * conference". Its single day is no answer to "when did the summit take place?" (blind-32: the day one leader
 * arrived for a three-day summit was keyed as the summit's date), so such a meeting's day is not asked; nor the day of one call of a visit that ran several days.
 */
import { escapeRegExp } from './text';
import { memoByText } from './memo';
import { headlineReportsMeeting } from './routine-days';

/** How many days, in words or figures: "three-day", "3-day", "several days of", "multi-day". */
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|several|multi|multiple|\d{1,2})`;

/**
 * Whether the article body calls a meeting with the same head noun as `what` a meeting of several days.
 *
 * @example
 * isManyDayMeeting('The leaders will conclude their three-day summit Thursday.', 'Korean summit') // true
 * isManyDayMeeting('After two days of talks in Oslo, the envoys left.', 'talks') // true
 * isManyDayMeeting('The one-day summit ended at noon.', 'summit') // false
 */
export function isManyDayMeeting(body: string, what: string): boolean {
  const head = /([\p{L}\d-]+)\s*$/u.exec(what)?.[1];
  if (!head) return false;
  const noun = escapeRegExp(head);
  // "a three-day summit", "the two-day state visit": the count as the noun's modifier, a few words between.
  const modifier = new RegExp(String.raw`\b${COUNT}[- ]days?(?:[- ]long)?\s+(?:[\p{L}-]+\s+){0,3}${noun}\b`, 'iuy');
  // "two days of talks", "three days of closed-door meetings": the count as a measure of the noun.
  const measure = new RegExp(String.raw`\b${COUNT}\s+days\s+of\s+(?:[\p{L}-]+\s+){0,2}${noun}\b`, 'iuy');
  // Either starts where a count of days does: tried there only, not from every position of the body per meeting.
  return dayCountsIn(body).some((at) => {
    modifier.lastIndex = at;
    measure.lastIndex = at;
    return modifier.test(body) || measure.test(body);
  });
}

/** A journey the report says lasts several days: "a two-day visit", "his three-day trip", "a week-long tour". */
const MANY_DAY_JOURNEY = new RegExp(String.raw`\b(?:${COUNT}[- ]days?|week)(?:[- ]long)?\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|tour|journey|swing)\b`, 'iu');

/** The events a story is about in their own right, whatever journey brought a leader there; or one it names ("Informal Meeting"). */
const OWN_EVENT = /\b(?:summit|conference|council|ministerial|negotiations|forum|assembly|congress)\b/i;
/** A meeting the report names with capitals ("ASEAN-United States Informal Meeting"); case-sensitive, or "the meeting" would pass. */
const NAMED_MEETING = /\p{Lu}\p{Ll}*\s+Meeting\b/u;

/**
 * Whether a meeting is one call of a journey the report says ran several days ("In Hanoi, Cohen met March 14 with
 * top national leaders" in a report of his "two-day visit"): which day of the visit a call fell on is trivia
 * (blind-47 Q14, full-19 Q18: "the exact day within a two-day visit is not worth a student's time"). A summit or
 * a conference the traveller attended is its own event and keeps its day, and so do the talks a report's headline
 * is about ("Afghan President Heads to Washington for Talks").
 *
 * @example
 * isCallOfManyDayVisit('Cohen paid a two-day visit to Vietnam. In Hanoi, Cohen met March 14 with leaders.', 'met'); // → true
 * isCallOfManyDayVisit('He flew in for a three-day visit before the summit.', 'summit'); // → false
 */
export function isCallOfManyDayVisit(body: string, what: string, title = ''): boolean {
  return !OWN_EVENT.test(what) && !NAMED_MEETING.test(what) && !headlineReportsMeeting(title) && MANY_DAY_JOURNEY.test(body);
}

/** Where a body writes a count before "day" or "days" (no word boundary falls inside a count, so none is skipped). */
const dayCountsIn = memoByText((body: string): number[] => [...body.matchAll(new RegExp(String.raw`\b${COUNT}(?=[-\s]+days?)`, 'giu'))].map((m) => m.index));
