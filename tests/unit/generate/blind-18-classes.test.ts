/**
 * The defect classes the blind-18 review sent back, each on a short invented excerpt: talks named by a
 * generic phrase, quotations opening on a pronoun for something outside them, vague counts, and source
 * checks that present a rewrite's slip as a second account.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import { generateBank } from '@/lib/generate';
import { quoteChoice } from '@/lib/generate/quotes';
import type { ArticleInput } from '@/lib/extract/types';
import { realLibrary } from './banks';

const article = (id: string, title: string, paragraphs: string[], date: string | null = '2031-03-11'): ArticleInput =>
  ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date, outlet: 'Wire' });
const bankOf = (...library: ArticleInput[]) => generateBank(extractLibrary(library), library, { balance: false }).questions;

describe('talks are named by whose they are, never by a capitalised generic phrase', () => {
  const LAKES = article('lakes', 'Lake fishing dispute heads to mediation', [
    'Peace talks between the two lake provinces ended Wednesday in Lausanne without a deal.',
    'The mediator, Ines Varga, said a new round of talks would take place in Turin in two weeks.',
  ]);
  const bank = bankOf(LAKES);

  it('never asks about "the Peace talks" or "the round of talks"', () => {
    // A stem of its own (a blanked sentence quotes the article as written).
    const meetings = bank.filter((q) => (q.kind === 'where' || q.kind === 'when') && !/completes this sentence/.test(q.prompt));
    for (const q of meetings) {
      expect(q.prompt).not.toMatch(/\bPeace talks\b/);
      expect(q.prompt).not.toMatch(/(?:did|will) the (?:peace talks|round of talks|new round of talks)\b/i);
    }
  });
});

describe('a quotation opening on "It" that points outside it is not a choice', () => {
  it('drops "It sets out …", keeps "It is time …"', () => {
    expect(quoteChoice('It sets out a serious diplomatic path forward should the council choose it', 28)).toBeNull();
    expect(quoteChoice('This shows that the ministry has heard the farmers at last', 28)).toBeNull();
    expect(quoteChoice('It is time for both provinces to sit down and share the lake', 28)).toBe('It is time for both provinces to sit down and share the lake');
  });
});

describe('a vague count is not asked', () => {
  const FLOODS = article('floods', 'Floods close schools in the north', [
    'Floods have closed schools in at least two provinces of the north, officials said on Tuesday, and 1,200 families have left their homes.',
  ]);
  it('never blanks "at least two"', () => {
    const figures = bankOf(FLOODS).filter((q) => q.kind === 'figure-choice' || q.kind === 'figure-numeric');
    expect(figures.map((q) => q.answer)).not.toContain('two');
  });
});

describe('a source check never presents the rewritten copy’s slip as another report', () => {
  const { facts, articles } = realLibrary();
  const checks = generateBank(facts, articles).questions.filter((q) => q.kind === 'source-check');
  it('says the rewritten copy changed the story, and asks no two-choice status check against it', () => {
    expect(checks.length).toBeGreaterThan(0);
    for (const q of checks.filter((x) => /original report/.test(x.prompt))) {
      expect(q.prompt).not.toMatch(/Two reports of the same \S+ story disagree/);
      expect(q.prompt).toMatch(/rewritten copy/);
    }
    expect(checks.filter((q) => /standby or deployed/.test(q.prompt))).toEqual([]);
  });
});
