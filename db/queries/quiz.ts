import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, assignmentQuestions, assignments, attemptQuestions, attempts, classes, enrollments, type QuestionVersion } from '@/db/schema';
import { ARTICLE_QUIZ_LENGTH, pickQuestions, versionsClash } from '@/lib/quiz/pick';
import type { StartAttemptInput } from '@/lib/validation/study';
import type { Caller } from './caller';
import { activeMembership, studentBankForArticle, studyableArticle } from './student-scope';

export type StartAttemptResult =
  | { ok: true; attemptId: string; resumed: boolean }
  | { ok: false; reason: 'not-found' | 'no-questions' | 'no-attempts-left' };

type Frozen = { questionId: string; version: QuestionVersion };

/** An assignment the student may take now: a quiz, in one of their active classes, not archived. */
export async function visibleQuizAssignment(db: Db, caller: Caller, assignmentId: string) {
  const [row] = await db
    .select({ id: assignments.id, title: assignments.title, questionCount: assignments.questionCount, attemptsAllowed: assignments.attemptsAllowed, setId: assignments.setId })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(enrollments, eq(enrollments.classId, classes.id))
    .where(and(eq(assignments.id, assignmentId), eq(assignments.mode, 'quiz'), isNull(assignments.archivedAt), activeMembership(caller)))
    .limit(1);
  return row ?? null;
}

async function ownAttempt(db: Db, caller: Caller, attemptId: string) {
  const [row] = await db.select().from(attempts).where(and(eq(attempts.id, attemptId), eq(attempts.studentId, caller.id))).limit(1);
  return row ?? null;
}

async function unfinished(db: Db, caller: Caller, where: SQL | undefined) {
  const [row] = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(and(eq(attempts.studentId, caller.id), isNull(attempts.finishedAt), where))
    .orderBy(desc(attempts.startedAt))
    .limit(1);
  return row?.id ?? null;
}

async function insertAttempt(
  db: Db,
  caller: Caller,
  attemptId: string,
  values: Pick<typeof attempts.$inferInsert, 'mode' | 'assignmentId' | 'articleId' | 'retryOf' | 'setId'>,
  questions: Frozen[],
  now: Date,
): Promise<StartAttemptResult> {
  if (questions.length === 0) return { ok: false, reason: 'no-questions' };
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(attempts)
      .values({ id: attemptId, studentId: caller.id, ...values, questionCount: questions.length, startedAt: now })
      .onConflictDoNothing()
      .returning({ id: attempts.id });
    if (!row) return false;
    await tx.insert(attemptQuestions).values(questions.map((q, position) => ({ attemptId, questionId: q.questionId, position, version: q.version })));
    return true;
  });
  if (created) return { ok: true, attemptId, resumed: false };
  // The same id twice (a double tap, a retried request) is the same attempt, if it is this student's.
  return (await ownAttempt(db, caller, attemptId)) ? { ok: true, attemptId, resumed: true } : { ok: false, reason: 'not-found' };
}

async function startFromAssignment(db: Db, caller: Caller, attemptId: string, assignmentId: string, now: Date): Promise<StartAttemptResult> {
  const assignment = await visibleQuizAssignment(db, caller, assignmentId);
  if (!assignment) return { ok: false, reason: 'not-found' };
  const open = await unfinished(db, caller, eq(attempts.assignmentId, assignment.id));
  if (open) return { ok: true, attemptId: open, resumed: true };
  if (assignment.attemptsAllowed !== null) {
    const [{ used } = { used: 0 }] = await db
      .select({ used: count() })
      .from(attempts)
      .where(and(eq(attempts.studentId, caller.id), eq(attempts.assignmentId, assignment.id), eq(attempts.mode, 'assignment')));
    if (used >= assignment.attemptsAllowed) return { ok: false, reason: 'no-attempts-left' };
  }
  const frozen = await db
    .select({ questionId: assignmentQuestions.questionId, version: assignmentQuestions.version })
    .from(assignmentQuestions)
    .where(eq(assignmentQuestions.assignmentId, assignment.id))
    .orderBy(asc(assignmentQuestions.position));
  // A teacher's whole set is asked as chosen; a draw from it never puts two that answer each other together.
  const drawn = assignment.questionCount !== null && assignment.questionCount < frozen.length;
  const picked = pickQuestions(frozen, assignment.questionCount, attemptId, drawn ? versionsClash : undefined);
  return insertAttempt(db, caller, attemptId, { mode: 'assignment', assignmentId: assignment.id, setId: assignment.setId }, picked, now);
}

async function startFromArticle(db: Db, caller: Caller, attemptId: string, slug: string, now: Date): Promise<StartAttemptResult> {
  const article = await studyableArticle(db, caller, slug);
  if (!article) return { ok: false, reason: 'not-found' };
  const open = await unfinished(db, caller, and(eq(attempts.articleId, article.id), eq(attempts.mode, 'article')));
  if (open) return { ok: true, attemptId: open, resumed: true };
  const bank = await studentBankForArticle(db, caller, article.id);
  const picked = pickQuestions(bank, ARTICLE_QUIZ_LENGTH, attemptId, versionsClash);
  return insertAttempt(db, caller, attemptId, { mode: 'article', articleId: article.id }, picked, now);
}

async function startRetry(db: Db, caller: Caller, attemptId: string, retryOf: string, now: Date): Promise<StartAttemptResult> {
  const previous = await ownAttempt(db, caller, retryOf);
  if (!previous || !previous.finishedAt) return { ok: false, reason: 'not-found' };
  const open = await unfinished(db, caller, and(eq(attempts.retryOf, previous.id), eq(attempts.mode, 'retry')));
  if (open) return { ok: true, attemptId: open, resumed: true };
  const missed = await db
    .select({ questionId: attemptQuestions.questionId, version: attemptQuestions.version })
    .from(attemptQuestions)
    .leftJoin(answers, and(eq(answers.attemptId, attemptQuestions.attemptId), eq(answers.questionId, attemptQuestions.questionId)))
    .where(and(eq(attemptQuestions.attemptId, previous.id), sql`coalesce(${answers.isCorrect}, false) = false`))
    .orderBy(asc(attemptQuestions.position));
  // A retry is practice: it keeps the article for context but never counts as an assignment attempt.
  return insertAttempt(db, caller, attemptId, { mode: 'retry', retryOf: previous.id, articleId: previous.articleId }, missed, now);
}

/**
 * Starts a quiz, idempotently: the client makes the attempt id, so a double tap or a retried request is one
 * attempt. An unfinished attempt on the same assignment or article is resumed instead of starting another.
 * The questions are frozen into `attempt_questions` as worded now.
 */
export async function startAttempt(db: Db, caller: Caller, input: StartAttemptInput, now: Date = new Date()): Promise<StartAttemptResult> {
  if (caller.role !== 'student') return { ok: false, reason: 'not-found' };
  const existing = await db.select({ studentId: attempts.studentId }).from(attempts).where(eq(attempts.id, input.attemptId)).limit(1);
  if (existing[0]) return existing[0].studentId === caller.id ? { ok: true, attemptId: input.attemptId, resumed: true } : { ok: false, reason: 'not-found' };
  if (input.source === 'assignment') return startFromAssignment(db, caller, input.attemptId, input.assignmentId, now);
  if (input.source === 'article') return startFromArticle(db, caller, input.attemptId, input.articleSlug, now);
  return startRetry(db, caller, input.attemptId, input.retryOf, now);
}
