import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, articles, assignmentQuestions, assignments, attempts, cards, classes, enrollments } from '@/db/schema';
import type { Streak } from '@/lib/progress/streak';
import type { Caller } from './caller';
import { getStreak } from './progress';
import { activeMembership } from './student-scope';
import { getDueCounts } from './cards';

export interface HomeAssignmentDto {
  id: string;
  title: string;
  className: string;
  mode: 'quiz' | 'flashcards';
  dueAt: Date | null;
  questionCount: number;
  /** Quizzes: attempts made and allowed, the best score, and whether one is under way. */
  attemptsUsed: number;
  attemptsAllowed: number | null;
  bestScore: number | null;
  inProgressAttemptId: string | null;
  /** Flashcards: how many of the assignment's cards the student has reviewed at least once. */
  cardsStarted: number;
}

export interface StudentHomeDto {
  dueCards: number;
  newCards: number;
  assignments: HomeAssignmentDto[];
  resume: { attemptId: string; title: string; answered: number; total: number } | null;
  streak: Streak;
  classCount: number;
}

async function myAssignments(db: Db, caller: Caller): Promise<HomeAssignmentDto[]> {
  const rows = await db
    .select({ id: assignments.id, title: assignments.title, className: classes.name, mode: assignments.mode, dueAt: assignments.dueAt, questionCount: assignments.questionCount, attemptsAllowed: assignments.attemptsAllowed })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(enrollments, eq(enrollments.classId, classes.id))
    .where(and(activeMembership(caller), isNull(assignments.archivedAt)))
    .orderBy(sql`${assignments.dueAt} asc nulls last`, asc(assignments.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [tries, sizes, started] = await Promise.all([
    db
      .select({ assignmentId: attempts.assignmentId, id: attempts.id, finishedAt: attempts.finishedAt, score: attempts.score })
      .from(attempts)
      .where(and(eq(attempts.studentId, caller.id), eq(attempts.mode, 'assignment'), inArray(attempts.assignmentId, ids))),
    db.select({ assignmentId: assignmentQuestions.assignmentId, n: count() }).from(assignmentQuestions).where(inArray(assignmentQuestions.assignmentId, ids)).groupBy(assignmentQuestions.assignmentId),
    db
      .select({ assignmentId: assignmentQuestions.assignmentId, n: count() })
      .from(assignmentQuestions)
      .innerJoin(cards, and(eq(cards.questionId, assignmentQuestions.questionId), eq(cards.studentId, caller.id), gt(cards.reps, 0)))
      .where(inArray(assignmentQuestions.assignmentId, ids))
      .groupBy(assignmentQuestions.assignmentId),
  ]);
  return rows.map((row) => {
    const mine = tries.filter((t) => t.assignmentId === row.id);
    const scores = mine.filter((t) => t.finishedAt && t.score !== null).map((t) => t.score!);
    const size = sizes.find((s) => s.assignmentId === row.id)?.n ?? 0;
    return {
      ...row,
      questionCount: row.questionCount === null ? size : Math.min(row.questionCount, size),
      attemptsUsed: mine.length,
      bestScore: scores.length ? Math.max(...scores) : null,
      inProgressAttemptId: mine.find((t) => !t.finishedAt)?.id ?? null,
      cardsStarted: started.find((s) => s.assignmentId === row.id)?.n ?? 0,
    };
  });
}

async function resumable(db: Db, caller: Caller): Promise<StudentHomeDto['resume']> {
  const [open] = await db
    .select({ id: attempts.id, total: attempts.questionCount, mode: attempts.mode, assignmentTitle: assignments.title, articleTitle: articles.title })
    .from(attempts)
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .leftJoin(articles, eq(articles.id, attempts.articleId))
    .where(and(eq(attempts.studentId, caller.id), isNull(attempts.finishedAt)))
    .orderBy(desc(attempts.startedAt))
    .limit(1);
  if (!open) return null;
  const [{ answered } = { answered: 0 }] = await db.select({ answered: count() }).from(answers).where(eq(answers.attemptId, open.id));
  const title = open.assignmentTitle ?? (open.mode === 'retry' ? `Retry: ${open.articleTitle ?? 'the ones you missed'}` : (open.articleTitle ?? 'Quiz'));
  return { attemptId: open.id, title, answered, total: open.total };
}

/** The student's home: what is due today, their assignments in due order, a quiz to resume, their streak. */
export async function getStudentHome(db: Db, caller: Caller, now: Date = new Date()): Promise<StudentHomeDto | null> {
  if (caller.role !== 'student') return null;
  const counts = await getDueCounts(db, caller, now);
  const [assignmentList, resume, streak, [{ n: classCount } = { n: 0 }]] = await Promise.all([
    myAssignments(db, caller),
    resumable(db, caller),
    getStreak(db, caller, now),
    db.select({ n: count() }).from(enrollments).innerJoin(classes, eq(classes.id, enrollments.classId)).where(activeMembership(caller)),
  ]);
  return { dueCards: counts.due, newCards: counts.new, assignments: assignmentList, resume, streak, classCount };
}
