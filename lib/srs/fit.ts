import { computeParameters, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import type { TrainingItem } from './training';

/**
 * Fits FSRS weights to one student's history with the FSRS optimizer (fsrs-rs, through its Node binding).
 * Deterministic for a given history (the optimizer's seed is fixed). Takes seconds for a few thousand
 * reviews, so callers run it after the response, never on a request's path.
 *
 * @example
 * const weights = await fitWeights(trainingItems(reviews));
 */
export async function fitWeights(items: readonly TrainingItem[], options: { timeoutMs?: number } = {}): Promise<number[]> {
  const trainSet = items.map((item) => new FSRSBindingItem(item.map((review) => new FSRSBindingReview(review.rating, review.deltaT))));
  return computeParameters(trainSet, { enableShortTerm: true, timeout: options.timeoutMs ?? 60_000 });
}
