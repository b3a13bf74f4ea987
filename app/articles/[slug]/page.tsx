import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { getArticle } from '@/db/queries/articles';
import { articleCardCount } from '@/db/queries/cards';
import { getReaderFacts } from '@/db/queries/facts';
import { AddToFlashcardsButton } from '@/components/flashcards/add-to-flashcards-button';
import { StartQuizButton } from '@/components/quiz/start-quiz-button';
import { ArticleBody } from '@/components/reader/article-body';
import { ArticleHeader } from '@/components/reader/article-header';
import { CitationBar } from '@/components/reader/citation-bar';
import { factLooks, panelIdOf } from '@/components/reader/fact-looks';
import { FigurePanel } from '@/components/reader/figure-panel';
import { HighlightKey } from '@/components/reader/highlight-key';
import { MeetingPanel } from '@/components/reader/meeting-panel';
import { QuotePanel } from '@/components/reader/quote-panel';
import { TapToOpen } from '@/components/reader/tap-to-open';
import type { Mark } from '@/lib/reader/marks';
import { citedRangeSchema, returnPathSchema } from '@/lib/validation/reader';
import { libraryAudienceKey } from '@/db/queries/visibility';
import { sharedLibraryData } from '@/app/_lib/shared-library';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The article and its facts, the same for everyone with the same library: built once and shared (see
 * app/_lib/shared-library.ts). Metadata and the page ask for it once per request; an article the caller may
 * not read is a miss (null).
 */
const loadArticle = cache(async (slug: string) => {
  const db = getDb();
  const caller = await requireCaller();
  return sharedLibraryData(`article:${slug}:${await libraryAudienceKey(db, caller)}`, async () => {
    const article = await getArticle(db, caller, slug);
    const facts = article ? await getReaderFacts(db, caller, article.id) : null;
    return article && facts ? { article, facts } : null;
  });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return { title: article?.article.title ?? 'Article not found' };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const caller = await requireCaller();
  const { slug } = await params;
  const loaded = await loadArticle(slug);
  if (!loaded) notFound();
  const { article, facts } = loaded;
  const query = await searchParams;
  const cited = citedRangeSchema.safeParse(query.cite);
  const from = returnPathSchema.safeParse(query.from);
  const { marks, looks } = factLooks(facts);
  const allMarks: Mark[] = cited.success ? [{ id: 'cited', kind: 'cited', ...cited.data }, ...marks] : marks;
  // Links out of a panel come back to this article, at the fact they left from.
  const backHere = (range: { start: number; end: number }) => `/articles/${article.slug}?cite=${range.start}-${range.end}#cited`;
  return (
    <article className={`flex flex-col gap-4 ${cited.success ? 'pb-20' : ''}`}>
      <ArticleHeader article={article} standing={facts.standing} isTeacher={caller.role === 'teacher'}>
        {caller.role === 'student' ? (
          <div className="flex flex-wrap gap-2" data-testid="study-actions">
            <StartQuizButton label="Quiz me on this" target={{ source: 'article', articleSlug: article.slug }} />
            <AddToFlashcardsButton slug={article.slug} cardsAlready={await articleCardCount(getDb(), caller, article.id)} />
          </div>
        ) : null}
      </ArticleHeader>
      {marks.length ? <HighlightKey /> : null}
      <ArticleBody body={article.body} marks={allMarks} looks={looks} />
      <TapToOpen containerId="article-body" />
      <div>
        {facts.quotes.map((q) => (
          <QuotePanel key={q.id} quote={q} panelId={panelIdOf(q.id)} from={backHere(q.sentence)} />
        ))}
        {facts.meetings.map((m) => (m.range ? <MeetingPanel key={m.id} meeting={m} panelId={panelIdOf(m.id)} from={backHere(m.sentence)} /> : null))}
        {facts.figures.map((f) => (
          <FigurePanel key={f.id} figure={f} panelId={panelIdOf(f.id)} from={backHere(f.sentence)} />
        ))}
      </div>
      {cited.success ? <CitationBar from={from.success ? from.data : null} /> : null}
    </article>
  );
}
