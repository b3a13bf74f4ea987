import { describe, expect, it } from 'vitest';
import { one } from './helpers';

const quotesOf = (body: string) => one(body).article.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));

describe('a quotation running over several paragraphs under one pair of marks', () => {
  const lead = 'Prime Minister Ingrid Dahl met President Tomas Berg in Oslo.';

  it('every paragraph up to the closing mark is the speaker\'s', () => {
    const body = [
      lead,
      'A government spokesperson said:',
      '“The Prime Minister and the President held talks this morning in Oslo.',
      'The two leaders agreed on the importance of the fisheries agreement.',
      'The Prime Minister also stressed that both countries would keep working together.”',
      'The talks ended at noon.',
    ].join('\n\n');
    const quotes = quotesOf(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['A government spokesperson', 'A government spokesperson', 'A government spokesperson']);
    expect(quotes[2]?.text).toBe('The Prime Minister also stressed that both countries would keep working together.');
    expect(quotes.map((q) => q.text)).not.toContain('The talks ended at noon.');
  });

  it('without a closing mark later, the bare paragraphs stay the reporter\'s', () => {
    const body = [
      lead,
      'A government spokesperson said:',
      '“The Prime Minister and the President held talks this morning in Oslo.',
      'The two leaders agreed on the importance of the fisheries agreement.',
      'The talks ended at noon.',
    ].join('\n\n');
    expect(quotesOf(body).map((q) => q.text)).toEqual(['The Prime Minister and the President held talks this morning in Oslo.']);
  });
});
