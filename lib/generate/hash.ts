/**
 * Content hashing and seeded randomness. Question ids and choice orders must not depend on
 * Math.random or on position, so that regenerating the bank is byte-for-byte repeatable.
 */

/**
 * A 64-bit (two 32-bit lanes) non-cryptographic hash of a string, as 16 hex digits.
 *
 * @example
 * hashString('who-said|q1|Antony Blinken'); // → 'a3f0…' (16 hex digits, always the same)
 */
export function hashString(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * A small seeded PRNG (mulberry32) returning numbers in [0, 1).
 *
 * @example
 * const next = createRng('seed'); next(); // same sequence for the same seed
 */
export function createRng(seed: string): () => number {
  let state = parseInt(hashString(seed).slice(0, 8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates shuffle driven by a seed; returns a new array.
 *
 * @example
 * seededShuffle(['a', 'b', 'c'], 'q1'); // same order every run for 'q1'
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  const next = createRng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
