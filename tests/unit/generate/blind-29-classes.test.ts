/**
 * What two blind teachers sent back in blind-29 (tests/fixtures/question-review/blind-29*.json) and
 * the generator now avoids, checked on the bank built from the same articles.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { readArticleFiles } from '@/lib/cli/read-article-files';

const root = path.join(import.meta.dirname, '../../..');
const folders = ['content/articles', 'tests/fixtures/question-review/articles-fresh14'];
const files = folders.flatMap((d) => readdirSync(path.join(root, d)).filter((f) => /^[0-9].*\.md$/.test(f)).map((f) => path.join(root, d, f)));
const { articles } = readArticleFiles(files);
const bank = generateBank(extractLibrary(articles), articles);
const texts = (q: (typeof bank.questions)[number]) => `${q.prompt} ${q.explanation ?? ''}`;

describe('blind-29 classes', () => {
  it('dates the AFP report’s “Wednesday (Jan 26)” in 2022, never in the year of another story’s meeting in Washington', () => {
    const day = bank.questions.filter((q) => /on Wednesday \(_____\) rejected/.test(q.prompt));
    expect(day.length).toBe(1);
    expect(texts(day[0]!)).toMatch(/January 2022/);
    expect(bank.questions.filter((q) => /AFP/.test(q.prompt) && /\b2011\b/.test(texts(q))).map((q) => q.prompt)).toEqual([]);
  });

  it('blanks no day in a transcript’s header line of place and time (“Geneva, Switzerland • _____ • 7:20 P.M.”)', () => {
    expect(bank.questions.filter((q) => /•[^•]*_____/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});
