import { describe, expect, it } from 'vitest';
import { AnswerPool, appPairsPerUser, CardDeck, laneCards, reviewBody } from '@/bench/scenarios';
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
    const fixture = { users: [{ username: 'bench-1', pairs: [], referencePairs: [], cards: ['c1'], cardsDue: '2026-12-05T09:00:00.000Z' }], responses: {}, article: { slug: 's', title: 't', bodyChars: 1 }, articles: 1, questions: 1 };
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

describe('the answer bench’s pools', () => {
  const pair = (a: string, q: string): [string, string] => [a, q];
  const fixture = { users: [{ username: 'bench-1', pairs: [pair('a1', 'q1'), pair('a1', 'q2')], referencePairs: [pair('r1', 'q1'), pair('r1', 'q2')], cards: [], cardsDue: '2026-12-05T09:00:00.000Z' }], responses: {}, article: { slug: 's', title: 't', bodyChars: 1 }, articles: 1, questions: 2 };

  it('give the app its own attempts only, and the references the extra ones too, before any pair repeats', () => {
    const app = new AnswerPool(fixture, 'app');
    const floor = new AnswerPool(fixture, 'floor');
    const taken = (pool: AnswerPool, n: number) => Array.from({ length: n }, () => pool.next('bench-1').attemptId);
    expect(taken(app, 3)).toEqual(['a1', 'a1', 'a1']);
    expect(app.reused).toBe(1);
    expect(taken(floor, 4)).toEqual(['a1', 'a1', 'r1', 'r1']);
    expect(floor.reused).toBe(0);
  });

  it('are seeded large enough that the app never repeats an answer at 2,000 a second, a second tab answering twice as fast', () => {
    // 50 connections over 30 students: 20 students answer from two tabs, 1/25 of the requests each.
    const perStudent = appPairsPerUser(30, [50], 2_000, 10);
    expect(perStudent).toBe(800);
    expect(perStudent * 25).toBeGreaterThanOrEqual(2_000 * 10);
    // 200 connections: 7 tabs for some students.
    expect(appPairsPerUser(30, [50, 200], 2_000, 10) * (200 / 7)).toBeGreaterThanOrEqual(2_000 * 10);
  });
});
