import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { filterQuery, plainParams } from '@/app/_lib/search-params';
import { getDb } from '@/db/client';
import { listReviewQuestions } from '@/db/queries/review';
import { Pager } from '@/components/review/pager';
import { ReviewCard } from '@/components/review/review-card';
import { ReviewFilters } from '@/components/review/review-filters';
import { ReviewForm } from '@/components/review/review-form';

export const metadata: Metadata = { title: 'Review questions' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The question review tool: filter, read each question against its source, approve, edit or reject. */
export default async function ReviewPage({ searchParams }: Props) {
  const caller = await requireCaller();
  if (caller.role !== 'teacher') notFound();
  const params = plainParams(await searchParams);
  const review = await listReviewQuestions(await getDb(), caller, params);
  if (!review) notFound();
  const query = filterQuery(params);
  const backHref = `/review?${new URLSearchParams({ ...query, page: String(review.page) }).toString()}`;
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Review questions</h1>
        <p className="text-stone-700">
          Cited wrote these questions from the articles. Check each against its source, then approve it, edit it in your own words, or reject it. Your decisions are yours alone: other
          teachers and the shared bank do not change.
        </p>
      </header>
      {params.saved ? (
        <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" aria-live="polite">
          Your wording is saved and the question is approved.
        </p>
      ) : null}
      <ReviewFilters path="/review" filters={review.filters} articles={review.articles} people={review.people} flaggedCount={review.flaggedCount} />
      <p className="text-sm text-stone-700" aria-live="polite">
        {review.total} question{review.total === 1 ? '' : 's'} match.{' '}
        {review.total === 0 ? (
          <>
            Try fewer filters, or{' '}
            <Link href="/articles/new" className="underline">
              add an article
            </Link>
            .
          </>
        ) : null}
      </p>
      {review.items.length ? (
        <ReviewForm>
          {review.items.map((q) => (
            <ReviewCard key={q.id} question={q} backHref={backHref} />
          ))}
        </ReviewForm>
      ) : null}
      <Pager path="/review" query={query} page={review.page} pageCount={review.pageCount} />
    </div>
  );
}
