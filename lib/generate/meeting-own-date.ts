/** Whether a date phrase of a meeting's sentence is the meeting's own, not another verb's or a page's label. */

/** Words that put another event's time between a date and the meeting: "arrived Saturday … following … a meeting". */
const OTHER_TIME = /\b(?:after|following|before|ahead of|prior to|until|since|in the wake of)\b/i;
/** "give a keynote June 4 and engage in talks": a second verb after "and" starts an event of its own. */
const SECOND_VERB = /\s(?:and|then|before)\s+(?!(?:the|a|an|his|her|their|its|other|several|two|three|four|senior|top|[\p{Lu}\d])\b)\p{Ll}/u;
/** "met, Jan 24, 2018 with": a date set off by commas straight after a verb is a page's posting label. */
const PAGE_LABEL_BEFORE = /\b\p{Ll}{2,},\s*$/u;

/**
 * Whether a date phrase is the meeting's own, bound to the meeting's words: not a date of another verb
 * before it ("will give a keynote address … June 4 and engage in bilateral talks"), not the day of an
 * arrival the meeting preceded ("arrived … on Saturday …, following his attendance at a … meeting"), and
 * not a page's posting date pasted into the sentence ("met, Jan 24, 2018 with"). When in doubt, no date.
 *
 * @example
 * const s = 'He will give a keynote address at the Shangri-La Dialogue June 4 and engage in bilateral talks with Lee.';
 * isOwnDate(s, 'June 4', s.indexOf('bilateral talks')); // → false
 */
export function isOwnDate(sentence: string, when: string, at: number): boolean {
  const i = nearestIndex(sentence, when, at);
  if (i < 0) return false;
  if (PAGE_LABEL_BEFORE.test(sentence.slice(Math.max(0, i - 40), i))) return false;
  const between = i < at ? sentence.slice(i + when.length, at) : sentence.slice(at, i);
  if (OTHER_TIME.test(between)) return false;
  return !(i < at && SECOND_VERB.test(between));
}

/** Nothing before a word but spaces or a dateline ("MANILA, Aug. 30, 2013 – "): it opens the sentence. */
const OPENS = /^(?:\p{Lu}[^—–]{0,60}\s[—–]\s+)?\s*$/u;

/** Between a meeting and its "today": a comma or a clause of its own ("talks with Mr Xi, who arrived in Moscow today"). */
const OTHER_CLAUSE = /[,;]|\b(?:who|which|whose|where|when|after|before|since|until|while|as)\b/i;

/**
 * Whether a same-day word is the meeting's own, right beside it ("these talks today took place"), not the day of
 * another verb ("talks with the President of China, who arrived in Moscow today").
 *
 * @example
 * isNextToMeeting('We have ended talks with Mr Xi, who arrived in Moscow today.', 'today', 17); // → false
 */
export function isNextToMeeting(sentence: string, when: string, at: number): boolean {
  const i = nearestIndex(sentence, when, at);
  if (i < 0) return false;
  // "Yesterday, he attended the … meeting": the comma sets off a day that opens the sentence, which is the main clause's.
  const after = sentence.slice(i + when.length, at);
  const between = i < at ? (OPENS.test(sentence.slice(0, i)) ? after.replace(/^,/, '') : after) : sentence.slice(at, i);
  return !OTHER_CLAUSE.test(between);
}

/** Where `text` occurs nearest to `at` in the sentence, or -1. */
function nearestIndex(sentence: string, text: string, at: number): number {
  let best = -1;
  for (let i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  return best;
}
