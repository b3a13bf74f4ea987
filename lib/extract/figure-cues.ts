import type { Token } from './tokens';
import { WORD_VALUES } from './figure-amounts';

/**
 * The words a figure can start from when it has no digit: every number word the figure patterns read
 * ("one" … "hundred", figure-amounts.ts's table), "dozen", and the words of "half a percentage point",
 * "a quarter of a mile" and "a single casualty".
 */
const NUMBER_CUES = new Set([...Object.keys(WORD_VALUES), 'dozen', 'half', 'quarter', 'single']);
/** Length and first letter of each cue: most runs of letters have a shape no cue has and are never sliced or hashed. */
const CUE_SHAPES = new Uint8Array(32 * 128);
for (const w of NUMBER_CUES) if (w.length < 32 && w.charCodeAt(0) < 128) CUE_SHAPES[w.length * 128 + w.charCodeAt(0)] = 1;
const hasCueShape = (lower: string, from: number, to: number) => to - from >= 32 || CUE_SHAPES[(to - from) * 128 + lower.charCodeAt(from)] === 1;

/**
 * Whether a word holds a digit or a number cue between non-letters: every figure pattern needs one of
 * the two, the cue standing as a whole run of letters ("two-thirds", "’twenty"). A long s ("ſix") counts,
 * as the case-insensitive Unicode patterns read it as "six".
 */
function hasCue(lower: string): boolean {
  let from = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) continue;
    if ((c >= 48 && c <= 57) || c === 0x17f) return true;
    if (i > from && hasCueShape(lower, from, i) && NUMBER_CUES.has(i - from === lower.length ? lower : lower.slice(from, i))) return true;
    from = i + 1;
  }
  return false;
}

/**
 * Whether sentence [start, end) may hold a figure, read from its words (the article's tokens, from
 * index `k` on): most sentences have neither a digit nor a number word, and then no figure pattern needs
 * to run over them. A word cut by the sentence's edge is taken to hold one.
 *
 * @example
 * const tokens = tokenize('Talks resumed. Two sides met.');
 * mayHoldFigure(tokens, 0, 0, 14) // false
 * mayHoldFigure(tokens, 0, 15, 29) // true
 */
export function mayHoldFigure(tokens: Token[], k: number, start: number, end: number): boolean {
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.start >= end) break;
    if (t.end <= start) continue;
    if (t.start < start || t.end > end || hasCue(t.lower)) return true;
  }
  return false;
}
