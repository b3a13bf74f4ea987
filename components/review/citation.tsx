import Link from 'next/link';
import type { CitationDto } from '@/db/queries/review';

/** The cited sentence in its paragraph, named by headline, with a link to read it in the article. */
export function Citation({ citation }: { citation: CitationDto }) {
  return (
    <figure className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm">
      <blockquote className="font-serif leading-relaxed text-stone-800">
        {citation.before}
        <mark className="rounded bg-amber-200 px-0.5 text-stone-950">{citation.sentence}</mark>
        {citation.after}
      </blockquote>
      <figcaption className="mt-1 text-stone-700">
        —{' '}
        <Link prefetch={false} href={`/articles/${citation.articleSlug}?cite=${citation.start}-${citation.end}#cited`} className="underline underline-offset-2">
          {citation.articleTitle}
        </Link>
        {citation.outlet ? ` (${citation.outlet})` : ''}
      </figcaption>
    </figure>
  );
}
