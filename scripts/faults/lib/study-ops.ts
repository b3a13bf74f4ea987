/**
 * The students' writes as fault-test plug-ins: `POST /api/answers` (quiz answers) and `POST /api/reviews`
 * (flashcard reviews). Each is a factory, because each run prepares its own work per student: attempts
 * started on the library's articles (every answer goes to a question not answered yet), and a deck of cards.
 */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, attemptQuestions, attempts, cards, reviewLogs } from '@/db/schema';
import { listArticles } from '@/db/queries/articles';
import { addArticleToFlashcards } from '@/db/queries/cards';
import { startAttempt } from '@/db/queries/quiz';
import { resolveCaller } from '@/db/queries/users';
import { cardStateOf } from '@/db/queries/card-state';
import { applyReview, DEFAULT_SRS_PARAMS, type CardState, type Rating } from '@/lib/srs/scheduler';
import { stateToWire } from '@/lib/sync/study-cards';
import { countBy, type WriteEvent, type WriteOp } from './ops';
import type { SeededUser } from './seed';

const held = (json: unknown) => {
  const ids = (json as { held?: unknown } | null)?.held;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
};

async function callerOf(db: Db, user: SeededUser) {
  const caller = await resolveCaller(db, { userId: user.id, sessionVersion: 1 });
  if (!caller) throw new Error(`no caller for ${user.login}`);
  return caller;
}

/** Quiz answers: every student starts a quiz on each article; each event answers the next question. */
export function answerOp(): WriteOp {
  const queues = new Map<string, Omit<WriteEvent, 'id'>[]>();
  return {
    name: 'answer',
    role: 'student',
    path: '/api/answers',
    async prepare(db, users) {
      for (const user of users) {
        const caller = await callerOf(db, user);
        for (const article of await listArticles(db, caller)) {
          await startAttempt(db, caller, { source: 'article', attemptId: crypto.randomUUID(), articleSlug: article.slug });
        }
        const rows = await db
          .select({ attemptId: attemptQuestions.attemptId, questionId: attemptQuestions.questionId, version: attemptQuestions.version })
          .from(attemptQuestions)
          .innerJoin(attempts, and(eq(attempts.id, attemptQuestions.attemptId), eq(attempts.studentId, user.id)))
          .orderBy(asc(attemptQuestions.attemptId), asc(attemptQuestions.position));
        // A choice the question offers (the first one: right or wrong does not matter here), or the typed answer.
        queues.set(user.id, rows.map((r) => ({ attemptId: r.attemptId, questionId: r.questionId, response: r.version.choices[0] ?? r.version.answer })));
      }
    },
    event: (user) => {
      const next = queues.get(user.id)?.shift();
      return next ? { id: crypto.randomUUID(), ...next, answeredAt: new Date().toISOString(), timeMs: 4_000 } : null;
    },
    body: (events) => ({ answers: events }),
    heldIds: held,
    count: (db, ids) => countBy(db.select({ id: answers.id, n: count() }).from(answers).where(inArray(answers.id, ids)).groupBy(answers.id)),
  };
}

/**
 * Flashcard reviews: every student adds the library to their deck; each event reviews one of their cards.
 * Each event carries the card as this "device" graded it (`from`), moved on as if every send landed: a lost,
 * retried or refused one leaves later claims stale, so both the one-statement path and the usual path run.
 */
export function reviewOp(): WriteOp {
  const decks = new Map<string, string[]>();
  const states = new Map<string, CardState>();
  return {
    name: 'review',
    role: 'student',
    path: '/api/reviews',
    async prepare(db, users) {
      for (const user of users) {
        const caller = await callerOf(db, user);
        for (const article of await listArticles(db, caller)) await addArticleToFlashcards(db, caller, article.slug);
        const deck = await db.select().from(cards).where(eq(cards.studentId, user.id));
        decks.set(user.id, deck.map((c) => c.id));
        for (const card of deck) states.set(card.id, cardStateOf(card));
      }
    },
    event: (user, seq) => {
      const deck = decks.get(user.id) ?? [];
      if (deck.length === 0) return null;
      const cardId = deck[seq % deck.length]!;
      const rating = (1 + (seq % 4)) as Rating;
      const now = new Date();
      const from = states.get(cardId);
      if (from) states.set(cardId, applyReview(from, rating, now, DEFAULT_SRS_PARAMS).card);
      return { id: crypto.randomUUID(), type: 'review', cardId, rating, reviewedAt: now.toISOString(), durationMs: 3_000, ...(from ? { from: stateToWire(from) } : {}) };
    },
    body: (events) => ({ events }),
    heldIds: held,
    count: (db, ids) => countBy(db.select({ id: reviewLogs.id, n: count() }).from(reviewLogs).where(inArray(reviewLogs.id, ids)).groupBy(reviewLogs.id)),
  };
}
