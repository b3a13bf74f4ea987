import { and, asc, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { articles, questions, type QuestionStatus } from '@/db/schema';
import type { QuestionKind, QuestionSource } from '@/lib/generate/types';
import type { Caller } from './caller';

/** A question as learners see it: a teacher's edits replace the generated text. */
export interface QuestionDto {
  id: string;
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  answer: string;
  numeric: { value: number; tolerance: number; unit: string } | null;
  back: string | null;
  explanation: string;
  sources: QuestionSource[];
  difficulty: number;
  tags: string[];
  /** Teachers only (null for students). */
  status: QuestionStatus | null;
}

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);

/** The questions citing an article (by slug). Students see live questions only; teachers also see retired ones. */
export async function listQuestionsForArticle(db: Db, caller: Caller, articleSlug: unknown): Promise<QuestionDto[] | null> {
  const parsed = slugSchema.safeParse(articleSlug);
  if (!parsed.success) return null;
  const [article] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, parsed.data)).limit(1);
  if (!article) return null;
  const rows = await db
    .select()
    .from(questions)
    .where(and(eq(questions.articleId, article.id), caller.role === 'teacher' ? undefined : ne(questions.status, 'retired')))
    .orderBy(asc(questions.difficulty), asc(questions.id));
  return rows.map((q) => ({
    id: q.id,
    kind: q.kind,
    prompt: q.editedPrompt ?? q.prompt,
    choices: q.editedChoices ?? q.choices,
    answer: q.editedAnswer ?? q.answer,
    numeric: q.numeric ?? null,
    back: q.back,
    explanation: q.editedExplanation ?? q.explanation,
    sources: q.sources,
    difficulty: q.difficulty,
    tags: q.tags,
    status: caller.role === 'teacher' ? q.status : null,
  }));
}
