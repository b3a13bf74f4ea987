import type { AnswerFeedbackDto } from '@/db/queries/answers';
import { FeedbackPanel } from './feedback-panel';
import type { LocalAnswer } from './use-local-answers';

type Props = {
  feedback: AnswerFeedbackDto | null;
  isTyped: boolean;
  /** The server counted an answer given on another device (or tab) instead of this one. */
  fromElsewhere: boolean;
  /** An answer kept on this device: waiting for the server's check, or refused by it. */
  saved: Exclude<LocalAnswer, { state: 'checked' }> | null;
};

/** What became of an answer: the server's feedback, or that it waits to be checked, or why it was refused. */
export function AnswerOutcome({ feedback, isTyped, fromElsewhere, saved }: Props) {
  if (feedback) {
    return (
      <>
        {fromElsewhere ? <p className="mb-2 text-sm text-stone-700">You had already answered this on another device; that answer counts.</p> : null}
        <FeedbackPanel feedback={feedback} isTyped={isTyped} />
      </>
    );
  }
  if (!saved) return null;
  if (saved.state === 'refused') {
    return (
      <p className="rounded-2xl border-2 border-incorrect/40 bg-red-50 p-4 font-medium text-incorrect" data-testid="answer-refused">
        Not saved: {saved.reason}
      </p>
    );
  }
  return (
    <p className="rounded-2xl border-2 border-accent-200 bg-accent-50 p-4 font-medium text-accent-900" data-testid="answer-saved">
      Saved — we’ll check it when you’re back online.
    </p>
  );
}
