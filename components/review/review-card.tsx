import Link from 'next/link';
import type { ReviewItemDto } from '@/db/queries/review';
import { KIND_LABELS } from '@/lib/review/kinds';
import { SubmitButton } from '@/components/ui/submit-button';
import { Citation } from './citation';
import { StatusBadge } from './status-badge';

type Props = { question: ReviewItemDto; backHref: string };

/** One question as a teacher judges it: the answer marked, the source in context, disagreements, and the verdict buttons. */
export function ReviewCard({ question, backHref }: Props) {
  const boxId = `pick-${question.id}`;
  return (
    <article className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="review-question" aria-labelledby={`prompt-${question.id}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={boxId} className="inline-flex min-h-11 items-center gap-2 pr-2">
          <input id={boxId} type="checkbox" name={`q:${question.id}`} aria-describedby={`prompt-${question.id}`} className="size-5 accent-stone-900" />
          <span>Select</span>
        </label>
        <span className="text-stone-600">{KIND_LABELS[question.kind]}</span>
        <StatusBadge status={question.status} />
      </div>
      <p id={`prompt-${question.id}`} className="font-medium">
        {question.prompt}
      </p>
      {question.choices.length ? (
        <ul className="flex flex-col gap-1 text-sm">
          {question.choices.map((choice) => (
            <li key={choice} className={choice === question.answer ? 'font-semibold text-green-900' : 'text-stone-700'}>
              {choice === question.answer ? '✓ ' : '· '}
              {choice}
              {choice === question.answer ? <span className="sr-only"> (the answer)</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">
          Answer: <strong>{question.answer}</strong>
          {question.numeric ? ` ${question.numeric.unit} (accepted within ±${question.numeric.tolerance.toLocaleString('en-US')})` : null}
        </p>
      )}
      {question.citations.map((c) => (
        <Citation key={`${c.articleSlug}-${c.start}`} citation={c} />
      ))}
      {question.conflicts.map((conflict) => (
        <div key={conflict.about} className="rounded-md border border-orange-300 bg-orange-50 px-3 py-2 text-sm text-stone-900">
          <p className="font-medium">Reports disagree about {conflict.about}</p>
          <ul className="list-disc pl-5">
            {conflict.claims.map((claim) => (
              <li key={`${claim.articleTitle}-${claim.says}`}>
                {claim.articleTitle}: “{claim.says}”
              </li>
            ))}
          </ul>
        </div>
      ))}
      {question.flag ? (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="check-flag">
          <strong>Check this question.</strong> In “{question.flag.assignmentTitle}” ({question.flag.className}), students who did well overall missed it more often than those who did not
          (discrimination {question.flag.discrimination.toFixed(2)}). It may be ambiguous or keyed to the wrong answer.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="one" value={`approved:${question.id}`}>
          Approve<span className="sr-only"> this question</span>
        </SubmitButton>
        <Link
          prefetch={false}
          href={`/review/${question.id}?back=${encodeURIComponent(backHref)}`}
          className="inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900"
        >
          Edit<span className="sr-only"> this question</span>
        </Link>
        <SubmitButton name="one" value={`rejected:${question.id}`} variant="danger">
          Reject<span className="sr-only"> this question</span>
        </SubmitButton>
      </div>
    </article>
  );
}
