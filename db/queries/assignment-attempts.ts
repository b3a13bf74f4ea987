/**
 * TEMPORARY (teachers' issue #13): a bare submission of a whole assignment attempt, graded on the server
 * against the frozen questions. It exists only so the teachers' end-to-end journey can complete an
 * assignment before the students' quiz (issue #12) lands; the lead swaps it for the real quiz at merge.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, assignmentQuestions, assignments, attemptQuestions, attempts, classes, enrollments } from '@/db/schema';
import { isUuid, type Caller } from './caller';

function isRight(version: { answer: string; numeric: { value: number; tolerance: number } | null }, response: string): boolean {
  if (version.numeric) return Math.abs(Number(response.replace(/[,\s]/g, '')) - version.numeric.value) <= version.numeric.tolerance;
  return response.trim().toLowerCase() === version.answer.trim().toLowerCase();
}

/** The calling student's finished attempt at an assignment of a class they are in; null otherwise. */
export async function submitAssignmentAttempt(db: Db, caller: Caller, assignmentId: unknown, responses: Record<string, string>): Promise<{ score: number } | null> {
  if (caller.role !== 'student' || !isUuid(assignmentId)) return null;
  const [assignment] = await db
    .select({ id: assignments.id, attemptsAllowed: assignments.attemptsAllowed })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(enrollments, and(eq(enrollments.classId, classes.id), eq(enrollments.studentId, caller.id), isNull(enrollments.removedAt)))
    .where(and(eq(assignments.id, assignmentId), eq(assignments.mode, 'quiz'), isNull(assignments.archivedAt), isNull(classes.archivedAt)))
    .limit(1);
  if (!assignment) return null;
  const done = await db.$count(attempts, and(eq(attempts.assignmentId, assignment.id), eq(attempts.studentId, caller.id), isNotNull(attempts.finishedAt)));
  if (assignment.attemptsAllowed !== null && done >= assignment.attemptsAllowed) return null;
  const frozen = await db.select().from(assignmentQuestions).where(eq(assignmentQuestions.assignmentId, assignment.id)).orderBy(asc(assignmentQuestions.position));
  const marks = frozen.map((q) => isRight(q.version, responses[q.questionId] ?? ''));
  const correct = marks.filter(Boolean).length;
  const score = frozen.length ? correct / frozen.length : 0;
  const now = new Date();
  await db.transaction(async (tx) => {
    const attemptId = randomUUID();
    await tx.insert(attempts).values({ id: attemptId, studentId: caller.id, mode: 'assignment', assignmentId: assignment.id, questionCount: frozen.length, correctCount: correct, startedAt: now, finishedAt: now, score });
    if (!frozen.length) return;
    await tx.insert(attemptQuestions).values(frozen.map((q) => ({ attemptId, questionId: q.questionId, position: q.position, version: q.version })));
    await tx.insert(answers).values(frozen.map((q, i) => ({ id: randomUUID(), attemptId, questionId: q.questionId, response: responses[q.questionId] ?? '', isCorrect: marks[i]!, answeredAt: now })));
  });
  return { score };
}

/** The calling student's view of an assignment's questions, without answers (for the same temporary path). */
export async function listAssignmentQuestionsForStudent(db: Db, caller: Caller, assignmentId: unknown) {
  if (caller.role !== 'student' || !isUuid(assignmentId)) return null;
  const rows = await db
    .select({ questionId: assignmentQuestions.questionId, version: assignmentQuestions.version })
    .from(assignmentQuestions)
    .innerJoin(assignments, eq(assignments.id, assignmentQuestions.assignmentId))
    .innerJoin(enrollments, and(eq(enrollments.classId, assignments.classId), eq(enrollments.studentId, caller.id), isNull(enrollments.removedAt)))
    .where(eq(assignmentQuestions.assignmentId, assignmentId))
    .orderBy(asc(assignmentQuestions.position));
  return rows.map((r) => ({ questionId: r.questionId, prompt: r.version.prompt, choices: r.version.choices }));
}
