/**
 * Issue #15 (blind-48 Q19, Q25): a figure its report does not assert is not asked. A claim someone denies ("deny
 * the reports that 147 civilians had been killed") and a toll of another story's event, recalled in an aside ("…
 * were injured during the three-week offensive" in a report on another country).
 */
import { describe, expect, it } from 'vitest';
import { isDeniedClaim, isTollOfAnotherStory } from '@/lib/generate/figure-disowned';
import { generateBank } from '@/lib/generate';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

describe('figures a report does not assert', () => {
  it('asks no figure someone denies', () => {
    const body = [
      'Inquiry opens into Dorran raid',
      '',
      'A rights commission in Velmark is investigating a raid on the village of Dorran on May 4.',
      '',
      'Army officials denied using incendiary shells and also deny the reports that 212 villagers had been killed in the raid.',
    ].join('\n');
    const article: ArticleInput = { id: 'dorran', title: 'Inquiry opens into Dorran raid', body, bodyStart: 0, date: '2031-05-11' };
    const questions = generateBank(extractLibrary([article]), [article], { balance: false }).questions;
    expect(questions.filter((q) => q.answer.includes('212'))).toEqual([]);
    expect(isDeniedClaim('Army officials also deny the reports that ')).toBe(true);
    expect(isDeniedClaim('Army officials confirmed that ')).toBe(false);
    expect(isDeniedClaim('Officials denied the claim, but said ')).toBe(false);
  });

  it('asks no toll of another story’s event, recalled in an aside', () => {
    const title = 'Rights group in Velmark investigates raid claim';
    const body = `${title}\n\nA rights commission in Velmark is investigating a raid on the village of Dorran on May 4. The raid is reported to have killed dozens of civilians.\n\nThe claim comes from a doctor at a burns hospital in Tarvel, who says many of the injured from Dorran had unusual burns on their bodies. His account prompted the commission to open an inquiry, and the army has promised to cooperate with it.\n\nThe claim comes months after the Korvan army used the same shells in Ostra. Nearly 900 Ostrans died and nearly 3,100 were injured during the two-week offensive. Nine Korvan soldiers were also killed.`;
    const article: ArticleInput = { id: 'ostra', title, body, bodyStart: 0, date: '2031-05-11' };
    const shown = 'Nearly 900 Ostrans died and nearly 3,100 were injured during the two-week offensive.';
    expect(isTollOfAnotherStory(article, shown)).toBe(true);
    const questions = generateBank(extractLibrary([article]), [article], { balance: false }).questions;
    expect(questions.filter((q) => /3,100|\bNine\b|\b9\b|\b900\b/i.test(q.answer))).toEqual([]);
    // The report's own event, named in its lead, stays askable.
    expect(isTollOfAnotherStory(article, 'Nearly 40 Dorran villagers died during the two-day assault.')).toBe(false);
  });
});
