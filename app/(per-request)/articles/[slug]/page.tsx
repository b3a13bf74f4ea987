import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { articleCardProgress } from '@/db/queries/cards';
import { AddToFlashcardsButton } from '@/components/flashcards/add-to-flashcards-button';
import { StartQuizButton } from '@/components/quiz/start-quiz-button';
import { ARTICLE_BODY_CLASS, articleBodyHtml } from '@/components/reader/article-body';
import { ArticleHeader } from '@/components/reader/article-header';
import { CitationBar } from '@/components/reader/citation-bar';
import { SoftLinks } from '@/components/nav/soft-links';
import { HighlightKey } from '@/components/reader/highlight-key';
import { TapToOpen } from '@/components/reader/tap-to-open';
import { citedRangeSchema, returnPathSchema } from '@/lib/validation/reader';
import { sharedArticle } from '@/app/_lib/shared-library';
import { htmlOnceSource } from '@/components/ui/html-handoff';
import { HtmlOnce } from '@/components/ui/html-once';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The article, its facts and its HTML, the same for everyone with the same library: built once and shared
 * (see app/_lib/shared-library.ts). Metadata and the page ask for it once per request; an article the caller
 * may not read is a miss (null).
 */
const loadArticle = cache(async (slug: string) => sharedArticle(getDb(), await requireCaller(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return { title: article?.article.title ?? 'Article not found' };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  const { slug } = await params;
  const loaded = await loadArticle(slug);
  if (!loaded) notFound();
  const { article, facts, marks, looks, bodyHtml, panelsHtml } = loaded;
  const query = await searchParams;
  const cited = citedRangeSchema.safeParse(query.cite);
  const from = returnPathSchema.safeParse(query.from);
  // A cited sentence is drawn per request; without one, the body is the one built with the facts.
  const html = cited.success ? articleBodyHtml(article.body, [{ id: 'cited', kind: 'cited', ...cited.data }, ...marks], looks) : bodyHtml;
  // Sent once: as HTML in a document, in the payload of a client-side navigation (components/ui/html-once.tsx).
  const [body, panels] = await Promise.all([htmlOnceSource(html), htmlOnceSource(panelsHtml)]);
  return (
    <article className={`flex flex-col gap-4 ${cited.success ? 'pb-20' : ''}`}>
      <ArticleHeader article={article} standing={facts.standing} isTeacher={caller.role === 'teacher'}>
        {caller.role === 'student' ? (
          <div className="flex flex-wrap gap-2" data-testid="study-actions">
            <StartQuizButton label="Quiz me on this" target={{ source: 'article', articleSlug: article.slug }} />
            <AddToFlashcardsButton slug={article.slug} {...await cardCounts(caller, article.id)} />
          </div>
        ) : null}
      </ArticleHeader>
      {marks.length ? <HighlightKey /> : null}
      <HtmlOnce id="article-body" testId="article-body" className={ARTICLE_BODY_CLASS} {...body} />
      <TapToOpen containerId="article-body" />
      <HtmlOnce id="fact-panels" {...panels} />
      <SoftLinks containerId="fact-panels" />
      {cited.success ? <CitationBar from={from.success ? from.data : null} /> : null}
    </article>
  );
}

/** The student's cards of this article and how many of its questions they may study, as the button reads them. */
async function cardCounts(caller: Parameters<typeof articleCardProgress>[1], articleId: string) {
  const { have, total } = await articleCardProgress(getDb(), caller, articleId);
  return { cardsAlready: have, cardsInArticle: total };
}
