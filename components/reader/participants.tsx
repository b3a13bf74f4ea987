import Link from 'next/link';

/** Who took part: people link to their page in Who's who; countries and groups are plain words. */
export function Participants({ participants }: { participants: { name: string; personId: string | null }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-3">
      {participants.map((p) => (
        <li key={p.name}>
          {p.personId ? (
            <Link prefetch={false} href={`/people/${p.personId}`} className="inline-flex min-h-11 items-center underline underline-offset-2">
              {p.name}
            </Link>
          ) : (
            <span className="inline-flex min-h-11 items-center">{p.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
