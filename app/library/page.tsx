import type { Metadata } from 'next';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { sharedLibraryList } from '@/app/_lib/shared-library';
import { ArticleCard } from '@/components/article-card';
import { ExploreLinks } from '@/components/reader/explore-links';
import { StandingBadges } from '@/components/reader/standing-badges';

export const metadata: Metadata = { title: 'Article library' };

export default async function LibraryPage() {
  const caller = await requireCaller();
  const db = await getDb();
  // The same list for everyone with the same library: built once (see app/_lib/shared-library.ts).
  const { articles, standings } = await sharedLibraryList(db, caller);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-extrabold tracking-tight">Article library</h1>
      <ExploreLinks />
      {articles.length === 0 ? (
        <p className="text-stone-600">No articles yet. Run `npm run content:import` to load the library.</p>
      ) : (
        <div className="flex flex-col gap-3">
          {articles.map((article) => (
            <ArticleCard
              key={article.slug}
              slug={article.slug}
              title={article.title}
              outlet={article.outlet}
              preview={article.preview}
              copyOf={article.copyOf}
              isUpload={article.origin === 'upload'}
            >
              {standings.get(article.id) ? <StandingBadges standing={standings.get(article.id)!} /> : null}
            </ArticleCard>
          ))}
        </div>
      )}
    </div>
  );
}
