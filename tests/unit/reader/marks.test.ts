import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markParagraphs, textOf, type Mark, type MarkNode } from '@/lib/reader/marks';
import { paragraphRanges } from '@/lib/reader/paragraphs';

const marked = (nodes: MarkNode[], kind: string): string[] =>
  nodes.flatMap((n) => (n.type === 'text' ? [] : [...(n.mark.kind === kind ? [textOf(n.children)] : []), ...marked(n.children, kind)]));

describe('paragraphRanges', () => {
  it('keeps each non-empty line at its offset in the body', () => {
    const body = 'Title\n\nFirst paragraph.\r\nSecond.\n';
    expect(paragraphRanges(body).map((r) => body.slice(r.start, r.end))).toEqual(['Title', 'First paragraph.\r', 'Second.']);
  });
});

describe('markParagraphs', () => {
  it('highlights exactly the cited range, even across paragraphs, with the anchor on its first piece', () => {
    const body = 'Alpha beta.\nGamma delta.';
    const cited: Mark = { id: 'cited', kind: 'cited', start: body.indexOf('beta'), end: body.indexOf('Gamma') + 5 };
    const paragraphs = markParagraphs(body, [cited]);
    expect(paragraphs.flatMap((p) => marked(p.nodes, 'cited'))).toEqual(['beta.', 'Gamma']);
    const pieces = paragraphs.flatMap((p) => p.nodes.filter((n) => n.type === 'mark'));
    expect(pieces.map((n) => n.type === 'mark' && [n.isFirst, n.isLast])).toEqual([[true, false], [false, true]]);
  });

  it('nests a figure inside a quotation inside a cited sentence', () => {
    const body = 'He said “we saw 100,000 troops” at the border.';
    const marks: Mark[] = [
      { id: 'f', kind: 'figure', start: body.indexOf('100,000'), end: body.indexOf('100,000') + 7 },
      { id: 'q', kind: 'quote', start: body.indexOf('we'), end: body.indexOf('troops') + 6 },
      { id: 'cited', kind: 'cited', start: 0, end: body.length },
    ];
    const [paragraph] = markParagraphs(body, marks);
    const cited = paragraph!.nodes[0]!;
    expect(cited.type === 'mark' && cited.mark.kind).toBe('cited');
    const quote = cited.type === 'mark' ? cited.children.find((n) => n.type === 'mark') : undefined;
    expect(quote?.type === 'mark' && textOf(quote.children)).toBe('we saw 100,000 troops');
    expect(quote?.type === 'mark' && marked(quote.children, 'figure')).toEqual(['100,000']);
  });

  it('cuts a quotation that crosses the cited sentence, so its button follows its last piece', () => {
    const body = 'One. “Two three” four.';
    const marks: Mark[] = [
      { id: 'q', kind: 'quote', start: 6, end: 15 },
      { id: 'cited', kind: 'cited', start: 0, end: 9 },
    ];
    const pieces: { text: string; isLast: boolean }[] = [];
    const walk = (nodes: MarkNode[]) => nodes.forEach((n) => n.type === 'mark' && (n.mark.kind === 'quote' ? pieces.push({ text: textOf(n.children), isLast: n.isLast }) : walk(n.children)));
    walk(markParagraphs(body, marks)[0]!.nodes);
    expect(pieces).toEqual([{ text: 'Two', isLast: false }, { text: ' three', isLast: true }]);
  });

  it('ignores marks outside the body or empty', () => {
    const nodes = markParagraphs('One line', [{ id: 'x', kind: 'quote', start: 50, end: 60 }, { id: 'y', kind: 'figure', start: 3, end: 3 }])[0]!.nodes;
    expect(nodes).toEqual([{ type: 'text', text: 'One line' }]);
  });

  it('never changes, drops or repeats a word of the text, whatever the marks', () => {
    const kinds = ['cited', 'quote', 'meeting', 'figure'] as const;
    const mark = fc.record({ id: fc.string(), kind: fc.constantFrom(...kinds), start: fc.integer({ min: -5, max: 80 }), end: fc.integer({ min: -5, max: 90 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: fc.constantFrom('a', 'b', ' ', '\n', '“', '.') }), fc.array(mark, { maxLength: 8 }), (body, marks) => {
        const paragraphs = markParagraphs(body, marks);
        const ranges = paragraphRanges(body);
        expect(paragraphs.map((p) => textOf(p.nodes))).toEqual(ranges.map((r) => body.slice(r.start, r.end)));
      }),
    );
  });
});
