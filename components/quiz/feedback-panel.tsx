import { CircleCheck, CircleX } from 'lucide-react';
import type { AnswerFeedbackDto } from '@/db/queries/answers';
import { CitationQuote } from './citation-quote';

/** Right or wrong, the right answer, why, and the sentence it comes from. */
export function FeedbackPanel({ feedback, isTyped }: { feedback: AnswerFeedbackDto; isTyped: boolean }) {
  return (
    <div className={`flex flex-col gap-3 rounded-2xl border-2 p-4 ${feedback.isCorrect ? 'border-correct/40 bg-green-50' : 'border-incorrect/40 bg-red-50'}`} data-testid="feedback">
      <p className={`flex items-center gap-2 text-lg font-bold ${feedback.isCorrect ? 'text-correct' : 'text-incorrect'}`}>
        {feedback.isCorrect ? <CircleCheck aria-hidden className="size-6" /> : <CircleX aria-hidden className="size-6" />}
        {feedback.isCorrect ? 'Right!' : 'Not quite'}
      </p>
      {isTyped || !feedback.isCorrect ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
          {isTyped ? (
            <>
              <dt className="font-semibold">You wrote</dt>
              <dd className="break-words">{feedback.response}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Answer</dt>
          <dd className="break-words" data-testid="right-answer">
            {feedback.answer}
          </dd>
          {isTyped && feedback.accepted ? (
            <dd className="col-start-2 break-words text-stone-800" data-testid="accepted">
              {feedback.accepted}
            </dd>
          ) : null}
        </dl>
      ) : null}
      <p className="text-sm text-stone-800">{feedback.explanation.replace(/\s*Source:.*$/s, '')}</p>
      {feedback.citations.map((citation) => (
        <CitationQuote key={`${citation.articleSlug}:${citation.start}`} citation={citation} />
      ))}
    </div>
  );
}
