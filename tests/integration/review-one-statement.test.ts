import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { articles, cards, questionReviews, questions, reviewLogs, users } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { createClass } from '@/db/queries/classes';
import { addArticleToFlashcards } from '@/db/queries/cards';
import { cardStateOf } from '@/db/queries/card-state';
import { submitClaimedReview, submitReview } from '@/db/queries/reviews';
import { saveStudySettings } from '@/db/queries/study-settings';
import { applyReview, DEFAULT_SRS_PARAMS, type CardState } from '@/lib/srs/scheduler';
import { stateToWire } from '@/lib/sync/study-cards';
import { makeCaller } from './helpers';

/*
 * A review the phone sends with the card as it graded it is checked and written in one statement
 * (submitClaimedReview). Whatever that statement cannot vouch for writes nothing and returns null, so the
 * route takes the usual path: these tests hold it to that.
 */

const BODY = 'Talks in Geneva\n\nThe talks began on Monday in Geneva, said Jens Stoltenberg.';
const S1 = { article: 'a1', start: BODY.indexOf('The talks'), end: BODY.length };
const base = { explanation: 'Because the article says so.', difficulty: 0.3, articleId: 'a1', contentHash: 'h', sources: [S1] };
const BANK = ['one', 'two', 'three', 'four'].map((n) => ({ ...base, id: `q-${n}`, kind: 'where' as const, prompt: `Where did talks ${n} begin?`, choices: ['Geneva', 'Paris'], answer: 'Geneva' }));

let t: TestDb;
let teacher: Caller, sam: Caller, bea: Caller;
const now = new Date();
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function claimsOf(caller: Caller) {
  const [row] = await t.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, caller.id));
  return { userId: caller.id, sessionVersion: row!.sessionVersion };
}

async function samsCards() {
  return t.db.select().from(cards).where(eq(cards.studentId, sam.id)).orderBy(cards.questionId);
}

async function cardRow(id: string) {
  const [row] = await t.db.select().from(cards).where(eq(cards.id, id));
  return row!;
}

const review = (cardId: string, from: CardState, minutes: number, rating: 1 | 2 | 3 | 4 = 3) => ({ type: 'review', id: randomUUID(), cardId, rating, reviewedAt: at(minutes).toISOString(), from: stateToWire(from) });

async function logRows(id: string) {
  return t.db.select().from(reviewLogs).where(eq(reviewLogs.id, id));
}

beforeAll(async () => {
  t = await createTestDb();
  teacher = await makeCaller(t.db, 'teacher', 'Adams');
  const klass = (await createClass(t.db, teacher, { name: 'Class A' }))!;
  [sam, bea] = await Promise.all([makeCaller(t.db, 'student', 'Sam', { joinCode: klass.joinCode }), makeCaller(t.db, 'student', 'Bea', { joinCode: klass.joinCode })]);
  await t.db.insert(articles).values({ id: 'a1', slug: 'talks-in-geneva', title: 'Talks in Geneva', body: BODY, contentHash: 'h' });
  await t.db.insert(questions).values(BANK);
  await t.db.insert(questionReviews).values(BANK.map((q) => ({ teacherId: teacher.id, questionId: q.id, status: 'approved' as const })));
  await addArticleToFlashcards(t.db, sam, 'talks-in-geneva', now);
  await addArticleToFlashcards(t.db, bea, 'talks-in-geneva', now);
  // The first review of a student in this process takes the usual path, which learns their settings.
  const [first] = await samsCards();
  expect(await submitReview(t.db, sam, { id: randomUUID(), cardId: first!.id, rating: 3, reviewedAt: at(1).toISOString() }, at(1))).toMatchObject({ ok: true, status: 'stored' });
});
afterAll(async () => {
  await t?.close();
});

describe('a review with the card as the phone graded it', () => {
  it('is stored in one statement: the card moves as ts-fsrs moves the claimed state, the log row is written', async () => {
    const [, second] = await samsCards();
    const from = cardStateOf(second!);
    const event = review(second!.id, from, 2);
    const done = await submitClaimedReview(t.db, await claimsOf(sam), event, at(2));
    const expected = applyReview(from, 3, at(2), DEFAULT_SRS_PARAMS);
    expect(done?.caller.id).toBe(sam.id);
    expect(done?.result).toEqual({ id: event.id, ok: true, status: 'stored', card: { cardId: second!.id, due: expected.card.due.toISOString(), state: expected.card.state, reps: 1, srs: stateToWire(expected.card) } });
    expect(cardStateOf(await cardRow(second!.id))).toEqual(expected.card);
    expect(await logRows(event.id)).toMatchObject([{ cardId: second!.id, studentId: sam.id, rating: 3, state: expected.outcome.state }]);
    // The phone grades the card again from the state it now holds: one statement again.
    const again = review(second!.id, expected.card, 3, 4);
    expect((await submitClaimedReview(t.db, await claimsOf(sam), again, at(3)))?.result).toMatchObject({ ok: true, status: 'stored' });
  });

  it('writes nothing when the row no longer holds the claimed state (another device, a forged state), and the usual path still stores it', async () => {
    const [, , third] = await samsCards();
    const from = cardStateOf(third!);
    for (const forged of [{ ...from, stability: 40 }, { ...from, reps: 7 }, { ...from, due: at(-600) }, { ...from, lastReview: at(-5) }]) {
      const event = review(third!.id, forged, 4);
      expect(await submitClaimedReview(t.db, await claimsOf(sam), event, at(4))).toBeNull();
      expect(await logRows(event.id)).toEqual([]);
    }
    expect(cardStateOf(await cardRow(third!.id))).toEqual(from);
    const stale = review(third!.id, { ...from, stability: 40 }, 4);
    expect(await submitReview(t.db, sam, stale, at(4))).toMatchObject({ ok: true, status: 'stored' });
    expect(cardStateOf(await cardRow(third!.id))).toEqual(applyReview(from, 3, at(4), DEFAULT_SRS_PARAMS).card);
  });

  it('writes nothing for another student’s card, a bumped session, a forged session or a teacher', async () => {
    const [beasCard] = await t.db.select().from(cards).where(eq(cards.studentId, bea.id));
    const [, , , fourth] = await samsCards();
    const claims = await claimsOf(sam);
    const cases: [unknown, ReturnType<typeof review>][] = [
      [claims, review(beasCard!.id, cardStateOf(beasCard!), 5)],
      [{ ...claims, sessionVersion: claims.sessionVersion + 1 }, review(fourth!.id, cardStateOf(fourth!), 5)],
      [{ ...claims, userId: 'not-a-uuid' }, review(fourth!.id, cardStateOf(fourth!), 5)],
      [await claimsOf(teacher), review(fourth!.id, cardStateOf(fourth!), 5)],
    ];
    for (const [who, event] of cases) {
      expect(await submitClaimedReview(t.db, who as { userId: unknown; sessionVersion: unknown }, event, at(5))).toBeNull();
      expect(await logRows(event.id)).toEqual([]);
    }
    expect(cardStateOf(await cardRow(beasCard!.id))).toEqual(cardStateOf(beasCard!));
    expect(cardStateOf(await cardRow(fourth!.id))).toEqual(cardStateOf(fourth!));
  });

  it('sent twice, is one log row: the second send writes nothing, and the usual path answers "duplicate"', async () => {
    const [, , , fourth] = await samsCards();
    const from = cardStateOf(fourth!);
    const event = review(fourth!.id, from, 6);
    expect((await submitClaimedReview(t.db, await claimsOf(sam), event, at(6)))?.result).toMatchObject({ status: 'stored' });
    const moved = cardStateOf(await cardRow(fourth!.id));
    // The retry carries the same claim (now stale) and, in a race, could carry the new state: neither writes.
    expect(await submitClaimedReview(t.db, await claimsOf(sam), event, at(7))).toBeNull();
    expect(await submitClaimedReview(t.db, await claimsOf(sam), { ...event, from: stateToWire(moved) }, at(7))).toBeNull();
    expect(await submitReview(t.db, sam, event, at(7))).toMatchObject({ ok: true, status: 'duplicate' });
    expect(await t.db.select().from(reviewLogs).where(and(eq(reviewLogs.id, event.id), eq(reviewLogs.cardId, fourth!.id)))).toHaveLength(1);
    expect(cardStateOf(await cardRow(fourth!.id))).toEqual(moved);
  });

  it('is not computed with settings the student has since changed, nor placed before a later review', async () => {
    const [, second] = await samsCards();
    expect(await saveStudySettings(t.db, sam, { desiredRetention: 0.8, newCardsPerDay: 10 })).toEqual({ ok: true });
    const from = cardStateOf(await cardRow(second!.id));
    const event = review(second!.id, from, 8);
    expect(await submitClaimedReview(t.db, await claimsOf(sam), event, at(8))).toBeNull();
    // The usual path reads the new settings and stores it with them; the next claim uses them in one statement.
    expect(await submitReview(t.db, sam, event, at(8))).toMatchObject({ status: 'stored' });
    const retention = { desiredRetention: 0.8, weights: null };
    const after = cardStateOf(await cardRow(second!.id));
    expect(after).toEqual(applyReview(from, 3, at(8), retention).card);
    const next = review(second!.id, after, 9);
    expect((await submitClaimedReview(t.db, await claimsOf(sam), next, at(9)))?.result).toMatchObject({ status: 'stored' });
    expect(cardStateOf(await cardRow(second!.id))).toEqual(applyReview(after, 3, at(9), retention).card);
    // A review dated before the card's last one is replayed into place by the usual path, never here.
    const late = review(second!.id, cardStateOf(await cardRow(second!.id)), 8.5);
    expect(await submitClaimedReview(t.db, await claimsOf(sam), late, at(10))).toBeNull();
  });
});
