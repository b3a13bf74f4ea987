/**
 * Round 6 on #15, figures: the stems blind-25/26 sent back, asserted on the real reports the judges read
 * (what a student sees): the source's hedge and event kept, the counted noun without a verb, and a count
 * the lede already gives in another form asked once.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import type { Question } from '@/lib/generate/types';
import { withEventPhrase } from '@/lib/generate/figure-wording';

const fixtures = path.join(import.meta.dirname, '../../fixtures/question-review');

/** Every figure candidate of one report (unbalanced), as a teacher's review would list them. */
function figuresOf(file: string): Question[] {
  const { articles } = readArticleFiles([path.join(fixtures, file)]);
  return generateBank(extractLibrary(articles), articles, { balance: false }).questions.filter((q) => q.kind.startsWith('figure-'));
}

describe('figure stems keep the source’s hedge and event (blind-25)', () => {
  const thai = figuresOf('articles-fresh10/07-voa-thai-army-coup-kerry-2014.md').filter((q) => q.answer === '30');

  // Round 6 asked it as "how many people have been killed in the unrest?"; blind-29's judges sent the same
  // shape back ("killed in the violence": since when?). A toll with no start is no longer asked; the hedge
  // ("The article says “At least …”") is asserted on the Italian earthquake in figure-classes.test.ts.
  it('does not ask the Thai toll killed “in the unrest”: nothing says since when', () => {
    expect(thai.map((q) => q.prompt)).toEqual([]);
  });

  it('adds the event phrase only when it closes the clause and is not a bare “in the region”', () => {
    expect(withEventPhrase('Nearly 30 people have been killed in the unrest.', 'people have been killed')).toBe('people have been killed in the unrest');
    expect(withEventPhrase('At least 150 people have been killed in the region and officials say …', 'people have been killed')).toBe('people have been killed');
    expect(withEventPhrase('Sudan’s army demobilized 15,000 troops considered to be southerners.', 'troops')).toBe('troops');
  });
});

describe('the unit is the counted noun (blind-26)', () => {
  it('accepts and explains “15,000 troops”, never “troops considered”', () => {
    const typed = figuresOf('articles-fresh11/03-voa-south-sudan-becomes-newest-nation-2011.md').find((q) => q.kind === 'figure-numeric' && q.answer === '15,000');
    expect(typed?.numeric?.unit).toBe('troops');
    expect(typed?.explanation).toMatch(/^The article gives 15,000 troops\./);
  });
});

describe('a count the lede gives in another form is asked once (blind-26)', () => {
  it('asks the lede’s “more than 5,000” refugees in Chad, never the later “estimated 5,600” that would mark 5,000 wrong', () => {
    const car = figuresOf('articles-fresh11/11-voa-car-violence-refugees-flee-to-chad-2018.md');
    expect(car.map((q) => q.answer)).toContain('5,000');
    expect(car.map((q) => q.answer)).not.toContain('5,600');
  });
});

describe('a figure written with a hyphenated scale', () => {
  it('never blanks “killed _____-thousand people” (the count is 20,000, not 20)', () => {
    const pakistan = figuresOf('articles-fresh6/02-voa-pakistan-quake-rescue-2005.md');
    for (const q of pakistan) expect(q.prompt).not.toContain('_____-thousand');
  });
});
