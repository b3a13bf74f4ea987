import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { articles, cards, questionReviews, questions, reviewLogs, users } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { createClass } from '@/db/queries/classes';
import { addArticleToFlashcards, getStudyQueue, type StudyCardDto } from '@/db/queries/cards';
import { cardStateOf } from '@/db/queries/card-state';
import { submitReview } from '@/db/queries/reviews';
import { readSessionAndCard } from '@/db/queries/review-write';
import { resolveCaller } from '@/db/queries/users';
import { DEFAULT_SRS_PARAMS, replayReviews, type Rating } from '@/lib/srs/scheduler';
import { projectCards, stateToWire } from '@/lib/sync/study-queue';
import { makeCaller } from './helpers';

const BODY = 'Talks in Geneva\n\nThe talks began on Monday in Geneva, said Jens Stoltenberg.';
const S1 = { article: 'a1', start: BODY.indexOf('The talks'), end: BODY.length };
const base = { explanation: 'Because the article says so.', difficulty: 0.3, articleId: 'a1', contentHash: 'h', sources: [S1] };
const BANK = ['one', 'two', 'three'].map((n, i) => ({ ...base, id: `q-${n}`, kind: 'where' as const, prompt: `Where did talks ${n} begin?`, choices: ['Geneva', 'Paris'], answer: 'Geneva', difficulty: 0.1 * (i + 1) }));

let t: TestDb;
let teacher: Caller, sam: Caller, bea: Caller;
const now = new Date();
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = await createTestDb();
  teacher = await makeCaller(t.db, 'teacher', 'Adams');
  const klass = (await createClass(t.db, teacher, { name: 'Class A' }))!;
  [sam, bea] = await Promise.all([makeCaller(t.db, 'student', 'Sam', { joinCode: klass.joinCode }), makeCaller(t.db, 'student', 'Bea', { joinCode: klass.joinCode })]);
  await t.db.insert(articles).values({ id: 'a1', slug: 'talks-in-geneva', title: 'Talks in Geneva', body: BODY, contentHash: 'h' });
  await t.db.insert(questions).values(BANK);
  await t.db.insert(questionReviews).values(BANK.map((q) => ({ teacherId: teacher.id, questionId: q.id, status: 'approved' as const })));
  expect(await addArticleToFlashcards(t.db, sam, 'talks-in-geneva', now)).toEqual({ added: 3, total: 3 });
});
afterAll(async () => {
  await t?.close();
});

describe('the flashcards a phone takes offline', () => {
  it('carry the cards due over the next days after today’s, with their state, while the counts stay today’s', async () => {
    const [first] = (await getStudyQueue(t.db, sam, now))!.cards;
    expect(await submitReview(t.db, sam, { id: randomUUID(), cardId: first!.cardId, rating: 4, reviewedAt: at(1).toISOString() }, at(1))).toMatchObject({ ok: true });
    const today = (await getStudyQueue(t.db, sam, at(2)))!;
    const week = (await getStudyQueue(t.db, sam, at(2), 60))!;
    expect(today.cards.map((c) => c.cardId)).not.toContain(first!.cardId);
    expect(week.cards.map((c) => c.cardId)).toEqual([...today.cards.map((c) => c.cardId), first!.cardId]);
    expect({ due: week.dueCount, new: week.newCount }).toEqual({ due: today.dueCount, new: today.newCount });
    const [row] = await t.db.select().from(cards).where(eq(cards.id, first!.cardId));
    expect(week.cards.at(-1)!.srs).toEqual(stateToWire(cardStateOf(row!)));
    expect(week.params).toEqual(DEFAULT_SRS_PARAMS);
  });

  it('are the caller’s own: another student and a teacher get none of them', async () => {
    expect((await getStudyQueue(t.db, bea, now, 60))!.cards).toEqual([]);
    expect(await getStudyQueue(t.db, teacher, now, 60)).toBeNull();
  });

  it('are scheduled on each device as the server replays them once both devices have synced, in either order', async () => {
    const queue = (await getStudyQueue(t.db, sam, at(3), 3))!;
    const card = queue.cards.find((c) => c.isNew)!;
    const phone = { id: randomUUID(), cardId: card.cardId, rating: 3 as const, reviewedAt: at(5).toISOString() };
    const laptop = { id: randomUUID(), cardId: card.cardId, rating: 2 as const, reviewedAt: at(6).toISOString() };
    // The laptop syncs first; the phone's earlier review arrives late and is replayed into place.
    expect(await submitReview(t.db, sam, laptop, at(30))).toMatchObject({ ok: true, status: 'stored' });
    expect(await submitReview(t.db, sam, phone, at(31))).toMatchObject({ ok: true, status: 'stored' });
    const [row] = await t.db.select().from(cards).where(eq(cards.id, card.cardId));
    const [merged] = projectCards<StudyCardDto>([card], [phone, laptop], at(31), DEFAULT_SRS_PARAMS);
    expect(stateToWire(cardStateOf(row!))).toEqual(merged!.srs);
    // A page saved after the sync shows both reviews already: the device applies neither again.
    const [again] = projectCards<StudyCardDto>([{ ...card, srs: stateToWire(cardStateOf(row!)) }], [phone, laptop], at(32), DEFAULT_SRS_PARAMS);
    expect(again!.srs).toEqual(merged!.srs);
  });

  it('sent at once from several devices, each review is one row and the card is the replay of its log', async () => {
    const queue = (await getStudyQueue(t.db, sam, at(40), 3))!;
    const card = queue.cards.find((c) => c.isNew) ?? queue.cards[0]!;
    const reviews = Array.from({ length: 8 }, (_, i) => ({ id: randomUUID(), cardId: card.cardId, rating: ((i % 4) + 1) as Rating, reviewedAt: at(41 + ((i * 5) % 8)).toISOString() }));
    // Every review twice (a retry racing its first send), all at once.
    const results = await Promise.all([...reviews, ...reviews].map((r) => submitReview(t.db, sam, r, at(50))));
    expect(results.every((r) => r.ok)).toBe(true);
    const log = await t.db.select().from(reviewLogs).where(eq(reviewLogs.cardId, card.cardId));
    const mine = log.filter((l) => reviews.some((r) => r.id === l.id));
    expect(mine).toHaveLength(reviews.length);
    const [row] = await t.db.select().from(cards).where(eq(cards.id, card.cardId));
    const replayed = replayReviews(row!.addedAt, log.filter((l) => !l.undoneAt).map((l) => ({ id: l.id, rating: l.rating as Rating, review: l.review })), DEFAULT_SRS_PARAMS).card;
    expect(cardStateOf(row!)).toEqual(replayed);
  });

  it('one review checks the session in the statement that reads its card, as resolveCaller checks it', async () => {
    const [card] = (await getStudyQueue(t.db, sam, at(60), 3))!.cards;
    const logId = randomUUID();
    const [row] = await t.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, sam.id));
    const current = { userId: sam.id, sessionVersion: row!.sessionVersion };
    const mine = await readSessionAndCard(t.db, current, card!.cardId, logId);
    expect(mine?.caller).toEqual(await resolveCaller(t.db, current));
    expect(mine?.read).toMatchObject({ card: { id: card!.cardId, studentId: sam.id }, isIdTaken: false, knownCardId: null });
    // A signed-out token (its version bumped), a forged id or version: no caller at all.
    expect(await readSessionAndCard(t.db, { ...current, sessionVersion: row!.sessionVersion + 1 }, card!.cardId, logId)).toBeNull();
    expect(await readSessionAndCard(t.db, { userId: 'x', sessionVersion: 1 }, card!.cardId, logId)).toBeNull();
    expect(await readSessionAndCard(t.db, { userId: sam.id, sessionVersion: '1' }, card!.cardId, logId)).toBeNull();
    // Another student's card is not read for this caller.
    const [beaRow] = await t.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, bea.id));
    expect(await readSessionAndCard(t.db, { userId: bea.id, sessionVersion: beaRow!.sessionVersion }, card!.cardId, logId)).toMatchObject({ caller: { id: bea.id }, read: null });
  });
});
