/**
* blind-43 (round 18). A greeting formula closing a head's statement ("Peace be upon you. (In Arabic.) Thank you.") is courtesy, not a
 * quotation to ask: in a two-speaker transcript it would be asked the moment a third option turned up (round 18,
 * fresh28's Bethlehem statement).
 */
import { describe, expect, it } from 'vitest';
import { isMostlyCourtesy } from '@/lib/generate/openers';
import { losesReferent } from '@/lib/generate/lost-referents';

describe('greeting formulas', () => {
  it('reads “Peace be upon you” as courtesy', () => {
    expect(isMostlyCourtesy('Peace be upon you. (In Arabic.) Thank you.')).toBe(true);
    expect(isMostlyCourtesy('Peace be with you all, and thank you.')).toBe(true);
  });

  it('keeps a statement about peace', () => {
    expect(isMostlyCourtesy('Peace begins with Palestine and Jerusalem, and it must be built on the 1967 borders.')).toBe(false);
  });
});

describe('quotations that open on what the sentence before said', () => {
  it('reads “Only then …” and “the way to that …” as pointing back', () => {
    expect(losesReferent('Only then, Lorvania will be accepted to live in peace with its neighbours.')).toBe(true);
    expect(losesReferent('And the way to that begins with ending the blockade of our ports.')).toBe(true);
  });

  it('keeps a quotation that names its goal', () => {
    expect(losesReferent('The way to peace begins with ending the blockade of our ports.')).toBe(false);
    expect(losesReferent('Then we will meet again in the spring to sign the agreement on trade.')).toBe(false);
  });
});
