import Link from 'next/link';
import type { ItemRowDto } from '@/db/queries/results';
import { percent } from '@/lib/grading/gradebook';

/** Moodle's question statistics, one card per question so it reads on a phone. */
export function ItemAnalysis({ items }: { items: ItemRowDto[] }) {
  return (
    <section aria-labelledby="items" className="flex flex-col gap-2">
      <h2 id="items" className="text-lg font-semibold">
        Question analysis
      </h2>
      <p className="text-sm text-stone-700">
        <strong>Facility</strong>: the share of students who got it right. <strong>Discrimination</strong>: whether the students who did well overall got it right more often (near 1) or less
        often (below 0, which usually means the question is unclear or keyed wrong).
      </p>
      <ol className="flex flex-col gap-2">
        {items.map((item) => (
          <li key={item.questionId} className={`rounded-lg border bg-white p-3 ${item.needsCheck ? 'border-red-400' : 'border-stone-200'}`} data-testid="item-row">
            <p className="font-medium">
              {item.position}. {item.prompt}
            </p>
            <p className="text-sm text-stone-700">Answer: {item.answer}</p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="text-stone-600">Facility</dt>
              <dd className="tabular-nums">{item.facility === null ? 'no answers yet' : `${percent(item.facility)} (${item.responses} answered)`}</dd>
              <dt className="text-stone-600">Discrimination</dt>
              <dd className="tabular-nums">{item.discrimination === null ? 'needs at least 3 students who differ' : item.discrimination.toFixed(2)}</dd>
              <dt className="text-stone-600">Most chosen wrong answer</dt>
              <dd>{item.commonWrongAnswer ? `${item.commonWrongAnswer.response} (${item.commonWrongAnswer.count})` : '—'}</dd>
            </dl>
            {item.needsCheck ? (
              <p className="mt-2 text-sm font-semibold text-red-800">
                Check this question.{' '}
                <Link prefetch={false} href={`/review/${item.questionId}?back=${encodeURIComponent('/review?flagged=1')}`} className="underline">
                  Edit it
                </Link>{' '}
                for the next time you assign it.
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
