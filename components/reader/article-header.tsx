import Link from 'next/link';
import type { ArticleStandingDto } from '@/db/queries/conflicts';
import { formatDate } from '@/lib/reader/dates';
import { StandingNote } from './standing-note';

type Props = {
  article: { slug: string; title: string; outlet: string | null; publishedOn: string | null };
  standing: ArticleStandingDto | null;
  isTeacher: boolean;
  /** What the reader can do with the article (study buttons), under the headline. */
  children?: React.ReactNode;
};

/** Headline, outlet and date (when known), how the report stands against the others, and the teacher's way to its questions. */
export function ArticleHeader({ article, standing, isTeacher, children }: Props) {
  return (
    <header className="flex flex-col gap-2">
      <h1 className="text-2xl leading-tight font-bold">{article.title}</h1>
      <p className="text-sm text-stone-600">
        <span className="font-medium tracking-wide uppercase">{article.outlet ?? 'Outlet not stated'}</span>
        {article.publishedOn ? <> · <time dateTime={article.publishedOn}>{formatDate(article.publishedOn)}</time></> : null}
      </p>
      {children}
      {standing ? <StandingNote slug={article.slug} standing={standing} /> : null}
      {isTeacher ? (
        <Link href={`/review?article=${article.slug}`} className="inline-flex min-h-11 items-center text-sm underline underline-offset-2">
          Review the questions generated from this article
        </Link>
      ) : null}
    </header>
  );
}
