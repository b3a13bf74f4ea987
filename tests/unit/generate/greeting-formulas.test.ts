/**
 * A greeting formula closing a head's statement ("Peace be upon you. (In Arabic.) Thank you.") is courtesy, not a
 * quotation to ask: in a two-speaker transcript it would be asked the moment a third option turned up (round 18,
 * fresh28's Bethlehem statement).
 */
import { describe, expect, it } from 'vitest';
import { isMostlyCourtesy } from '@/lib/generate/openers';

describe('greeting formulas', () => {
  it('reads “Peace be upon you” as courtesy', () => {
    expect(isMostlyCourtesy('Peace be upon you. (In Arabic.) Thank you.')).toBe(true);
    expect(isMostlyCourtesy('Peace be with you all, and thank you.')).toBe(true);
  });

  it('keeps a statement about peace', () => {
    expect(isMostlyCourtesy('Peace begins with Palestine and Jerusalem, and it must be built on the 1967 borders.')).toBe(false);
  });
});
