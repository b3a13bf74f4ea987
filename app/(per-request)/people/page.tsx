import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { listPeople } from '@/db/queries/people';
import { ExploreLinks } from '@/components/reader/explore-links';
import { peopleSearchSchema } from '@/lib/validation/reader';

export const metadata: Metadata = { title: "Who's who" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Everyone the library quotes or mentions, searchable by name, alias or role (a plain form: works without script). */
export default async function PeoplePage({ searchParams }: Props) {
  const caller = await requireCaller();
  const query = peopleSearchSchema.safeParse((await searchParams).q).data ?? '';
  const people = await listPeople(await getDb(), caller, query);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Who&apos;s who</h1>
      <ExploreLinks current="/people" />
      <form role="search" action="/people" method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="people-search" className="text-sm font-medium">
            Search by name or role
          </label>
          <input
            id="people-search"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={80}
            autoComplete="off"
            className="min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 focus-visible:outline-2 focus-visible:outline-stone-900"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-stone-900 px-4 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900">
          Search
        </button>
      </form>
      <p className="text-sm text-stone-600" role="status">
        {people.length} {people.length === 1 ? 'person' : 'people'}
        {query ? ` matching “${query}”` : ''}
      </p>
      {people.length === 0 ? (
        <p>
          {query ? 'No one matches that. Try part of a surname, such as “Blinken”, or a role, such as “minister”. ' : 'No one yet: the library has no quotations. '}
          {query ? (
            <Link prefetch={false} href="/people" className="underline underline-offset-2">
              Show everyone
            </Link>
          ) : null}
        </p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="people-list">
          {people.map((person) => (
            <li key={person.id} className="rounded-lg border border-stone-200 bg-white px-4 py-2">
              <Link prefetch={false} href={`/people/${person.id}`} className="inline-flex min-h-11 items-center text-lg font-semibold underline-offset-2 hover:underline">
                {person.name}
              </Link>
              <p className="text-sm text-stone-700">
                {person.role ?? 'Role not given'} ·{' '}
                {person.quoteCount ? `${person.quoteCount} ${person.quoteCount === 1 ? 'quotation' : 'quotations'}` : 'not quoted'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
