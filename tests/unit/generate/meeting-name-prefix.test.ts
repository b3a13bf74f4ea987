/**
 * Issue #15 (blind-48 Q10): "the Syrian talks" of "facilitating inter-Syrian talks" could be the Astana talks the
 * same sentence names; a meeting's name keeps the hyphened word the sentence writes before it.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '@/lib/generate/context';
import { hyphenPrefixed, nameOf } from '@/lib/generate/meeting-names';
import type { ArticleInput, LibraryFacts, Meeting } from '@/lib/extract/types';

describe('a meeting named as its sentence writes it', () => {
  it('keeps the hyphened word before the name', () => {
    const sentence = 'The Kerel talks between the guarantor states help the inter-Vardan talks under UN auspices in Geneva.';
    const body = `Press statements\n\n${sentence}`;
    const article: ArticleInput = { id: 'vardan', title: 'Press statements', body, bodyStart: 0, date: '2031-03-28' };
    const start = body.indexOf(sentence);
    const m = {
      articleId: 'vardan', kind: 'meeting', type: 'meeting', place: 'Geneva', when: null, date: null, participants: [], order: null,
      supportedBy: ['vardan'], conflictIds: [], sentence: { start, end: start + sentence.length }, start, end: start + sentence.length, id: 'm-vardan', what: 'Vardan talks',
    } as Meeting;
    const facts: LibraryFacts = { articles: [{ id: 'vardan', title: article.title, quotes: [], meetings: [m], figures: [] }], people: [], clusters: [], conflicts: [] };
    expect(nameOf(buildContext(facts, [article], 'cited'), m)).toBe('the inter-Vardan talks');
  });

  it('leaves a name the sentence writes alone', () => {
    expect(hyphenPrefixed('The Vardan talks opened in Geneva.', 'Vardan talks')).toBeNull();
    expect(hyphenPrefixed('The US-Vardan talks opened in Geneva.', 'Vardan talks')).toBe('US-Vardan talks');
  });
});
