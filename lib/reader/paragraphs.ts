/** A run of paragraph text, highlighted when it lies inside the cited range. */
export interface ParagraphPiece {
  text: string;
  isCited: boolean;
}

export interface Paragraph {
  /** Offset of the paragraph's first character in the article body. */
  start: number;
  pieces: ParagraphPiece[];
}

/**
 * Splits an article body into its non-empty lines (web copy uses one line per paragraph), keeping offsets,
 * and marks the part of each paragraph inside `cited` so a reader can see the sentence a question cites.
 *
 * @example
 * splitParagraphs('One.\n\nTwo three.', { start: 6, end: 9 })
 * // [{ start: 0, pieces: [{ text: 'One.', isCited: false }] },
 * //  { start: 6, pieces: [{ text: 'Two', isCited: true }, { text: ' three.', isCited: false }] }]
 */
export function splitParagraphs(body: string, cited?: { start: number; end: number } | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(lineStart, lineEnd);
    if (line.trim()) paragraphs.push({ start: lineStart, pieces: piecesOf(line, lineStart, cited) });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return paragraphs;
}

function piecesOf(line: string, offset: number, cited?: { start: number; end: number } | null): ParagraphPiece[] {
  if (!cited || cited.end <= offset || cited.start >= offset + line.length || cited.end <= cited.start) {
    return [{ text: line, isCited: false }];
  }
  const from = Math.max(0, cited.start - offset);
  const to = Math.min(line.length, cited.end - offset);
  return [
    { text: line.slice(0, from), isCited: false },
    { text: line.slice(from, to), isCited: true },
    { text: line.slice(to), isCited: false },
  ].filter((piece) => piece.text.length > 0);
}
