import Link from 'next/link';
import { ExternalLink } from 'lucide-react';
import type { CitationDto } from '@/db/queries/answer-context';

/** The cited sentence, quoted, with a link that opens the article scrolled to it and highlighted. */
export function CitationQuote({ citation }: { citation: CitationDto }) {
  return (
    <figure className="flex flex-col gap-1.5">
      <blockquote className="border-l-4 border-cite bg-cite-soft/70 px-3 py-2 font-serif leading-relaxed">{citation.sentence}</blockquote>
      <figcaption className="text-sm">
        <Link prefetch={false} href={`/articles/${citation.articleSlug}?cite=${citation.start}-${citation.end}#cited`} className="inline-flex min-h-11 items-center gap-1 font-semibold text-accent-700 underline">
          Read it in “{citation.articleTitle}”
          <ExternalLink aria-hidden className="size-3.5" />
        </Link>
      </figcaption>
    </figure>
  );
}
