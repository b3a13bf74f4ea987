/**
 * "The team met the deadline on Friday", "met stiff resistance": "meet" in its senses of satisfy or
 * encounter takes a thing, not a person. The head of its object (the last word before a preposition or
 * a clause break) says which: a noun of `MET_THING_LEXICON` means no one was met.
 */
import { MET_THING_LEXICON } from '../lexicons/meeting-senses';

const MEET_VERB = /^(?:meet|meets|met|meeting)$/;
/** The object ends at a preposition, a conjunction or a clause break: "the deadline | on Friday". */
const OBJECT_END = /[,.;:!?()—–]|\s(?:on|in|at|for|with|by|from|of|to|during|after|before|and|but|as|when|while|since|until|set|that|which)\s/;

/** Whether a meet verb's object, in the words after it, is a thing met rather than a person. */
export function meetsAThing(trig: string, seg: string): boolean {
  if (!MEET_VERB.test(trig)) return false;
  const phrase = ` ${seg.trimStart()}`.split(OBJECT_END)[0] ?? '';
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  // "met with", "met in Geneva": no object at all.
  if (words.length === 0 || words.length > 5) return false;
  const head = (words[words.length - 1] as string).toLowerCase().replace(/[’']s?$/, '');
  return MET_THING_LEXICON.words.has(head);
}
