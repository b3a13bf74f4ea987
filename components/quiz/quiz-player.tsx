'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { ArrowRight } from 'lucide-react';
import type { QuizQuestionDto } from '@/db/queries/attempt-view';
import { clientNow, newClientId } from '@/components/ui/client-id';
import { enqueue, waitForSettled } from '@/components/offline/sync-engine';
import { ChoiceList } from './choice-list';
import { AnswerOutcome } from './answer-outcome';
import { TypedAnswerForm } from './typed-answer-form';
import { QuizSummary } from './quiz-summary';
import { QuizWaiting } from './quiz-waiting';
import { useLocalAnswers, type LocalAnswer } from './use-local-answers';

type Props = { attemptId: string; title: string; questions: QuizQuestionDto[] };

// Online, wait this long for the server's check before saying the answer will be checked later.
const CHECK_WAIT_MS = 10_000;

function merge(questions: QuizQuestionDto[], local: Map<string, LocalAnswer>) {
  return questions.map((q) => {
    const mine = local.get(q.questionId);
    const feedback = q.feedback ?? (mine?.state === 'checked' ? mine.feedback : null);
    return { ...q, feedback, local: feedback ? (mine?.state === 'checked' && mine.fromElsewhere ? mine : null) : (mine ?? null) };
  });
}

/**
 * One question at a time. Each answer joins this device's queue under an id made once per question (a
 * double tap or a retry sends the same id) and is graded on the server: online the feedback shows at once;
 * offline the answer is saved here and checked when the connection returns, since the answers never
 * reach the browser before the student has answered.
 */
export function QuizPlayer({ attemptId, title, questions: initial }: Props) {
  const { answers: local, loaded } = useLocalAnswers(attemptId);
  const questions = useMemo(() => merge(initial, local), [initial, local]);
  const firstOpen = initial.findIndex((q) => !q.feedback);
  const [index, setIndex] = useState(firstOpen === -1 ? initial.length : firstOpen);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const answerIds = useRef(new Map<string, string>());
  const shownAt = useRef(0);
  const resumed = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);

  const question = questions[index];
  const done = index >= questions.length;
  const isAnswered = Boolean(question?.feedback || question?.local);

  // A saved copy of this page (offline) may predate answers given here since: resume after them.
  useEffect(() => {
    if (!loaded || resumed.current) return;
    resumed.current = true;
    const open = questions.findIndex((q) => !q.feedback && !q.local);
    setIndex(open === -1 ? questions.length : open);
  }, [loaded, questions]);

  useEffect(() => {
    shownAt.current = clientNow().ms;
    if (question && !isAnswered) headingRef.current?.focus();
  }, [question?.questionId]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (isAnswered && !sending) nextRef.current?.focus();
  }, [isAnswered, sending]);

  async function answer(response: string) {
    if (!question || isAnswered || sending) return;
    const trimmed = response.trim();
    if (!trimmed) {
      setError('Type an answer first.');
      return;
    }
    let id = answerIds.current.get(question.questionId);
    if (!id) {
      id = newClientId();
      answerIds.current.set(question.questionId, id);
    }
    setSending(true);
    setError(null);
    try {
      const clock = clientNow();
      const checked = waitForSettled(id, navigator.onLine ? CHECK_WAIT_MS : 0);
      await enqueue({
        key: id,
        stream: 'answers',
        body: { id, attemptId, questionId: question.questionId, response: trimmed, answeredAt: clock.iso, timeMs: Math.max(0, clock.ms - shownAt.current) },
        label: `Quiz answer to “${question.prompt.slice(0, 80)}”`,
      });
      await checked;
    } catch {
      setError('Could not save your answer on this device. Try again.');
    } finally {
      setSending(false);
    }
  }

  function next() {
    setTyped('');
    setError(null);
    setIndex((i) => i + 1);
  }

  const waiting = questions.filter((q) => !q.feedback && q.local?.state === 'waiting').length;
  if (done && waiting === 0 && questions.every((q) => q.feedback)) return <QuizSummary attemptId={attemptId} questions={questions} />;
  if (done) return <QuizWaiting count={waiting} />;
  if (!question) return null;

  const saved = !question.feedback && question.local && question.local.state !== 'checked' ? question.local : null;
  return (
    <div className="flex flex-col gap-5" data-testid="quiz">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-stone-600">
          {title} · Question {index + 1} of {questions.length}
        </p>
        <div className="h-2 overflow-hidden rounded-full bg-accent-100" aria-hidden>
          <div className="h-full rounded-full bg-accent-600 transition-[width]" style={{ width: `${((index + (isAnswered ? 1 : 0)) / questions.length) * 100}%` }} />
        </div>
      </div>
      <h2 ref={headingRef} tabIndex={-1} className="text-xl leading-snug font-bold" data-testid="question-prompt">
        {question.prompt}
      </h2>

      {question.isTyped ? (
        <TypedAnswerForm value={saved ? saved.response : typed} unit={question.unit} answered={isAnswered} sending={sending} error={error} onChange={setTyped} onSubmit={() => void answer(typed)} />
      ) : (
        <ChoiceList choices={question.choices} answered={question.feedback} saved={saved?.response ?? null} disabled={sending} onPick={(choice) => void answer(choice)} />
      )}

      {error ? (
        <p id="answer-error" className="font-medium text-incorrect" role="status">
          {error}
        </p>
      ) : null}

      <div aria-live="polite">
        <AnswerOutcome feedback={question.feedback} isTyped={question.isTyped} fromElsewhere={question.local?.state === 'checked' && question.local.fromElsewhere} saved={sending ? null : saved} />
      </div>

      {isAnswered && !sending ? (
        <button ref={nextRef} type="button" onClick={next} className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-ink px-5 font-semibold text-white">
          {index + 1 < questions.length ? 'Next question' : 'See your score'}
          <ArrowRight aria-hidden className="size-4" />
        </button>
      ) : null}
    </div>
  );
}
