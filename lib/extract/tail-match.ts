/**
 * `re.exec(text)` for a pattern anchored at the end (`$`) of a long text, reading only the text's last
 * `window` characters when that is sure to give the same match. An end-anchored pattern is tried from
 * every position of the text, and the texts it is run on are often a sentence's whole prefix: nearly all
 * of that work is at positions that can never reach the end.
 *
 * Exact for a pattern without the g or y flag and without lookbehind, given `outside`, a pattern for a
 * character no match of `re` can contain. A match runs on to the end of the text, so when such a character
 * lies before the window's match, no match of the whole text starts before that character either, and from
 * there on the two texts read the same. Otherwise (no match in the window, or none of those characters
 * before it) the whole text is read.
 *
 * @example
 * execAtEnd(/(\p{L}+)\s+$/u, `${'x, '.repeat(100)}the reporter `, /[^\p{L}\s]/u)?.[1] // 'reporter'
 */
export function execAtEnd(re: RegExp, text: string, outside: RegExp, window = 80): RegExpExecArray | null {
  if (text.length <= window) return re.exec(text);
  let from = text.length - window;
  // Never between the halves of a surrogate pair: the half left in the window would read as a character of its own.
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff) from--;
  const tail = text.slice(from);
  const m = re.exec(tail);
  if (!m || !outside.test(tail.slice(0, m.index))) return re.exec(text);
  m.index += from;
  m.input = text;
  return m;
}
