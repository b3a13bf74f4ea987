/**
 * "The team met the deadline on Friday", "met stiff resistance": "meet" in its senses of satisfy or
 * encounter takes a thing, not a person. The head of its object (the last word before a preposition or
 * a clause break) says which: a noun of `MET_THING_LEXICON` means no one was met.
 */
import { FREQUENCY_ADVERB_LEXICON, MET_THING_LEXICON, OCCASION_COUNT_LEXICON, OCCASION_NOUN_LEXICON, REPEATED_ADVERB_LEXICON } from '../lexicons/meeting-senses';
import { tailAfterMark } from './text-tail';

const MEET_VERB = /^(?:meet|meets|met|meeting)$/;
/** The object ends at a preposition, a conjunction or a clause break: "the deadline | on Friday". */
const OBJECT_END = /[,.;:!?()—–]|\s(?:on|in|at|for|with|by|from|of|to|during|after|before|and|but|as|when|while|since|until|set|that|which)\s/;

/** Whether a meet verb's object, in the words after it, is a thing met rather than a person. */
export function meetsAThing(trig: string, seg: string, before = ''): boolean {
  if (!MEET_VERB.test(trig)) return false;
  // "was met with deadly violence", "were met with criticism": the passive's "with" names the thing met, not company
  // kept ("met with the opposition" in the active is a meeting).
  const isPassive = /\b(?:was|were|is|are|be|been|being)\s+$/i.test(before);
  const phrase = ` ${isPassive ? seg.trimStart().replace(/^with\s+/i, '') : seg.trimStart()}`.split(OBJECT_END)[0] ?? '';
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  // "met with", "met in Geneva": no object at all.
  if (words.length === 0 || words.length > 5) return false;
  const head = (words[words.length - 1] as string).toLowerCase().replace(/[’']s?$/, '');
  return MET_THING_LEXICON.words.has(head);
}

/** A preposition or verb right before "meeting" makes it a gerund: "refocused on meeting the …", "for meeting their …". */
const GERUND_BEFORE = /\b(?:on|of|for|in|at|by|about|without|toward|towards|from|to|while|after|before|is|are|was|were|be|been|keep|keeps|kept)\s+$/i;
/** A determiner right after "meeting": its object, a verb's, not a noun's complement ("meeting of", "meeting with"). */
const DETERMINER_AFTER = /^\s+(?:the|a|an|their|its|our|his|her|this|these|those|all|every|some)\s/i;

/**
 * "refocused on meeting the most significant security issues": "meeting" after a preposition and before a
 * determiner is the verb's gerund, and what it takes is met, not gathered with. A person met ("after meeting
 * the president") is read by the caller, which keeps the meeting when a person is named there.
 */
export function isGerundMeeting(trig: string, before: string, seg: string): boolean {
  return trig === 'meeting' && GERUND_BEFORE.test(before) && DETERMINER_AFTER.test(seg);
}

/** "by meeting young professionals", "after meeting students": the verb's gerund with the people it met right after it. */
export function isGerundWithObject(trig: string, before: string, seg: string): boolean {
  return trig === 'meeting' && GERUND_BEFORE.test(before) && /^\s+(?!with\b|of\b|on\b|in\b|at\b|between\b|was\b|is\b|will\b)[\p{L}]/u.test(seg);
}

/** "there is one group he always meets with": a frequency adverb right before a meet verb makes it a habit. */
export function isHabitualMeet(trig: string, before: string): boolean {
  if (!/^(?:meet|meets|met)$/.test(trig)) return false;
  const prev = /([\p{L}]+)\s+$/u.exec(tailAfterMark(before, 40))?.[1]?.toLowerCase();
  return prev !== undefined && FREQUENCY_ADVERB_LEXICON.words.has(prev);
}

/** The adverbial right after a meet verb: "on many previous occasions", "several times", "twice". */
const COUNT_AFTER = /^\s+(?:(?:already|also|together)\s+)?(?:on\s+)?(\p{L}+)(?:\s+(?:previous|earlier|other|different|separate|more))?(?:\s+(\p{L}+))?/u;

/**
 * "we have met on many previous occasions", "Kerry and I have met many times", "they had met twice": a
 * count of occasions after the verb tells a history of meetings, none of them placed or dated by the words.
 *
 * @example
 * isRepeatedMeet('met', ' on many previous occasions, both bilaterally') // true
 * isRepeatedMeet('met', ' three times in Geneva') // true
 * isRepeatedMeet('met', ' with three ministers') // false
 */
export function isRepeatedMeet(trig: string, seg: string): boolean {
  if (!/^(?:meet|meets|met)$/.test(trig)) return false;
  const m = COUNT_AFTER.exec(seg);
  if (!m) return false;
  const first = (m[1] as string).toLowerCase();
  if (REPEATED_ADVERB_LEXICON.words.has(first)) return true;
  return OCCASION_COUNT_LEXICON.words.has(first) && m[2] !== undefined && OCCASION_NOUN_LEXICON.words.has(m[2].toLowerCase());
}
