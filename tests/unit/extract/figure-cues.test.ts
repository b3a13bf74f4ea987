import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/extract/analyze';
import { mayHoldFigure } from '@/lib/extract/figure-cues';
import { extractFigures } from '@/lib/extract/figures';
import { tokenize } from '@/lib/extract/tokens';

const figs = (body: string) => extractFigures(analyzeArticle({ id: 'a', title: 'T', body, bodyStart: 0 })).map((f) => [f.value, f.unit, f.raw]);
const holds = (text: string) => mayHoldFigure(tokenize(text), 0, 0, text.length);

describe('figures written without a digit', () => {
  it('are still found: the sentence precheck reads number words, "half", "dozen" and "single"', () => {
    expect(figs('Rates rose by half a percentage point.')).toEqual([[0.5, 'percentage points', 'half a percentage point']]);
    expect(figs('The army sent a dozen tanks north.')).toEqual([[12, 'tanks', 'a dozen']]);
    expect(figs('There was one civilian casualty.')).toEqual([[1, 'casualties', 'one']]);
    expect(figs('Officials said twenty soldiers were sent.')).toEqual([[20, 'soldiers', 'twenty']]);
    expect(figs('Talks resumed. Officials said 40 soldiers were sent.')).toEqual([[40, 'soldiers', '40']]);
  });

  it('a sentence with no digit and no number word is passed over', () => {
    expect(holds('The talks ended without agreement.')).toBe(false);
    expect(holds('Someone said it was tense.')).toBe(false);
  });

  it('a number word counts wherever the patterns can read one: after a hyphen or an apostrophe, or with a long s', () => {
    expect(holds('It was a forty-two-member panel.')).toBe(true);
    expect(holds('the rock’n’twenty players')).toBe(true);
    expect(holds('ſix-member panel')).toBe(true);
    expect(holds('in 2024')).toBe(true);
  });

  it('a word cut by the sentence edge is taken to hold a figure', () => {
    const text = 'Talks ended';
    expect(mayHoldFigure(tokenize(text), 0, 2, text.length)).toBe(true);
  });
});
