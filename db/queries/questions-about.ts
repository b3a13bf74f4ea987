import { and, arrayContains, arrayOverlaps, asc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { questionReviews, questions } from '@/db/schema';
import type { QuestionKind } from '@/lib/generate/types';
import type { Caller } from './caller';
import type { ArticleRef } from './library';
import { effectiveVersion } from './question-versions';

export interface QuestionsAboutDto {
  count: number;
  /** Where the questions come from, to practise them article by article. */
  byArticle: { slug: string; label: string; count: number }[];
  /**
   * Teachers only: each question's prompt in their own wording, to open in their review tool (where the
   * answers are). Null for students: a prompt on a page about its answer ("Who said …?" on that person's
   * page) would give the answer away.
   */
  prompts: { id: string; prompt: string; kind: QuestionKind; slug: string; review: 'approved' | 'rejected' | null }[] | null;
}

type Row = { id: string; articleId: string | null; factIds: string[]; q: typeof questions.$inferSelect | null; r: typeof questionReviews.$inferSelect | null };

/** The live questions matching `match` in articles the caller may read; a student's rows carry no question text at all. */
async function liveQuestions(db: Db, caller: Caller, refs: readonly ArticleRef[], match: SQL | undefined): Promise<Row[]> {
  const ids = refs.map((r) => r.id);
  if (ids.length === 0 || !match) return [];
  const where = and(inArray(questions.articleId, ids), ne(questions.status, 'retired'), match);
  if (caller.role === 'teacher') {
    return db
      .select({ id: questions.id, articleId: questions.articleId, factIds: questions.factIds, q: questions, r: questionReviews })
      .from(questions)
      .leftJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id)))
      .where(where)
      .orderBy(asc(questions.difficulty), asc(questions.id));
  }
  const rows = await db.select({ id: questions.id, articleId: questions.articleId, factIds: questions.factIds }).from(questions).where(where).orderBy(asc(questions.id));
  return rows.map((row) => ({ ...row, q: null, r: null }));
}

function summarise(caller: Caller, refs: readonly ArticleRef[], rows: Row[]): QuestionsAboutDto {
  const refOf = new Map(refs.map((r) => [r.id, r]));
  const byArticle = refs
    .map((ref) => ({ slug: ref.slug, label: ref.label, count: rows.filter((row) => row.articleId === ref.id).length }))
    .filter((entry) => entry.count > 0);
  const prompts =
    caller.role === 'teacher'
      ? rows.flatMap(({ q, r, articleId }) => (q && articleId ? [{ id: q.id, prompt: effectiveVersion(q, r).prompt, kind: q.kind, slug: refOf.get(articleId)!.slug, review: r?.status ?? null }] : []))
      : null;
  return { count: rows.length, byArticle, prompts };
}

/**
 * The live questions about a person (by their tag, "person:antony-blinken"), from articles the caller may
 * read. Students get counts only; no answer is ever read here.
 */
export async function questionsAboutTag(db: Db, caller: Caller, refs: readonly ArticleRef[], tag: string): Promise<QuestionsAboutDto> {
  return summarise(caller, refs, await liveQuestions(db, caller, refs, arrayContains(questions.tags, [tag])));
}

/** The same, for several groups of facts at once (the timeline's events): one query, one summary per group. */
export async function questionsAboutFacts(db: Db, caller: Caller, refs: readonly ArticleRef[], groups: readonly string[][]): Promise<QuestionsAboutDto[]> {
  const all = [...new Set(groups.flat())];
  const rows = await liveQuestions(db, caller, refs, all.length ? arrayOverlaps(questions.factIds, all) : undefined);
  return groups.map((ids) => summarise(caller, refs, rows.filter((row) => row.factIds.some((id) => ids.includes(id)))));
}
