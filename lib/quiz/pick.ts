/** A small seeded generator (mulberry32): the same attempt id always picks the same questions. */
function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks `count` items (all when count is null or larger), at random but repeatably for a seed, and keeps
 * them in their original order: a teacher's order, or easiest first.
 *
 * @example
 * pickQuestions(['a', 'b', 'c', 'd'], 2, 'attempt-1') // two of them, the same two every time for this seed
 */
export function pickQuestions<T>(items: readonly T[], count: number | null, seed: string): T[] {
  if (count === null || count >= items.length) return [...items];
  const random = seededRandom(seed);
  const indexes = items.map((_, i) => i);
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}

/** How many questions a quiz on one article asks: about five minutes on a phone. */
export const ARTICLE_QUIZ_LENGTH = 10;
