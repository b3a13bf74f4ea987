import { describe, expect, it } from 'vitest';
import { backoffDelay, SYNC_BACKOFF } from '@/lib/sync/backoff';

describe('backoffDelay', () => {
  it('doubles the ceiling with each failure, up to the cap', () => {
    const ceilings = [0, 1, 2, 3, 6, 7, 20].map((failures) => backoffDelay(failures, 0.999_999));
    expect(ceilings).toEqual([999, 1_999, 3_999, 7_999, 59_999, 59_999, 59_999]);
  });

  it('spreads retries over the whole window (full jitter), never below a tenth of a second', () => {
    expect(backoffDelay(4, 0)).toBe(100);
    expect(backoffDelay(4, 0.25)).toBe(4_000);
    expect(backoffDelay(4, 0.5)).toBe(8_000);
  });

  it('treats nonsense input as the first try', () => {
    expect(backoffDelay(-3, 0.5)).toBe(500);
    expect(backoffDelay(2.7, 0.5, SYNC_BACKOFF)).toBe(2_000);
    expect(backoffDelay(1, 5)).toBe(1_999);
  });

  it('keeps a simulated classroom of phones from retrying in the same second', () => {
    let seed = 42;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const seconds = new Set(Array.from({ length: 30 }, () => Math.floor(backoffDelay(5, random()) / 1000)));
    expect(seconds.size).toBeGreaterThan(15);
  });
});
