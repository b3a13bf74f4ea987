import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, assignmentQuestions, assignments, classes, enrollments, questionReviews, questions, type QuestionVersion } from '@/db/schema';
import type { Caller } from './caller';
import { effectiveVersion } from './question-versions';

/** A student's membership that counts: not removed, in a class that is not archived. */
export function activeMembership(caller: Caller) {
  return and(eq(enrollments.studentId, caller.id), isNull(enrollments.removedAt), isNull(classes.archivedAt));
}

/** The teachers of the classes a student is an active member of (none for a student on their own). */
export async function teachersOf(db: Db, caller: Caller): Promise<string[]> {
  if (caller.role !== 'student') return [];
  const rows = await db
    .selectDistinct({ teacherId: classes.teacherId })
    .from(enrollments)
    .innerJoin(classes, eq(classes.id, enrollments.classId))
    .where(activeMembership(caller));
  return rows.map((r) => r.teacherId);
}

/**
 * An article a student may study, by slug: in the shared library (not retired), or uploaded by one of
 * their own teachers. Null otherwise, so another teacher's upload is a miss.
 */
export async function studyableArticle(db: Db, caller: Caller, slug: string): Promise<{ id: string } | null> {
  const teacherIds = await teachersOf(db, caller);
  const visible = teacherIds.length ? or(eq(articles.origin, 'folder'), inArray(articles.ownerId, teacherIds)) : eq(articles.origin, 'folder');
  const [row] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), isNull(articles.retiredAt), visible)).limit(1);
  return row ?? null;
}

export interface BankQuestion {
  questionId: string;
  version: QuestionVersion;
  tags: string[];
  difficulty: number;
}

/**
 * The questions a student may study from one article: those their teachers approved, in the approving
 * teacher's wording (the most recent approval when two teachers approved one question), or the whole live
 * bank when the student has no class. Answers included: callers grade with it and never send it as is.
 */
export async function studentBankForArticle(db: Db, caller: Caller, articleId: string): Promise<BankQuestion[]> {
  if (caller.role !== 'student') return [];
  const teacherIds = await teachersOf(db, caller);
  const live = and(eq(questions.articleId, articleId), eq(questions.status, 'generated'));
  if (teacherIds.length === 0) {
    const rows = await db.select().from(questions).where(live).orderBy(asc(questions.difficulty), asc(questions.id));
    return rows.map((q) => ({ questionId: q.id, version: effectiveVersion(q), tags: q.tags, difficulty: q.difficulty }));
  }
  const rows = await db
    .select({ q: questions, r: questionReviews })
    .from(questionReviews)
    .innerJoin(questions, eq(questions.id, questionReviews.questionId))
    .where(and(live, inArray(questionReviews.teacherId, teacherIds), eq(questionReviews.status, 'approved')))
    .orderBy(asc(questions.difficulty), asc(questions.id), desc(questionReviews.updatedAt));
  const seen = new Set<string>();
  const bank: BankQuestion[] = [];
  for (const { q, r } of rows) {
    if (seen.has(q.id)) continue;
    seen.add(q.id);
    bank.push({ questionId: q.id, version: effectiveVersion(q, r), tags: q.tags, difficulty: q.difficulty });
  }
  return bank;
}

/**
 * The wording a student should see for each question in their flashcards: the version a flashcard
 * assignment froze, else their teacher's approved wording, else the generated text.
 */
export async function studentVersions(db: Db, caller: Caller, questionIds: readonly string[]): Promise<Map<string, { version: QuestionVersion; tags: string[]; articleId: string | null }>> {
  const result = new Map<string, { version: QuestionVersion; tags: string[]; articleId: string | null }>();
  if (caller.role !== 'student' || questionIds.length === 0) return result;
  const ids = [...new Set(questionIds)];
  const teacherIds = await teachersOf(db, caller);
  const [generated, reviewed, frozen] = await Promise.all([
    db.select().from(questions).where(inArray(questions.id, ids)),
    teacherIds.length
      ? db
          .select()
          .from(questionReviews)
          .where(and(inArray(questionReviews.questionId, ids), inArray(questionReviews.teacherId, teacherIds), eq(questionReviews.status, 'approved')))
          .orderBy(asc(questionReviews.updatedAt))
      : Promise.resolve([]),
    db
      .select({ questionId: assignmentQuestions.questionId, version: assignmentQuestions.version })
      .from(assignmentQuestions)
      .innerJoin(assignments, eq(assignments.id, assignmentQuestions.assignmentId))
      .innerJoin(classes, eq(classes.id, assignments.classId))
      .innerJoin(enrollments, eq(enrollments.classId, classes.id))
      .where(and(activeMembership(caller), inArray(assignmentQuestions.questionId, ids), eq(assignments.mode, 'flashcards'), isNull(assignments.archivedAt)))
      .orderBy(asc(assignments.createdAt)),
  ]);
  const reviewOf = new Map(reviewed.map((r) => [r.questionId, r]));
  const frozenOf = new Map(frozen.map((f) => [f.questionId, f.version]));
  for (const q of generated) {
    result.set(q.id, { version: frozenOf.get(q.id) ?? effectiveVersion(q, reviewOf.get(q.id)), tags: q.tags, articleId: q.articleId });
  }
  return result;
}
