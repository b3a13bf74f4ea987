import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, assignmentQuestions, attemptQuestions, attempts, users } from '@/db/schema';
import { resolveCaller, type Caller } from '@/db/queries/users';

/** Makes an existing teacher an administrator and returns them as the data layer now sees them. */
export async function promoteToAdmin(db: Db, caller: Caller): Promise<Caller> {
  const [row] = await db.update(users).set({ isAdmin: true }).where(eq(users.id, caller.id)).returning({ id: users.id, sessionVersion: users.sessionVersion });
  return (await resolveCaller(db, { userId: row!.id, sessionVersion: row!.sessionVersion }))!;
}

/**
 * A finished quiz attempt at an assignment, written straight into the tables (the students' quiz pages
 * write the same rows). `right` lists the question ids answered correctly; the others get `wrongAnswer`.
 */
export async function finishAttempt(
  db: Db,
  studentId: string,
  assignmentId: string,
  options: { right: (questionId: string, position: number) => boolean; finishedAt: Date; wrongAnswer?: (questionId: string) => string },
): Promise<{ attemptId: string; score: number }> {
  const frozen = await db.select().from(assignmentQuestions).where(eq(assignmentQuestions.assignmentId, assignmentId)).orderBy(assignmentQuestions.position);
  const attemptId = randomUUID();
  const marks = frozen.map((q) => options.right(q.questionId, q.position));
  const correct = marks.filter(Boolean).length;
  const score = frozen.length ? correct / frozen.length : 0;
  await db.insert(attempts).values({
    id: attemptId,
    studentId,
    mode: 'assignment',
    assignmentId,
    questionCount: frozen.length,
    correctCount: correct,
    startedAt: new Date(options.finishedAt.getTime() - 5 * 60_000),
    finishedAt: options.finishedAt,
    score,
  });
  if (!frozen.length) return { attemptId, score };
  await db.insert(attemptQuestions).values(frozen.map((q) => ({ attemptId, questionId: q.questionId, position: q.position, version: q.version })));
  await db.insert(answers).values(
    frozen.map((q, i) => ({
      id: randomUUID(),
      attemptId,
      questionId: q.questionId,
      response: marks[i] ? q.version.answer : (options.wrongAnswer?.(q.questionId) ?? (q.version.choices.find((c) => c !== q.version.answer) ?? 'no idea')),
      isCorrect: marks[i]!,
      answeredAt: options.finishedAt,
    })),
  );
  return { attemptId, score };
}
