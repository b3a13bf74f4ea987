/**
 * What two blind teachers sent back in blind-31 (tests/fixtures/question-review/blind-31*.json) and
 * the generator now avoids, checked on the bank built from the same articles and on invented sentences.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { isMostlyCourtesy } from '@/lib/generate/openers';
import { namesHostsOfCapital } from '@/lib/generate/capital-clues';
import { readArticleFiles } from '@/lib/cli/read-article-files';

const root = path.join(import.meta.dirname, '../../..');
const folders = ['content/articles', 'tests/fixtures/question-review/articles-fresh16'];
const files = folders.flatMap((d) => readdirSync(path.join(root, d)).filter((f) => /^[0-9].*\.md$/.test(f)).map((f) => path.join(root, d, f)));
const { articles } = readArticleFiles(files);
const bank = generateBank(extractLibrary(articles), articles);
const fromArticle = (slug: string) => bank.questions.filter((q) => q.sources[0]?.article.startsWith(slug));

describe('blind-31: who met whom', () => {
  it('asks of “talks with Prime Minister Mitsotakis and President Pavlopoulos” as talks with them, never between them', () => {
    const athens = fromArticle('10-nato-stoltenberg-athens');
    expect(athens.filter((q) => /between Kyriakos Mitsotakis and Prokopis Pavlopoulos/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(athens.filter((q) => /talks with Kyriakos Mitsotakis and Prokopis Pavlopoulos/.test(q.prompt))).not.toHaveLength(0);
  });
});

describe('blind-31: places a student guesses rather than reads', () => {
  it('blanks no capital whose state’s leaders the sentence names (“India’s prime minister … are to meet in _____”)', () => {
    expect(fromArticle('04-voa-gates-india').filter((q) => q.answer === 'New Delhi').map((q) => q.prompt)).toEqual([]);
    expect(namesHostsOfCapital("India's prime minister and defense minister are among the officials who are to meet in New Delhi", 'New Delhi')).toBe(true);
    expect(namesHostsOfCapital('Rice begins discussions in Moscow, aimed at smoothing over Russian objections', 'Moscow')).toBe(false);
  });

  it('offers towns of the meeting’s parties, not of states a press conference only talks about (Naypyidaw, Jerusalem)', () => {
    const toronto = fromArticle('03-whitehouse-obama-yudhoyono').filter((q) => q.answer === 'Toronto');
    expect(toronto).not.toHaveLength(0);
    for (const q of toronto) expect(q.choices.filter((c) => ['Naypyidaw', 'Jerusalem'].includes(c))).toEqual([]);
  });
});

describe('blind-31: who said it', () => {
  it('asks no welcome: “So thank you very much for your presence here. You are a good friend and we welcome you”', () => {
    expect(isMostlyCourtesy('So thank you very much for your presence here. You are a good friend and we welcome you.')).toBe(true);
    expect(isMostlyCourtesy('You are a good friend, and we will sign the gas agreement with you in Malabo next week.')).toBe(false);
    expect(bank.questions.filter((q) => /You are a good friend/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it('offers no staff writer (“By Charles W. Corey, Washington File Staff Writer”) as a speaker', () => {
    expect(bank.questions.filter((q) => q.choices.includes('Charles W. Corey')).map((q) => q.prompt)).toEqual([]);
    const roleOf = (body: string) => extractLibrary([{ id: 't', title: 'T', body, bodyStart: 0 }]).people.find((p) => p.name === 'Ana Ruiz')?.role ?? null;
    expect(roleOf('Talks in Lisbon, By Ana Ruiz, Washington File Staff Writer\n\nThe ministers met on Monday.')).toBe('reporter');
    expect(roleOf('Ana Ruiz, the foreign minister, said the ministers met on Monday.')).not.toBe('reporter');
  });
});
