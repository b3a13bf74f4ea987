/**
 * The verb of a headline or a photo caption written in title case ("Secretary Clinton Shakes Hands With …",
 * "President Bush Meets with …"): capitalised there like the name before it, it is no part of the name.
 */
import { startsUpper } from './chars';
import { HEADLINE_VERB_LEXICON } from './lexicons/speech-verbs';
import { isTaggedVerb, tagSpan } from './pos';
import type { Token } from './tokens';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const HAS_LETTER = /\p{L}/u;
const STARTS_LETTER = /^\p{L}/u;

const HEADLINE_VERBS = HEADLINE_VERB_LEXICON.words;

/** A lower-case word a title-case line may keep: articles, conjunctions and short prepositions ("of", "with", "and"). */
const SHORT_WORD = /^\p{Ll}{1,4}$/u;
/** Longer prepositions that some headline styles leave in lower case. */
const LONG_PREPOSITIONS = new Set(['about', 'after', 'against', 'among', 'before', 'between', 'during', 'through', 'toward', 'towards', 'under', 'without']);

/**
 * Whether body[start, end) is a line in title case: every word of five letters or more capitalised, and no
 * sentence's full stop at its end. Prose capitalises only names, so it never reads as one.
 */
function isTitleCaseLine(line: string): boolean {
  if (/[.!?;:,"”]\s*$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  if (words.length < 3 || words.length > 16) return false;
  return words.every((w) => startsUpper(w) || !STARTS_LETTER.test(w) || SHORT_WORD.test(w) || LONG_PREPOSITIONS.has(w.toLowerCase()));
}

/** The bounds of the line holding position `at`. */
function lineAround(body: string, at: number): [number, number] {
  const a = body.lastIndexOf('\n', at - 1) + 1;
  const b = body.indexOf('\n', at);
  return [a, b < 0 ? body.length : b];
}

/**
 * Whether token `t`, capitalised right after a name word, is the verb of a headline or caption rather than
 * the name's next word: a headline verb of the lexicon, or, on a line in title case, a present-tense verb in
 * -s ("Shakes", "Greets", "Delivers") that the tagger reads as a verb. Headlines put a past event in the
 * present tense (AP Stylebook, "headlines"), so the caption's verb takes the -s of the third person.
 *
 * @example
 * const body = 'Secretary Clinton Shakes Hands With Colombian Foreign Minister Holguin';
 * isCaptionVerb(body, tokenize(body)[2]); // → true
 */
export function isCaptionVerb(body: string, t: Token): boolean {
  if (HEADLINE_VERBS.has(t.lower)) return true;
  if (!t.lower.endsWith('s') || t.lower.endsWith('ss') || t.possessive || !startsUpper(t.word)) return false;
  const [a, b] = lineAround(body, t.start);
  if (!isTitleCaseLine(body.slice(a, b))) return false;
  return isTaggedVerb(tagSpan(body, a, b), t.start);
}
