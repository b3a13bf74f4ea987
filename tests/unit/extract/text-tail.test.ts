import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tailAfterMark } from '@/lib/extract/meetings/text-tail';
import { isPressCall } from '@/lib/extract/meetings/press-call';

/** The end-anchored patterns the tail is read with (press-call.ts, met-thing.ts, each-counterpart.ts). */
const TAIL_PATTERNS = [
  /([\p{L}’'-]+)\s+(?:(?:also|later|then|repeatedly|twice|again|had|has|have)\s+)?$/u,
  /([\p{L}]+)\s+$/u,
  /\b(?:a|an|the|his|her|their|its|this|that|one|first|second|[\p{L}-]+[’']s)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
];

describe('the tail of a clause read by end-anchored patterns', () => {
  it('keeps the subject right before the verb, however long the sentence before it', () => {
    const before = `${'In a long opening clause about the weather and the markets, '.repeat(4)}the Associated Press reporter also `;
    expect(tailAfterMark(before, 30)).toBe(' the Associated Press reporter also ');
    expect(isPressCall('called', before, ' the ministry')).toBe(true);
    expect(isPressCall('called', `${before.slice(0, -35)}the minister `, ' the ministry')).toBe(false);
  });

  it('finds what each pattern finds in the whole text, on any text of words, spaces and marks', () => {
    const piece = fc.constantFrom('the', 'reporter', 'also', 'had', 'Minister', 'Kerry’s', 'de-facto', 'Zoë', '2019', ' ', '  ', ',', '.', '(', '"', '’', "'", '-', '_', 'ſ', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join(' ')), fc.integer({ min: 0, max: 60 }), (text, min) => {
      const tail = tailAfterMark(text, min);
      expect(text.endsWith(tail)).toBe(true);
      for (const re of TAIL_PATTERNS) expect(re.exec(tail)?.slice(1) ?? null).toEqual(re.exec(text)?.slice(1) ?? null);
      for (const re of TAIL_PATTERNS) expect(re.test(tail)).toBe(re.test(text));
    }), { numRuns: 500 });
  });
});
