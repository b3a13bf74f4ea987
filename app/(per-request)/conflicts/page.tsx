import type { Metadata } from 'next';
import Link from 'next/link';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getConflictsOverview } from '@/db/queries/conflicts';
import { CONFLICT_KIND_LABELS, kindLabel } from '@/components/reader/conflict-kinds';
import { ExploreLinks } from '@/components/reader/explore-links';
import { StandingNote } from '@/components/reader/standing-note';
import { z } from 'zod';

export const metadata: Metadata = { title: 'Where the reports disagree' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const articleFilter = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);

/** Every disagreement between reports, by kind; `?article=` narrows it to one article's. */
export default async function ConflictsPage({ searchParams }: Props) {
  const caller = await requireCaller();
  const db = await getDb();
  const slug = articleFilter.safeParse((await searchParams).article).data;
  const { conflicts, standings } = await getConflictsOverview(db, caller, slug);
  const marked = [...standings.entries()].filter(([, s]) => s.disagreesWithOthers || s.copyOf);
  const filterLabel = slug ? conflicts.flatMap((c) => c.articles).find((a) => a.slug === slug)?.label : undefined;
  const kinds = Object.keys(CONFLICT_KIND_LABELS).filter((kind) => conflicts.some((c) => c.kind === kind));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Where the reports disagree</h1>
      <ExploreLinks current="/conflicts" />
      <p className="text-stone-700">When reports of one story say different things (another speaker, another date, a changed figure), Cited shows what each one says, side by side, in its own sentence.</p>
      {!slug && marked.length ? (
        <div className="flex flex-col gap-2">
          {marked.map(([id, standing]) => (
            <div key={id} className="flex flex-col gap-1">
              <p className="font-semibold">{standing.article.label}</p>
              <StandingNote slug={standing.article.slug} standing={standing} compact />
            </div>
          ))}
        </div>
      ) : null}
      {slug ? (
        <p>
          In {filterLabel ?? 'this article'}: {conflicts.length} {conflicts.length === 1 ? 'disagreement' : 'disagreements'}.{' '}
          <Link prefetch={false} href="/conflicts" className="underline underline-offset-2">
            Show all
          </Link>
        </p>
      ) : null}
      {conflicts.length === 0 ? <p>No disagreements: the reports in your library agree with each other.</p> : null}
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`} className="flex flex-col gap-2">
          <h2 id={`kind-${kind}`} className="text-xl font-semibold">
            {kindLabel(kind)}
          </h2>
          <ul className="flex flex-col gap-2">
            {conflicts
              .filter((c) => c.kind === kind)
              .map((c) => (
                <li key={c.id} className="rounded-lg border border-stone-200 bg-white px-4 py-2">
                  <Link prefetch={false} href={`/conflicts/${c.id}`} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
                    {c.about}
                  </Link>
                  <p className="text-sm text-stone-700">{c.articles.map((a) => a.label).join(' · ')}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
