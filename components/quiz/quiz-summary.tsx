import Link from 'next/link';
import { House, Trophy } from 'lucide-react';
import type { QuizQuestionDto } from '@/db/queries/attempt-view';
import { StartQuizButton } from './start-quiz-button';

/** The score, what was missed with the right answers, and "Retry the ones I missed". */
export function QuizSummary({ attemptId, questions }: { attemptId: string; questions: QuizQuestionDto[] }) {
  const right = questions.filter((q) => q.feedback?.isCorrect).length;
  const missed = questions.filter((q) => q.feedback && !q.feedback.isCorrect);
  const score = Math.round((right / Math.max(questions.length, 1)) * 100);
  return (
    <section aria-labelledby="score-heading" className="flex flex-col gap-5" data-testid="quiz-summary">
      <div className="flex flex-col items-center gap-1 rounded-3xl bg-accent-600 p-6 text-center text-white">
        <Trophy aria-hidden className="size-10 text-cite" />
        <h2 id="score-heading" className="text-3xl font-extrabold" tabIndex={-1}>
          {right} of {questions.length} right
        </h2>
        <p className="text-lg opacity-95">{score === 100 ? 'A perfect score!' : score >= 70 ? `${score}% — nicely done.` : `${score}% — the retry will help.`}</p>
      </div>
      {missed.length ? (
        <>
          <h3 className="text-lg font-bold">The ones you missed</h3>
          <ul className="flex flex-col gap-2">
            {missed.map((q) => (
              <li key={q.questionId} className="rounded-2xl border border-accent-100 bg-white p-3">
                <p className="font-medium">{q.prompt}</p>
                <p className="text-sm">
                  Answer: <strong>{q.feedback?.answer}</strong>
                </p>
              </li>
            ))}
          </ul>
          <StartQuizButton label="Retry the ones I missed" target={{ source: 'retry', retryOf: attemptId }} />
        </>
      ) : null}
      <Link href="/" className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full border border-stone-300 bg-white px-5 font-semibold hover:bg-stone-100">
        <House aria-hidden className="size-5" /> Back home
      </Link>
    </section>
  );
}
