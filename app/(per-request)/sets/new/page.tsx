import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { filterQuery, plainParams } from '@/app/_lib/search-params';
import { getDb } from '@/db/client';
import { listReviewQuestions } from '@/db/queries/review';
import { Pager } from '@/components/review/pager';
import { ReviewFilters } from '@/components/review/review-filters';
import { NewSetForm } from '@/components/sets/new-set-form';
import { PickItem } from '@/components/sets/pick-item';

export const metadata: Metadata = { title: 'New set' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewSetPage({ searchParams }: Props) {
  const caller = await requireCaller();
  if (caller.role !== 'teacher') notFound();
  const raw = plainParams(await searchParams);
  // With no filter chosen, start from the questions the teacher already approved.
  const params = Object.keys(filterQuery(raw)).length ? raw : { ...raw, status: 'approved' };
  const list = await listReviewQuestions(await getDb(), caller, params);
  if (!list) notFound();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">New set</h1>
      <p className="text-stone-700">Find questions with the filters, tick the ones you want, name the set. You can reorder it afterwards.</p>
      <ReviewFilters path="/sets/new" filters={list.filters} articles={list.articles} people={list.people} flaggedCount={list.flaggedCount} />
      {list.total === 0 ? (
        <p className="text-stone-700">
          No questions match.{' '}
          {list.filters.status === 'approved' ? (
            <>
              Approve some in{' '}
              <Link href="/review" className="underline">
                Review questions
              </Link>{' '}
              first, or choose “Any status”.
            </>
          ) : (
            'Try fewer filters.'
          )}
        </p>
      ) : (
        <NewSetForm>
          <ul className="flex flex-col gap-2" aria-label="Questions to pick">
            {list.items.map((q) => (
              <PickItem key={q.id} question={q} />
            ))}
          </ul>
        </NewSetForm>
      )}
      <Pager path="/sets/new" query={filterQuery(params)} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
