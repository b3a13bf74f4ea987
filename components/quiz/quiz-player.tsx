'use client';

import { useEffect, useRef, useState } from 'react';
import { ArrowRight } from 'lucide-react';
import type { AnswerFeedbackDto, AnswerResult } from '@/db/queries/answers';
import type { QuizQuestionDto } from '@/db/queries/attempt-view';
import { clientNow, newClientId } from '@/components/ui/client-id';
import { ChoiceList } from './choice-list';
import { FeedbackPanel } from './feedback-panel';
import { TypedAnswerForm } from './typed-answer-form';
import { QuizSummary } from './quiz-summary';

type Props = { attemptId: string; title: string; questions: QuizQuestionDto[] };

async function sendAnswer(body: object): Promise<AnswerResult> {
  const response = await fetch('/api/answers', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers: [body] }) });
  if (!response.ok) throw new Error(response.status === 401 ? 'Your session has ended. Sign in again.' : 'Could not save your answer.');
  const { results } = (await response.json()) as { results: AnswerResult[] };
  if (!results[0]) throw new Error('Could not save your answer.');
  return results[0];
}

/**
 * One question at a time. Each answer is sent as soon as it is given, under an id made once per question
 * (a double tap or a retry after a lost response sends the same id), and graded on the server.
 */
export function QuizPlayer({ attemptId, title, questions: initial }: Props) {
  const [questions, setQuestions] = useState(initial);
  const firstOpen = initial.findIndex((q) => !q.feedback);
  const [index, setIndex] = useState(firstOpen === -1 ? initial.length : firstOpen);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const answerIds = useRef(new Map<string, string>());
  const shownAt = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);

  const question = questions[index];
  const done = index >= questions.length;

  useEffect(() => {
    shownAt.current = clientNow().ms;
    if (question && !question.feedback) headingRef.current?.focus();
  }, [question]);

  useEffect(() => {
    if (question?.feedback) nextRef.current?.focus();
  }, [question?.feedback]);

  async function answer(response: string) {
    if (!question || question.feedback || sending) return;
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
      const result = await sendAnswer({ id, attemptId, questionId: question.questionId, response: trimmed, answeredAt: clock.iso, timeMs: clock.ms - shownAt.current });
      if (!result.ok) throw new Error(result.error === 'invalid' ? 'That answer could not be read. Try again.' : 'This quiz is no longer available.');
      const feedback: AnswerFeedbackDto = result.feedback;
      setQuestions((all) => all.map((q) => (q.questionId === question.questionId ? { ...q, feedback } : q)));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not save your answer.');
    } finally {
      setSending(false);
    }
  }

  function next() {
    setTyped('');
    setError(null);
    setIndex((i) => i + 1);
  }

  if (done) return <QuizSummary attemptId={attemptId} questions={questions} />;
  if (!question) return null;

  const answered = question.feedback;
  return (
    <div className="flex flex-col gap-5" data-testid="quiz">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-stone-600">
          {title} · Question {index + 1} of {questions.length}
        </p>
        <div className="h-2 overflow-hidden rounded-full bg-accent-100" aria-hidden>
          <div className="h-full rounded-full bg-accent-600 transition-[width]" style={{ width: `${((index + (answered ? 1 : 0)) / questions.length) * 100}%` }} />
        </div>
      </div>
      <h2 ref={headingRef} tabIndex={-1} className="text-xl leading-snug font-bold" data-testid="question-prompt">
        {question.prompt}
      </h2>

      {question.isTyped ? (
        <TypedAnswerForm value={typed} unit={question.unit} answered={Boolean(answered)} sending={sending} error={error} onChange={setTyped} onSubmit={() => void answer(typed)} />
      ) : (
        <ChoiceList choices={question.choices} answered={answered} disabled={sending} onPick={(choice) => void answer(choice)} />
      )}

      {error ? (
        <p id="answer-error" className="font-medium text-incorrect" role="status">
          {error}
        </p>
      ) : null}

      <div aria-live="polite">{answered ? <FeedbackPanel feedback={answered} isTyped={question.isTyped} /> : null}</div>

      {answered ? (
        <button ref={nextRef} type="button" onClick={next} className="inline-flex min-h-12 items-center justify-center gap-2 rounded-full bg-ink px-5 font-semibold text-white">
          {index + 1 < questions.length ? 'Next question' : 'See your score'}
          <ArrowRight aria-hidden className="size-4" />
        </button>
      ) : null}
    </div>
  );
}
