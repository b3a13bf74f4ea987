/** The five real articles end to end: what a teacher would check first in the printed bank. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFromFiles } from '@/lib/cli/generate';
import { generateBank } from '@/lib/generate';
import { realLibrary } from './banks';

const { facts, articles } = realLibrary();
const bank = generateBank(facts, articles);
const rewrite = articles.find((a) => a.id.startsWith('004'))!;

describe('the five articles', () => {
  it('never teaches the machine rewrite’s garbled names and dates as facts', () => {
    const garbles = /Belinsky|Pskov|Kaleb|Yermic|Blinker|Sergei|November 13|Vice President/;
    const taught = bank.questions.filter((q) => q.kind !== 'source-check' && garbles.test([q.prompt, q.answer, ...q.choices, q.back ?? ''].join(' ')));
    expect(taught.map((q) => `${q.kind}: ${q.prompt}`)).toEqual([]);
  });

  it('asks the "reciprocal measures" disagreement as a source check about the original AFP report', () => {
    const q = bank.questions.find((x) => x.kind === 'source-check' && /reciprocal/.test(x.prompt));
    expect(q?.prompt).toMatch(/^Two reports of the same AFP story disagree about .*What does the original report say\?$/);
    expect(q?.answer).toBe('Antony Blinken');
    expect(q?.choices).toContain('Vladimir Putin');
    expect(new Set(q?.sources.map((s) => s.article))).toEqual(new Set([articles.find((a) => a.id.startsWith('003'))!.id, rewrite.id]));
  });

  it('never offers, as a distractor, words whose sentence also credits the asked person', () => {
    // 003: Blinken sought to impress upon Beijing the "global security … risks", according to Ned Price.
    const blinkenAsked = bank.questions.filter((q) => q.kind === 'what-said' && q.prompt.includes('Antony Blinken'));
    expect(blinkenAsked.length).toBeGreaterThan(0);
    for (const q of blinkenAsked) expect(q.choices.filter((c) => c.startsWith('global security'))).toEqual([]);
    const priceAsked = bank.questions.find((q) => q.kind === 'who-said' && q.prompt.includes('global security'));
    if (priceAsked) expect(priceAsked.choices).not.toContain('Antony Blinken');
  });

  it('asks which name the rewrite misspells, with three names other reports spell the same way', () => {
    const asked = bank.questions.filter((q) => q.prompt.includes(`(${rewrite.id}) misspells one of these names`));
    expect(asked.map((q) => q.answer).sort()).toEqual(['Andriy Yermic', 'Blinker', 'Dmitry Pskov', 'Dmytro Kaleb', 'Volodymyr Belinsky', 'Zaleski']);
    const others = articles.filter((a) => !a.id.startsWith('004'));
    for (const q of asked) {
      const right = q.choices.filter((c) => c !== q.answer);
      expect(right).toHaveLength(3);
      // Each right spelling is in the rewrite and, exactly so, in a report that is not the rewrite.
      for (const name of right) {
        expect(rewrite.body, name).toContain(name);
        expect(others.some((a) => a.body.includes(name)), name).toBe(true);
      }
      expect(rewrite.body.slice(q.sources[0]!.start, q.sources[0]!.end)).toContain(q.answer);
    }
    // Transliterations the curated list accepts are variants, not errors.
    expect(bank.questions.filter((q) => /misspells/.test(q.prompt) && /Sergei|Tony/.test(q.answer))).toEqual([]);
  });

  it('never asks the rewrite’s "Putin renewed the offer" as plain truth', () => {
    const plain = bank.questions.filter((q) => q.kind !== 'source-check' && q.sources.some((s) => s.article === rewrite.id) && /reciprocal/.test(q.prompt + q.answer));
    expect(plain).toEqual([]);
  });
});

describe('generate command output', () => {
  it('shifts source offsets so they index the whole file', () => {
    const dir = path.join(import.meta.dirname, '../../../content/articles');
    const files = articles.map((a) => path.join(dir, `${a.id}.md`));
    const { bank: printed, errors } = generateFromFiles(files);
    expect(errors).toEqual([]);
    expect(printed.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
    for (const [i, q] of printed.questions.entries()) {
      for (const [j, s] of q.sources.entries()) {
        const file = readFileSync(path.join(dir, `${s.article}.md`), 'utf8');
        const body = bank.questions[i]!.sources[j]!;
        const article = articles.find((a) => a.id === s.article)!;
        expect(file.slice(s.start, s.end)).toBe(article.body.slice(body.start, body.end));
        expect(s.start).toBe(body.start + article.bodyStart);
      }
    }
  });
});
