import { and, asc, eq, inArray, isNotNull, isNull, min, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, assignmentQuestions, assignments, attempts, classes, enrollments, excusals, reviewLogs, users } from '@/db/schema';
import type { Caller } from './caller';
import { isActiveEnrollment } from './visibility';

/** Loaders shared by the gradebook, the item analysis and the review tool's flags. Callers check ownership first. */

export interface AssignmentRow {
  id: string;
  classId: string;
  className: string;
  title: string;
  dueAt: Date | null;
  mode: 'quiz' | 'flashcards';
  questionCount: number | null;
  attemptsAllowed: number | null;
  createdAt: Date;
}

const assignmentColumns = {
  id: assignments.id,
  classId: assignments.classId,
  className: classes.name,
  title: assignments.title,
  dueAt: assignments.dueAt,
  mode: assignments.mode,
  questionCount: assignments.questionCount,
  attemptsAllowed: assignments.attemptsAllowed,
  createdAt: assignments.createdAt,
};

/** The live assignments of the caller's classes (one class, or all of them), in due order. */
export async function ownedAssignments(db: Db, caller: Caller, classId?: string): Promise<AssignmentRow[]> {
  if (caller.role !== 'teacher') return [];
  return db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(classes.teacherId, caller.id), classId ? eq(classes.id, classId) : undefined, isNull(assignments.archivedAt)))
    .orderBy(sql`${assignments.dueAt} asc nulls last`, asc(assignments.createdAt));
}

/** One assignment of the caller's classes, or null. */
export async function ownedAssignment(db: Db, caller: Caller, assignmentId: string): Promise<AssignmentRow | null> {
  if (caller.role !== 'teacher') return null;
  const [row] = await db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, caller.id)))
    .limit(1);
  return row ?? null;
}

/** The students in a class now, by name. */
export async function activeStudents(db: Db, classId: string): Promise<{ id: string; displayName: string }[]> {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.studentId))
    .where(and(eq(enrollments.classId, classId), isActiveEnrollment))
    .orderBy(asc(users.displayName), asc(users.id));
}

export interface AttemptRow {
  id: string;
  studentId: string;
  assignmentId: string;
  startedAt: Date;
  finishedAt: Date | null;
  score: number | null;
  correctCount: number;
  questionCount: number;
}

/** Every attempt at these assignments (by these students, when given). */
export async function attemptsFor(db: Db, assignmentIds: string[], studentIds?: string[]): Promise<AttemptRow[]> {
  if (!assignmentIds.length || (studentIds && !studentIds.length)) return [];
  const rows = await db
    .select({
      id: attempts.id,
      studentId: attempts.studentId,
      assignmentId: attempts.assignmentId,
      startedAt: attempts.startedAt,
      finishedAt: attempts.finishedAt,
      score: attempts.score,
      correctCount: attempts.correctCount,
      questionCount: attempts.questionCount,
    })
    .from(attempts)
    .where(and(inArray(attempts.assignmentId, assignmentIds), studentIds ? inArray(attempts.studentId, studentIds) : undefined))
    .orderBy(asc(attempts.startedAt));
  return rows.filter((r): r is AttemptRow => r.assignmentId !== null);
}

/** The attempt that counts for each student and assignment: the best finished one (the earlier on a tie). */
export function countedAttempts(rows: AttemptRow[]): Map<string, AttemptRow> {
  const best = new Map<string, AttemptRow>();
  for (const row of rows) {
    if (!row.finishedAt) continue;
    const key = `${row.studentId}:${row.assignmentId}`;
    const current = best.get(key);
    if (!current || (row.score ?? 0) > (current.score ?? 0)) best.set(key, row);
  }
  return best;
}

/** The answers given in these attempts. */
export async function answersOf(db: Db, attemptIds: string[]) {
  if (!attemptIds.length) return [];
  return db
    .select({ attemptId: answers.attemptId, questionId: answers.questionId, response: answers.response, isCorrect: answers.isCorrect })
    .from(answers)
    .where(inArray(answers.attemptId, attemptIds));
}

/** The frozen questions of these assignments, in order. */
export async function frozenQuestions(db: Db, assignmentIds: string[]) {
  if (!assignmentIds.length) return [];
  return db
    .select({ assignmentId: assignmentQuestions.assignmentId, questionId: assignmentQuestions.questionId, position: assignmentQuestions.position, version: assignmentQuestions.version })
    .from(assignmentQuestions)
    .where(inArray(assignmentQuestions.assignmentId, assignmentIds))
    .orderBy(asc(assignmentQuestions.assignmentId), asc(assignmentQuestions.position));
}

/** Who is excused from what, as "student:assignment" keys. */
export async function excusedKeys(db: Db, assignmentIds: string[]): Promise<Set<string>> {
  if (!assignmentIds.length) return new Set();
  const rows = await db.select({ a: excusals.assignmentId, s: excusals.studentId }).from(excusals).where(inArray(excusals.assignmentId, assignmentIds));
  return new Set(rows.map((r) => `${r.s}:${r.a}`));
}

/** For flashcard assignments: when each student first reviewed each card (undone reviews do not count). */
export async function firstReviews(db: Db, studentIds: string[], questionIds: string[]) {
  if (!studentIds.length || !questionIds.length) return [];
  return db
    .select({ studentId: reviewLogs.studentId, questionId: reviewLogs.questionId, first: min(reviewLogs.review) })
    .from(reviewLogs)
    .where(and(inArray(reviewLogs.studentId, studentIds), inArray(reviewLogs.questionId, questionIds), isNull(reviewLogs.undoneAt), isNotNull(reviewLogs.review)))
    .groupBy(reviewLogs.studentId, reviewLogs.questionId);
}
