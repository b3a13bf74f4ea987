/**
 * The defect classes the blind-22 review sent back: a figure asked as fact when its own sentence sets a
 * rival account of the same thing against it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';
import type { ArticleInput } from '@/lib/extract/types';

describe('a figure with a rival account in its own sentence is not asked as fact', () => {
  it('asks neither al-Shabab’s 60 nor the governor’s “at least 40” Kenyan troops killed', () => {
    // articles-fresh8/08 (VOA, public domain).
    const file = path.join(import.meta.dirname, '../../fixtures/question-review/articles-fresh8/08-voa-al-shabab-attack-au-base-somalia-2016.md');
    const { articles } = readArticleFiles([file]);
    const answers = generateBank(extractLibrary(articles), articles, { balance: false }).questions.map((q) => q.answer);
    expect(answers.filter((a) => a === '60' || a === '40')).toEqual([]);
  });

  it('still asks two figures of one sentence that do not contend ("2,800 of West Africa’s 5,165 Ebola deaths")', () => {
    const ebola: ArticleInput = {
      id: 'ebola', title: 'Liberia sets a goal for Ebola', bodyStart: 0, date: '2031-11-16', outlet: 'Wire',
      body: 'More than 2,800 of West Africa’s 5,165 Ebola deaths have been recorded in Liberia, the World Health Organization said on Friday.',
    };
    const answers = generateBank(extractLibrary([ebola]), [ebola], { balance: false }).questions.map((q) => q.answer);
    expect(answers).toContain('5,165');
  });
});
