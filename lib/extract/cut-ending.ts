/**
 * Archived copies and excerpts often stop mid-sentence ("I had three clear objectives for"). The
 * paragraph-level junk test would call such a last line a subhead (a few words, no full stop), but a
 * subhead heads the text after it and nothing follows the last line: when it reads as a sentence cut
 * short, it is prose, and a transcript's turn goes on into it.
 */

import { isEnglishWord } from './pos';
import { startsUpper } from './chars';

/** Compiled once: a \p{…} pattern written inside a function is compiled again on every call under tsx, whose esbuild lowers it to `new RegExp`. */
const LETTER_OR_DIGIT_END = /[\p{L}\d]$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const COMMA_THEN_LOWER_WORDS = /^[^,]+,(?: \p{Ll}+)+$/u;

/** Words that open a sentence or a clause but are written in lower case: most words of a cut sentence are. */
const LOWER_OR_NUMBER = /^[\p{Ll}\d]/u;
/** A last word that leaves its phrase open: an article, a preposition or a conjunction. */
const DANGLING = /\s(?:a|an|the|of|to|and|or|in|on|for|with|by|at|from)$/;

/**
 * Whether a body's last line is a sentence cut short: it ends inside a word or on a word, not on
 * punctuation or a closing mark, opens with a capital, and after its first word is mostly lower-case
 * words, as prose is ("Next year marks the 75th a") and a title-case subhead ("Economic Growth") is not.
 *
 * @example
 * isCutEnding('I had three clear objectives for') // true
 * isCutEnding('Economic Growth') // false
 */
export function isCutEnding(line: string): boolean {
  const t = line.trim();
  if (!startsUpper(t) || !LETTER_OR_DIGIT_END.test(t)) return false;
  const rest = t.split(/\s+/).slice(1);
  // "MPs, Senators a": no heading ends on an article or a preposition; only a sentence cut short does.
  if (rest.length >= 1 && DANGLING.test(t)) return true;
  // "We certa", "So t": a last word cut in the middle is no English word; "Undoubtedly, the fa": lower-case words after a comma are a clause.
  const last = rest[rest.length - 1];
  if (last !== undefined && LOWER_WORD.test(last) && !isEnglishWord(last)) return true;
  if (COMMA_THEN_LOWER_WORDS.test(t)) return true;
  // "Economic growth" alone: too short to tell a cut sentence from a subhead the excerpt stopped after.
  if (rest.length < 3) return false;
  return rest.filter((w) => LOWER_OR_NUMBER.test(w)).length * 2 > rest.length;
}
