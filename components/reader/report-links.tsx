import Link from 'next/link';
import type { DisputeDto, ReportLink } from '@/db/queries/facts';
import { citeHref } from '@/lib/reader/cite';

const hrefOf = (link: ReportLink, from: string) => (link.range ? citeHref(link.slug, link.range, from) : `/articles/${link.slug}`);

/** The other reports that give the same fact (their words may differ: see the disagreements), each linking to its sentence. */
export function Echoes({ echoes, from }: { echoes: ReportLink[]; from: string }) {
  if (echoes.length === 0) return <p className="text-sm text-stone-600">No other report in the library gives this.</p>;
  return (
    <div className="text-sm">
      <h3 className="font-semibold">Also reported in</h3>
      <ul className="mt-1 flex flex-col">
        {echoes.map((echo) => (
          <li key={echo.slug}>
            <Link prefetch={false} href={hrefOf(echo, from)} className="inline-flex min-h-11 items-center underline underline-offset-2">
              {echo.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where reports disagree about this fact: what each says, with its sentence, and the full comparison. */
export function Disputes({ disputes, from }: { disputes: DisputeDto[]; from: string }) {
  if (disputes.length === 0) return null;
  return (
    <div className="text-sm">
      <h3 className="font-semibold">Reports disagree</h3>
      {disputes.map((dispute) => (
        <div key={dispute.conflictId} className="mt-1 rounded-md border border-red-200 bg-red-50 p-2">
          <p>{dispute.about}</p>
          <ul className="mt-1 flex flex-col">
            {dispute.claims.map((claim) => (
              <li key={`${claim.slug}-${claim.range?.start}`}>
                {claim.isHere ? (
                  <span className="inline-flex min-h-11 items-center">This report: {claim.says}</span>
                ) : (
                  <Link prefetch={false} href={hrefOf(claim, from)} className="inline-flex min-h-11 items-center underline underline-offset-2">
                    {claim.label}: {claim.says}
                  </Link>
                )}
              </li>
            ))}
          </ul>
          <Link prefetch={false} href={`/conflicts/${dispute.conflictId}`} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
            Compare the reports side by side
          </Link>
        </div>
      ))}
    </div>
  );
}
