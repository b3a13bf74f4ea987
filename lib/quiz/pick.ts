import { seededShuffle } from '@/lib/generate/hash';

/**
 * Picks `count` items (all when count is null or larger), at random but repeatably for a seed, and keeps
 * them in their original order: a teacher's order, or easiest first.
 *
 * @example
 * pickQuestions(['a', 'b', 'c', 'd'], 2, 'attempt-1') // two of them, the same two every time for this seed
 */
export function pickQuestions<T>(items: readonly T[], count: number | null, seed: string): T[] {
  if (count === null || count >= items.length) return [...items];
  const chosen = new Set(seededShuffle(items.map((_, i) => i), seed).slice(0, count));
  return items.filter((_, i) => chosen.has(i));
}

/** How many questions a quiz on one article asks: about five minutes on a phone. */
export const ARTICLE_QUIZ_LENGTH = 10;
