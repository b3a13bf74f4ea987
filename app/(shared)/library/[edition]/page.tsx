import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getLibraryStandings } from '@/db/queries/conflicts';
import { listArticles } from '@/db/queries/articles';
import { EVERYONE } from '@/db/queries/users';
import { ArticleCard } from '@/components/article-card';
import { ExploreLinks } from '@/components/reader/explore-links';
import { StandingBadges } from '@/components/reader/standing-badges';
import { YourUploads } from '@/components/uploads/your-uploads';
import { LIBRARY_EDITION } from '@/lib/http/shared-pages';
import { publishSharedArticleSlugs } from '@/app/_lib/shared-article-slugs';

export const metadata: Metadata = { title: 'Article library' };

/*
 * Rendered once, on the first request after start or after an import (app/api/internal/import revalidates it),
 * and at most every 30 s so an import run by another process shows up; Next serves every other request from
 * its cache. /library is rewritten here (next.config.mjs): a page with a parameter is not prerendered at build,
 * when there may be no database yet.
 */
export const revalidate = 30;
export const dynamicParams = true;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

/**
 * The article library: the shared library as every reader sees it (EVERYONE reads no upload, class or
 * progress), so one rendering serves everyone. A reader's own and their classes' uploads come after load.
 */
export default async function LibraryPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== LIBRARY_EDITION) notFound();
  const db = await getDb();
  const [articles, standings] = await Promise.all([listArticles(db, EVERYONE), getLibraryStandings(db, EVERYONE)]);
  // The same list decides which article addresses the proxy sends to their one rendering.
  publishSharedArticleSlugs(articles);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-extrabold tracking-tight">Article library</h1>
      <ExploreLinks />
      <YourUploads />
      {articles.length === 0 ? (
        <p className="text-stone-600">No articles yet. Run `npm run content:import` to load the library.</p>
      ) : (
        <div className="flex flex-col gap-3">
          {articles.map((article) => (
            <ArticleCard key={article.slug} slug={article.slug} title={article.title} outlet={article.outlet} preview={article.preview} copyOf={article.copyOf}>
              {standings.get(article.id) ? <StandingBadges standing={standings.get(article.id)!} /> : null}
            </ArticleCard>
          ))}
        </div>
      )}
    </div>
  );
}
