import 'server-only';
import type { Db } from '@/db/client';
import { getArticle, listArticles } from '@/db/queries/articles';
import { getLibraryStandings } from '@/db/queries/conflicts';
import { getReaderFacts } from '@/db/queries/facts';
import { EVERYONE, type Caller } from '@/db/queries/users';
import { libraryAudienceKey } from '@/db/queries/visibility';
import { articleBodyHtml } from '@/components/reader/article-body';
import { factLooks } from '@/components/reader/fact-looks';
import { factPanelsHtml } from '@/components/reader/fact-panels-html';
import { sharedData } from '@/lib/cache/shared-data';
import { publishSharedArticleSlugs } from './shared-article-slugs';

/**
 * The library's shared data (the article list, an article with its facts and its HTML), loaded once and
 * served to every reader who sees the same library. Keyed by `libraryAudienceKey` (db/queries/visibility.ts),
 * so a student never gets a list or an upload built for a class they are not in. Pages cache data and HTML
 * strings here, never the page: the shell is rendered per request (it carries the CSP nonce and the caller's
 * own parts). The store and its invalidation are lib/cache/shared-data.ts, which the answer route's lookups
 * share; the import and uploads drop it at once, an import from another process within 30 s.
 */
export { invalidateSharedData as invalidateSharedLibrary, sharedData as sharedLibraryData } from '@/lib/cache/shared-data';

/** The library list and each article's standing, as the caller's audience sees them. */
export async function sharedLibraryList(db: Db, caller: Caller) {
  return sharedData(`library:${await libraryAudienceKey(db, caller)}`, async () => {
    const [articles, standings] = await Promise.all([listArticles(db, caller), getLibraryStandings(db, caller)]);
    return { articles, standings };
  });
}

/**
 * An article with its facts, its body as HTML without a cited sentence, and its fact panels as HTML: built
 * once per import for everyone with the same library. An article the caller may not read is a miss (null).
 */
export async function sharedArticle(db: Db, caller: Caller, slug: string) {
  return sharedData(`article:${slug}:${await libraryAudienceKey(db, caller)}`, async () => {
    const article = await getArticle(db, caller, slug);
    const facts = article ? await getReaderFacts(db, caller, article.id) : null;
    if (!article || !facts) return null;
    const { marks, looks } = factLooks(facts);
    return { article, facts, marks, looks, bodyHtml: articleBodyHtml(article.body, marks, looks), panelsHtml: factPanelsHtml(article.slug, facts) };
  });
}

/** Tells the proxy which articles now have a rendering for everyone (app/_lib/shared-article-slugs.ts). */
export async function refreshSharedArticleSlugs(db: Db): Promise<void> {
  publishSharedArticleSlugs((await sharedLibraryList(db, EVERYONE)).articles);
}
