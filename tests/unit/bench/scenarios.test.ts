import { describe, expect, it } from 'vitest';
import { CardDeck, laneCards, reviewBody } from '@/bench/scenarios';
import { applyReview, DEFAULT_SRS_PARAMS, newCardState } from '@/lib/srs/scheduler';
import { stateToWire } from '@/lib/sync/study-cards';

const cards = Array.from({ length: 20 }, (_, i) => `card-${i}`);

describe('the review bench’s connections', () => {
  it('never share a card: 50 connections over 30 students give the second tab of 20 students cards of its own', () => {
    const taken = new Map<string, number>();
    for (let index = 0; index < 50; index++) {
      for (const card of laneCards(cards, index, 30, 50)) {
        const owner = `${index % 30}:${card}`;
        expect(taken.has(owner)).toBe(false);
        taken.set(owner, index);
      }
    }
    expect(laneCards(cards, 0, 30, 50)).toHaveLength(10);
    expect(laneCards(cards, 0, 30, 30)).toEqual(cards);
    expect(laneCards(cards, 5, 30, 200).length).toBeGreaterThan(0);
  });

  it('send the state a phone graded from, and move it on only when the app stored the review', () => {
    const fixture = { users: [{ username: 'bench-1', pairs: [], cards: ['c1'], cardsDue: '2026-12-05T09:00:00.000Z' }], responses: {}, article: { slug: 's', title: 't', bodyChars: 1 }, articles: 1, questions: 1 };
    const deck = new CardDeck(fixture);
    const fresh = newCardState(new Date('2026-12-05T09:00:00.000Z'));
    const first = reviewBody('c1', deck);
    const sent = JSON.parse(first.body) as { events: { from: unknown; reviewedAt: string }[] };
    expect(sent.events[0]!.from).toEqual(stateToWire(fresh));
    first.keep(503, '');
    expect((JSON.parse(reviewBody('c1', deck).body) as typeof sent).events[0]!.from).toEqual(stateToWire(fresh));
    first.keep(200, '{"results":[{"ok":true,"status":"stored"}]}');
    const moved = applyReview(fresh, 3, new Date(sent.events[0]!.reviewedAt), DEFAULT_SRS_PARAMS).card;
    expect((JSON.parse(reviewBody('c1', deck).body) as typeof sent).events[0]!.from).toEqual(stateToWire(moved));
  });
});
