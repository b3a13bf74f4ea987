import { seededShuffle } from '@/lib/generate/hash';
import { questionsClash, type ClashView } from './clash';

/**
 * Picks up to `count` items (all when count is null), at random but repeatably for a seed, and keeps them in
 * their original order: a teacher's order, or easiest first. With `clash`, two items that answer each other
 * never go in together: the later one in the draw is skipped and another drawn, and when none is left the
 * quiz is shorter rather than giving an answer away ("Who said '…'?" beside "Which of these did Blinken
 * say?", a stem's "[in Paris]" beside "Where …?" answered Paris).
 *
 * @example
 * pickQuestions(['a', 'b', 'c', 'd'], 2, 'attempt-1') // two of them, the same two every time for this seed
 */
export function pickQuestions<T>(items: readonly T[], count: number | null, seed: string, clash?: (a: T, b: T) => boolean): T[] {
  const limit = count === null ? items.length : Math.min(count, items.length);
  if (!clash && limit === items.length) return [...items];
  // A few draws, the first that fills the quiz (else the fullest): one unlucky order should not cost a question.
  let best: number[] = [];
  for (let round = 0; round < DRAWS && best.length < limit; round++) {
    const chosen = drawOnce(items, limit, round === 0 ? seed : `${seed}|${round}`, clash);
    if (chosen.length > best.length) best = chosen;
    if (!clash) break;
  }
  const keep = new Set(best);
  return items.filter((_, i) => keep.has(i));
}

/** How many seeded orders are tried before a quiz is left shorter than asked. */
const DRAWS = 16;

function drawOnce<T>(items: readonly T[], limit: number, seed: string, clash?: (a: T, b: T) => boolean): number[] {
  const chosen: number[] = [];
  for (const i of seededShuffle(items.map((_, k) => k), seed)) {
    if (chosen.length >= limit) break;
    if (clash && chosen.some((j) => clash(items[i] as T, items[j] as T))) continue;
    chosen.push(i);
  }
  return chosen;
}

/**
 * Whether two stored questions (their frozen versions) answer each other; see `questionsClash`.
 *
 * @example
 * pickQuestions(bank, ARTICLE_QUIZ_LENGTH, attemptId, versionsClash)
 */
export function versionsClash(a: { version: ClashView }, b: { version: ClashView }): boolean {
  return questionsClash(a.version, b.version);
}

/** How many questions a quiz on one article asks: about five minutes on a phone. */
export const ARTICLE_QUIZ_LENGTH = 10;
