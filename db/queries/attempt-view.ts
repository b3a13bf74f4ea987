import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, articles, assignments, attemptQuestions, attempts, questions as bankQuestions } from '@/db/schema';
import { isTypedQuestion } from '@/lib/grading/grade';
import type { QuestionKind } from '@/lib/generate/types';
import { isUuid, type Caller } from './caller';
import { settleAttempt, type AnswerFeedbackDto } from './answers';
import { acceptedNote } from '@/lib/grading/accepted';
import { citationsFor } from './answer-context';

/** A question as a student sees it before answering: no answer, explanation, sources or card back. */
export interface QuizQuestionDto {
  questionId: string;
  position: number;
  kind: QuestionKind;
  prompt: string;
  choices: string[];
  isTyped: boolean;
  /** For typed figures: the unit to show beside the box ("troops"). */
  unit: string | null;
  /** Present once answered (a reload or another device resumes with it). */
  feedback: AnswerFeedbackDto | null;
}

export interface AttemptViewDto {
  id: string;
  mode: 'assignment' | 'article' | 'retry';
  /** What the quiz is on: the assignment's title or the article's headline. */
  title: string;
  article: { slug: string; title: string } | null;
  questions: QuizQuestionDto[];
  correctCount: number;
  finished: boolean;
  score: number | null;
  missedCount: number;
}

/** What a retry retries, for its title: the assignment of the first attempt in the chain, if any. */
async function retriedTitle(db: Db, caller: Caller, retryOf: string | null): Promise<string> {
  for (let id = retryOf, hops = 0; id && hops < 20; hops++) {
    const [previous] = await db
      .select({ retryOf: attempts.retryOf, title: assignments.title })
      .from(attempts)
      .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
      .where(and(eq(attempts.id, id), eq(attempts.studentId, caller.id)))
      .limit(1);
    if (!previous) break;
    if (previous.title) return previous.title;
    id = previous.retryOf;
  }
  return 'the ones you missed';
}

/**
 * One of the caller's own attempts, ready to play or to review: questions without their answers until
 * answered. Null for anyone else's attempt and for malformed ids.
 */
export async function getAttemptView(db: Db, caller: Caller, attemptId: unknown, now: Date = new Date()): Promise<AttemptViewDto | null> {
  if (!isUuid(attemptId) || caller.role !== 'student') return null;
  const [attempt] = await db
    .select({ id: attempts.id, mode: attempts.mode, retryOf: attempts.retryOf, finishedAt: attempts.finishedAt, questionCount: attempts.questionCount, assignmentTitle: assignments.title, articleSlug: articles.slug, articleTitle: articles.title })
    .from(attempts)
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .leftJoin(articles, eq(articles.id, attempts.articleId))
    .where(and(eq(attempts.id, attemptId), eq(attempts.studentId, caller.id)))
    .limit(1);
  if (!attempt) return null;
  const rows = await db
    .select({ questionId: attemptQuestions.questionId, position: attemptQuestions.position, version: attemptQuestions.version, tags: bankQuestions.tags, response: answers.response, isCorrect: answers.isCorrect })
    .from(attemptQuestions)
    // The bank's tags name a typed place's other accepted forms ("Delhi" for "New Delhi"), which the feedback lists.
    .leftJoin(bankQuestions, eq(bankQuestions.id, attemptQuestions.questionId))
    .leftJoin(answers, and(eq(answers.attemptId, attemptQuestions.attemptId), eq(answers.questionId, attemptQuestions.questionId)))
    .where(eq(attemptQuestions.attemptId, attempt.id))
    .orderBy(asc(attemptQuestions.position));
  const questions = await Promise.all(
    rows.map(async (row): Promise<QuizQuestionDto> => {
      const v = row.version;
      const answered = row.response !== null && row.isCorrect !== null;
      return {
        questionId: row.questionId,
        position: row.position,
        kind: v.kind,
        prompt: v.prompt,
        choices: v.choices,
        isTyped: isTypedQuestion(v),
        unit: v.numeric?.unit ?? null,
        feedback: answered ? { response: row.response!, isCorrect: row.isCorrect!, answer: v.answer, explanation: v.explanation, accepted: acceptedNote({ ...v, tags: row.tags ?? [] }), citations: await citationsFor(db, v.sources) } : null,
      };
    }),
  );
  const answeredCount = questions.filter((q) => q.feedback).length;
  const correctCount = questions.filter((q) => q.feedback?.isCorrect).length;
  let finished = attempt.finishedAt !== null;
  let score: number | null = finished ? correctCount / Math.max(questions.length, 1) : null;
  // An answer race can leave a complete attempt open; settle it here so it never stays stuck.
  if (!finished && questions.length > 0 && answeredCount === questions.length) {
    const settled = await settleAttempt(db, attempt.id, now);
    finished = settled.finished;
    score = settled.score;
  }
  const article = attempt.articleSlug && attempt.articleTitle ? { slug: attempt.articleSlug, title: attempt.articleTitle } : null;
  return {
    id: attempt.id,
    mode: attempt.mode,
    title: attempt.assignmentTitle ?? (attempt.mode === 'retry' ? `Retry: ${article?.title ?? (await retriedTitle(db, caller, attempt.retryOf))}` : (article?.title ?? 'Quiz')),
    article,
    questions,
    correctCount,
    finished,
    score,
    missedCount: questions.filter((q) => q.feedback && !q.feedback.isCorrect).length,
  };
}
