/**
 * First index whose key is >= pos in an array sorted by that key: where a run of tokens, quotations or
 * mentions at or after a position begins.
 *
 * @example
 * lowerBound([{ at: 1 }, { at: 4 }, { at: 9 }], 5, (x) => x.at) // 2
 */
export function lowerBound<T>(arr: readonly T[], pos: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid] as T) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
