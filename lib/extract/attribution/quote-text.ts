import { isLetterOrDigitAt as letterOrDigitAt, isSpaceUnit as spaceUnit } from '../chars';

/*
 * Called per character or per token, held in module constants: under the CommonJS transform that tsx and
 * vitest apply, each use of an imported binding is a getter call, which V8 does not always inline.
 */
const isSpaceUnit = spaceUnit;
const isLetterOrDigitAt = letterOrDigitAt;

/** Quotations of at most this many words are fragments: scare quotes and partial quotes, not a clause. */
export const FRAGMENT_MAX_WORDS = 3;

/** Whether the text has at most `max` words (whitespace-separated pieces with a letter or digit). */
export function hasAtMostWords(text: string, max: number): boolean {
  // One scan by character code, as `text.split(/\s+/)` and a letter test per piece would count.
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceUnit(text.charCodeAt(i))) counted = false;
    else if (!counted && isLetterOrDigitAt(text, i)) {
      counted = true;
      if (++n > max) return false;
    }
  }
  return true;
}

/** Trailing spaces, commas, colons, dashes and stray opening marks: not part of what was said. */
const TRAILING_JUNK = new Set([...' ,;:“"–—-'].map((c) => c.charCodeAt(0)));

/**
 * Quoted text as shown: whitespace runs as one space, trailing punctuation and marks dropped.
 *
 * @example
 * cleanQuoteText('We are  ready,') // 'We are ready'
 */
export function cleanQuoteText(text: string): string {
  const spaced = hasOnlySingleSpaces(text) ? text : text.replace(/\s+/g, ' ');
  // After the replace the only whitespace left is ' ', so this equals .replace(/[\s,;:“"–—-]+$/, '').
  let end = spaced.length;
  while (end > 0 && TRAILING_JUNK.has(spaced.charCodeAt(end - 1))) end--;
  return spaced.slice(0, end).trim();
}

/** Whether every run of whitespace in text is one plain space: then /\s+/g → ' ' changes nothing (most quotations). */
function hasOnlySingleSpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? i + 1 < text.length && isSpaceUnit(text.charCodeAt(i + 1)) : isSpaceUnit(c)) return false;
  }
  return true;
}
