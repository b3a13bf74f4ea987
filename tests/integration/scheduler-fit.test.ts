import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/client';
import { articles, cards, questions, reviewLogs } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { submitReview } from '@/db/queries/reviews';
import { fitMyWeights, getStudySettings, isFitDue, saveStudySettings } from '@/db/queries/study-settings';
import { fitWeights } from '@/lib/srs/fit';
import { makeCaller } from './helpers';

let t: TestDb;
let student: Caller, other: Caller;
const DAY = 86_400_000;
const start = new Date(Date.now() - 50 * DAY);

beforeAll(async () => {
  t = await createTestDb();
  [student, other] = await Promise.all([makeCaller(t.db, 'student', 'Fitz'), makeCaller(t.db, 'student', 'Other')]);
  await t.db.insert(articles).values({ id: 'a1', slug: 'a', title: 'A', body: 'A body.', contentHash: 'h' });
  const ids = Array.from({ length: 40 }, (_, i) => `q${i}`);
  await t.db.insert(questions).values(ids.map((id) => ({ id, kind: 'cloze' as const, prompt: id, answer: 'x', explanation: 'e', sources: [], difficulty: 0.5, articleId: 'a1', contentHash: 'h' })));
  await t.db.insert(cards).values(ids.map((questionId) => ({ studentId: student.id, questionId, due: start, addedAt: start })));
});
afterAll(async () => {
  await t?.close();
});

describe('a scheduler that learns', () => {
  it('fits the student’s own FSRS weights once they have a few hundred reviews, and only theirs', { timeout: 180_000 }, async () => {
    const mine = await t.db.select({ id: cards.id, questionId: cards.questionId }).from(cards);
    // A few go through the write path; the rest of the log (what the optimizer reads) is written at once.
    const first = await submitReview(t.db, student, { id: randomUUID(), cardId: mine[0]!.id, rating: 3, reviewedAt: start.toISOString() }, new Date(start.getTime() + 1000));
    expect(first.ok).toBe(true);
    // 40 cards reviewed about once every few days over seven weeks, mostly remembered: 320 reviews.
    const rows = [];
    let n = 0;
    for (let day = 6; day < 54; day += 6) {
      for (const [i, card] of mine.entries()) {
        if (rows.length === 319) break;
        const at = new Date(start.getTime() + (day + (i % 5)) * DAY + 3_600_000);
        const rating = n++ % 7 === 0 ? 1 : n % 5 === 0 ? 4 : 3;
        rows.push({ id: randomUUID(), cardId: card.id, studentId: student.id, questionId: card.questionId, rating, review: at, state: 2, due: at, stability: 3, difficulty: 5 });
      }
    }
    await t.db.insert(reviewLogs).values(rows);
    expect(await isFitDue(t.db, student)).toBe(true);
    expect(await isFitDue(t.db, other)).toBe(false);

    const weights = await fitMyWeights(t.db, student, (items) => fitWeights(items));
    expect(weights?.length).toBeGreaterThanOrEqual(19);
    expect(weights!.every(Number.isFinite)).toBe(true);
    const settings = await getStudySettings(t.db, student);
    expect(settings.weights).toEqual(weights);
    expect(settings.weightsReviewCount).toBe(320);
    expect(await isFitDue(t.db, student)).toBe(false);
    expect((await getStudySettings(t.db, other)).weights).toBeNull();
  });

  it('keeps the desired retention the student chose, and refuses one out of range', async () => {
    expect(await saveStudySettings(t.db, student, { desiredRetention: '0.85', newCardsPerDay: '15' })).toEqual({ ok: true });
    expect(await getStudySettings(t.db, student)).toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 15 });
    const refused = await saveStudySettings(t.db, student, { desiredRetention: '0.2', newCardsPerDay: '-1' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(Object.keys(refused.fieldErrors).sort()).toEqual(['desiredRetention', 'newCardsPerDay']);
    expect((await getStudySettings(t.db, other)).desiredRetention).toBe(0.9);
  });
});
