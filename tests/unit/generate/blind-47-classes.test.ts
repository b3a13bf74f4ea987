/**
 * Classes blind-47 sent back (issue #15), on invented reports: the day of one call within a visit the report says
 * ran several days (Q14: "the exact day within Cohen's two-day visit is not worth a student's time").
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const visit = (title: string): ArticleInput => ({
  id: 'marlow-visit',
  title,
  outlet: 'Defence News Service',
  date: '2001-03-16',
  bodyStart: 0,
  body: [
    'WASHINGTON, March 16, 2001 – Defence Secretary Alan Marlow ended a two-day visit to Ostravia on Thursday, the first by a defence secretary since the war.',
    'In Belgrad, Marlow met March 14 with President Tomas Velikanov and Prime Minister Ilse Doran, and visited a site where searchers are looking for the remains of a missing pilot.',
    '“We owe the families of the missing a full accounting,” Marlow told reporters at the airport.',
  ].join('\n\n'),
});

const whenQuestions = (bank: Question[]) => bank.filter((q) => q.kind === 'when');

describe('blind-47: the day of one call within a visit of several days', () => {
  it('is not asked when the report is about the visit', () => {
    expect(whenQuestions(bankOf([visit('Symbolic Visit Opens a New Chapter')]))).toEqual([]);
  });

  it('is asked when the headline reports the talks themselves', () => {
    const bank = bankOf([visit('Marlow Holds Talks With Ostravian Leaders')]);
    expect(whenQuestions(bank).map((q) => q.answer)).toContain('March 14');
  });
});
