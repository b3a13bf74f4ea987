/**
 * A meeting the report says runs several days: "their three-day summit", "two days of talks", "a multi-day
 * conference". Its single day is no answer to "when did the summit take place?" (blind-32: the day one leader
 * arrived for a three-day summit was keyed as the summit's date), so such a meeting's day is not asked.
 */
import { escapeRegExp } from './text';
import { memoByText } from './memo';

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

/** Where a body writes a count before "day" or "days" (no word boundary falls inside a count, so none is skipped). */
const dayCountsIn = memoByText((body: string): number[] => [...body.matchAll(new RegExp(String.raw`\b${COUNT}(?=[-\s]+days?)`, 'giu'))].map((m) => m.index));
