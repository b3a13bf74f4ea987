import Link from 'next/link';
import type { ConflictClaimDto } from '@/db/queries/conflicts';
import { citeHref } from '@/lib/reader/cite';

/** One report's side: what it says, in its own sentence with the disputed words marked, and the way to read it there. */
export function ConflictClaim({ claim, from }: { claim: ConflictClaimDto; from: string }) {
  const { sentence, words } = claim;
  const inside = words.start >= 0 && words.end <= sentence.length && words.end > words.start;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="conflict-claim">
      <p className="text-sm font-semibold">
        {claim.label}
        {claim.copyRole ? (
          <span className={`ml-2 rounded-full px-2 py-0.5 text-xs ${claim.copyRole === 'original' ? 'bg-emerald-100 text-emerald-900' : 'bg-red-100 text-red-900'}`}>
            {claim.copyRole === 'original' ? 'Original' : 'Copy'}
          </span>
        ) : null}
      </p>
      <p>
        Says: <strong>{claim.says}</strong>
      </p>
      <blockquote className="border-l-4 border-stone-300 pl-3 font-serif">
        {inside ? (
          <>
            {sentence.slice(0, words.start)}
            <mark className="rounded-sm bg-yellow-200 text-stone-950">{sentence.slice(words.start, words.end)}</mark>
            {sentence.slice(words.end)}
          </>
        ) : (
          sentence
        )}
      </blockquote>
      <Link href={citeHref(claim.slug, claim.range, from)} className="inline-flex min-h-11 items-center text-sm font-medium underline underline-offset-2">
        Read it in the article
      </Link>
    </li>
  );
}
