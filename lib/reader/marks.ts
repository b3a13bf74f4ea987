import { paragraphRanges, type Range } from './paragraphs';

/**
 * What can be drawn on the text, outermost first: a cited sentence holds quotations, which hold the
 * meetings and figures inside them. A mark that crosses an outer one is cut in two at its edge.
 */
export const MARK_LEVELS = [['cited'], ['quote'], ['meeting', 'figure']] as const;
export type MarkKind = (typeof MARK_LEVELS)[number][number];

export interface Mark extends Range {
  /** The fact's id ("cited" for the citation). */
  id: string;
  kind: MarkKind;
}

export type MarkNode =
  | { type: 'text'; text: string }
  | {
      type: 'mark';
      mark: Mark;
      /** This piece begins the mark (where an anchor id belongs). */
      isFirst: boolean;
      /** This piece ends the mark (where its button belongs). */
      isLast: boolean;
      children: MarkNode[];
    };

export interface MarkedParagraph {
  /** Offset of the paragraph's first character in the body: a stable key. */
  start: number;
  nodes: MarkNode[];
}

const levelOf = (kind: MarkKind) => MARK_LEVELS.findIndex((kinds) => (kinds as readonly string[]).includes(kind));

/**
 * Splits an article body into paragraphs and each paragraph into a tree of marked runs, so a reader can
 * draw quotations, meetings, figures and a cited sentence without ever changing the words: the text of
 * the leaves, in order, is exactly the paragraph. Marks outside the body or empty are ignored; of two
 * marks of one level that overlap, the later is cut to start where the earlier ends.
 *
 * @example
 * markParagraphs('He said “yes”.', [{ id: 'q1', kind: 'quote', start: 9, end: 12 }])
 * // [{ start: 0, nodes: [{ type: 'text', text: 'He said “' },
 * //   { type: 'mark', mark: {…}, isFirst: true, isLast: true, children: [{ type: 'text', text: 'yes' }] },
 * //   { type: 'text', text: '”.' }] }]
 */
export function markParagraphs(body: string, marks: readonly Mark[]): MarkedParagraph[] {
  const byLevel = MARK_LEVELS.map((_, level) =>
    marks
      .filter((m) => levelOf(m.kind) === level && m.end > m.start && m.start < body.length && m.end > 0)
      .toSorted((a, b) => a.start - b.start || b.end - a.end),
  );
  return paragraphRanges(body).map((range) => ({ start: range.start, nodes: build(body, byLevel, range, 0) }));
}

function build(body: string, byLevel: readonly Mark[][], range: Range, level: number): MarkNode[] {
  if (range.end <= range.start) return [];
  if (level >= byLevel.length) return [{ type: 'text', text: body.slice(range.start, range.end) }];
  const nodes: MarkNode[] = [];
  let cursor = range.start;
  for (const mark of byLevel[level] ?? []) {
    if (mark.end <= cursor || mark.start >= range.end) continue;
    const start = Math.max(mark.start, cursor);
    const end = Math.min(mark.end, range.end);
    nodes.push(...build(body, byLevel, { start: cursor, end: start }, level + 1));
    nodes.push({ type: 'mark', mark, isFirst: start === mark.start, isLast: end === mark.end, children: build(body, byLevel, { start, end }, level + 1) });
    cursor = end;
  }
  nodes.push(...build(body, byLevel, { start: cursor, end: range.end }, level + 1));
  return nodes;
}

/** The words under a tree of runs, in order: always the paragraph's own text. */
export function textOf(nodes: readonly MarkNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : textOf(node.children))).join('');
}
