/*
 * A quotation whose first sentence deals with "this challenge" or "that crisis" points at what the reporter named
 * before it: blind-42's judges asked which challenge Powell meant (terrorism, in the sentence before).
 */
import { describe, expect, it } from 'vitest';
import { losesReferent } from '@/lib/generate/lost-referents';

describe('a shell noun a demonstrative points at', () => {
  it('points back out of the quotation', () => {
    expect(losesReferent('We must pool our efforts and train our people to deal with this challenge, and we will.')).toBe(true);
    expect(losesReferent('Both governments are ready to face that threat before the rains come.')).toBe(true);
  });

  it('leaves a quotation that names its own thing', () => {
    expect(losesReferent('Piracy in the strait is the greatest danger our sailors face, and we will end it.')).toBe(false);
    expect(losesReferent('Piracy is a threat to every nation. We will deal with this challenge together.')).toBe(false);
  });
});
