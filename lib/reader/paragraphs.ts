/** A half-open range [start, end) of an article body. */
export interface Range {
  start: number;
  end: number;
}

/**
 * The non-empty lines of an article body (web copy uses one line per paragraph), as ranges into it, so
 * that everything drawn on a paragraph keeps pointing at the body's own characters.
 *
 * @example
 * paragraphRanges('One.\n\nTwo three.') // [{ start: 0, end: 4 }, { start: 6, end: 16 }]
 */
export function paragraphRanges(body: string): Range[] {
  const ranges: Range[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    if (body.slice(lineStart, lineEnd).trim()) ranges.push({ start: lineStart, end: lineEnd });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return ranges;
}
