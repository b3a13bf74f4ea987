import type { QueuedEvent } from '@/lib/sync/events';
import type { LocalReview } from '@/lib/sync/study-cards';

/**
 * The reviews made on this device that count for the study screen: waiting or synced (the server holds
 * them), not refused, and not undone (an undo that waits or has synced takes its review back).
 */
export function localReviewsOf(events: readonly QueuedEvent[]): LocalReview[] {
  const undone = new Set<string>();
  for (const e of events) if (e.stream === 'reviews' && e.body.type === 'undo' && e.status !== 'refused') undone.add(e.body.id);
  const reviews: LocalReview[] = [];
  for (const e of events) {
    if (e.stream !== 'reviews' || e.body.type !== 'review' || e.status === 'refused' || undone.has(e.body.id)) continue;
    reviews.push({ id: e.body.id, cardId: e.body.cardId, rating: e.body.rating, reviewedAt: e.body.reviewedAt });
  }
  return reviews;
}
