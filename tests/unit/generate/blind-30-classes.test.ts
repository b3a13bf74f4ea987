/**
 * What two blind teachers sent back in blind-30 (tests/fixtures/question-review/blind-30*.json) and
 * the generator now avoids, checked on the bank built from the same articles. (The typed day, "Jan 26"
 * accepted only as written, is the grader's: tests/unit/grading/typed.test.ts.)
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { isMostlyCourtesy } from '@/lib/generate/openers';
import { fragmentReason } from '@/lib/generate/fragments';
import { readArticleFiles } from '@/lib/cli/read-article-files';

const root = path.join(import.meta.dirname, '../../..');
const folders = ['content/articles', 'tests/fixtures/question-review/articles-fresh15'];
const files = folders.flatMap((d) => readdirSync(path.join(root, d)).filter((f) => /^[0-9].*\.md$/.test(f)).map((f) => path.join(root, d, f)));
const { articles } = readArticleFiles(files);
const bank = generateBank(extractLibrary(articles), articles);

describe('blind-30 classes', () => {
  it('asks no greeting: “Mr Prime Minister, my friend. To my Indian friends, I would like to welcome you all once again”', () => {
    expect(bank.questions.filter((q) => /my friend\. To my Indian friends/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(isMostlyCourtesy('Mr Prime Minister, my friend. To my Indian friends, I would like to welcome you all once again.')).toBe(true);
    expect(isMostlyCourtesy('Mr Prime Minister, my friend. We agreed today to build a new gas pipeline from Russia to India by 2030, and our ministers will sign it in Delhi.')).toBe(false);
  });

  it('blanks no city whose name goes on after the blank (“in _____ D.C.”)', () => {
    expect(bank.questions.filter((q) => /_____,? D\.?\s?C\b/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe('blind-30: who is no one to offer', () => {
  it('offers no outlet’s reporter (“VOA’s Jim Teeple reports …”) for Tony Blair’s words: with Olmert alone beside him, no question', () => {
    expect(bank.questions.filter((q) => q.choices.includes('Jim Teeple')).map((q) => q.prompt)).toEqual([]);
    // The extractor's people index calls him what he is; the generator offers no reporter.
    const roleOf = (bodies: string[]) => extractLibrary(bodies.map((body, i) => ({ id: `t${i}`, title: 'T', body, bodyStart: 0 })))
      .people.find((p) => p.name === 'Jim Teeple')?.role ?? null;
    expect(roleOf(["VOA's Jim Teeple reports Quartet discussions also focused on Tony Blair."])).toBe('reporter');
    expect(roleOf(['Jim Teeple reports from Jerusalem.', 'Jim Teeple said the talks were over.'])).toBeNull();
  });
});

describe('blind-30: a quotation whose referent is the sentence before', () => {
  it('does not ask Blair’s “help such a resolution come about” alone', () => {
    expect(fragmentReason('As I have said on many occasions, I would do whatever I could to help such a resolution come about.', '“')).toBe('referent');
    expect(fragmentReason('It is such a great honour to be in Jerusalem again with so many old friends of peace.', '“')).toBeNull();
    expect(bank.questions.filter((q) => /such a resolution come about/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});
