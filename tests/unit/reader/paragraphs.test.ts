import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '@/lib/reader/paragraphs';

describe('splitParagraphs', () => {
  it('keeps each paragraph at its offset in the body, skipping blank lines', () => {
    const body = 'Title\n\nFirst paragraph.\r\nSecond.\n';
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => p.pieces.map((x) => x.text).join(''))).toEqual(['Title', 'First paragraph.\r', 'Second.']);
    for (const p of paragraphs) {
      const text = p.pieces.map((x) => x.text).join('');
      expect(body.slice(p.start, p.start + text.length)).toBe(text);
    }
  });

  it('highlights exactly the cited range, even across paragraphs', () => {
    const body = 'Alpha beta.\nGamma delta.';
    const cited = { start: body.indexOf('beta'), end: body.indexOf('Gamma') + 'Gamma'.length };
    const marked = splitParagraphs(body, cited)
      .flatMap((p) => p.pieces)
      .filter((x) => x.isCited)
      .map((x) => x.text);
    expect(marked).toEqual(['beta.', 'Gamma']);
  });

  it('ignores a citation outside the body', () => {
    expect(splitParagraphs('One line', { start: 50, end: 60 })[0]?.pieces).toEqual([{ text: 'One line', isCited: false }]);
  });
});
