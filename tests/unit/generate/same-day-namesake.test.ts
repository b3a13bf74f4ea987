/**
 * "Saturday's summit in Tarvonia" and "Saturday's two-hour summit was the first …" are one summit: a namesake of
 * the very day has the same answer to "when", so the place alone names it (fresh26's Pyongyang summit).
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import type { ArticleInput, LibraryFacts, Meeting } from '@/lib/extract/types';

const BODY = [
  'Premier Ostrander reports on summit',
  '',
  "Premier Halvard Ostrander spoke to reporters Sunday in Velmora upon his return from Saturday's summit in Tarvonia.",
  '',
  "Saturday's two-hour summit was the first between the leaders of Norland and Estrava since their meeting in 2019.",
].join('\n');

const article: ArticleInput = { id: 'summit', title: 'Premier reports on summit', body: BODY, bodyStart: 0, date: '2021-05-23' };

function meeting(id: string, sentenceText: string, place: string | null, when: string | null, date: string | null): Meeting {
  const start = BODY.indexOf(sentenceText);
  if (start < 0) throw new Error(`not found: ${sentenceText}`);
  const sentence = { start, end: start + sentenceText.length };
  return {
    id, articleId: 'summit', kind: 'meeting', what: 'summit', type: 'meeting', place, when, date, participants: [], order: null,
    supportedBy: ['summit'], conflictIds: [], sentence, ...sentence,
  };
}

function bankOf(secondDate: string): ReturnType<typeof generateBank>['questions'] {
  const meetings = [
    meeting('m-tarvonia', "Premier Halvard Ostrander spoke to reporters Sunday in Velmora upon his return from Saturday's summit in Tarvonia.", 'Tarvonia', 'Saturday', '2021-05-22'),
    meeting('m-first', "Saturday's two-hour summit was the first between the leaders of Norland and Estrava since their meeting in 2019.", null, 'Saturday', secondDate),
  ];
  const facts: LibraryFacts = { articles: [{ id: 'summit', title: article.title, quotes: [], meetings, figures: [] }], people: [], clusters: [], conflicts: [] };
  return generateBank(facts, [article]).questions;
}

describe('a namesake of the same day', () => {
  it('asks when the summit in its place took place, dated by the report', () => {
    const q = bankOf('2021-05-22').find((x) => x.kind === 'when' && x.factIds.includes('m-tarvonia'));
    expect(q?.prompt).toMatch(/when did the summit in Tarvonia take place\?$/);
    expect(q?.answer).toBe('Saturday, May 22');
  });

  it('still asks nothing when the namesake is of another day: "the summit in Tarvonia" could be either', () => {
    const q = bankOf('2021-05-15').find((x) => x.kind === 'when' && x.factIds.includes('m-tarvonia'));
    expect(q).toBeUndefined();
  });
});
