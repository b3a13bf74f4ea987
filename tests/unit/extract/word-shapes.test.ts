import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WordShapes } from '@/lib/extract/word-shapes';
import { SPEECH_VERBS } from '@/lib/extract/lexicon';

describe('the shape table read before a word list', () => {
  it('passes over common words and never over a listed one', () => {
    const shapes = new WordShapes(['said', 'told', 'announced']);
    expect(shapes.mayList('the')).toBe(false);
    expect(shapes.mayList('minister')).toBe(false);
    expect(shapes.mayList('said')).toBe(true);
    expect(shapes.mayList('announced')).toBe(true);
    // Text the table has no room for is always looked up.
    expect(shapes.mayList('é')).toBe(true);
    expect(shapes.mayList('x'.repeat(40))).toBe(true);
  });

  it('says "may list" for every word of a real list, and for any text the list holds', () => {
    const shapes = new WordShapes(SPEECH_VERBS);
    for (const w of SPEECH_VERBS) expect(shapes.mayList(w)).toBe(true);
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => !SPEECH_VERBS.has(text) || shapes.mayList(text)), { numRuns: 2000 });
  });
});
