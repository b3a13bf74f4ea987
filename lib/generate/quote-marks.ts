/**
 * A cited sentence's double quotation marks as the app shows them: paired and curly, the words unchanged.
 * A source's typing slips read as the app's own (blind-37: “I have seen … force,” Mr. Stoltenberg said.” with
 * its opening mark missing and a straight "For over a year …" beside it): a teacher reads a citation and an
 * explanation as the app's text, not as the source's keyboard.
 */

import { SPEECH_VERBS } from '@/lib/extract/lexicons/speech-verbs';

/** Characters after which a mark opens a quotation: a space, a bracket or a dash. */
const OPENS_AFTER = /[\s([{—–‘-]/;
/** Characters before which a mark closes one: a space or punctuation. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}—–’-]/;
/** "…choose it, he said." inside a quotation left open: the source lost the closing mark before its attribution. */
/** The reporter: a pronoun or a name of one or two capitalised words ("Blinken added", "Ned Price said"). */
const REPORTER = String.raw`(?:he|she|they|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)`;
const SAYS = String.raw`\s+${REPORTER}\s+(?:${[...SPEECH_VERBS].join('|')})`;
/** The attribution closing the text: "…choose it, he said." (the quotation ends before it). */
const OPEN_ATTRIBUTION = new RegExp(String.raw`,(?=${SAYS}[.!?]?$)`, 'u');
/** The attribution mid-quotation: "…a road, she said, and we will take it." (the wire's “…,” she said, “and …”). */
const SPLIT_ATTRIBUTION = new RegExp(String.raw`,(${SAYS},)\s+(?=\p{Ll})`, 'u');

/**
 * The text with every double mark made an opening or a closing one by where it stands (a straight mark, or a
 * source's ”This is …” after a dash, or “ he said” after a comma), a closing mark with no opening given one at
 * the text's start (the quotation began before the cited words, or the source lost its mark), a stray mark
 * glued onto either end dropped, and a quotation left open closed before its attribution or at the end.
 *
 * @example
 * pairedMarks('I have seen a trained force,” Mr. Stoltenberg said.'); // → '“I have seen a trained force,” Mr. Stoltenberg said.'
 * pairedMarks('"We will stay," he said.'); // → '“We will stay,” he said.'
 * pairedMarks('The talks ended on Monday.”'); // → 'The talks ended on Monday.'
 * pairedMarks('“We are delighted you came.'); // → '“We are delighted you came.”'
 * pairedMarks('“It opens a road, she said, and we will take it.'); // → '“It opens a road,” she said, “and we will take it.”'
 */
export function pairedMarks(text: string): string {
  const { marked, depth, missingOpen } = classifyMarks(text);
  let out = marked;
  // "The talks ended on Monday.”": a lone mark after the sentence's end belongs to no quotation in it.
  if (missingOpen === 1 && depth === 0 && !out.slice(0, -1).includes('”') && /[.!?]”$/.test(out)) return out.slice(0, -1);
  let missing = missingOpen;
  if (missing > 0 && out.startsWith('”')) {
    out = out.slice(1).trimStart();
    missing--;
  }
  if (missing > 0) out = `“${out}`;
  if (depth === 0) return out;
  if (out.endsWith('“')) return out.slice(0, -1).trimEnd();
  const tail = out.lastIndexOf('“');
  const attribution = OPEN_ATTRIBUTION.exec(out.slice(tail));
  if (depth === 1 && attribution) return `${out.slice(0, tail + attribution.index + 1)}”${out.slice(tail + attribution.index + 1)}`;
  const split = depth === 1 ? SPLIT_ATTRIBUTION.exec(out.slice(tail)) : null;
  if (split) {
    const at = tail + split.index;
    return `${out.slice(0, at)},”${split[1]} “${out.slice(at + split[0].length)}”`;
  }
  return `${out}${'”'.repeat(depth)}`;
}

/**
 * Whether the text's double marks pair up as printed: no quotation left open, none closed that was not opened.
 *
 * @example
 * marksPair('“We agree,” he said.'); // → true
 * marksPair('“All told it sets out a path, he said.'); // → false
 */
export function marksPair(text: string): boolean {
  const { depth, missingOpen } = classifyMarks(text);
  return depth === 0 && missingOpen === 0;
}

/** Each double mark as opening or closing by its neighbours (by the open quotation when they do not tell), and what is left unpaired. */
function classifyMarks(text: string): { marked: string; depth: number; missingOpen: number } {
  let depth = 0;
  let missingOpen = 0;
  const chars = [...text];
  const marked = chars.map((c, i) => {
    if (c !== '"' && c !== '“' && c !== '”') return c;
    const opensLeft = i === 0 || OPENS_AFTER.test(chars[i - 1] ?? '');
    const closesRight = i === chars.length - 1 || CLOSES_BEFORE.test(chars[i + 1] ?? '');
    const opening = opensLeft === closesRight ? depth === 0 : opensLeft;
    if (opening) depth++;
    else if (depth > 0) depth--;
    else missingOpen++;
    return opening ? '“' : '”';
  });
  return { marked: marked.join(''), depth, missingOpen };
}
