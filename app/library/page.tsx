import type { Metadata } from 'next';
import { requireCaller } from '@/app/_lib/caller';
import { getDb } from '@/db/client';
import { listArticles } from '@/db/queries/articles';
import { ArticleCard } from '@/components/article-card';

export const metadata: Metadata = { title: 'Article library' };

export default async function LibraryPage() {
  const caller = await requireCaller();
  const articles = await listArticles(await getDb(), caller);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-extrabold tracking-tight">Article library</h1>
      {articles.length === 0 ? (
        <p className="text-stone-600">No articles yet. Run `npm run content:import` to load the library.</p>
      ) : (
        <div className="flex flex-col gap-3">
          {articles.map((article) => (
            <ArticleCard key={article.slug} slug={article.slug} title={article.title} outlet={article.outlet} preview={article.preview} copyOf={article.copyOf} isUpload={article.origin === 'upload'} />
          ))}
        </div>
      )}
    </div>
  );
}
