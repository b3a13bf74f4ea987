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

/**
 * Whether a sentence places one event of a series, singled out by its order.
 *
 * @example
 * isOneStopOfSeries('The project has planned a number of conferences and roadshows, with the first meeting set to take place in Dunedin on May 16.'); // → true
 * isOneStopOfSeries('The first meeting of the two leaders took place in Dunedin on May 16.'); // → false
 */
export function isOneStopOfSeries(sentence: string): boolean {
  return SERIES.test(sentence) && ONE_OF_THEM.test(sentence);
}
