import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/client';
import { assignments, questionReviews, questions, sets, users } from '@/db/schema';
import { DEMO_STUDENTS, unsafeEnsureDemoAccounts } from '@/db/demo-accounts';
import { DEMO_QUIZ, unsafeEnsureDemoClassroom } from '@/db/demo-classroom';
import { importContent } from '@/db/import-content';
import { getStudyQueue } from '@/db/queries/cards';
import { startAttempt } from '@/db/queries/quiz';
import { getAttemptView } from '@/db/queries/attempt-view';
import { getStudentHome } from '@/db/queries/student-home';
import { resolveCaller, type Caller } from '@/db/queries/users';

let t: TestDb;
let ana: Caller;

beforeAll(async () => {
  t = await createTestDb();
  await importContent(t.db);
  await unsafeEnsureDemoAccounts(t.db);
  expect(await unsafeEnsureDemoClassroom(t.db)).toBe(true);
  const [row] = await t.db.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.username, DEMO_STUDENTS[0].username));
  ana = (await resolveCaller(t.db, { userId: row!.id, sessionVersion: row!.sessionVersion }))!;
});
afterAll(async () => {
  await t?.close();
});

describe('the demo classroom', () => {
  it('is seeded once: running it again adds nothing', async () => {
    const counts = async () => ({
      approvals: (await t.db.select({ n: count() }).from(questionReviews))[0]!.n,
      sets: (await t.db.select({ n: count() }).from(sets))[0]!.n,
      assignments: (await t.db.select({ n: count() }).from(assignments))[0]!.n,
    });
    const before = await counts();
    const live = (await t.db.select({ n: count() }).from(questions).where(eq(questions.status, 'generated')))[0]!.n;
    expect(before).toEqual({ approvals: live, sets: 1, assignments: 2 });
    expect(await unsafeEnsureDemoClassroom(t.db)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('keeps a rejection the demo teacher made since', async () => {
    const [one] = await t.db.select({ questionId: questionReviews.questionId, teacherId: questionReviews.teacherId }).from(questionReviews).limit(1);
    await t.db.update(questionReviews).set({ status: 'rejected' }).where(and(eq(questionReviews.questionId, one!.questionId), eq(questionReviews.teacherId, one!.teacherId)));
    await unsafeEnsureDemoClassroom(t.db);
    const [after] = await t.db.select({ status: questionReviews.status }).from(questionReviews).where(eq(questionReviews.questionId, one!.questionId));
    expect(after?.status).toBe('rejected');
  });

  it('gives the demo student a quiz due in a few days and a deck of flashcards', async () => {
    const home = await getStudentHome(t.db, ana);
    expect(home?.assignments.map((a) => [a.title, a.mode])).toEqual([
      [DEMO_QUIZ.title, 'quiz'],
      ['Flashcards: the Geneva talks', 'flashcards'],
    ]);
    const quiz = home!.assignments[0]!;
    expect(quiz.dueAt!.getTime() - Date.now()).toBeGreaterThan(2 * 86_400_000);
    const attemptId = randomUUID();
    expect(await startAttempt(t.db, ana, { source: 'assignment', attemptId, assignmentId: quiz.id })).toMatchObject({ ok: true });
    expect((await getAttemptView(t.db, ana, attemptId))?.questions).toHaveLength(DEMO_QUIZ.questionCount);
    const queue = await getStudyQueue(t.db, ana);
    expect(queue?.cards.length).toBeGreaterThanOrEqual(10);
    expect(home?.dueCards).toBe(0);
  });
});
