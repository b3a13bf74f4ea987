import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { assignmentQuestions, assignments, classes, enrollments, excusals, questionReviews, questions, setItems, sets } from '@/db/schema';
import { zonedTimeToInstant } from '@/lib/time/zoned';
import { assignSchema, excuseSchema } from '@/lib/validation/assignments';
import type { Caller } from './caller';
import { effectiveVersion } from './question-versions';
import { isActiveEnrollment } from './visibility';

export type AssignResult =
  | { ok: true; data: { id: string; title: string; questionTotal: number; dueAt: Date | null } }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Gives one of the caller's sets to one of their open classes. Each question is frozen as the caller's
 * students will see it (their approved wording), so a later edit or regeneration never re-grades anyone.
 * Rejected and retired questions are left out. Null when the set or class is not the caller's.
 */
export async function createAssignment(db: Db, caller: Caller, input: unknown): Promise<AssignResult | null> {
  if (caller.role !== 'teacher') return null;
  const parsed = assignSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors };
  }
  const v = parsed.data;
  const [set] = await db.select({ id: sets.id, title: sets.title }).from(sets).where(and(eq(sets.id, v.setId), eq(sets.ownerId, caller.id), isNull(sets.archivedAt))).limit(1);
  const [cls] = await db.select({ id: classes.id }).from(classes).where(and(eq(classes.id, v.classId), eq(classes.teacherId, caller.id), isNull(classes.archivedAt))).limit(1);
  if (!set || !cls) return null;
  const rows = await db
    .select({ q: questions, r: questionReviews })
    .from(setItems)
    .innerJoin(questions, eq(questions.id, setItems.questionId))
    .leftJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id)))
    .where(eq(setItems.setId, set.id))
    .orderBy(asc(setItems.position), asc(questions.id));
  const usable = rows.filter(({ q, r }) => q.status === 'generated' && r?.status !== 'rejected');
  if (!usable.length) return { ok: false, error: 'This set has no questions left to give (rejected and retired ones are left out).' };
  if (v.questionCount && v.questionCount > usable.length)
    return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { questionCount: [`This set has ${usable.length} questions to give.`] } };
  const dueAt = v.dueLocal ? zonedTimeToInstant(v.dueLocal, v.timeZone ?? caller.timeZone) : null;
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assignments)
      .values({ classId: cls.id, setId: set.id, title: set.title, createdBy: caller.id, dueAt, mode: v.mode, questionCount: v.questionCount ?? null, attemptsAllowed: v.attemptsAllowed ?? null })
      .returning({ id: assignments.id });
    await tx.insert(assignmentQuestions).values(usable.map(({ q, r }, position) => ({ assignmentId: row!.id, questionId: q.id, position, version: effectiveVersion(q, r) })));
    return row!;
  });
  return { ok: true, data: { id: created.id, title: set.title, questionTotal: usable.length, dueAt } };
}

/** Excuses a student of the caller's class from an assignment (or takes the excuse back). */
export async function setExcused(db: Db, caller: Caller, input: unknown): Promise<{ excused: boolean } | null> {
  const parsed = excuseSchema.safeParse(input);
  if (!parsed.success || caller.role !== 'teacher') return null;
  const { assignmentId, studentId, excused } = parsed.data;
  const [target] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(enrollments, and(eq(enrollments.classId, classes.id), eq(enrollments.studentId, studentId), isActiveEnrollment))
    .where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, caller.id)))
    .limit(1);
  if (!target) return null;
  if (excused) await db.insert(excusals).values({ assignmentId, studentId, createdBy: caller.id }).onConflictDoNothing();
  else await db.delete(excusals).where(and(eq(excusals.assignmentId, assignmentId), eq(excusals.studentId, studentId)));
  return { excused };
}

/** Takes an assignment off the class's lists (results are kept). */
export async function archiveAssignment(db: Db, caller: Caller, assignmentId: unknown): Promise<{ id: string } | null> {
  if (caller.role !== 'teacher' || typeof assignmentId !== 'string' || !/^[0-9a-f-]{36}$/i.test(assignmentId)) return null;
  const [owned] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, caller.id)))
    .limit(1);
  if (!owned) return null;
  await db.update(assignments).set({ archivedAt: new Date() }).where(eq(assignments.id, owned.id));
  return owned;
}
