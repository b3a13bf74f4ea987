import 'server-only';

/**
 * The library's shared data (the article list, an article with its facts), loaded once and served to every
 * reader who sees the same library. Callers key it by `libraryAudienceKey` (db/queries/visibility.ts), so a
 * student never gets a list built for a class they are not in. Pages cache data here, never the page: the
 * shell is rendered per request (it carries the CSP nonce and the caller's own parts). The store and its
 * invalidation are lib/cache/shared-data.ts, which the answer route's lookups share.
 */
export { invalidateSharedData as invalidateSharedLibrary, sharedData as sharedLibraryData } from '@/lib/cache/shared-data';
