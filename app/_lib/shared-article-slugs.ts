/**
 * The folder articles' slugs, which the proxy and the socket hook read to send `/articles/<slug>` to its one
 * rendering for everyone (lib/http/shared-pages.ts). Filled in at start (instrumentation.ts), after an import
 * in this process, and whenever the library page is rendered (at most every 30 s, so an import run by another
 * process reaches it). Until a slug is here its article is drawn per request, which is slower but the same page.
 *
 * On globalThis: the proxy, the route handlers, the pages and instrumentation are bundled apart, and all run
 * in this one process. No `server-only`: the proxy imports it.
 */
const holder = globalThis as typeof globalThis & { __citedSharedArticleSlugs?: ReadonlySet<string> };

export function sharedArticleSlugs(): ReadonlySet<string> {
  return holder.__citedSharedArticleSlugs ?? new Set();
}

/** Replaces the set with the slugs of the articles every reader's library holds (listArticles for EVERYONE). */
export function publishSharedArticleSlugs(articles: readonly { slug: string; origin: string }[]): void {
  holder.__citedSharedArticleSlugs = new Set(articles.filter((article) => article.origin === 'folder').map((article) => article.slug));
}
