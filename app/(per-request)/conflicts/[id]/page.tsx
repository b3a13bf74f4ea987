import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getConflict } from '@/db/queries/conflicts';
import { ConflictClaim } from '@/components/reader/conflict-claim';
import { kindLabel } from '@/components/reader/conflict-kinds';
import { ExploreLinks } from '@/components/reader/explore-links';

type Props = { params: Promise<{ id: string }> };

const loadConflict = cache(async (id: string) => getConflict(await getDb(), await requireCaller(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const conflict = await loadConflict((await params).id);
  return { title: conflict ? `${kindLabel(conflict.kind)}: ${conflict.about}` : 'Not found' };
}

/** One disagreement: each report's claim side by side, in its own sentence, and which report is the original. */
export default async function ConflictPage({ params }: Props) {
  const conflict = await loadConflict((await params).id);
  if (!conflict) notFound();
  return (
    <div className="flex flex-col gap-4">
      <ExploreLinks />
      <header className="flex flex-col gap-1">
        <p className="text-sm font-semibold tracking-wide text-red-800 uppercase">{kindLabel(conflict.kind)}</p>
        <h1 className="text-2xl leading-tight font-bold">{conflict.about}</h1>
      </header>
      {conflict.reference ? (
        <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
          Cited’s list of people gives: <strong>{conflict.reference}</strong>
        </p>
      ) : null}
      {conflict.copies.map((c) => (
        <p key={c.copy.slug} className="text-sm text-stone-700">
          {c.copy.label} is a copy of {c.original.label}
          {c.basis === 'inferred' ? ' (same headline; the copy is the report that disagrees with the others)' : ''}.
        </p>
      ))}
      <ul className="grid gap-3 sm:grid-cols-2" aria-label="What each report says">
        {conflict.claims.map((claim) => (
          <ConflictClaim key={`${claim.slug}-${claim.range.start}`} claim={claim} from={`/conflicts/${conflict.id}`} />
        ))}
      </ul>
      <Link href="/conflicts" className="inline-flex min-h-11 items-center underline underline-offset-2">
        All the disagreements
      </Link>
    </div>
  );
}
