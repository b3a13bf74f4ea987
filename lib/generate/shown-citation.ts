/**
 * A cited passage as an explanation shows it. The citation's span keeps the article's words and offsets; the
 * text a student reads is repaired only where no other reading is possible: an apostrophe the upload lost
 * ("Russias actions", as the stem already shows it), and a quotation the report forgot to close before its own
 * reporter's clause ("“All told it sets out a path forward, he said."), which otherwise reads as if "he said"
 * were part of the quotation (blind-28, -28b, -32b and -36 sent back a who-said for both slips).
 */
import { SPEECH_VERBS } from '@/lib/extract/lexicons/speech-verbs';
import { restoreApostrophes } from './clean';

/** ", he said." / ", Blinken added." at the very end: the reporter's clause after a quotation. */
const TRAILING_REPORTER = /,(\s+(?:he|she|they|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(\p{Ll}+)\.)$/u;

/**
 * The passage with lost apostrophes restored and an unclosed quotation closed before its reporter's clause.
 *
 * @example
 * shownCitation('Blinken spoke. “All told it sets out a path forward, he said.'); // → 'Blinken spoke. “All told it sets out a path forward,” he said.'
 * shownCitation('“It opens a path, he said, and we will take it.'); // → '“It opens a path, he said, and we will take it.' (no certain fix)
 */
export function shownCitation(text: string): string {
  return closeBeforeReporter(restoreApostrophes(text));
}

function closeBeforeReporter(text: string): string {
  const open = Math.max(text.lastIndexOf('“'), oddStraightMark(text));
  if (open < 0 || /[”]/.test(text.slice(open + 1))) return text;
  const m = TRAILING_REPORTER.exec(text.slice(open + 1));
  if (!m || !SPEECH_VERBS.has(m[2] ?? '')) return text;
  const close = text[open] === '"' ? '"' : '”';
  return `${text.slice(0, text.length - m[0].length)},${close}${m[1]}`;
}

/** The last straight mark when the marks do not pair up (an opening one left open), else -1. */
function oddStraightMark(text: string): number {
  return (text.match(/"/g) ?? []).length % 2 === 1 ? text.lastIndexOf('"') : -1;
}
