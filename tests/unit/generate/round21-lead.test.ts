/**
 * Round 21's classes found by the lead in blind-51, each on invented text that fails before the change.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';
import { generateBank } from '@/lib/generate';
import { clauseAround } from '@/lib/generate/meeting-clause';
import { realLibrary } from './banks';

const article = (id: string, title: string, date: string, paragraphs: string[]): ArticleInput => ({ id, title, body: paragraphs.join('\n\n'), bodyStart: 0, date });

describe('a meeting is not dated or placed by the founding of what it continues (blind-51 Q17, a false key)', () => {
  const sentence = 'Defense Minister Ana Ruiz and Defense Minister Tomas Berg today conducted the first Ruiz-Berg Security Dialogue, an initiative established March 3 in Lisbon by the two prime ministers.';

  it('cuts the meeting’s clause before the appositive that tells of the founding', () => {
    const at = sentence.indexOf('Security Dialogue');
    const { start, end } = clauseAround(sentence, at);
    expect(sentence.slice(start, end)).not.toMatch(/March 3|Lisbon/);
  });

  it('asks neither the founding day nor its town as the meeting’s', () => {
    const report = article('dialogue', 'Two Nations Launch Security Dialogue', '2031-04-24', [
      'OSLAVIA, April 24, 2031 – Defense leaders of the two nations met for the first time under a new agreement.',
      sentence,
      '“This is a good day for both our countries and for the region,” Ruiz said after the talks.',
    ]);
    const bank = generateBank(extractLibrary([report]), [report], { balance: false }).questions;
    const asked = bank.filter((q) => (q.kind === 'when' || q.kind === 'where') && /Dialogue/.test(q.prompt));
    for (const q of asked) expect(`${q.answer}`, q.prompt).not.toMatch(/March 3|Lisbon/);
  });
});

describe('a figure’s wrong choices are no number the report gives for something else (blind-27b, -51b)', () => {
  it('offers no 13,000 (the toll the AFP report gives) for the 8,500 troops on standby', () => {
    const { facts, articles } = realLibrary();
    const troops = generateBank(facts, articles).questions.filter((q) => q.kind === 'figure-choice' && q.answer === '8,500');
    expect(troops.length).toBeGreaterThan(0);
    for (const q of troops) expect(q.choices).not.toContain('13,000');
  });
});
