/**
 * Issue #15: each of the five project articles has its key facts in the bank, named here by their text: the
 * quotations of its main speakers, each meeting's place and day, and its headline figures.
 */
import { describe, expect, it } from 'vitest';
import { generateBank } from '@/lib/generate';
import type { Question } from '@/lib/generate/types';
import { realLibrary } from './banks';

describe('the five articles: key facts asked', () => {
  const { facts, articles } = realLibrary();
  const bank = generateBank(facts, articles).questions;
  const asks = (test: (q: Question) => boolean) => bank.some(test);
  const quotes = (name: string) => (q: Question) => (q.kind === 'who-said' && q.answer === name) || (q.kind === 'what-said' && q.prompt.includes(name));

  it('asks the main speakers’ quotations: Blinken, Stoltenberg and Lavrov', () => {
    expect(asks(quotes('Antony Blinken'))).toBe(true);
    expect(asks(quotes('Jens Stoltenberg'))).toBe(true);
    expect(asks(quotes('Sergey Lavrov'))).toBe(true);
  });

  it('asks each meeting’s place and day: Geneva on January 10, the NATO-Russia Council in Brussels on January 12, the OSCE in Vienna', () => {
    expect(asks((q) => q.kind === 'where' && q.answer === 'Geneva')).toBe(true);
    expect(asks((q) => q.kind === 'when' && /US-Russian talks/.test(q.prompt) && q.answer.includes('January 10'))).toBe(true);
    expect(asks((q) => q.kind === 'where' && /NATO-Russia Council/.test(q.prompt) && q.answer === 'Brussels')).toBe(true);
    expect(asks((q) => q.kind === 'when' && /NATO-Russia Council/.test(q.prompt) && q.answer.includes('January 12'))).toBe(true);
    expect(asks((q) => q.kind === 'where' && /Organization for Security and Co-operation in Europe/.test(q.prompt) && q.answer === 'Vienna')).toBe(true);
  });

  it('asks the headline figures: 100,000 troops massed, 8,500 on standby, 13,000 killed', () => {
    const figure = (answer: string) => (q: Question) => (q.kind === 'figure-choice' || q.kind === 'figure-numeric') && q.answer === answer;
    expect(asks(figure('100,000'))).toBe(true);
    expect(asks(figure('8,500'))).toBe(true);
    expect(asks(figure('13,000'))).toBe(true);
  });
});
