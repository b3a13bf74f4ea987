import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getAttemptView } from '@/db/queries/attempt-view';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { QuizSummary } from '@/components/quiz/quiz-summary';

export const metadata: Metadata = { title: 'Quiz' };

type Props = { params: Promise<{ attemptId: string }> };

/** A quiz attempt: played one question at a time, or its score once finished. Resumes where it was left. */
export default async function QuizPage({ params }: Props) {
  const caller = await requireCaller();
  const { attemptId } = await params;
  const attempt = await getAttemptView(getDb(), caller, attemptId);
  if (!attempt) notFound();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-extrabold tracking-tight">{attempt.title}</h1>
      {attempt.finished ? <QuizSummary attemptId={attempt.id} questions={attempt.questions} /> : <QuizPlayer attemptId={attempt.id} title={attempt.mode === 'retry' ? 'Retry' : 'Quiz'} questions={attempt.questions} />}
    </div>
  );
}
