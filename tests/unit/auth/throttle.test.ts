import { describe, expect, it } from 'vitest';
import { backoff, decideSignUpThrottle, decideThrottle, describeWait, type FailureSummary } from '@/lib/auth/throttle';

const now = new Date('2026-01-01T12:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const minutesAgo = (m: number) => secondsAgo(m * 60);
const failures = (count: number, oldest: Date, latest: Date): FailureSummary => ({ count, oldest, latest });
const none: FailureSummary = { count: 0, oldest: null, latest: null };

describe('decideThrottle', () => {
  it('locks a login and address after five failures until the oldest leaves the 15-minute window', () => {
    expect(decideThrottle({ pair: failures(4, minutesAgo(14), minutesAgo(1)), now })).toEqual({ allowed: true });
    expect(decideThrottle({ pair: failures(5, minutesAgo(14), minutesAgo(1)), now })).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('slows one login down wherever the tries come from: 30 s after the tenth failure, doubling to 15 minutes', () => {
    expect(decideThrottle({ pair: none, login: failures(9, minutesAgo(5), secondsAgo(1)), now })).toEqual({ allowed: true });
    expect(decideThrottle({ pair: none, login: failures(10, minutesAgo(5), secondsAgo(1)), now })).toEqual({ allowed: false, retryAfterSeconds: 29 });
    expect(decideThrottle({ pair: none, login: failures(10, minutesAgo(5), secondsAgo(31)), now })).toEqual({ allowed: true });
    expect(decideThrottle({ pair: none, login: failures(12, minutesAgo(5), secondsAgo(31)), now })).toEqual({ allowed: false, retryAfterSeconds: 89 });
    expect(decideThrottle({ pair: none, login: failures(40, minutesAgo(14), secondsAgo(0)), now })).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it('slows a busy address down by seconds rather than locking everyone behind it out for the window', () => {
    const thirty = failures(30, minutesAgo(10), secondsAgo(2));
    expect(decideThrottle({ pair: none, address: thirty, now })).toEqual({ allowed: false, retryAfterSeconds: 3 });
    expect(decideThrottle({ pair: none, address: failures(30, minutesAgo(10), secondsAgo(6)), now })).toEqual({ allowed: true });
    // Many more failures stretch the spacing, but never past a minute.
    expect(decideThrottle({ pair: none, address: failures(500, minutesAgo(14), secondsAgo(0)), now })).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('lets a known device past the login and address rules, but not past its own lock', () => {
    const busy = { login: failures(50, minutesAgo(14), secondsAgo(0)), address: failures(500, minutesAgo(14), secondsAgo(0)) };
    expect(decideThrottle({ pair: none, ...busy, isKnownDevice: true, now })).toEqual({ allowed: true });
    expect(decideThrottle({ pair: failures(5, minutesAgo(5), secondsAgo(1)), ...busy, isKnownDevice: true, now })).toMatchObject({ allowed: false });
  });

  it('waits for the longest rule that applies', () => {
    const decision = decideThrottle({ pair: failures(5, minutesAgo(1), secondsAgo(1)), address: failures(30, minutesAgo(1), secondsAgo(1)), now });
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
  });
});

describe('backoff and describeWait', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([0, 1, 2, 5, 99].map((n) => backoff({ base: 30, max: 900 }, n))).toEqual([30, 60, 120, 900, 900]);
  });

  it('says how long to wait in plain words', () => {
    expect([1, 45, 60, 61, 900].map(describeWait)).toEqual(['1 second', '45 seconds', '1 minute', '2 minutes', '15 minutes']);
  });
});

describe('decideSignUpThrottle', () => {
  it('allows a school to sign up together but not a 301st account in an hour from one address', () => {
    expect(decideSignUpThrottle({ attempts: failures(299, minutesAgo(50), secondsAgo(1)), taken: none, now })).toEqual({ allowed: true });
    expect(decideSignUpThrottle({ attempts: failures(300, minutesAgo(50), secondsAgo(1)), taken: none, now })).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });

  it('stops an address after twenty "taken" answers, so usernames cannot be listed in bulk', () => {
    expect(decideSignUpThrottle({ attempts: failures(20, minutesAgo(30), now), taken: failures(19, minutesAgo(30), now), now })).toEqual({ allowed: true });
    expect(decideSignUpThrottle({ attempts: failures(20, minutesAgo(30), now), taken: failures(20, minutesAgo(30), now), now })).toEqual({ allowed: false, retryAfterSeconds: 1800 });
  });
});
