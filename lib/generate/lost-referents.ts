/**
 * Words in a quotation that point back at something only the reporter's text names, read by grammar: an
 * "its" or an object "it" with no noun before it in the quotation that could be its antecedent ("the factories
 * in which its missiles were manufactured", "we intend to stay at it until its done"), a "that"/"those"
 * before a noun in a short quotation ("Stepping across that line was a great honor"), "The allegations are …"
 * opening on a noun that stands for a claim or an event told before, "It is the cornerstone …" and "I did so"
 * (round 15's full review: the judges asked which line, which allegations, what is, did what), and "whatever changes
 * are taking place" with no place named (round 15: Panetta's changes were the Middle East's, said the sentence before).
 */
import { tagSpan, type TaggedWord } from '@/lib/extract/pos';

/** A quotation this short that points at something with "that"/"those" has nothing of its own to point at. */
const SHORT_WORDS = 12;

/**
 * Nouns that stand for a claim, a decision or an event already told (shell nouns): opening a quotation with
 * "The", their content is in the reporter's sentence before.
 */
const SHELL_OPENING = /^[“"‘']?The\s+(?:allegations?|accusations?|claims?|charges?|reports?|rumou?rs?|decision|move|plan|proposal|deal|agreement|measures?|changes?|situation|incidents?|attacks?|results?|findings?|threats?|talks|idea|problem|issue|request|offer|demands?)\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|remains?|seems?|shows?|means)\b/u;

/**
 * "It is the cornerstone of security …": an "It" that is something, with no clause after for it to stand for
 * ("It is a great honour to be here", "It is the first time that …" have one), is the thing told before.
 */
const THING_IT = /^[“"‘']?It\s+(?:is|was|remains|has\s+been|will\s+be)\s+(?:the|a|an|our|one)\s+/u;
const CLAUSE_AFTER = /\b(?:that|to|who|which|when|where|whether|if|for)\b/i;

/** "I did so", "I don't believe so": a verb phrase or a clause standing for one told before, in the quotation's first words. */
const DO_SO_OPENING_WORDS = 6;
const DO_SO = /\b(?:do|does|did|done|doing|believe|think|hope|expect|suppose|guess)\s+so\b(?!\s+(?:much|many|far|that|as))/i;
/** "And we have to do that by helping our neighbors": "do that" with no noun after it stands for what was told before (blind-49). */
const DO_THAT = /\b(?:do|does|did|done|doing)\s+(?:that|this)\b(?=\s*(?:[,.;:!?]|$|by\b|through\b|because\b|and\b|but\b|now\b|today\b|again\b|together\b|alone\b|if\b|when\b))/i;

/**
 * "And you'll be able to look back and know you were a part of that.": a sentence that goes on from the one
 * before and ends on a bare "that" or "this" has its whole point there (blind-41).
 */
const ENDS_ON_THAT = /^[“"‘']?(?:And|But|So)\s[^.!?]*\b(?:of|in|with|to|about|for|on)\s+(?:that|this|it)[.!?]?[”"’']?$/u;

/**
 * "to deal with this challenge": a shell noun a demonstrative points at, in the quotation's first sentence, stands
 * for a thing the reporter named before it (blind-42: Powell's "this challenge" was terrorism, which the quotation
 * never says; blind-54: Rouhani's "this conspiracy" was outside powers' use of terrorist groups, and Harris's "to fulfill this
 * vision" a vision told in the paragraph before). "This crisis" or "that conflict", the story's event, is asked with the
 * report named instead (whoSaidPrompt).
 */
const POINTED_SHELL = /\b(?:this|that|these|those)\s+(?:challenges?|threats?|dangers?|scourge|menace|phenomenon|conspirac(?:y|ies)|plots?|schemes?|visions?)\b/iu;

/**
 * "Only then, Israel will be accepted …": a quotation opening on a "then" that stands for the condition told before it
 * (blind-43: Abbas's "then" was Israel ending the occupation, which the quotation never says).
 */
const THEN_OPENING = /^[“"‘']?(?:(?:And|But|So)\s+)?(?:only|even|until|by|since|just)\s+then\b/iu;
/** "[T]he way to that begins with …", "The key to this is …": the way to a goal the sentence before names (blind-43). */
const WAY_TO_THAT = /^[“"‘']?(?:(?:And|But|So)\s+)?(?:\[T\]|[Tt])he\s+(?:way|key|road|path|answer|solution)\s+to\s+(?:that|this|it)\b/u;

/**
 * "whatever changes are taking place", "what is happening", "the developments under way": events told only by
 * their happening, whose place and matter the reporter's sentence gave.
 */
const BARE_HAPPENINGS = /\b(?:(?:whatever|the|these|those|such)\s+(?:changes|events|developments|transformations)\s+(?:that\s+)?(?:are|is|were|have\s+been)\s+|what(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+)(?:taking\s+place|happening|going\s+on|under\s?way|unfolding)\b(?!\s+(?:in|at|on|across|throughout|inside|within|among|between)\b)/i;

/** A capital after the quotation's first word (a name, a place, a body), or a number: something the words name. */
function namesAThing(text: string): boolean {
  if (/\d/.test(text)) return true;
  const words = text.trim().split(/\s+/);
  return words.some((w, i) => i > 0 && /^[“"‘'(]?\p{Lu}/u.test(w) && !/^[“"‘'(]?I(?:['’](?:m|ve|ll|d))?\W*$/u.test(w) && !/[.!?:]["”’]?$/u.test(words[i - 1] ?? ''));
}

/**
 * Whether a quotation points back at a thing it does not name.
 *
 * @example
 * losesReferent('the factories in which its missiles were manufactured have been destroyed'); // → true
 * losesReferent('Stepping across that line was a great honor'); // → true
 * losesReferent("And you'll be able to look back and know in your hearts you were a part of that."); // → true
 * losesReferent('We must train our people to deal with this challenge.'); // → true
 * losesReferent('Only then will they be accepted as neighbours.'); // → true
 * losesReferent('[T]he way to that begins with ending the occupation'); // → true
 * losesReferent('We must see that whatever changes are taking place head in the right direction.'); // → true
 * losesReferent('The alliance and its members will defend every inch of territory'); // → false
 */
export function losesReferent(text: string): boolean {
  const t = text.trim();
  const first = firstSentence(t);
  if (SHELL_OPENING.test(t) || THEN_OPENING.test(t) || WAY_TO_THAT.test(t) || opensOnDoSo(first) || ENDS_ON_THAT.test(t) || POINTED_SHELL.test(first)) return true;
  if (BARE_HAPPENINGS.test(t) && !namesAThing(t)) return true;
  if (THING_IT.test(t) && !CLAUSE_AFTER.test(first.replace(THING_IT, ''))) return true;
  const tags = tagSpan(t, 0, t.length);
  const words = tags.filter((w) => /[\p{L}\p{N}]/u.test(w.word)).length;
  return hasOrphanIts(tags, words) || (words < SHORT_WORDS && hasPointedNoun(tags));
}

/**
 * Whether a sentence opens on "do so" or "believe so" standing for what was told before: only near its opening,
 * since "whatever you are asked to do, you are equipped to do so" has its verb before it.
 *
 * @example
 * opensOnDoSo('I did so in a constructive and friendly way.'); // → true
 * opensOnDoSo('And we have to do that by helping our neighbors.'); // → true
 */
export function opensOnDoSo(sentence: string): boolean {
  const opening = sentence.trim().split(/\s+/).slice(0, DO_SO_OPENING_WORDS).join(' ');
  return DO_SO.test(opening) || DO_THAT.test(opening);
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
}

/** A singular noun or a name: what an "its" or an "it" may take up. */
const isAntecedent = (w: TaggedWord) => w.pos === 'PROPN' || (w.pos === 'NOUN' && !/[^s]s$/i.test(w.word));

/**
 * The first "its" (or, in a short quotation, an "it" after a verb or a preposition) with no singular noun
 * or name before it in the quotation.
 */
function hasOrphanIts(tags: TaggedWord[], words: number): boolean {
  for (let i = 0; i < tags.length; i++) {
    const w = tags[i] as TaggedWord;
    const lower = w.word.toLowerCase();
    const objectIt = lower === 'it' && words < SHORT_WORDS && i > 0 && /^(?:VERB|AUX|ADP)$/.test(tags[i - 1]?.pos ?? '');
    if (lower !== 'its' && !objectIt) continue;
    return !tags.slice(0, i).some(isAntecedent);
  }
  return false;
}

/** "that line", "those incidents": a distal demonstrative before a noun. */
function hasPointedNoun(tags: TaggedWord[]): boolean {
  return tags.some((w, i) => /^(?:that|those)$/i.test(w.word) && w.pos === 'DET' && tags[i + 1]?.pos === 'NOUN');
}
