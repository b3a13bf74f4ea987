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
}

/** Hands out each student's (attempt, question) pairs in order, across all that student's connections. */
export class AnswerPool {
  private readonly cursors = new Map<string, number>();
  private readonly pairs: Map<string, [string, string][]>;
  private readonly responses: Record<string, string>;
  /** Pairs handed out again because a student's pool ran out (each a duplicate answer, not a fresh insert). */
  reused = 0;

  constructor(fixture: BenchFixture) {
    this.pairs = new Map(fixture.users.map((u) => [u.username, u.pairs]));
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
export function eventBody(name: ScenarioName, user: { username: string; cards: readonly string[] }, pool: AnswerPool, turn: number): string {
  const now = new Date().toISOString();
  if (name === 'answer') {
    const { attemptId, questionId, response } = pool.next(user.username);
    return JSON.stringify({ answers: [{ id: randomUUID(), attemptId, questionId, response, answeredAt: now, timeMs: 4200 }] });
  }
  if (user.cards.length === 0) throw new Error(`no flashcards for ${user.username}`);
  const cardId = user.cards[turn % user.cards.length];
  return JSON.stringify({ events: [{ type: 'review', id: randomUUID(), cardId, rating: 3, reviewedAt: now, durationMs: 3100 }] });
}

/**
 * The plan of connection `index` for one scenario and target: connections take the students in turn, so
 * 50 connections are 30 students with a second tab open for 20 of them.
 */
export function connectionPlan(name: ScenarioName, target: Target, context: ScenarioContext, pool: AnswerPool): (index: number) => ConnectionPlan {
  const path = paths(name, context)[target];
  const users = context.fixture.users;
  return (index) => {
    const user = users[index % users.length] as BenchFixture['users'][number];
    const cookie = context.cookies.get(user.username);
    if (!cookie) throw new Error(`${user.username} is not signed in`);
    // The references skip the session by design; the cookie is sent anyway, so the bytes on the wire match.
    const headers: Record<string, string> = { cookie, accept: isWrite(name) ? 'application/json' : 'text/html' };
    if (!isWrite(name)) return { method: 'GET', path, headers };
    let turn = 0;
    return {
      method: 'POST',
      path,
      headers: { ...headers, 'content-type': 'application/json', origin: context.appOrigin },
      body: () => eventBody(name, user, pool, turn++),
    };
  };
}

export function targetPath(name: ScenarioName, target: Target, context: ScenarioContext): string {
  return paths(name, context)[target];
}
