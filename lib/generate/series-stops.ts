/**
 * One stop of a series: "has planned a number of conferences and roadshows …, with the first meeting set to take
 * place in _____ on May 16". Where one of many public meetings was held is no fact of the story (full-r15-part3:
 * the flag project's first roadshow town sent back as trivia); what the series was for is.
 * The place card, the where- and the when-question drop such a meeting together: the card dropped alone let the
 * when-question on the same sentence back (blind-36 sent it back as redundant beside the card).
 */

/** The series: roadshows, a tour, a number or round of meetings. */
const SERIES = /\b(?:roadshows?|(?:nationwide|national|listening|speaking|campaign)\s+tour|(?:a|the)\s+(?:number|series|round|string)\s+of\s+(?:[\p{L}-]+\s+){0,3}?(?:meetings|conferences|events|hearings|consultations|forums|sessions|stops|rallies))\b/iu;

/** One of its events singled out by its order: "the first meeting", "the next stop", "the last of them". */
const ONE_OF_THEM = /\bthe\s+(?:first|second|third|next|last|final|opening)\s+(?:meeting|conference|event|hearing|consultation|forum|session|stop|leg|rally|one|of\s+(?:them|these))\b/iu;

/** A place after "in": a capitalised word that is no month or day ("in June in Moscow" places one meeting in Moscow). */
const PLACE_AFTER_IN = /\bin\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(\p{Lu}[\p{L}-]+)/gu;
/** Meetings said again: "then again in August", "we met three times". */
const RECURRING = /\b(?:again|times)\b/i;
/** Places a sentence must name before a meeting in it is one of a run. */
const MANY_PLACES = 3;

/**
 * Whether a sentence recounts a run of meetings, each with its place: "We had a meeting in June in Moscow, … then
 * again in August in Kazakhstan, and today in Sochi" (blind-54: the city of one of them is not worth a student's time;
 * the run says the two meet often, and today's place is the report's own).
 *
 * @example
 * isRunOfMeetings('We had a meeting in June in Moscow, then again in August in Kazakhstan, and today in Sochi.'); // → true
 * isRunOfMeetings('They met in Moscow in June and will meet again in Sochi.'); // → false
 */
export function isRunOfMeetings(sentence: string): boolean {
  const places = new Set([...sentence.matchAll(PLACE_AFTER_IN)].map((m) => m[1]));
  return places.size >= MANY_PLACES && RECURRING.test(sentence);
}

/**
 * A matter told before said to have been discussed "at a meeting": "As you may know, this was discussed, in particular,
 * at a meeting with senior members of the German Committee … on October 12 in Sochi" (blind-53: where and when Putin
 * met German business people, recalled in his statement on another visit, is not worth a student's time). The
 * sentence's subject is the matter; the meeting is only where it came up, an indefinite one among the speaker's.
 */
const DISCUSSED_AT_A_MEETING = /\b(?:this|it|that|these|the\s+(?:issue|matter|question|subject|topic))\s+(?:was|were|has\s+been|had\s+been|will\s+be)\s+(?:\p{Ll}+\s+)?(?:discussed|raised|mentioned|addressed|considered|touched\s+(?:up)?on)\b[^.!?]{0,40}\bat\s+a\s+(?:meeting|session|gathering)\b/iu;

/**
 * Whether a sentence places a meeting only as where a matter told before was discussed.
 *
 * @example
 * isMeetingInPassing('As you may know, this was discussed, in particular, at a meeting with business leaders on October 12 in Sochi.'); // → true
 * isMeetingInPassing('The two ministers met in Sochi on October 12 to discuss gas supplies.'); // → false
 */
export function isMeetingInPassing(sentence: string): boolean {
  return DISCUSSED_AT_A_MEETING.test(sentence);
}

/**
 * Whether a sentence places one event of a series, singled out by its order, one of a run of meetings, or a meeting
 * only in passing.
 *
 * @example
 * isOneStopOfSeries('The project has planned a number of conferences and roadshows, with the first meeting set to take place in Dunedin on May 16.'); // → true
 * isOneStopOfSeries('The first meeting of the two leaders took place in Dunedin on May 16.'); // → false
 */
export function isOneStopOfSeries(sentence: string): boolean {
  return (SERIES.test(sentence) && ONE_OF_THEM.test(sentence)) || isRunOfMeetings(sentence) || isMeetingInPassing(sentence);
}
