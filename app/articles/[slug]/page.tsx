import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getArticle } from '@/db/queries/articles';
import { articleCardCount } from '@/db/queries/cards';
import { StartQuizButton } from '@/components/quiz/start-quiz-button';
import { AddToFlashcardsButton } from '@/components/flashcards/add-to-flashcards-button';
import { splitParagraphs } from '@/lib/reader/paragraphs';
import { citedRangeSchema } from '@/lib/validation/reader';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: 'Article' };

export default async function ArticlePage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  const { slug } = await params;
  const article = await getArticle(await getDb(), caller, slug);
  if (!article) notFound();
  const cited = citedRangeSchema.safeParse((await searchParams).cite);
  const paragraphs = splitParagraphs(article.body, cited.success ? cited.data : null);
  return (
    <article className="flex flex-col gap-4">
      <header>
        <h1 className="text-2xl leading-tight font-bold">{article.title}</h1>
        <p className="mt-1 text-xs tracking-wide text-stone-500 uppercase">{article.outlet ?? 'Outlet not stated'}</p>
        {caller.role === 'teacher' ? (
          <Link href={`/review?article=${article.slug}`} className="mt-2 inline-block text-sm underline">
            Review the questions generated from this article
          </Link>
        ) : (
          <div className="mt-3 flex flex-wrap gap-2" data-testid="study-actions">
            <StartQuizButton label="Quiz me on this" target={{ source: 'article', articleSlug: article.slug }} />
            <AddToFlashcardsButton slug={article.slug} cardsAlready={await articleCardCount(getDb(), caller, article.id)} />
          </div>
        )}
      </header>
      <div data-testid="article-body" className="flex flex-col gap-3 font-serif text-[1.05rem] leading-relaxed break-words">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.pieces.map((piece, index) =>
              piece.isCited ? (
                <mark key={index} id="cited" className="rounded px-0.5">
                  {piece.text}
                </mark>
              ) : (
                <span key={index}>{piece.text}</span>
              ),
            )}
          </p>
        ))}
      </div>
    </article>
  );
}
