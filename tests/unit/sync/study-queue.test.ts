import { describe, expect, it } from 'vitest';
import { DEFAULT_SRS_PARAMS, newCardState, replayReviews, type Rating } from '@/lib/srs/scheduler';
import { gradeCard, projectCards, stateToWire, todaysQueue, type LocalReview, type SchedulableCard } from '@/lib/sync/study-queue';

const params = DEFAULT_SRS_PARAMS;
const addedAt = new Date('2026-12-01T08:00:00Z');
const at = (iso: string) => new Date(iso);

function card(cardId: string, srs = stateToWire(newCardState(addedAt))): SchedulableCard {
  return { cardId, isNew: srs.state === 0, srs, dueAfter: { 1: '', 2: '', 3: '', 4: '' }, previewFrom: '' };
}
const review = (id: string, cardId: string, rating: Rating, reviewedAt: string): LocalReview => ({ id, cardId, rating, reviewedAt });

describe('projectCards', () => {
  it('lays the reviews made here over a saved page the way the server replays them', () => {
    const reviews = [review('b', 'c1', 3, '2026-12-02T09:10:00Z'), review('a', 'c1', 1, '2026-12-02T09:00:00Z')];
    const [projected] = projectCards([card('c1')], reviews, at('2026-12-02T10:00:00Z'), params);
    const server = replayReviews(addedAt, reviews.map((r) => ({ id: r.id, rating: r.rating, review: new Date(r.reviewedAt) })), params).card;
    expect(projected!.srs).toEqual(stateToWire(server));
    expect(projected!.isNew).toBe(false);
  });

  it('does not apply twice a review the saved card already shows', () => {
    const first = review('a', 'c1', 4, '2026-12-02T09:00:00Z');
    const shown = replayReviews(addedAt, [{ id: 'a', rating: 4, review: new Date(first.reviewedAt) }], params).card;
    const [projected] = projectCards([card('c1', stateToWire(shown))], [first], at('2026-12-02T10:00:00Z'), params);
    expect(projected!.srs).toEqual(stateToWire(shown));
  });

  it('labels the buttons from now, not from when the page was saved', () => {
    const [projected] = projectCards([card('c1')], [], at('2026-12-04T07:00:00Z'), params);
    expect(projected!.previewFrom).toBe('2026-12-04T07:00:00.000Z');
    expect(Date.parse(projected!.dueAfter[4])).toBeGreaterThan(Date.parse(projected!.dueAfter[1]));
  });
});

describe('todaysQueue and gradeCard', () => {
  const endOfToday = at('2026-12-03T00:00:00Z');

  it('puts due cards first, soonest first, then the new ones, and leaves later cards for their day', () => {
    const soon = gradeCard(card('soon'), 1, at('2026-12-02T09:00:00Z'), params);
    const later = gradeCard(card('later'), 4, at('2026-12-02T09:00:00Z'), params);
    const earlier = gradeCard(card('earlier'), 1, at('2026-12-02T08:00:00Z'), params);
    const queue = todaysQueue([card('new1'), soon, later, earlier, card('new2')], endOfToday);
    expect(queue.map((c) => c.cardId)).toEqual(['earlier', 'soon', 'new1', 'new2']);
    expect(todaysQueue([later], at('2026-12-30T00:00:00Z')).map((c) => c.cardId)).toEqual(['later']);
  });

  it('brings a lapsed card back today and sends an easy one away', () => {
    const now = at('2026-12-02T09:00:00Z');
    expect(Date.parse(gradeCard(card('c'), 1, now, params).srs.due)).toBeLessThan(endOfToday.getTime());
    expect(Date.parse(gradeCard(card('c'), 4, now, params).srs.due)).toBeGreaterThan(endOfToday.getTime());
  });
});
