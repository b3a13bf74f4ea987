import { describe, expect, it } from 'vitest';
import { decideThrottle } from '@/lib/auth/throttle';

const now = new Date('2026-01-01T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('decideThrottle', () => {
  it('allows four recent failures for a login and address, blocks the fifth until the oldest leaves the window', () => {
    const four = [1, 2, 3, 4].map(minutesAgo);
    expect(decideThrottle({ pairFailures: four, ipFailures: four, now })).toEqual({ allowed: true });
    const five = [...four, minutesAgo(14)];
    expect(decideThrottle({ pairFailures: five, ipFailures: five, now })).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('ignores failures older than the window', () => {
    const old = [16, 17, 18, 19, 20].map(minutesAgo);
    expect(decideThrottle({ pairFailures: old, ipFailures: old, now })).toEqual({ allowed: true });
  });

  it('blocks an address that failed 30 times across logins', () => {
    const many = Array.from({ length: 30 }, (_, i) => minutesAgo(i % 10));
    expect(decideThrottle({ pairFailures: [], ipFailures: many, now }).allowed).toBe(false);
    expect(decideThrottle({ pairFailures: [], ipFailures: many.slice(1), now }).allowed).toBe(true);
  });
});
