import { describe, expect, it } from 'vitest';
import { isCutEnding } from '@/lib/extract/cut-ending';
import { one } from './helpers';

/** Quotations of an invented article: text and speaker. */
const quotesOf = (body: string) => one(body).article.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));

describe('a body whose last line is cut short by the excerpt', () => {
  it('a transcript turn goes on into the cut line', () => {
    const body = [
      'MS. LINDQVIST: Good afternoon, everyone. Thank you for coming.',
      'QUESTION: What did the ministers agree?',
      'MS. LINDQVIST: We agreed on a great deal today.',
      'The new funding for the harbour and',
    ].join('\n\n');
    expect(quotesOf(body)).toContainEqual({ text: 'The new funding for the harbour and', speaker: 'Ms. Lindqvist' });
  });

  it('a speech handed over by "She said:" goes on into the cut line, even without an "I" left in it', () => {
    const body = [
      'The team captain has been named as former Navy Commander Ingrid Solberg.',
      'She said:',
      'Sport gave me back my confidence after my injury, and I am proud of this team.',
      'To then be chosen as the captain of such a squad fill',
    ].join('\n\n');
    expect(quotesOf(body)).toContainEqual({ text: 'To then be chosen as the captain of such a squad fill', speaker: 'Ingrid Solberg' });
  });

  it('a line in title case at the end stays a subhead: it is no one\'s words', () => {
    const body = [
      'MS. LINDQVIST: Good afternoon, everyone. Thank you for coming.',
      'QUESTION: What did the ministers agree?',
      'MS. LINDQVIST: We agreed on a great deal today.',
      'Harbour Funding Plans Announced',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.text)).not.toContain('Harbour Funding Plans Announced');
  });

  it('a short line in the middle of an article stays a subhead', () => {
    const body = [
      'MS. LINDQVIST: Good afternoon, everyone. Thank you for coming.',
      'The new funding for the harbour',
      'MS. LINDQVIST: We agreed on a great deal today.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.text)).not.toContain('The new funding for the harbour');
  });
});

describe('isCutEnding', () => {
  it('reads prose stopped mid-sentence, not headings or credits', () => {
    expect(isCutEnding('Next year marks the 75th a')).toBe(true);
    expect(isCutEnding('I had three clear objectives for')).toBe(true);
    expect(isCutEnding('Economic growth')).toBe(false);
    expect(isCutEnding('Reporting by Jane Doe; editing by Tom Lee')).toBe(false);
    expect(isCutEnding('We agreed on a great deal today.')).toBe(false);
  });
});
