/**
 * Classes of the questions blind-38's judges sent back (tests/fixtures/question-review/pending/review-blind-38*.judged.md),
 * each checked on invented text.
 */
import { describe, expect, it } from 'vitest';
import { withOfficeNamed } from '@/lib/generate/office-names';

describe('Q8: a bare office is glossed by the holder the article names, not by the outlet’s state (blind-38)', () => {
  it('names the one holder before a possessive, never “[US] Prime Minister” from a White House release', () => {
    const shown = 'And this was the Prime Minister’s first visit to _____.';
    expect(withOfficeNamed(shown, ['Anton Velikov'], 'US')).toBe('And this was the Prime Minister [Anton Velikov]’s first visit to _____.');
  });

  it('still gives the outlet’s state when the article names nobody in the office', () => {
    expect(withOfficeNamed('The Prime Minister’s visit ends today.', [], 'UK')).toBe('The [UK] Prime Minister’s visit ends today.');
  });
});
