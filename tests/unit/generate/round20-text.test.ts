/**
 * Round 20 (#15): who-said, what-said and cloze classes the judges sent back in the same form — events told only by
 * their happening (full-r15-part1), …
 */
import { describe, expect, it } from 'vitest';
import { losesReferent } from '@/lib/generate/lost-referents';

describe('events told only by their happening', () => {
  it('reads “whatever changes are taking place” with no place named as pointing back', () => {
    expect(losesReferent('Our duty is to make sure whatever changes are taking place are headed the right way.')).toBe(true);
    expect(losesReferent('We are watching closely what is happening, and we are worried.')).toBe(true);
  });

  it('keeps the happening whose place the quotation names', () => {
    expect(losesReferent('Our duty is to make sure whatever changes are taking place in Lorvania are headed the right way.')).toBe(false);
    expect(losesReferent('What is happening on the border of Lorvania worries every neighbour.')).toBe(false);
    expect(losesReferent('The Lorvanian people will judge whatever changes are taking place.')).toBe(false);
  });
});
