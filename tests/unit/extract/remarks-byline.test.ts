import { describe, expect, it } from 'vitest';
import { one } from './helpers';

const quotesOf = (body: string) => one(body).article.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));

describe('a transcript headed by its first speaker\'s name and post', () => {
  const header = ['Margit Halvorsen', 'Minister of Fisheries', 'Harbour Hall', 'Bergen, Norway', 'March 3, 2021'];
  const turns = [
    'Well, it is a pleasure to welcome an old colleague here today. We have much to discuss about the coast.',
    'MR. AALTO: Thank you, Minister. We came a long way for these talks.',
    'QUESTION: Will the quotas change this year?',
    'MINISTER HALVORSEN: We will say more about that later.',
  ];

  it('the unlabelled opening remarks are the named speaker\'s, the place and date lines are no speech', () => {
    const quotes = quotesOf([...header, ...turns].join('\n\n'));
    expect(quotes[0]).toEqual({ text: turns[0], speaker: 'Margit Halvorsen' });
    expect(quotes.map((q) => q.text)).not.toContain('March 3, 2021');
  });

  it('a story under a reporter\'s name is no transcript: its first-person prose is quoted from no one', () => {
    const body = ['Margit Halvorsen', 'Chief Correspondent', 'We spent a week on the coast with the fishing fleet, and I came back convinced.'].join('\n\n');
    expect(quotesOf(body)).toEqual([]);
  });

  it('without a post under the name, the opening remarks are left to no one', () => {
    const body = [header[0], header[2], header[3], ...turns].join('\n\n');
    const quotes = quotesOf(body);
    expect(quotes.filter((q) => q.text === turns[0]).map((q) => q.speaker)).not.toContain('Margit Halvorsen');
    // Her own labelled turn is hers by the full name the header gives (header-people.ts).
    expect(quotes.find((q) => q.text === 'We will say more about that later.')?.speaker).toBe('Margit Halvorsen');
  });
});
