/**
 * Classes of the questions blind teachers sent back (tests/fixtures/question-review/pending/) that the generator
 * still produced in round 14, each checked on invented text.
 */
import { describe, expect, it } from 'vitest';
import { statusStem } from '@/lib/generate/figure-stems';

describe('troops a report says an alliance put on standby are asked in the report’s own words (blind-36b)', () => {
  const report = '“Border talks stall” (Reuters, May 2019)';

  it('quotes who the report says acted, with the number left out, neither hidden nor reworded', () => {
    const sentence = 'Ministers warned of sanctions, and the African Union has put 3,200 troops on standby.';
    expect(statusStem('troops on standby', 'troops', report, sentence)).toBe('How many troops does “Border talks stall” (Reuters, May 2019) say “the African Union has put … on standby”?');
  });

  it('leaves any other actor out, since the report may have it wrong', () => {
    const sentence = 'The defence ministry has put 3,200 troops on high alert near the border.';
    expect(statusStem('troops on high alert', 'troops', report, sentence)).toBe('How many troops does “Border talks stall” (Reuters, May 2019) say were put on high alert?');
  });
});
