/**
 * Days counted from the report's own day: "on Monday", "tomorrow", "yesterday evening", "this week". A meeting
 * dated so, with no place in its own words, is held where the article is set, as one dated "today" is; the
 * annotators place it so ("Mr. Kerry was to meet with at least eight African leaders separately on Monday", in a
 * story from Washington). A calendar date or a far time ("next month", "in 1990") may be anywhere. Only a coming day
 * is read so: a past one ("met yesterday", "after meeting with Trump Wednesday evening") may be before the reporter's
 * trip to where the story is filed ("WASHINGTON — … meetings with Saudi Arabia's king, he said yesterday in Jiddah").
 */
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|yesterday)';
const PART = '(?:\\s+(?:morning|afternoon|evening|night))?';
export const NEAR_PRESENT_WHEN = new RegExp(`^(?:(?:on\\s+)?${DAY}${PART}|(?:earlier |later )?this week|tonight)$`, 'i');

/** "will meet", "was to meet", "is due to hold", "he'll visit": the sentence tells of a meeting still to come. */
const COMING = /\b(?:will|shall|(?:is|are|was|were)(?: due| expected| scheduled| set)? to|to be held)\b|\w[’']ll\b/i;

/** A meeting on a day still to come from the report's: "tomorrow", or a weekday in a sentence about what is to come. */
export function isComingDay(when: string, sentence: string): boolean {
  if (!NEAR_PRESENT_WHEN.test(when) || /^(?:yesterday|tonight)/i.test(when) || /this week/i.test(when)) return false;
  return /^tomorrow/i.test(when) || COMING.test(sentence);
}

/**
 * "will meet again on Friday", "talks will resume Sunday": a meeting told as a repeat is held where the earlier one
 * was, which the story may have put elsewhere (talks in Pretoria, resumed after a visit to Harare), not in its town.
 */
export const REPEATED_AFTER = /^\s+(?:(?:will|would|could|are to|is to|to)\s+)?(?:again\b|resumes?\b|reconvenes?\b)|^\s+(?:will|would|could)\s+(?:meet|be held)\s+again\b/i;
