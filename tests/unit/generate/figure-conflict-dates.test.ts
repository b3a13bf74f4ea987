/**
 * Two reports whose sentences are alike but whose dates lie years apart tell of different events: "We met six times
 * last year" (2027) and "We met five times last year" (2029) are both true, and no source check may say they
 * disagree (blind-43). The same sentences in reports of the same week still do.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import type { ArticleInput } from '@/lib/extract/types';

function statement(id: string, date: string, host: string, times: string): ArticleInput {
  return {
    id,
    title: `Press statement following Norland-Lorvanian talks (${id})`,
    body: [
      `${host}: Mr President, friends, we are glad to welcome the President of Lorvania, Irma Vogt, on a state visit to Norland.`,
      '',
      `We met ${times} times last year, and our trade and our cultural ties are growing year after year.`,
      '',
    ].join('\n'),
    bodyStart: 0,
    outlet: 'President of Norland',
    date,
  };
}

const checksOf = (articles: ArticleInput[]) =>
  generateBank(extractLibrary(articles), articles).questions.filter((q) => q.kind === 'source-check' && /different figures/.test(q.prompt));

describe('figure disagreements between reports', () => {
  it('are not found between reports filed years apart', () => {
    expect(checksOf([statement('visit-2027', '2027-03-26', 'Tomas Vale', 'six'), statement('visit-2029', '2029-06-17', 'Arlo Penn', 'five')])).toEqual([]);
  });

  it('are still found between reports of the same week', () => {
    expect(checksOf([statement('visit-a', '2027-03-26', 'Tomas Vale', 'six'), statement('visit-b', '2027-03-27', 'Tomas Vale', 'five')])).not.toHaveLength(0);
  });
});
