/**
 * Classes of the questions blind teachers sent back (tests/fixtures/question-review/pending/) that the generator
 * still produced in round 13, each checked on invented text.
 */
import { describe, expect, it } from 'vitest';
import { statusStem } from '@/lib/generate/figure-stems';

describe('troops an alliance is said to put on standby stand by for that alliance (blind-29 to -34)', () => {
  const report = '“Border talks stall” (Reuters, May 2019)';

  it('says whose force the troops stand by for, not who gave the order', () => {
    const sentence = 'Ministers warned of sanctions, and the African Union has put 3,200 troops on standby.';
    expect(statusStem('troops on standby', 'troops', report, sentence)).toBe('How many troops does “Border talks stall” (Reuters, May 2019) say were put on standby for the African Union?');
  });

  it('leaves any other actor out, since the report may have it wrong', () => {
    const sentence = 'The defence ministry has put 3,200 troops on high alert near the border.';
    expect(statusStem('troops on high alert', 'troops', report, sentence)).toBe('How many troops does “Border talks stall” (Reuters, May 2019) say were put on high alert?');
  });
});
