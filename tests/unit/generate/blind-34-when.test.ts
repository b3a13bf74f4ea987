/**
 * When-questions blind-34 sent back (tests/fixtures/question-review/review-blind-34*.judged.md), as
 * classes, on invented reports: the report's own day is not asked of a routine event; a day the report's date
 * turns into a date is asked with that date in the label; a traveller's departure day is not asked.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';
import type { Question } from '@/lib/generate/types';

function whenQuestions(articles: ArticleInput[]): Question[] {
  return generateBank(extractLibrary(articles), articles).questions.filter((q) => q.kind === 'when');
}

const article = (id: string, title: string, body: string, outlet: string, date: string): ArticleInput => ({ id, title, body, bodyStart: 0, outlet, date });

// Thursday, May 19, 2033.
const townHall = article(
  'ministry-minister-visits-sailors',
  'Minister visits sailors in Lisbon',
  [
    'LISBON (Ministry News Service, May 19, 2033) -- “This is my first visit to the fleet as minister,” said Ada Lorne.',
    '',
    'Lorne held a town hall meeting with sailors at the naval base in Lisbon, May 19.',
    '',
    'She thanked the crews for their service and took questions about pay.',
    '',
  ].join('\n'),
  'Ministry News Service',
  '2033-05-19',
);

// Friday, May 20, 2033.
const annual = article(
  'wire-ministers-meet-in-oslo',
  'Ministers prepare for the Alliance summit',
  [
    'Foreign ministers from the Alliance’s member states met in Oslo Friday for their annual meeting.',
    '',
    'They discussed the budget and the summit to be held later in the year.',
    '',
  ].join('\n'),
  'Wire Service',
  '2033-05-20',
);

describe('blind-34: the report’s own day is not asked of a routine event', () => {
  it('asks no when-question whose answer is the dateline’s day of a town hall meeting', () => {
    expect(whenQuestions([townHall]).map((q) => q.answer)).toEqual([]);
  });

  it('asks no when-question whose answer is the report’s day, written only as a weekday (“met in Oslo Friday”)', () => {
    expect(whenQuestions([annual]).map((q) => q.answer)).toEqual([]);
  });
});

// Friday, May 20, 2033: the Wednesday of its week is May 18.
const week = article(
  'office-this-week-at-the-foreign-office',
  'This week at the Foreign Office',
  [
    'Minister for Europe Tomas Brill represented Kestria at the annual Council of Europe Ministers meeting in Istanbul on Wednesday.',
    '',
    'He also spoke about the reform of the court.',
    '',
  ].join('\n'),
  'Foreign Office',
  '2033-05-20',
);

describe('blind-34: a weekday the report’s date turns into a date is asked with that date shown', () => {
  it('shows the report’s full date (May 20, 2033) in the stem of a when-question answered “Wednesday, May 18”', () => {
    const asked = whenQuestions([week]);
    expect(asked.map((q) => q.answer)).toEqual(['Wednesday, May 18']);
    for (const q of asked) expect(q.prompt).toContain('May 20, 2033');
  });
});

// Wednesday, May 18, 2033: its Sunday is May 22.
const itinerary = article(
  'radio-minister-heads-abroad',
  'Minister Heads to Europe on First Trip Abroad',
  [
    'Foreign Minister Dara Kell’s predecessor travelled less than most ministers, preferring the telephone.',
    '',
    'The minister will visit London, Berlin, Warsaw and Ankara before flying to the Middle East Sunday for talks with Egyptian and Jordanian leaders in Cairo and Amman.',
    '',
    'She is then due to return to Europe to complete the trip next week.',
    '',
  ].join('\n'),
  'Radio Kestria',
  '2033-05-18',
);

describe('blind-34: a traveller’s departure day is not asked as the day of the talks', () => {
  it('asks no when-question answered by the day the minister flies on (“before flying to the Middle East Sunday for talks”)', () => {
    expect(whenQuestions([itinerary]).map((q) => q.answer)).toEqual([]);
  });
});
