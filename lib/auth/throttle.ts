/**
 * Sign-in throttling policy: three rules over the recent failures, none of which lets an attacker elsewhere
 * lock a real user out for long.
 *
 * - **login + address**: a few failures for one login from one address lock that pair for the window.
 * - **login, from anywhere**: past a threshold, each further try for that login waits longer (30 s, 1 min,
 *   2 min… up to 15 min), whatever the address: spoofed or rotated addresses buy nothing.
 * - **address, any login**: past a threshold the address is slowed (one try every few seconds after its
 *   latest failure), not blocked: a school behind one address keeps signing in.
 *
 * A browser that has signed in to the account before (a known device) skips the last two: it is keyed by
 * its device instead of its address, so only its own failures count against it.
 */
export interface ThrottlePolicy {
  windowSeconds: number;
  /** Failures allowed for one login from one address (or known device) within the window. */
  perLoginAndAddress: number;
  /** Failures for one login, from anywhere, before each further try must wait. */
  perLogin: number;
  loginBackoffSeconds: { base: number; max: number };
  /** Failures from one address, whatever the login, before the address is slowed. */
  perAddress: number;
  addressSpacingSeconds: { base: number; max: number };
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowSeconds: 15 * 60,
  perLoginAndAddress: 5,
  perLogin: 10,
  loginBackoffSeconds: { base: 30, max: 15 * 60 },
  perAddress: 30,
  addressSpacingSeconds: { base: 5, max: 60 },
};

/** Recent failures of one kind: how many, and the oldest and newest of them. */
export interface FailureSummary {
  count: number;
  oldest: Date | null;
  latest: Date | null;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const NONE: FailureSummary = { count: 0, oldest: null, latest: null };

/**
 * Decides whether another attempt may proceed, from the failures recorded in the window (not counting the
 * attempt being decided).
 *
 * @example
 * const now = new Date('2026-01-01T12:00:00Z');
 * const five = { count: 5, oldest: new Date('2026-01-01T11:55:00Z'), latest: new Date('2026-01-01T11:59:00Z') };
 * decideThrottle({ pair: five, now }) // { allowed: false, retryAfterSeconds: 600 }
 */
export function decideThrottle(args: {
  pair: FailureSummary;
  login?: FailureSummary;
  address?: FailureSummary;
  isKnownDevice?: boolean;
  now: Date;
  policy?: ThrottlePolicy;
}): ThrottleDecision {
  const policy = args.policy ?? DEFAULT_THROTTLE;
  const now = args.now.getTime();
  const waits: number[] = [];
  const { pair } = args;
  if (pair.count >= policy.perLoginAndAddress && pair.oldest) waits.push(pair.oldest.getTime() + policy.windowSeconds * 1000 - now);
  if (!args.isKnownDevice) {
    const login = args.login ?? NONE;
    if (login.count >= policy.perLogin && login.latest) {
      const wait = backoff(policy.loginBackoffSeconds, login.count - policy.perLogin);
      waits.push(login.latest.getTime() + wait * 1000 - now);
    }
    const address = args.address ?? NONE;
    if (address.count >= policy.perAddress && address.latest) {
      const doublings = Math.floor((address.count - policy.perAddress) / policy.perAddress);
      waits.push(address.latest.getTime() + backoff(policy.addressSpacingSeconds, doublings) * 1000 - now);
    }
  }
  const longest = Math.max(0, ...waits);
  return longest > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(longest / 1000)) } : { allowed: true };
}

/**
 * Seconds to wait after `doublings` steps past a threshold: base, 2×base, 4×base… capped at max.
 *
 * @example
 * backoff({ base: 30, max: 900 }, 0) // 30
 * backoff({ base: 30, max: 900 }, 10) // 900
 */
export function backoff(steps: { base: number; max: number }, doublings: number): number {
  return Math.min(steps.max, steps.base * 2 ** Math.max(0, Math.min(doublings, 20)));
}

/** Sign-up limits per address: enough for a class joining in one lesson, too few to enumerate usernames. */
export interface SignUpPolicy {
  windowSeconds: number;
  /** Sign-up attempts that reached the database, per address. */
  perAddress: number;
  /** Answers of "this username is taken", per address. */
  takenPerAddress: number;
}

// A whole school signing up in its first lesson behind one address fits in 300; "taken" answers are the
// enumeration channel, and 20 an hour is plenty for people choosing a name.
export const DEFAULT_SIGN_UP_THROTTLE: SignUpPolicy = { windowSeconds: 60 * 60, perAddress: 300, takenPerAddress: 20 };

/**
 * Decides whether an address may try another sign-up.
 *
 * @example
 * const now = new Date('2026-01-01T12:00:00Z');
 * const taken = { count: 20, oldest: new Date('2026-01-01T11:30:00Z'), latest: now };
 * decideSignUpThrottle({ attempts: taken, taken, now }) // { allowed: false, retryAfterSeconds: 1800 }
 */
export function decideSignUpThrottle(args: { attempts: FailureSummary; taken: FailureSummary; now: Date; policy?: SignUpPolicy }): ThrottleDecision {
  const policy = args.policy ?? DEFAULT_SIGN_UP_THROTTLE;
  const windowEnd = (summary: FailureSummary) => (summary.oldest ? summary.oldest.getTime() + policy.windowSeconds * 1000 - args.now.getTime() : 0);
  const waits = [
    args.attempts.count >= policy.perAddress ? windowEnd(args.attempts) : 0,
    args.taken.count >= policy.takenPerAddress ? windowEnd(args.taken) : 0,
  ];
  const longest = Math.max(0, ...waits);
  return longest > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(longest / 1000)) } : { allowed: true };
}

/**
 * "2 minutes", "45 seconds": how long to wait, in words for the sign-in form.
 *
 * @example
 * describeWait(61) // '2 minutes'
 * describeWait(1) // '1 second'
 */
export function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
