import type { Rating } from './scheduler';

/** One card's reviews, oldest first, as the FSRS optimizer wants them: the rating and whole days since the previous review. */
export type TrainingItem = { rating: Rating; deltaT: number }[];

const DAY_MS = 86_400_000;

/**
 * Turns a student's review log into optimizer items. Days are counted between calendar days in the
 * student's time zone offset (`dayOf`), as Anki does; same-day reviews have deltaT 0. Each card yields
 * one item per review after its first (the optimizer learns from the history leading to each review).
 *
 * @example
 * trainingItems([{ cardId: 'c', rating: 3, review: d1 }, { cardId: 'c', rating: 3, review: d2 }], dayIndexUtc)
 */
export function trainingItems(
  reviews: readonly { cardId: string; rating: Rating; review: Date }[],
  dayOf: (instant: Date) => number = (instant) => Math.floor(instant.getTime() / DAY_MS),
): TrainingItem[] {
  const byCard = new Map<string, { rating: Rating; review: Date }[]>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId) ?? [];
    list.push(review);
    byCard.set(review.cardId, list);
  }
  const items: TrainingItem[] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.review.getTime() - b.review.getTime());
    const history: TrainingItem = [];
    let previousDay: number | null = null;
    for (const review of list) {
      const day = dayOf(review.review);
      history.push({ rating: review.rating, deltaT: previousDay === null ? 0 : day - previousDay });
      previousDay = day;
      // An item must contain at least one review with a gap of a day or more to teach anything long-term.
      if (history.length > 1 && history.some((r, i) => i > 0 && r.deltaT > 0)) items.push(history.map((r) => ({ ...r })));
    }
  }
  return items;
}

/** How many reviews a student needs before fitting their own weights is worth it. */
export const MIN_REVIEWS_TO_FIT = 300;

/**
 * How many more reviews the log needs before a fit is due (0: it is due now): MIN_REVIEWS_TO_FIT for a
 * first fit, then a fifth more than the last fit saw (and at least 100 more).
 *
 * @example
 * reviewsUntilFit(350, 300) // 50
 */
export function reviewsUntilFit(reviewCount: number, lastFittedOn: number | null): number {
  const needed = lastFittedOn === null ? MIN_REVIEWS_TO_FIT : Math.max(MIN_REVIEWS_TO_FIT, lastFittedOn + Math.max(100, Math.round(lastFittedOn * 0.2)));
  return Math.max(0, needed - reviewCount);
}

/** Whether a log of `reviewCount` reviews is due a fit, the last one having seen `lastFittedOn` (null: never fitted). */
export function shouldFit(reviewCount: number, lastFittedOn: number | null): boolean {
  return reviewsUntilFit(reviewCount, lastFittedOn) === 0;
}
