/*
 * A weekday is turned into a date from the report's date only when the report was written on it: a story
 * dated 23 December whose text says the truce "expires on December 19" was written before (blind-58's one
 * false key: "talks with Bush on Friday" asked as 26 December; they met on 19 December).
 */
import { describe, expect, it } from 'vitest';
import { writtenBeforeItsDate } from '@/lib/generate/written-before-date';
import { generateBank } from '@/lib/generate';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

function whenAsked(date: string) {
  const articles: ArticleInput[] = [{ id: 'truce', title: 'Kestria ends truce with Norland', date, body, bodyStart: 0, outlet: 'Wikinews' }];
  return generateBank(extractLibrary(articles), articles).questions.filter((q) => q.kind === 'when' && /Haddad|Whitford/.test(q.prompt));
}

const body = [
  'Kestria declared an end to the six-month truce with Norland at dawn today.',
  '"The calm, which was reached on June 19 and expires on December 19, is finished," said Kestrian official Ayman Talib.',
  'Palestinian leader Omar Haddad, who is to hold talks with President Daniel Whitford in Washington on Friday, will press for a new round of negotiations, said negotiator Samir Arek.',
].join('\n\n');

describe('a report written before its date', () => {
  it('is told by a scheduled day already past on its date', () => {
    expect(writtenBeforeItsDate(body, '2008-12-23')).toBe(true);
    expect(writtenBeforeItsDate(body, '2008-12-19')).toBe(false);
    expect(writtenBeforeItsDate('The truce expired on December 19.', '2008-12-23')).toBe(false);
    expect(writtenBeforeItsDate('The summit will open on March 3.', '2008-12-23')).toBe(false);
  });

  it('asks no date its weekday would give wrong', () => {
    expect(whenAsked('2008-12-23')).toEqual([]);
    expect(whenAsked('2008-12-17').map((q) => q.answer)).toEqual([expect.stringMatching(/19 December 2008|December 19/)]);
  });
});
