/** How long to wait before the next try: doubling from `baseMs`, never above `capMs`. */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const SYNC_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };

/**
 * The wait before try number `failures + 1`, with "full jitter" (a uniform draw below the doubled
 * ceiling): a classroom of phones that lost the Wi-Fi together must not all come back in the same second.
 * `random` is a number in [0, 1), passed in so tests are deterministic.
 *
 * @example
 * backoffDelay(0, 0.5, SYNC_BACKOFF) // 500: the first retry waits up to a second
 * backoffDelay(10, 0.5, SYNC_BACKOFF) // 30_000: half of the one-minute cap
 */
export function backoffDelay(failures: number, random: number, policy: BackoffPolicy = SYNC_BACKOFF): number {
  const exponent = Math.min(Math.max(0, Math.floor(failures)), 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  const draw = Math.min(Math.max(random, 0), 0.999_999);
  // Never zero: a retry loop that spins without waiting is worse than one that waits a little.
  return Math.max(100, Math.floor(draw * ceiling));
}
