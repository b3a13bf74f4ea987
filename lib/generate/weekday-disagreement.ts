/**
 * A report that dates one meeting by two weekdays: "met top U.S. officials on Tuesday … During the Monday talks,
 * the leaders addressed …" (blind-46: the key took Tuesday; the talks were on Monday). Either day could be the
 * slip, so the day is not asked.
 */
import { escapeRegExp } from '@/lib/extract/chars';
import { WEEKDAYS, weekdayOf } from './dates';

/** The nouns a report names a meeting by, as they follow a weekday ("the Monday talks", "Friday's summit"). */
const MEETING_NOUNS = ['talks', 'meeting', 'meetings', 'summit', 'session', 'discussions', 'negotiations', 'dialogue'];

/**
 * Whether the body names the meeting `what` by a weekday other than the one `when` gives it.
 *
 * @example
 * namesOtherWeekday('They met on Tuesday. During the Monday talks, they spoke of security.', 'on Tuesday', 'talks'); // → true
 */
export function namesOtherWeekday(body: string, when: string, what: string): boolean {
  const day = weekdayOf(when);
  if (!day) return false;
  const nouns = MEETING_NOUNS.filter((n) => new RegExp(`\\b${n}\\b`, 'i').test(what));
  if (nouns.length === 0) return false;
  const others = WEEKDAYS.filter((d) => d !== day).join('|');
  const noun = nouns.map(escapeRegExp).join('|');
  return new RegExp(String.raw`\b(?:the|this|last|that)\s+(?:${others})(?:['’]s)?\s+(?:${noun})\b|\b(?:${others})['’]s\s+(?:${noun})\b`, 'i').test(body);
}
