/**
 * Blind-44: a White House transcript labels the president "PRESIDENT BIDEN:" and never names him in full; his guest
 * thanks "you and Dr. Jill Biden". The labels are not hers. Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

const transcript: ArticleInput = {
  id: 'korva-2023',
  title: 'Remarks by President Korva and Prime Minister Telmar Before Bilateral Meeting',
  date: '2023-06-22',
  bodyStart: 0,
  body: [
    'Oval Office',
    'PRESIDENT KORVA: Mr. Prime Minister, thank you for being here, and welcome back to the White House. Our partnership is stronger than it has ever been.',
    'PRIME MINISTER TELMAR: Your Excellency, President Korva, I express my gratitude to you and to Dr. Lena Korva for the hospitality you have shown to me and my delegation.',
    'PRESIDENT KORVA: We have a big agenda today, and I look forward to discussing how we can strengthen our partnership on clean energy.',
  ].join('\n\n'),
};

describe('a namesake named only inside a guest’s thanks', () => {
  const facts = extractLibrary([transcript]);
  const quotes = facts.articles[0]!.quotes;

  it('does not give the president’s turns to her', () => {
    const president = quotes.filter((q) => q.text.includes('big agenda') || q.text.includes('welcome back'));
    expect(president.length).toBeGreaterThan(0);
    for (const q of president) expect(q.speaker ?? '').not.toContain('Lena');
  });

  it('still gives the guest’s words to the guest', () => {
    const guest = quotes.find((q) => q.text.includes('gratitude'));
    expect(guest?.speaker ?? '').toMatch(/Telmar/);
  });
});
