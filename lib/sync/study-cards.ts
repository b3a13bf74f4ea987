/*
 * The study queue's cards as the device keeps them, free of the scheduler (ts-fsrs), so the flashcards page
 * can show its first card before the scheduler (lib/sync/study-queue.ts, loaded lazily) arrives.
 */
import type { CardState, Rating } from '@/lib/srs/scheduler';

/** A card's FSRS state as JSON carries it (dates as ISO strings). */
export type SrsWire = Omit<CardState, 'due' | 'lastReview'> & { due: string; lastReview: string | null };

/** A review made on this device, as the queue keeps it. */
export interface LocalReview {
  id: string;
  cardId: string;
  rating: Rating;
  reviewedAt: string;
}

/** What the study screen needs of a card to schedule it here. */
export interface SchedulableCard {
  cardId: string;
  isNew: boolean;
  srs: SrsWire;
  dueAfter: Record<Rating, string>;
  previewFrom: string;
}

export function stateFromWire(w: SrsWire): CardState {
  return { ...w, due: new Date(w.due), lastReview: w.lastReview ? new Date(w.lastReview) : null };
}

export function stateToWire(s: CardState): SrsWire {
  return { ...s, due: s.due.toISOString(), lastReview: s.lastReview ? s.lastReview.toISOString() : null };
}

/**
 * Today's queue, as the server builds it: cards due before the end of the day (soonest first), then the
 * new cards in the order given.
 *
 * @example
 * todaysQueue(projectCards(cards, reviews, now, params), endOfToday)
 */
export function todaysQueue<C extends SchedulableCard>(cards: readonly C[], endOfToday: Date): C[] {
  const end = endOfToday.getTime();
  const due = cards.filter((c) => c.srs.state !== 0 && Date.parse(c.srs.due) <= end).sort((a, b) => Date.parse(a.srs.due) - Date.parse(b.srs.due));
  return [...due, ...cards.filter((c) => c.srs.state === 0)];
}
