/**
 * Blind-45: "Remarks by APNSA Jake Sullivan in Press Conference" heads a transcript whose only labels are "MR. SULLIVAN:";
 * the library's other Sullivan (an ambassador named in full in another report) took his words. Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractLibrary } from '@/lib/extract';
import type { ArticleInput } from '@/lib/extract/types';

const transcript: ArticleInput = {
  id: 'holm-2024',
  title: 'Remarks by APNSA Erik Holm in Press Conference | Telby',
  date: '2024-08-29',
  bodyStart: 0,
  body: ['Telby', 'MR. HOLM: Good evening. Our aim in every engagement with Varnia is to deliver for the people we serve.', 'MR. HOLM: We will keep talking, because the differences between us are real and must be managed.'].join('\n\n'),
};
const other: ArticleInput = {
  id: 'ambassador-2022',
  title: 'Ambassador delivers the reply',
  date: '2022-01-26',
  bodyStart: 0,
  body: 'The reply was delivered by US Ambassador Anton Holm, who said: "We have set out a serious diplomatic path, and the choice is now theirs to make."',
};

describe('a headline that names the author of remarks without a title it knows', () => {
  it('gives the labelled turns to the author, not to a namesake of another report', () => {
    const facts = extractLibrary([transcript, other]);
    const quotes = facts.articles.find((a) => a.id === 'holm-2024')!.quotes;
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.speaker).toBe('Erik Holm');
  });
});
