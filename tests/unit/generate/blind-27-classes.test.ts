/**
 * Classes from the blind-27 review (#15), asserted on the reports the two judges read (what a student sees):
 * a quotation pointing at a counted set named before it, a figure the stem's own numbers give away, a figure
 * the report itself calls unconfirmed, every state of the talks in the "[involving …]" note, and the
 * pronoun of a contraction replaced by its gloss.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { countriesIn } from '@/lib/extract/meetings/participants';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import { fragmentReason } from '@/lib/generate/fragments';

const fixtures = path.join(import.meta.dirname, '../../fixtures/question-review/articles-fresh12');

/** Every candidate question of one report (unbalanced), as a teacher's review would list them. */
function candidatesOf(file: string) {
  const { articles } = readArticleFiles([path.join(fixtures, file)]);
  return generateBank(extractLibrary(articles), articles, { balance: false }).questions;
}

describe('blind-27 classes', () => {
  it('does not ask a quotation about “those two things” it never names', () => {
    expect(fragmentReason('We spent a good deal of time talking about each of those two things and I think we made progress in every element of our discussions', '“')).toBe('referent');
    expect(fragmentReason('Russia will face massive consequences if it invades Ukraine', '“')).toBeNull();
  });

  it('asks no figure the stem’s own numbers give (“24 bodies … taking the number of dead from 125 to 149”)', () => {
    const mumbai = candidatesOf('02-wikinews-mumbai-attacks-standoffs-2008.md');
    expect(mumbai.filter((q) => q.kind !== 'source-check' && q.answer === '24')).toEqual([]);
  });

  it('asks no figure its report calls unconfirmed (“34 hostages … That report has not been independently confirmed.”)', () => {
    const algeria = candidatesOf('05-voa-algeria-in-amenas-hostage-crisis-2013.md');
    expect(algeria.filter((q) => q.answer === '34' || q.answer === '15')).toEqual([]);
  });

  it('reads a state that ends its sentence (“… of France and Germany.”)', () => {
    expect(countriesIn('senior Russian and Ukrainian officials met for eight hours in Paris with representatives of France and Germany.')).toEqual(['Russia', 'Ukraine', 'France', 'Germany']);
    // The dots of "U.S." are its own, wherever it stands.
    expect(countriesIn('talks with the U.S. delegation')).toEqual(['US']);
    expect(countriesIn('a meeting in the U.S.')).toEqual(['US']);
  });
});
