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

  it('send the state the phone holds, and take the state the app answers with', () => {
    const fixture = { users: [{ username: 'bench-1', pairs: [], cards: ['c1'], cardsDue: '2026-12-05T09:00:00.000Z' }], responses: {}, article: { slug: 's', title: 't', bodyChars: 1 }, articles: 1, questions: 1 };
    const deck = new CardDeck(fixture);
    const fresh = stateToWire(newCardState(new Date('2026-12-05T09:00:00.000Z')));
    const sentFrom = (body: string) => (JSON.parse(body) as { events: { from: unknown }[] }).events[0]!.from;
    const first = reviewBody('c1', deck);
    expect(sentFrom(first.body)).toEqual(fresh);
    // No answer, a refusal, or an answer about another card: the phone keeps what it had.
    first.keep(503, '');
    first.keep(200, JSON.stringify({ results: [{ ok: false, error: 'invalid' }] }));
    const moved = stateToWire(applyReview(newCardState(new Date('2026-12-05T09:00:00.000Z')), 3, new Date('2026-12-05T09:01:00.000Z'), DEFAULT_SRS_PARAMS).card);
    first.keep(200, JSON.stringify({ results: [{ ok: true, status: 'stored', card: { cardId: 'c2', srs: moved } }] }));
    expect(sentFrom(reviewBody('c1', deck).body)).toEqual(fresh);
    first.keep(200, JSON.stringify({ results: [{ ok: true, status: 'stored', card: { cardId: 'c1', srs: moved } }] }));
    expect(sentFrom(reviewBody('c1', deck).body)).toEqual(moved);
  });
});
