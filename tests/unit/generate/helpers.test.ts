import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datedWhen, isAbsoluteWhen, shiftWhen, writesNearbyDay } from '@/lib/generate/dates';
import { changesMeaning } from '@/lib/generate/word-diff';
import { isStoryLine, needsPrevious } from '@/lib/generate/body-lines';
import { displayQuote } from '@/lib/generate/quote-text';
import { seededShuffle } from '@/lib/generate/hash';
import { formatLike, parseWritten } from '@/lib/generate/numbers';
import { nearbyNumbers } from '@/lib/generate/near-numbers';
import { toleranceFor } from '@/lib/generate/typed-tolerance';

describe('numbers as written', () => {
  it('keeps the writing style of the answer', () => {
    expect(parseWritten('40 000')).toEqual({ value: 40000, style: { kind: 'grouped', separator: ' ' } });
    expect(formatLike(80000, { kind: 'grouped', separator: ',' })).toBe('80,000');
    expect(formatLike(6, { kind: 'word' })).toBe('six');
    expect(parseWritten('tens of thousands')).toBeNull();
  });

  it('offers near misses of the same magnitude, never the answer itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (v) => {
        const near = nearbyNumbers(v);
        expect(near).not.toContain(v);
        expect(near.length).toBeGreaterThanOrEqual(3);
        for (const n of near) {
          expect(n).toBeGreaterThan(0);
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeLessThanOrEqual(v * 2.1 + 4);
          expect(n).toBeGreaterThanOrEqual(Math.min(v * 0.45, v - 3));
        }
      }),
    );
  });

  it('tolerates a tenth of a round or hedged figure, nothing for small counts', () => {
    expect(toleranceFor(100000, true)).toBe(10000);
    expect(toleranceFor(8, false)).toBe(0);
  });
});

describe('days and dates', () => {
  it('moves weekday and date together, in the same words', () => {
    expect(shiftWhen('Monday, January 10', 1)).toBe('Tuesday, January 11');
    expect(shiftWhen('Wednesday (Jan 26)', -2)).toBe('Monday (Jan 24)');
    expect(shiftWhen('Wednesday', 2)).toBe('Friday');
    expect(isAbsoluteWhen('the next day')).toBe(false);
  });
});

describe('seeded shuffle', () => {
  it('is a permutation, and the same for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (xs, seed) => {
        const a = seededShuffle(xs, seed);
        expect([...a].sort()).toEqual([...xs].sort());
        expect(seededShuffle(xs, seed)).toEqual(a);
      }),
    );
  });
});

describe('changesMeaning', () => {
  it('tells a changed name, number, negation or opposite from a synonym', () => {
    expect(changesMeaning('idea', 'clue')).toBe(false);
    expect(changesMeaning('good', 'peaceful')).toBe(false);
    expect(changesMeaning('will', 'may')).toBe(true);
    expect(changesMeaning('Tuesday', 'Wednesday')).toBe(true);
    expect(changesMeaning('8,500', '5,800')).toBe(true);
    expect(changesMeaning('acceptable', 'unacceptable')).toBe(true);
  });
});

describe('datedWhen', () => {
  it('completes a bare weekday with its resolved date, only when the date falls on that weekday', () => {
    expect(datedWhen('Wednesday', '2022-01-12')).toBe('Wednesday, January 12');
    expect(datedWhen('Wednesday', '2022-01-13')).toBeNull();
    expect(datedWhen('Friday', null)).toBeNull();
    expect(datedWhen('Monday, January 10', null)).toBe('Monday, January 10');
    // No impossible day: 2022-02-30 would roll over to Wednesday, March 2; "April 31" is no date.
    expect(datedWhen('Wednesday', '2022-02-30')).toBeNull();
    expect(datedWhen('Monday, April 31', null)).toBeNull();
    expect(datedWhen('30 February', null)).toBeNull();
    expect(datedWhen('29 February', null)).toBe('29 February');
    expect(writesNearbyDay('Before the talks Monday, January 10 in Geneva', '2022-01-12')).toBe(true);
    expect(writesNearbyDay('Before the talks Monday, January 10 in Geneva', '2022-02-12')).toBe(false);
  });
});

describe('sentences that cannot stand alone', () => {
  it('needs the sentence before when its subject is a pronoun, even after an opening phrase', () => {
    expect(needsPrevious('During the pandemic, it fell by 15 percent, but it grew by over 70 percent.')).toBe(true);
    expect(needsPrevious('"At the end of the day, they have clearly decided that she is someone they need to go after," Robertson said.')).toBe(true);
    expect(needsPrevious('During the pandemic, bilateral trade fell by 15 percent.')).toBe(false);
  });

  it('knows a photo caption at any length', () => {
    const body = 'FILE - U.S. Secretary of State John Kerry, left, and Russian Foreign Minister Sergei Lavrov address reporters following a meeting focused on the Syrian civil war, in Geneva, Aug. 26, 2016.\n\nKerry will meet Lavrov on Friday in Geneva, officials said.';
    const article = { id: 'a', title: 't', body, bodyStart: 0 };
    const first = { start: 0, end: body.indexOf('\n') };
    const second = { start: body.lastIndexOf('Kerry will'), end: body.length };
    expect(isStoryLine(article, first)).toBe(false);
    expect(isStoryLine(article, second)).toBe(true);
  });
});

describe('displayQuote', () => {
  it('never shows an editor’s empty brackets as the speaker’s words', () => {
    expect(displayQuote('[] Yesterday and today’s horrific strikes against Ukraine', 60)).toBe('Yesterday and today’s horrific strikes against Ukraine');
  });
});
