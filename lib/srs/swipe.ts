import type { Rating } from './ratings';

/** A swipe is a deliberate drag at least this long (CSS pixels); shorter movements are taps. */
export const SWIPE_PX = 70;

/**
 * Which grade a drag means, as in the swipe-to-grade apps students know: left Again, right Good,
 * up Easy, down Hard. The longer axis decides; a short drag is no grade.
 *
 * @example
 * gradeForSwipe(-120, 10) // 1 (Again)
 * gradeForSwipe(5, -90) // 4 (Easy)
 */
export function gradeForSwipe(dx: number, dy: number): Rating | null {
  if (Math.max(Math.abs(dx), Math.abs(dy)) < SWIPE_PX) return null;
  if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? 1 : 3;
  return dy < 0 ? 4 : 2;
}
