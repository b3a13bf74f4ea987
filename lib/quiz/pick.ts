import { seededShuffle } from '@/lib/generate/hash';

/**
 * Picks `count` items (all when count is null or larger), at random but repeatably for a seed, and keeps
 * them in their original order: a teacher's order, or easiest first. With `sameFact`, two items of one fact
 * are taken together only when there are not enough others: "Who said '…'?" beside "Which of these did
 * Blinken say?" would hand the student the answer.
 *
 * @example
 * pickQuestions(['a', 'b', 'c', 'd'], 2, 'attempt-1') // two of them, the same two every time for this seed
 */
export function pickQuestions<T>(items: readonly T[], count: number | null, seed: string, sameFact?: (item: T) => string | undefined): T[] {
  if (count === null || count >= items.length) return [...items];
  const order = seededShuffle(items.map((_, i) => i), seed);
  const chosen = new Set<number>();
  const facts = new Set<string>();
  for (const i of order) {
    if (chosen.size >= count) break;
    const fact = sameFact?.(items[i] as T);
    if (fact !== undefined && facts.has(fact)) continue;
    chosen.add(i);
    if (fact !== undefined) facts.add(fact);
  }
  for (const i of order) if (chosen.size < count) chosen.add(i);
  return items.filter((_, i) => chosen.has(i));
}

/** The sentence a question stands on: two questions citing it ask about one fact. */
export function citedSentenceOf(item: { version: { sources: readonly { article: string; start: number }[] } }): string | undefined {
  const first = item.version.sources[0];
  return first ? `${first.article}:${first.start}` : undefined;
}

/** How many questions a quiz on one article asks: about five minutes on a phone. */
export const ARTICLE_QUIZ_LENGTH = 10;
