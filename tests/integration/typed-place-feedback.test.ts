import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { articles, questions, users } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { startAttempt } from '@/db/queries/quiz';
import { submitAnswer } from '@/db/queries/answers';
import { submitAnswerWithClaims } from '@/db/queries/answer-write';
import { getAttemptView } from '@/db/queries/attempt-view';
import { acceptTag } from '@/lib/grading/accepted-forms';
import { makeCaller } from './helpers';

/*
 * A typed place whose article writes it two ways ("New Delhi", then "our meeting in Delhi"): the shorter form is
 * graded right, and the feedback says so, both right after the answer and when the quiz is reviewed later
 * (blind-35: a teacher expected "Delhi" to count and the student to be told).
 */

const BODY = 'Ministers meet\n\nThe foreign ministers will meet in New Delhi on September 5.\n\nWe will speak more after our meeting in Delhi, the minister said.';
const S1 = { article: 'a1', start: BODY.indexOf('The foreign'), end: BODY.indexOf('September 5.') + 'September 5.'.length };
const BANK = [
  { id: 'q-place', kind: 'cloze' as const, prompt: 'The foreign ministers will meet in _____ on September 5.', choices: [], answer: 'New Delhi', explanation: 'The article says so.', sources: [S1], tags: ['kind:cloze', acceptTag('Delhi')], difficulty: 0.3, articleId: 'a1', contentHash: 'h' },
];

let t: TestDb;
let students = 0;
const now = new Date();

async function quizFor(): Promise<{ student: Caller; attemptId: string }> {
  const student = await makeCaller(t.db, 'student', `Student${++students}`);
  const started = await startAttempt(t.db, student, { source: 'article', attemptId: randomUUID(), articleSlug: 'ministers-meet' }, now);
  if (!started.ok) throw new Error('the quiz did not start');
  return { student, attemptId: started.attemptId };
}
const answer = (attemptId: string, response: string) => ({ id: randomUUID(), attemptId, questionId: 'q-place', response, answeredAt: now.toISOString(), timeMs: 3000 });

beforeAll(async () => {
  t = await createTestDb();
  await t.db.insert(articles).values({ id: 'a1', slug: 'ministers-meet', title: 'Ministers meet', body: BODY, contentHash: 'h' });
  await t.db.insert(questions).values(BANK);
});
afterAll(async () => {
  await t?.close();
});

describe('a typed place the article writes two ways', () => {
  it('grades the shorter form right and names it in the feedback, on the usual path and on review', async () => {
    const { student, attemptId } = await quizFor();
    const result = await submitAnswer(t.db, student, answer(attemptId, 'delhi'), now);
    expect(result).toMatchObject({ ok: true, status: 'stored', feedback: { isCorrect: true, answer: 'New Delhi', accepted: 'Accepted: New Delhi or “Delhi”.' } });
    const view = await getAttemptView(t.db, student, attemptId);
    expect(view?.questions[0]?.feedback).toMatchObject({ isCorrect: true, accepted: 'Accepted: New Delhi or “Delhi”.' });
  });

  it('says the same through the one-statement answer path, and never accepts another place', async () => {
    const { student, attemptId } = await quizFor();
    const [row] = await t.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, student.id));
    const fast = await submitAnswerWithClaims(t.db, { userId: student.id, sessionVersion: row!.sessionVersion }, answer(attemptId, 'Mumbai'), now);
    expect(fast?.result).toMatchObject({ ok: true, feedback: { isCorrect: false, accepted: 'Accepted: New Delhi or “Delhi”.' } });
  });
});
