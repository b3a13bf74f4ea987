import type { Range } from './paragraphs';

const MAX_REACH = 600;

/**
 * The sentence around a span of an article body: back to the end of the previous sentence or the start of
 * the line, forward to the next full stop, question or exclamation mark (with a closing quotation mark)
 * or the end of the line. Used for claims that name words but not their sentence.
 *
 * @example
 * sentenceAround('One. He met Pskov today. Two.', 12, 17) // { start: 5, end: 24 }
 */
export function sentenceAround(body: string, start: number, end: number): Range {
  const from = Math.max(0, Math.min(start, body.length));
  const to = Math.max(from, Math.min(end, body.length));
  let s = from;
  while (s > 0 && from - s < MAX_REACH && body[s - 1] !== '\n' && !endsSentence(body, s - 1)) s--;
  while (s < from && /\s/.test(body[s]!)) s++;
  let e = to;
  while (e < body.length && e - to < MAX_REACH && body[e] !== '\n' && !endsSentence(body, e - 1)) e++;
  return { start: s, end: e };
}

/** The character at `i` closes a sentence: a stop (and any closing marks) followed by a space or the end. */
function endsSentence(body: string, i: number): boolean {
  if (i < 0) return false;
  let j = i;
  while (j >= 0 && /["”’)\]]/.test(body[j]!)) j--;
  if (j < 0 || !/[.!?]/.test(body[j]!)) return false;
  const next = body[i + 1];
  return next === undefined || /\s/.test(next);
}
