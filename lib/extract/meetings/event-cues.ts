/** The words that tell an event was held, or is only talked about: verbs of holding, privacy, topics, a body in session. */
import { isBriefVerb } from './triggers';

/** A governing body as the subject of "meet", or before "meeting": "the board will meet", "the council's meeting". */
export const BODY_BEFORE = /\b(?:board|council|committee|cabinet|commission|panel|directors|trustees|governors|shareholders)(?:[’']s?)?\s+(?:(?:will|would|is to|are to|is due to|are due to|plans to|plan to|is expected to|are expected to)\s+)?(?:next\s+|regular\s+|special\s+)?$/i;
/** "held a strike vote", "will hold talks": a meeting that took place, or will, by the verb. */
export const HELD_BEFORE = /\b(?:held|hold|holds|holding|convened?|convenes|chaired|chairs?|called|scheduled|attended|attends?)\s+(?:(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}|the\s+[“"](?:[\w+-]+\s+){0,4})$/i;
/** "behind closed doors", "a closed-door briefing": a meeting by its privacy. */
export const CLOSED_DOOR = /\bclosed[- ]door\b/i;
/**
 * A meeting noun as what is talked about: the object of "about", "regarding", "on" or of a verb of discussing
 * ("conferred about the P5+1 talks", "briefed them on the summit", "discussed next week's meeting", "preparations for the G20
 * summit"), no "of" between.
 */
export const TOPIC_BEFORE = /\b(?:(?:about|regarding|concerning|discuss(?:es|ed|ing)?|review(?:s|ed|ing)?|prepar(?:e|es|ed|ing|ations?)\s+for)\s+(?:(?:the|a|an|this|that|next|last|their|his|her|its)\s+)?|on\s+(?:the|this|that|next|last|their|his|her|its)\s+)(?:(?!(?:of|and|or|but|to|at|in|for|with|by|was|were|is|are|be|will|would|had|has|have|held|hold)\b)[\p{L}\d+’'-]+\s+){0,3}$/iu;
/** "start date for", "the timing of", "prospects for": the words of a meeting whose day is not yet settled, adjectives between. */
export const UNSETTLED_BEFORE = /\b(?:(?:start(?:ing)?\s+)?date|timing|prospects?)\s+(?:of|for)\s+(?:(?:the|a|an|new|fresh|any|further)\s+)?(?:\p{L}[\p{L}-]*\s+){0,3}$/iu;
/** "the P5+1 talks", "the Doha talks": a name right before the meeting noun, after "the". */
export const PROPER_MODIFIER_BEFORE = /\b[Tt]he\s+\p{Lu}[\p{L}\d+&.’'-]*\s+$/u;
/**
 * A verb of holding or taking part right before a meeting noun, past or present, with at most a determiner and two
 * words between: "held talks", "conducted a joint news conference", "The two sides resumed negotiations"; not a
 * phrasal verb ("has held up negotiations": delayed them). "Held the 33rd meeting of the working group": an ordinal makes
 * "the" meeting a new one of a series.
 */
const HOLD_VERB_BEFORE = /(?<!\b(?:to|will|would|could|should|may|might|must|shall|can|cannot|not|never)\s)\b(?:held|holds|conducted|conducts|hosted|hosts|attended|attends|chaired|chairs|convened|gave|gives|addressed|began|begins|resumed|resumes|opened|concluded)\s+(?!(?:up|back|off|out|down|over|on)\b)(?:(?:a|an|their|its|his|her|our|two|three|several|the\s+\d+\s?(?:st|nd|rd|th)|the\s+(?:first|second|third|\p{L}+th))\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A verb of taking place right after the meeting noun, its subject: "took place", "was held", "will take place". */
export const OCCURRED_AFTER = /^\s+(?:(?:was|were|is|are|will be|has been|had been)\s+held|took place|takes place|(?:will|would)\s+take place|(?:has|had) taken place)\b/;
/** "is doing a press availability", "did a news conference": "do" holds one too, with "a" (not the auxiliary of "How did the meetings go?"). */
const DO_HOLD_BEFORE = /(?<!\b(?:to|will|would|could|should|may|might|must|shall|can|not|never)\s)\b(?:did|does|doing)\s+an?\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * Words that tell an election took place, its adjectives between: "there have been new elections", "Chile held
 * elections", "congratulated the Chilean people on their presidential election"; not "there have been calls for elections".
 */
export const ELECTION_HELD_BEFORE = /(?:\bthere\s+(?:have|has|had)\s+been|\bthere\s+(?:was|were)|(?<!\b(?:to|will|would|could|should|may|might|must|not)\s)\bheld|\bcongratulat(?:e|es|ed|ing)\s+[^.;:]{1,60}?\s(?:for|on))\s+(?:(?:a|an|the|their|its|his|her|new|special|recent|free)\s+)?(?:(?!(?:for|of|to|about|against|on|no|any)\b)[\p{L}-]+\s+){0,2}$/iu;
/**
 * Two named parties and a verb that tells their talks going on: "between Serbia and Kosovo resumed", "between the
 * union and the airline broke down", "between the U.S. and the Taliban were set to resume"; not "… are needed".
 */
export const PARTIES_UNDERWAY = /^\s+between\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+(?:(?:(?:were|was|are|is)\s+(?:set|due|scheduled|expected)\s+to|(?:have|has|had)|will)\s+)?(?:resum|begin|began|begun|start|open|end|collaps|broke\s+down|stall|continu|conclud)/u;
/** "is to brief reporters", "will brief the press": a briefing not yet given. */
const NOT_YET_BEFORE = /\b(?:to|will|would|could|should|may|might|must|shall|can|plans? to|expected to)\s+$/i;
/** A body that sits in session, as the subject before the noun: "The Security Council met in an emergency session". */
export const SESSION_BODY = /\b(?:Council|Committee|Senate|House|Parliament|Assembly|Court|Commission|Congress|Bundestag|Duma|Knesset)\b[^,;]*$/;
/** "with visiting Russian Foreign Minister …", "hosted the visiting delegation". */
export const VISITING = /^\s+(?:with\s+)?(?:the\s+)?visiting\b/;
/** A picture's label as image pages print it: "Date: 01/29/2016 Description: …". */
export const PHOTO_CAPTION = /^\s*(?:Date:\s*\S+\s+)?Description:\s/;

/**
 * "the two presidents held talks", "Austin briefed reporters", "gave a news conference": a meeting that took place,
 * by the verb whose object it is (not "agreed to hold talks", "will hold a summit": those need a time of their own).
 * A module function, not a closure in `readEvent`: tsx's keepNames renames a named closure on every call, and
 * readEvent runs once per trigger.
 */
export function isHeldByVerb(trig: string, before: string): boolean {
  return (!/ceremon/i.test(trig) && (HOLD_VERB_BEFORE.test(before) || DO_HOLD_BEFORE.test(before))) || (isBriefVerb(trig) && !NOT_YET_BEFORE.test(before));
}
