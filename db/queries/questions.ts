import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { articles, questionReviews, questions, type QuestionStatus, type QuestionVersion } from '@/db/schema';
import type { Caller } from './caller';
import { articleVisibleTo } from './visibility';
import { effectiveVersion } from './question-versions';

/** A question with its answer, as the teacher who reviews it sees it: their own edits replace the generated text. */
export interface ReviewQuestionDto extends QuestionVersion {
  id: string;
  difficulty: number;
  tags: string[];
  status: QuestionStatus;
  /** This teacher's decision, if any. */
  review: 'approved' | 'rejected' | null;
}

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);

/**
 * The questions citing an article (by slug), answers included, for teachers only: a student gets null,
 * because answers reach students only after they have answered (see the quiz queries).
 */
export async function listQuestionsForArticle(db: Db, caller: Caller, articleSlug: unknown): Promise<ReviewQuestionDto[] | null> {
  if (caller.role !== 'teacher') return null;
  const parsed = slugSchema.safeParse(articleSlug);
  if (!parsed.success) return null;
  const [article] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, parsed.data), articleVisibleTo(db, caller))).limit(1);
  if (!article) return null;
  const rows = await db
    .select({ q: questions, r: questionReviews })
    .from(questions)
    .leftJoin(questionReviews, and(eq(questionReviews.questionId, questions.id), eq(questionReviews.teacherId, caller.id)))
    .where(eq(questions.articleId, article.id))
    .orderBy(asc(questions.difficulty), asc(questions.id));
  return rows.map(({ q, r }) => ({
    id: q.id,
    ...effectiveVersion(q, r),
    difficulty: q.difficulty,
    tags: q.tags,
    status: q.status,
    review: r?.status ?? null,
  }));
}
