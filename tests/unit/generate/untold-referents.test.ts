/**
 * Issue #15: no question from a fragment whose referent is missing. A where/when stem quotes its meeting's
 * sentence; "the issue", "this decision" or a bare "this" there points at what the sentence before told.
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import type { ArticleInput, LibraryFacts, Meeting } from '@/lib/extract/types';
import { pointsAtUntoldThing } from '@/lib/generate/untold-referents';

const BODY = [
  'Grazing dispute heads to talks',
  '',
  'The two governments have quarrelled over grazing rights along the river for a decade.',
  '',
  'As Mr Okello said, the issue was to appear on the agenda of his talks with President Ruto in Nairobi in October.',
  '',
  'Farmers discussed the question of water rights at separate talks in Arusha in November.',
].join('\n');

const article: ArticleInput = { id: 'graze', title: 'Grazing dispute heads to talks', body: BODY, bodyStart: 0, date: '2022-06-10' };

function meeting(id: string, sentenceText: string, place: string, when: string): Meeting {
  const start = BODY.indexOf(sentenceText);
  const sentence = { start, end: start + sentenceText.length };
  return {
    id, articleId: 'graze', kind: 'meeting', what: 'talks', type: 'talks', place, when, date: null, participants: [], order: null,
    supportedBy: ['graze'], conflictIds: [], sentence, ...sentence,
  };
}

const facts: LibraryFacts = {
  articles: [{
    id: 'graze', title: article.title, quotes: [], figures: [], meetings: [
      meeting('m-nairobi', 'As Mr Okello said, the issue was to appear on the agenda of his talks with President Ruto in Nairobi in October.', 'Nairobi', 'October'),
      meeting('m-arusha', 'Farmers discussed the question of water rights at separate talks in Arusha in November.', 'Arusha', 'November'),
    ],
  }],
  people: [],
  clusters: [],
  conflicts: [],
};

describe('a stem whose shell noun points at the sentence before', () => {
  const bank = generateBank(facts, [article]).questions;
  const stems = bank.filter((q) => q.kind === 'where' || q.kind === 'when').map((q) => q.prompt);

  it('is not asked: "the issue was to appear on the agenda … in _____" never says which issue', () => {
    expect(stems.filter((p) => /the issue was/.test(p))).toEqual([]);
  });

  it('"the question of water rights" says which, and is asked', () => {
    expect(stems.some((p) => /the question of water rights/.test(p))).toBe(true);
  });

  it('reads a shell noun the stem itself told before, and a bare "this" as a subject', () => {
    expect(pointsAtUntoldThing('They tabled a proposal on trade in _____, and the proposal passed.')).toBe(false);
    expect(pointsAtUntoldThing('This was discussed at the summit in _____.')).toBe(true);
    expect(pointsAtUntoldThing('Russia welcomes this decision and backs the talks held in _____.')).toBe(true);
    expect(pointsAtUntoldThing('The ministers met in _____ this week.')).toBe(false);
  });
});
