/**
 * A meeting someone comes back from: "will head back home to Seoul as planned Thursday from his meeting with Kim",
 * "returned Friday from talks in Geneva". The meeting is where the journey starts; a time its clause gives dates the
 * journey (blind-32 keyed the day the president went home as the day of the summit he was leaving).
 */

/**
 * A verb of going back or leaving, then the clause's words up to "from", a determiner and up to three modifiers
 * right before the meeting's noun. "back"/"home" are read only after a verb of motion ("the home secretary" is none).
 */
const RETURN_FROM = /\b(?:return(?:s|ed|ing)?|(?:head(?:s|ed|ing)?|go(?:es|ing)?|went|come|comes|came|coming|get(?:s|ting)?|got|fl(?:y|ies|ew|ying)|travel(?:s|ed|led|ing|ling)?|sail(?:s|ed|ing)?|drive|drove|driving)\s+(?:back|home)|leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\b[^.;:!?]*\bfrom\s+(?:(?:his|her|their|its|the|a|an|this|that|these|those)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * Whether the meeting whose noun follows `before` (the sentence up to it) is what someone returns or departs from.
 *
 * @example
 * isReturnedFrom('Roh will head back home to Seoul as planned Thursday from his ') // true
 * isReturnedFrom('The ministers will meet Thursday before their ') // false
 */
export function isReturnedFrom(before: string): boolean {
  return RETURN_FROM.test(before.slice(-160));
}
