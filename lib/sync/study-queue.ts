import { applyReview, previewDue, type CardState, type Rating, type SrsParams } from '@/lib/srs/scheduler';

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

function previewOf(state: CardState, now: Date, params: SrsParams): { dueAfter: Record<Rating, string>; previewFrom: string } {
  const p = previewDue(state, now, params);
  return { dueAfter: { 1: p[1].toISOString(), 2: p[2].toISOString(), 3: p[3].toISOString(), 4: p[4].toISOString() }, previewFrom: now.toISOString() };
}

/**
 * A card after one grade given here, with fresh labels for its buttons should it come back today.
 * The server replays the same event the same way (same settings, same time), so the two agree.
 *
 * @example
 * const next = gradeCard(card, 1, now, params); // Again: due again within minutes
 */
export function gradeCard<C extends SchedulableCard>(card: C, rating: Rating, at: Date, params: SrsParams): C {
  const { card: state } = applyReview(stateFromWire(card.srs), rating, at, params);
  return { ...card, isNew: false, srs: stateToWire(state), ...previewOf(state, at, params) };
}

/**
 * The cards as they stand after the reviews made on this device that `cards` does not show yet: a review
 * is already in a card's state when the server's last review of it is at or after the review's time
 * (another device may have moved the card on since; the server's replay decides then). Labels are
 * recomputed for `now`, since the cards may come from a page saved days ago.
 */
export function projectCards<C extends SchedulableCard>(cards: readonly C[], reviews: readonly LocalReview[], now: Date, params: SrsParams): C[] {
  const byCard = new Map<string, LocalReview[]>();
  for (const r of reviews) (byCard.get(r.cardId) ?? byCard.set(r.cardId, []).get(r.cardId)!).push(r);
  return cards.map((card) => {
    const shown = card.srs.lastReview ? Date.parse(card.srs.lastReview) : -Infinity;
    const mine = (byCard.get(card.cardId) ?? []).filter((r) => Date.parse(r.reviewedAt) > shown).sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt) || (a.id < b.id ? -1 : 1));
    let state = stateFromWire(card.srs);
    for (const r of mine) state = applyReview(state, r.rating, new Date(r.reviewedAt), params).card;
    return { ...card, isNew: state.state === 0, srs: stateToWire(state), ...previewOf(state, now, params) };
  });
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
