import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReview, DEFAULT_SRS_PARAMS, newCardState, previewDue, replayReviews, type Rating, type ReviewEvent } from '@/lib/srs/scheduler';
import { shouldFit, trainingItems } from '@/lib/srs/training';

const ADDED = new Date('2026-01-05T08:00:00Z');
const HOUR = 3_600_000;

function log(ratings: Rating[], hoursApart: number[]): ReviewEvent[] {
  let t = ADDED.getTime();
  return ratings.map((rating, i) => {
    t += (hoursApart[i] ?? 24) * HOUR;
    return { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, rating, review: new Date(t) };
  });
}

describe('FSRS wrapper with a fixed clock', () => {
  it('a new card is due when added and moves on after a grade', () => {
    const card = newCardState(ADDED);
    expect(card.state).toBe(0);
    expect(card.due).toEqual(ADDED);
    const { card: next, outcome } = applyReview(card, 3, new Date(ADDED.getTime() + HOUR), DEFAULT_SRS_PARAMS);
    expect(next.reps).toBe(1);
    expect(next.due.getTime()).toBeGreaterThan(ADDED.getTime() + HOUR);
    expect(outcome.state).toBe(0);
  });

  it('Easy schedules later than Good, Good later than Again', () => {
    const now = new Date(ADDED.getTime() + HOUR);
    const due = previewDue(newCardState(ADDED), now, DEFAULT_SRS_PARAMS);
    expect(due[4].getTime()).toBeGreaterThan(due[3].getTime());
    expect(due[3].getTime()).toBeGreaterThan(due[1].getTime());
  });

  it('replaying a shuffled log gives the same card as the ordered one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Rating>(1, 2, 3, 4), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 24 * 20 }), { minLength: 12, maxLength: 12 }),
        fc.integer(),
        (ratings, gaps, seed) => {
          const ordered = log(ratings, gaps);
          const shuffled = fc.sample(fc.shuffledSubarray(ordered, { minLength: ordered.length, maxLength: ordered.length }), { numRuns: 1, seed })[0]!;
          const a = replayReviews(ADDED, ordered, DEFAULT_SRS_PARAMS);
          const b = replayReviews(ADDED, shuffled, DEFAULT_SRS_PARAMS);
          expect(b.card).toEqual(a.card);
          expect([...b.outcomes.entries()].sort()).toEqual([...a.outcomes.entries()].sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a late review lands where it belongs, changing what came after it', () => {
    const events = log([3, 3, 1, 3], [1, 30, 72, 24]);
    const withoutLate = replayReviews(ADDED, events.filter((_, i) => i !== 1), DEFAULT_SRS_PARAMS);
    const withLate = replayReviews(ADDED, [...events.filter((_, i) => i !== 1), events[1]!], DEFAULT_SRS_PARAMS);
    expect(withLate.card.reps).toBe(4);
    expect(withLate.card).not.toEqual(withoutLate.card);
    expect(withLate.card).toEqual(replayReviews(ADDED, events, DEFAULT_SRS_PARAMS).card);
  });

  it('a higher desired retention schedules sooner', () => {
    const events = log([3, 3, 3], [1, 24, 72]);
    const relaxed = replayReviews(ADDED, events, { desiredRetention: 0.8, weights: null }).card;
    const strict = replayReviews(ADDED, events, { desiredRetention: 0.97, weights: null }).card;
    expect(strict.due.getTime()).toBeLessThan(relaxed.due.getTime());
  });
});

describe('training data for the optimizer', () => {
  it('counts whole days between a card’s reviews, and skips same-day-only histories', () => {
    const day = (d: number, h = 9) => new Date(Date.UTC(2026, 0, d, h));
    const items = trainingItems([
      { cardId: 'a', rating: 3, review: day(1) },
      { cardId: 'a', rating: 3, review: day(1, 10) },
      { cardId: 'a', rating: 1, review: day(4) },
      { cardId: 'b', rating: 3, review: day(2) },
      { cardId: 'b', rating: 4, review: day(2, 11) },
    ]);
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 3 },
      ],
    ]);
  });

  it('fits first at a few hundred reviews, then again as the log grows', () => {
    expect(shouldFit(120, null)).toBe(false);
    expect(shouldFit(300, null)).toBe(true);
    expect(shouldFit(350, 300)).toBe(false);
    expect(shouldFit(400, 300)).toBe(true);
  });
});
