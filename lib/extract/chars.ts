/*
 * Character classes as the regular expressions of the extractor read them, per UTF-16 code unit,
 * filled on first sight: scans by character code in hot loops instead of a regex per piece of text.
 */

/** /\s/ per code unit: 0 unknown, 1 no, 2 yes. */
const spaceClass = new Uint8Array(0x10000);

/**
 * Whether the code unit c is whitespace as /\s/ reads it.
 *
 * @example
 * isSpaceUnit(0xa0) // true (no-break space)
 */
export function isSpaceUnit(c: number): boolean {
  let k = spaceClass[c] as number;
  if (k === 0) {
    k = /\s/.test(String.fromCharCode(c)) ? 2 : 1;
    spaceClass[c] = k;
  }
  return k === 2;
}

/** [\p{L}\p{N}] per BMP code unit: 0 unknown, 1 no, 2 yes. */
const letterClass = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Whether a letter or digit starts at index i of s, as /[\p{L}\p{N}]/u reads it: a surrogate pair is one
 * code point, a lone surrogate (or the second half of a pair read alone) none.
 *
 * @example
 * isLetterOrDigitAt('“Ö', 1) // true
 */
export function isLetterOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2));
  }
  let k = letterClass[c] as number;
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
    letterClass[c] = k;
  }
  return k === 2;
}

const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Whether s starts with an upper-case letter, as /^\p{Lu}/u reads it, without running the Unicode
 * pattern for the words that start with an ASCII character (nearly all): of those only A–Z are \p{Lu}.
 *
 * @example
 * startsUpper('Élysée') // true
 */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(s);
}

/**
 * Escapes a string for use inside a RegExp.
 *
 * @example
 * escapeRegExp('Mr. Blinken'); // → 'Mr\\. Blinken'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
