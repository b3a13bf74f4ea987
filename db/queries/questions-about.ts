import { and, arrayContains, arrayOverlaps, asc, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { questionReviews, questions } from '@/db/schema';
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
  prompts: { id: string; prompt: string; kind: string; slug: string; review: 'approved' | 'rejected' | null }[] | null;
}

/**
 * The live questions about a person (by tag) or some facts (by id), from articles the caller may read.
 * Students get counts only; no answer is ever read here.
 */
export async function questionsAbout(db: Db, caller: Caller, refs: readonly ArticleRef[], about: { tag?: string; factIds?: string[] }): Promise<QuestionsAboutDto> {
  const ids = refs.map((r) => r.id);
  const matches: SQL[] = [];
  if (about.tag) matches.push(arrayContains(questions.tags, [about.tag]));
  if (about.factIds?.length) matches.push(arrayOverlaps(questions.factIds, about.factIds));
  if (ids.length === 0 || matches.length === 0) return { count: 0, byArticle: [], prompts: caller.role === 'teacher' ? [] : null };
  const where = and(inArray(questions.articleId, ids), ne(questions.status, 'retired'), or(...matches));
  const refOf = new Map(refs.map((r) => [r.id, r]));
  const rows =
    caller.role === 'teacher'
      ? await db
          .select({ id: questions.id, articleId: questions.articleId, q: questions, r: questionReviews })
          .from(questions)
          .leftJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id)))
          .where(where)
          .orderBy(asc(questions.difficulty), asc(questions.id))
      : (await db.select({ id: questions.id, articleId: questions.articleId }).from(questions).where(where).orderBy(asc(questions.id))).map((row) => ({ ...row, q: null, r: null }));
  const byArticle = refs
    .map((ref) => ({ slug: ref.slug, label: ref.label, count: rows.filter((row) => row.articleId === ref.id).length }))
    .filter((entry) => entry.count > 0);
  const prompts =
    caller.role === 'teacher'
      ? rows.flatMap(({ q, r, articleId }) => (q && articleId ? [{ id: q.id, prompt: effectiveVersion(q, r).prompt, kind: q.kind, slug: refOf.get(articleId)!.slug, review: r?.status ?? null }] : []))
      : null;
  return { count: rows.length, byArticle, prompts };
}
