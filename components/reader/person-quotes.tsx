import Link from 'next/link';
import type { PersonQuoteDto } from '@/db/queries/people';
import { citeHref } from '@/lib/reader/cite';

/** A person's quotations, article by article, each linking to its sentence; a disputed one says so. */
export function PersonQuotes({ quotes, from }: { quotes: PersonQuoteDto[]; from: string }) {
  const articles = [...new Map(quotes.map((q) => [q.slug, q.label])).entries()];
  return (
    <div className="flex flex-col gap-4">
      {articles.map(([slug, label]) => (
        <section key={slug} aria-labelledby={`from-${slug}`} className="flex flex-col gap-2">
          <h3 id={`from-${slug}`} className="font-semibold">
            {label}
          </h3>
          <ul className="flex flex-col gap-2">
            {quotes
              .filter((q) => q.slug === slug)
              .map((q) => (
                <li key={q.id} className="rounded-md border border-stone-200 bg-white p-3" data-testid="person-quote">
                  <blockquote className="font-serif">“{q.text}”</blockquote>
                  <div className="flex flex-wrap gap-x-4 text-sm">
                    <Link prefetch={false} href={citeHref(q.slug, q.range, from)} className="inline-flex min-h-11 items-center underline underline-offset-2">
                      Read it in the article
                    </Link>
                    {q.disputes.map((d) => (
                      <Link key={d.id} href={`/conflicts/${d.id}`} className="inline-flex min-h-11 items-center text-red-800 underline underline-offset-2">
                        Disputed: {d.about}
                      </Link>
                    ))}
                  </div>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
