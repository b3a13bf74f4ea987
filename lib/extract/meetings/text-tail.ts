/**
 * The end of a long clause, for the patterns anchored at its end ("the word right before the verb"): a pattern
 * with no start anchor is tried from every offset of the text, and the text before a trigger is the whole
 * sentence up to it.
 */

/**
 * Whether a character ends what a tail pattern can hold: an ASCII mark that is no word character (letter, digit,
 * "_"), no space, no apostrophe and no hyphen (",", ".", ";", "(", quotation marks). Any other character, a letter
 * of another script included, may be inside a match.
 */
function isMark(c: number): boolean {
  if (c >= 128) return false;
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  return c !== 95 && c !== 39 && c !== 45 && c !== 32 && !(c >= 9 && c <= 13);
}

/**
 * The last `min` characters of `text` or more, cut right after a mark (or the whole text when it has none before
 * them). A pattern anchored at the end whose matches hold only letters, digits, spaces, apostrophes and hyphens finds
 * in it what it finds in the whole text: no such match can hold the mark, and a word boundary right after the mark
 * is one at the tail's start too.
 *
 * @example
 * tailAfterMark('In Paris, the Associated Press reporter ', 10) // ' the Associated Press reporter '
 */
export function tailAfterMark(text: string, min: number): string {
  let cut = text.length - min;
  if (cut <= 0) return text;
  while (cut > 0 && !isMark(text.charCodeAt(cut - 1))) cut--;
  return cut === 0 ? text : text.slice(cut);
}
