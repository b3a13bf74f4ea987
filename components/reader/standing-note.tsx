import Link from 'next/link';
import { TriangleAlert } from 'lucide-react';
import type { ArticleStandingDto } from '@/db/queries/conflicts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * How an article stands against the other reports: the one that disagrees with the others is marked,
 * a copy names its original, and any disagreement links to the side-by-side comparison.
 */
export function StandingNote({ slug, standing, compact = false }: { slug: string; standing: ArticleStandingDto; compact?: boolean }) {
  if (standing.conflicts === 0 && !standing.copyOf && standing.originalOf.length === 0) return null;
  return (
    <div className={`flex flex-col gap-1 rounded-md text-sm ${compact ? 'p-2' : 'border p-3'} ${standing.disagreesWithOthers ? 'border-red-300 bg-red-50' : 'border-stone-200 bg-white'}`} data-testid="standing-note">
      {standing.disagreesWithOthers ? (
        <p className="flex items-start gap-1.5 font-semibold text-red-900">
          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          Disagrees with the other reports in {plural(standing.outvoted, 'place')}
        </p>
      ) : null}
      {standing.copyOf ? (
        <p>
          A copy of{' '}
          <Link prefetch={false} href={`/articles/${standing.copyOf.slug}`} className="underline underline-offset-2">
            {standing.copyOf.label}
          </Link>
          .
        </p>
      ) : null}
      {standing.originalOf.map((copy) => (
        <p key={copy.slug}>
          The original of{' '}
          <Link prefetch={false} href={`/articles/${copy.slug}`} className="underline underline-offset-2">
            {copy.label}
          </Link>
          .
        </p>
      ))}
      {standing.conflicts > 0 ? (
        <Link prefetch={false} href={`/conflicts?article=${slug}`} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
          See where the reports disagree ({plural(standing.conflicts, 'disagreement')})
        </Link>
      ) : null}
    </div>
  );
}
