import { describe, expect, it } from 'vitest';
import { gradeForSwipe } from '@/lib/srs/swipe';

describe('swipe to grade', () => {
  it.each([
    [-150, 0, 1],
    [150, 20, 3],
    [10, -140, 4],
    [-20, 130, 2],
    [-100, 90, 1],
  ])('a drag of (%d, %d) grades %d', (dx, dy, rating) => {
    expect(gradeForSwipe(dx, dy)).toBe(rating);
  });
  it('a short movement is a tap, not a grade', () => {
    expect(gradeForSwipe(30, -40)).toBeNull();
    expect(gradeForSwipe(0, 0)).toBeNull();
  });
});
