import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, questionReviews, questions } from '@/db/schema';
import { editQuestionSchema, decideSchema } from '@/lib/validation/review';
import type { Caller } from './caller';
import { reviewableIds, reviewableWhere } from './review';

/**
 * A teacher's decisions on generated questions: rows of their own in question_reviews, never a change to the
 * shared bank nor to another teacher's view. Question ids are content-derived, so a decision outlives a
 * regeneration that keeps the question.
 */

/** Approves, rejects or clears (back to new) the given questions; returns how many changed, or null for a student. */
export async function decideQuestions(db: Db, caller: Caller, input: unknown): Promise<{ count: number; decision: 'approved' | 'rejected' | 'clear' } | null> {
  if (caller.role !== 'teacher') return null;
  const parsed = decideSchema.safeParse(input);
  if (!parsed.success) return null;
  const { decision } = parsed.data;
  const ids = await reviewableIds(db, caller, [...new Set(parsed.data.questionIds)]);
  if (!ids.length) return { count: 0, decision };
  if (decision === 'clear') {
    const gone = await db
      .delete(questionReviews)
      .where(and(eq(questionReviews.teacherId, caller.id), inArray(questionReviews.questionId, ids)))
      .returning({ id: questionReviews.questionId });
    return { count: gone.length, decision };
  }
  const now = new Date();
  const written = await db
    .insert(questionReviews)
    .values(ids.map((questionId) => ({ teacherId: caller.id, questionId, status: decision, updatedAt: now })))
    // Re-approving keeps the teacher's wording; the version moves on so frozen copies can tell.
    .onConflictDoUpdate({
      target: [questionReviews.teacherId, questionReviews.questionId],
      set: { status: decision, updatedAt: now, version: sql`${questionReviews.version} + 1` },
      setWhere: sql`${questionReviews.status} is distinct from excluded.status`,
    })
    .returning({ id: questionReviews.questionId });
  return { count: written.length, decision };
}

export type EditResult = { ok: true; questionId: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Saves a teacher's wording of a question (and approves it). Only what differs from the generated text is
 * stored, so a later fix to the generator still shows through where the teacher changed nothing.
 */
export async function editQuestion(db: Db, caller: Caller, input: unknown): Promise<EditResult | null> {
  if (caller.role !== 'teacher') return null;
  const parsed = editQuestionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: flatten(parsed.error.issues) };
  const v = parsed.data;
  const [q] = await db
    .select({ id: questions.id, prompt: questions.prompt, choices: questions.choices, answer: questions.answer, explanation: questions.explanation, numeric: questions.numeric })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(reviewableWhere(db, caller, [eq(questions.id, v.questionId)]))
    .limit(1);
  if (!q) return null;
  const isChoice = q.choices.length > 0;
  if (isChoice !== v.hadChoices) return { ok: false, error: 'This question changed while you were editing it. Open it again.' };
  const answer = isChoice ? v.correctText! : v.answer!;
  let numeric = null;
  if (q.numeric) {
    const value = Number(answer.replace(/[,\s]/g, ''));
    if (!Number.isFinite(value)) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { answer: ['Give the answer as a number.'] } };
    numeric = value === q.numeric.value ? null : { ...q.numeric, value };
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const overlay = {
    prompt: v.prompt === q.prompt ? null : v.prompt,
    choices: !isChoice || same(v.choices, q.choices) ? null : v.choices,
    answer: answer === q.answer ? null : answer,
    explanation: v.explanation === q.explanation ? null : v.explanation,
    numeric,
    note: v.note,
  };
  const now = new Date();
  await db
    .insert(questionReviews)
    .values({ teacherId: caller.id, questionId: q.id, status: 'approved', ...overlay, updatedAt: now })
    .onConflictDoUpdate({
      target: [questionReviews.teacherId, questionReviews.questionId],
      set: { status: 'approved', ...overlay, updatedAt: now, version: sql`${questionReviews.version} + 1` },
    });
  return { ok: true, questionId: q.id };
}

function flatten(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return out;
}
