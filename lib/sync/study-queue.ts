import { applyReview, previewDue, type CardState, type Rating, type SrsParams } from '@/lib/srs/scheduler';
import { stateFromWire, stateToWire, type LocalReview, type SchedulableCard } from './study-cards';

export { stateFromWire, stateToWire, todaysQueue, type LocalReview, type SchedulableCard, type SrsWire } from './study-cards';

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
