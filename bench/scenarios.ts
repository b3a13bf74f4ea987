/**
 * What a student does, as requests to each target: the app through its real path (proxy, session, data-access
 * checks, render), the bare Next.js route, and the bare Node floor. Writes follow the students' contract
 * (issue #12): `POST /api/answers` `{ answers: [event] }` and `POST /api/reviews` `{ events: [event] }`, each
 * event with an id made by the client and the time it happened.
 */
import { randomUUID } from 'node:crypto';
import type { BenchFixture } from './fixture';
import type { ConnectionPlan } from './load';
import type { ScenarioName } from './options';
import { newCardState } from '@/lib/srs/scheduler';
import { stateToWire, type SrsWire } from '@/lib/sync/study-cards';

export const TARGETS = ['app', 'next', 'floor'] as const;
export type Target = (typeof TARGETS)[number];

export const SCENARIO_LABELS: Record<ScenarioName, string> = {
  library: 'library page',
  article: 'article page',
  answer: 'answer submission',
  review: 'review submission',
};

export interface ScenarioContext {
  fixture: BenchFixture;
  /** Session cookie per bench username. */
  cookies: Map<string, string>;
  /** The app's origin (for the Origin header the write routes check). */
  appOrigin: string;
  /** Size of the app's page in bytes, which the references pad to. */
  pageBytes: Partial<Record<ScenarioName, number>>;
  /** The flashcards as the students' phones know them. */
  deck: CardDeck;
}

/**
 * Each flashcard's FSRS state as the students' phones know it: a phone sends the state it graded from, as
 * the flashcards page does, and keeps the state the app answers with. A review whose answer never came
 * (the run ended with it in flight) leaves the card's next claim stale: that review takes the usual path,
 * and its answer brings the phone up to date again. Only the app's cards move: the references write a
 * log row and leave the card alone.
 */
export class CardDeck {
  private readonly states = new Map<string, SrsWire>();

  constructor(fixture: BenchFixture) {
    for (const user of fixture.users) for (const card of user.cards) this.states.set(card, stateToWire(newCardState(new Date(user.cardsDue))));
  }

  /** The state a phone sends with its next review of `cardId`, and what to do with the app's answer. */
  grade(cardId: string): { from: SrsWire; keep: (status: number, body: string) => void } {
    const from = this.states.get(cardId) ?? stateToWire(newCardState(new Date()));
    return {
      from,
      keep: (status, body) => {
        if (status !== 200) return;
        const srs = (JSON.parse(body) as { results?: { card?: { cardId?: string; srs?: SrsWire } }[] }).results?.[0]?.card;
        if (srs?.cardId === cardId && srs.srs) this.states.set(cardId, srs.srs);
      },
    };
  }
}

/**
 * Fresh (attempt, question) pairs each bench student needs so that one run of `seconds` at up to `perSecond`
 * answers never repeats one: connections take the students in turn, so a student with more tabs open
 * answers that many times faster.
 */
export function appPairsPerUser(users: number, connections: readonly number[], perSecond: number, seconds: number): number {
  const most = Math.max(1, ...connections);
  const tabs = Math.ceil(most / Math.max(1, users));
  return Math.ceil((perSecond * seconds * tabs) / most);
}

/** Hands out each student's (attempt, question) pairs in order, across all that student's connections. */
export class AnswerPool {
  private readonly cursors = new Map<string, number>();
  private readonly pairs: Map<string, [string, string][]>;
  private readonly responses: Record<string, string>;
  /** Pairs handed out again because a student's pool ran out (each a duplicate answer, not a fresh insert). */
  reused = 0;

  /** The app answers its own pairs only; the references may also take the pairs made for them. */
  constructor(fixture: BenchFixture, target: Target = 'app') {
    this.pairs = new Map(fixture.users.map((u) => [u.username, target === 'app' ? u.pairs : [...u.pairs, ...(u.referencePairs ?? [])]]));
    this.responses = fixture.responses;
  }

  /** Starts every student's pool from the beginning (after the answers were deleted). */
  reset() {
    this.cursors.clear();
    this.reused = 0;
  }

  next(username: string): { attemptId: string; questionId: string; response: string } {
    const pairs = this.pairs.get(username) ?? [];
    if (pairs.length === 0) throw new Error(`no answer pool for ${username}`);
    const at = this.cursors.get(username) ?? 0;
    this.cursors.set(username, at + 1);
    if (at >= pairs.length) this.reused++;
    const [attemptId, questionId] = pairs[at % pairs.length] as [string, string];
    return { attemptId, questionId, response: this.responses[questionId] ?? '' };
  }
}

function paths(name: ScenarioName, context: ScenarioContext): Record<Target, string> {
  const bytes = context.pageBytes[name] ?? 0;
  const slug = encodeURIComponent(context.fixture.article.slug);
  switch (name) {
    case 'library':
      return { app: '/library', next: `/api/bench/reference?q=library&bytes=${bytes}`, floor: `/library?bytes=${bytes}` };
    case 'article':
      return { app: `/articles/${slug}`, next: `/api/bench/reference?q=article&slug=${slug}&bytes=${bytes}`, floor: `/article?slug=${slug}&bytes=${bytes}` };
    case 'answer':
      return { app: '/api/answers', next: '/api/bench/reference?q=answers', floor: '/answers' };
    case 'review':
      return { app: '/api/reviews', next: '/api/bench/reference?q=reviews', floor: '/reviews' };
  }
}

export function isWrite(name: ScenarioName): boolean {
  return name === 'answer' || name === 'review';
}

/** The event body one request carries: a new client id and the time now, as a phone makes them. */
export function answerBody(user: { username: string }, pool: AnswerPool): string {
  const { attemptId, questionId, response } = pool.next(user.username);
  return JSON.stringify({ answers: [{ id: randomUUID(), attemptId, questionId, response, answeredAt: new Date().toISOString(), timeMs: 4200 }] });
}

/** A review of `cardId` graded "Good" now, with the card as the phone graded it. */
export function reviewBody(cardId: string, deck: CardDeck): { body: string; keep: (status: number, body: string) => void } {
  const { from, keep } = deck.grade(cardId);
  const event = { type: 'review', id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 3100, from };
  return { body: JSON.stringify({ events: [event] }), keep };
}

/**
 * The cards connection `index` reviews: a student with two tabs open (more connections than students)
 * reviews different cards in each, as one student on two devices would, so no two connections grade the
 * same card at once.
 */
export function laneCards(cards: readonly string[], index: number, students: number, connections: number): string[] {
  const lanes = Math.max(1, Math.ceil(connections / students));
  const lane = Math.floor(index / students) % lanes;
  const mine = cards.filter((_, k) => k % lanes === lane);
  return mine.length > 0 ? mine : [...cards];
}

/**
 * The plan of connection `index` for one scenario and target: connections take the students in turn, so
 * 50 connections are 30 students with a second tab open for 20 of them (each tab its own cards).
 */
export function connectionPlan(name: ScenarioName, target: Target, context: ScenarioContext, pool: AnswerPool, connections = 1): (index: number) => ConnectionPlan {
  const path = paths(name, context)[target];
  const users = context.fixture.users;
  return (index) => {
    const user = users[index % users.length] as BenchFixture['users'][number];
    const cookie = context.cookies.get(user.username);
    if (!cookie) throw new Error(`${user.username} is not signed in`);
    // The references skip the session by design; the cookie is sent anyway, so the bytes on the wire match.
    const headers: Record<string, string> = { cookie, accept: isWrite(name) ? 'application/json' : 'text/html' };
    if (!isWrite(name)) return { method: 'GET', path, headers };
    const post = { method: 'POST' as const, path, headers: { ...headers, 'content-type': 'application/json', origin: context.appOrigin } };
    if (name === 'answer') return { ...post, body: () => answerBody(user, pool) };
    const cards = laneCards(user.cards, index, users.length, connections);
    if (cards.length === 0) throw new Error(`no flashcards for ${user.username}`);
    // One request at a time per connection: the review in flight is the one its answer belongs to.
    let turn = 0;
    let keep: ((status: number, body: string) => void) | null = null;
    return {
      ...post,
      body: () => {
        const review = reviewBody(cards[turn++ % cards.length] as string, context.deck);
        keep = target === 'app' ? review.keep : null;
        return review.body;
      },
      onResponse: (status, body) => keep?.(status, body),
    };
  };
}

export function targetPath(name: ScenarioName, target: Target, context: ScenarioContext): string {
  return paths(name, context)[target];
}
