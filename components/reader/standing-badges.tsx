import { TriangleAlert } from 'lucide-react';
import type { ArticleStandingDto } from '@/db/queries/conflicts';

const BADGE = 'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold';

/**
 * The library's marks on an article: the report that disagrees with the others, the original of a copy
 * (the card itself names a copy's original), and how many disagreements it takes part in. Words, not links: the card's one link is its
 * headline, and the article's page links to the comparisons.
 */
export function StandingBadges({ standing }: { standing: ArticleStandingDto }) {
  const badges = [
    standing.disagreesWithOthers ? (
      <span key="odd" className={`${BADGE} bg-red-100 text-red-900`}>
        <TriangleAlert aria-hidden="true" className="size-3.5" />
        Disagrees with the other reports
      </span>
    ) : null,
    standing.originalOf.length ? <span key="original" className={`${BADGE} bg-emerald-100 text-emerald-900`}>Original</span> : null,
    standing.conflicts && !standing.disagreesWithOthers ? (
      <span key="count" className={`${BADGE} bg-amber-100 text-amber-950`}>
        {standing.conflicts} {standing.conflicts === 1 ? 'disagreement' : 'disagreements'} with other reports
      </span>
    ) : null,
  ].filter(Boolean);
  if (badges.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap gap-1.5" data-testid="standing-badges">
      {badges}
    </p>
  );
}
