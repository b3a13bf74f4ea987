import type { ReviewItemDto } from '@/db/queries/review';
import { KIND_LABELS } from '@/lib/review/kinds';
import { StatusBadge } from '@/components/review/status-badge';

/** A question to tick into a set: its wording, answer, status and source headline. */
export function PickItem({ question }: { question: ReviewItemDto }) {
  const id = `pick-${question.id}`;
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3">
      <label htmlFor={id} className="flex min-h-11 gap-3">
        <input id={id} type="checkbox" name={`q:${question.id}`} className="mt-1 size-5 shrink-0 accent-stone-900" />
        <span className="flex flex-col gap-1">
          <span className="font-medium">{question.prompt}</span>
          <span className="text-sm text-stone-700">Answer: {question.answer}</span>
          <span className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
            {KIND_LABELS[question.kind]} <StatusBadge status={question.status} /> {question.citations[0]?.articleTitle}
          </span>
        </span>
      </label>
    </li>
  );
}
