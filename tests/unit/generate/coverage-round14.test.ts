/**
 * Round 14 (coverage of real articles' key facts), on invented transcripts: the meeting a briefing reports is asked
 * where the transcript's header line says the briefing was given; never the briefing, a call, or a meeting of
 * another day or still to come.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function bankOf(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions;
}

const HEADER = 'THE WHITE HOUSE\n\nOffice of the Press Secretary\n\nFor Immediate Release September 3, 2011\n\nPress Filing Center\n\nGrand Hotel\n\nLisbon, Portugal\n\n6:00 P.M. WEST';

const briefing = (turns: string[]): ArticleInput => ({
  id: 'readout',
  title: 'Background Briefing by a Senior Administration Official on the President’s Bilateral Meeting',
  body: [HEADER, ...turns].join('\n\n'),
  bodyStart: 0,
  outlet: 'The White House',
  date: '2011-09-03',
});

const wheres = (a: ArticleInput) => bankOf([a]).filter((q) => q.kind === 'where');

describe('the meeting a briefing reports, placed by the transcript’s header line', () => {
  it('is asked by who met, the header line cited beside the readout', () => {
    const a = briefing([
      'MR. SMITH: Good evening. A senior official will take your questions for a few minutes.',
      'SENIOR ADMINISTRATION OFFICIAL: Thank you. The President had a two-hour meeting with Prime Minister Tomas Vale. They discussed trade, energy and the situation in the region at length.',
    ]);
    const got = wheres(a);
    expect(got).toHaveLength(1);
    const q = got[0]!;
    expect(q.answer).toBe('Lisbon');
    expect(q.prompt).toMatch(/meeting with Prime Minister Tomas Vale/);
    expect(q.sources.some((s) => a.body.slice(s.start, s.end) === 'Lisbon, Portugal')).toBe(true);
  });

  it('is not asked of a meeting the readout puts on another day or ahead', () => {
    const a = briefing([
      'MR. SMITH: Good evening. We have a senior official to give a readout.',
      'SENIOR ADMINISTRATION OFFICIAL: Thank you. The President had a meeting with Prime Minister Tomas Vale last year. He will hold talks with Prime Minister Tomas Vale next month.',
    ]);
    expect(wheres(a)).toEqual([]);
  });

  it('is not asked of the briefing itself, nor of a call', () => {
    const a = briefing([
      'MR. SMITH: Good evening. There is a conference call in an hour, and the briefing will be short.',
      'SENIOR ADMINISTRATION OFFICIAL: Thank you. The President spoke by phone with Prime Minister Tomas Vale in a call this morning.',
    ]);
    expect(wheres(a)).toEqual([]);
  });
});

describe('a header line asked on its own', () => {
  it('stays no story line: the record a title names is not asked from its dateline alone', () => {
    const a: ArticleInput = {
      id: 'opening', title: 'Beginning of a Meeting with Prime Minister Tomas Vale',
      body: 'Beginning of a Meeting with Prime Minister Tomas Vale\n\nMarch 4, 2011, The Kremlin, Moscow\n\nThe President: Dear Mr Prime Minister! Dear friends!\n\nAllow me to welcome you warmly to the Kremlin and to wish you a good stay in our country.',
      bodyStart: 0, outlet: 'President of Russia', date: '2011-03-04',
    };
    expect(wheres(a)).toEqual([]);
  });
});

describe('a report whose header line dates and places it', () => {
  it('asks the meeting its first sentence reports as held where that line says, citing the line', () => {
    const a: ArticleInput = {
      id: 'kremlin-readout', title: 'Meeting with Prime Minister of Norland Tomas Vale',
      body: 'March 4, 2011, The Kremlin, Moscow\n\nPresident Anna Berg had a meeting with Prime Minister Tomas Vale.\n\nThe two leaders discussed trade, energy and cooperation in the north, and agreed to meet again in the autumn.',
      bodyStart: 0, outlet: 'President of Russia', date: '2011-03-04',
    };
    const got = wheres(a);
    expect(got.map((q) => q.answer)).toEqual(['Moscow']);
    expect(got[0]!.sources.some((s) => a.body.slice(s.start, s.end) === 'March 4, 2011, The Kremlin, Moscow')).toBe(true);
  });
});
