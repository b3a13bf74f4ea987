/**
 * Sign-in throttling policy. Failures are counted per (login, address) pair and per address, never per
 * account alone: an attacker elsewhere must not be able to lock the real user out.
 */
export interface ThrottlePolicy {
  windowSeconds: number;
  /** Failures allowed for one login from one address within the window. */
  perLoginAndIp: number;
  /** Failures allowed from one address, whatever the login, within the window. */
  perIp: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { windowSeconds: 15 * 60, perLoginAndIp: 5, perIp: 30 };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Decides from recent failure times (any order) whether another attempt may proceed.
 *
 * @example
 * const now = new Date('2026-01-01T12:00:00Z');
 * const five = Array.from({ length: 5 }, () => new Date('2026-01-01T11:55:00Z'));
 * decideThrottle({ pairFailures: five, ipFailures: five, now }) // { allowed: false, retryAfterSeconds: 600 }
 */
export function decideThrottle(args: {
  pairFailures: readonly Date[];
  ipFailures: readonly Date[];
  now: Date;
  policy?: ThrottlePolicy;
}): ThrottleDecision {
  const policy = args.policy ?? DEFAULT_THROTTLE;
  const windowMs = policy.windowSeconds * 1000;
  const since = args.now.getTime() - windowMs;
  const retryAfter = (failures: readonly Date[], limit: number): number | null => {
    const recent = failures.map((d) => d.getTime()).filter((t) => t > since).sort((a, b) => b - a);
    if (recent.length < limit) return null;
    // Allowed again once the failure that made the count reach the limit leaves the window.
    const blocking = recent[limit - 1] as number;
    return Math.max(1, Math.ceil((blocking + windowMs - args.now.getTime()) / 1000));
  };
  const waits = [retryAfter(args.pairFailures, policy.perLoginAndIp), retryAfter(args.ipFailures, policy.perIp)].filter(
    (w): w is number => w !== null,
  );
  return waits.length === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(...waits) };
}
