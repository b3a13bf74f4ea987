/**
 * Whether two lines say the same thing (#15): a wrong what-said choice that makes the asked person's claim in other
 * words could be defended as theirs. Putin's "we shall settle all our contentious issues on oil and gas … we settled
 * them" beside Lukashenko's words at the same press statement ("Mr Putin and I have settled all outstanding issues in
 * the oil and gas sector") is his claim too (blind-57). Measured sentence by sentence on content stems, so a long
 * line's stray shared word ("relations", "countries") is no overlap.
 */
import { NO_CLAIM_LEXICON } from './lexicons/claim-words';

/** Shared stems that make two sentences one claim whatever their length: "settle", "issues", "oil", "gas". */
const SHARED_CLAIM = 3;
/** Or two shared stems that are at least half of a short sentence's content: "there are no outstanding issues as of today". */
const SHARED_SHORT = 2;

/**
 * The stem of a content word: plural, past and -ing endings off, then at most its first six letters, so "settled",
 * "settle" and "settlement", "issue" and "issues" meet.
 *
 * @example
 * stemOf('settled'); // → 'settl'
 */
export function stemOf(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const bare = w.length > 4 ? w.replace(/eed$/, 'ee').replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, '') : w;
  return bare.slice(0, 6).replace(/e$/, '');
}

/**
 * The content stems of one sentence: words of the no-claim lexicon and numbers left out.
 *
 * @example
 * contentStems('We have settled all outstanding issues'); // → Set { 'settl', 'outsta', 'issu' }
 */
export function contentStems(sentence: string): Set<string> {
  const words = sentence.toLowerCase().split(/[^\p{L}’'-]+/u).map((w) => w.replace(/^['’-]+|['’-]+$/g, ''));
  return new Set(words.filter((w) => w.length > 1 && !ORDINAL_ENDING.test(w) && !NO_CLAIM_LEXICON.words.has(w)).map(stemOf));
}

/** What is left of "25th" once its digits are read as no word. */
const ORDINAL_ENDING = /^(?:st|nd|rd|th)$/;

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim().length > 0);
}

/**
 * Whether a sentence of `line` makes a claim of a sentence of `other`: three content stems shared, or two that are
 * at least half of the shorter sentence's content.
 *
 * @example
 * sharesClaim('We shall settle all our contentious issues on oil and gas', 'I have settled all outstanding issues in the oil and gas sector'); // → true
 * sharesClaim('We discussed relations with the United States', 'Our trade relations keep growing'); // → false
 */
export function sharesClaim(line: string, other: string): boolean {
  const theirs = sentencesOf(other).map(contentStems);
  return sentencesOf(line).some((s) => {
    const mine = contentStems(s);
    return theirs.some((t) => {
      const shared = [...mine].filter((w) => t.has(w)).length;
      return shared >= SHARED_CLAIM || (shared >= SHARED_SHORT && 2 * shared >= Math.min(mine.size, t.size));
    });
  });
}
