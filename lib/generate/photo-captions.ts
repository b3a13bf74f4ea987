/**
 * Photo captions in wire style, which web copy leaves inside the story: AP writes a caption as one present-tense
 * sentence that closes with the photo's full date and place ("President Donald Trump meets retired U.S. Marine
 * Corps Sgt. John Peck …, Dec. 21, 2017, in Bethesda, Md."), and many sites add a "(Photo: …)" credit. A story
 * sentence tells the news in the past tense and gives a recent day without its year. Blind-57 judges sent back a
 * card on such a caption's day as trivia (fresh41/08).
 */

/** ", Dec. 21, 2017, in Bethesda, Md.": a full date, then where, closing the sentence. */
const DATED_PLACE_TAIL = /,?\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4},?\s+(?:in|at|near|outside|aboard|on)\s+(?:the\s+)?\p{Lu}[^.!?]*\.?\s*$/u;
/** A name, then its verb in the present tense: "Trump meets", "Pence speaks", "Mattis greets". */
const PRESENT_AFTER_NAME = /\b\p{Lu}[\p{L}'’.-]+\s+(?!is\b|has\b|was\b|as\b|its\b|this\b|his\b|us\b)\p{Ll}{2,}(?:es|s)\b/u;
/** The finite verbs of a story sentence, told in the past or reported. */
const PAST_OR_REPORTED = /\b(?:said|says|told|was|were|had|did|met|visited|spoke|arrived|went|made|took)\b/;
/** A credit line or an inline credit: "(Photo: Reuters)", "(AP Photo/Evan Vucci)". */
const PHOTO_CREDIT = /\((?:AP\s+)?Photo\s*[:/]/i;

/**
 * Whether a sentence (or the line it stands on) is a wire-style photo caption.
 *
 * @example
 * isWireCaption('Trump meets Sgt. John Peck at Walter Reed, Dec. 21, 2017, in Bethesda, Md.'); // → true
 * isWireCaption('Pence visited Bagram Air Field on Thursday, Dec. 21, 2017, in Afghanistan.'); // → false
 */
export function isWireCaption(sentence: string, line = sentence): boolean {
  if (PHOTO_CREDIT.test(line)) return true;
  const s = sentence.trim();
  return DATED_PLACE_TAIL.test(s) && PRESENT_AFTER_NAME.test(s) && !PAST_OR_REPORTED.test(s);
}
