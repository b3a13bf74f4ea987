import { describe, expect, it } from 'vitest';
import { FitSchedule, MIN_REVIEWS_BETWEEN_LOOKS } from '@/lib/srs/fit-schedule';
import { reviewsUntilFit, shouldFit } from '@/lib/srs/training';

describe('when a fit is due', () => {
  it('counts the reviews still needed: 300 for a first fit, then a fifth more (at least 100)', () => {
    expect(reviewsUntilFit(120, null)).toBe(180);
    expect(reviewsUntilFit(300, null)).toBe(0);
    expect(reviewsUntilFit(350, 300)).toBe(50);
    expect(reviewsUntilFit(5000, 5000)).toBe(1000);
    for (const [count, last] of [[299, null], [300, null], [399, 300], [400, 300], [5999, 5000], [6000, 5000]] as const) {
      expect(shouldFit(count, last)).toBe(reviewsUntilFit(count, last) === 0);
    }
  });
});

describe('looking at a student’s log again', () => {
  it('looks on the first review since start, then only once enough reviews are stored', () => {
    const schedule = new FitSchedule();
    expect(schedule.isLookDue('s1', 1)).toBe(true);
    schedule.lookAgainAfter('s1', 250);
    let looks = 0;
    for (let i = 0; i < 1000; i++) {
      if (!schedule.isLookDue('s1', 1)) continue;
      looks++;
      schedule.lookAgainAfter('s1', 250);
    }
    expect(looks).toBe(4);
  });

  it('starts no second look while one is under way, and tries a failed one again soon', () => {
    const schedule = new FitSchedule();
    expect(schedule.isLookDue('s1', 1)).toBe(true);
    expect(schedule.isLookDue('s1', 5)).toBe(false);
    schedule.lookAgainAfter('s1', 0);
    const stored = Array.from({ length: MIN_REVIEWS_BETWEEN_LOOKS }, () => schedule.isLookDue('s1', 1));
    expect(stored.filter(Boolean)).toHaveLength(1);
    expect(stored.at(-1)).toBe(true);
  });

  it('keeps each student apart', () => {
    const schedule = new FitSchedule();
    expect(schedule.isLookDue('s1', 1)).toBe(true);
    schedule.lookAgainAfter('s1', 500);
    expect(schedule.isLookDue('s2', 1)).toBe(true);
    expect(schedule.isLookDue('s1', 1)).toBe(false);
  });
});
