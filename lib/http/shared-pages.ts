/**
 * The pages rendered once and served to every signed-in reader from Next's cache (app/(shared)): the library
 * and each folder article. They carry no per-request nonce: the proxy leaves their Content-Security-Policy to
 * the socket hook, which allows exactly the inline scripts of the cached HTML by their hashes
 * (app/_lib/shared-page-policy.ts).
 */
export const SHARED_PAGE_PATHS: readonly string[] = ['/library'];

/** The one value of the library page's route parameter: `/library` is rewritten to `/library/everyone`. */
export const LIBRARY_EDITION = 'everyone';

/** The last segment of a folder article's one rendering: `/articles/<slug>` is rewritten to `/articles/<slug>/everyone`. */
export const ARTICLE_EDITION = 'everyone';

/**
 * The request header the proxy sets on a folder article's request, on which next.config.mjs rewrites
 * `/articles/<slug>` to `/articles/<slug>/everyone` (and removes from every other page's request).
 */
export const SHARED_ARTICLE_HEADER = 'x-cited-shared-article';

const ARTICLE_PATH = /^\/articles\/([^/]+)$/;
const UNDER_ARTICLE = /^\/articles\/[^/]+\/everyone(\/|$)/;

/**
 * Where a request for a shared page is rendered, or null when it is rendered per request. An article is
 * shared when its slug is one of the folder articles (`articleSlugs`, which the server learns at start and at
 * each import) and the address asks for no cited sentence: a `?cite=` view, an upload, a retired article or a
 * slug the server does not know yet is drawn per request, as before.
 *
 * @example
 * sharedPageOf('/articles/moon-landing', new Set(['moon-landing'])) // '/articles/moon-landing/everyone'
 * sharedPageOf('/articles/moon-landing?cite=10-40', new Set(['moon-landing'])) // null
 */
export function sharedPageOf(path: string | undefined, articleSlugs: ReadonlySet<string>): string | null {
  const [pathname, query] = splitPath(path);
  if (SHARED_PAGE_PATHS.includes(pathname)) return `${pathname}/${LIBRARY_EDITION}`;
  const slug = ARTICLE_PATH.exec(pathname)?.[1];
  if (!slug || !articleSlugs.has(slug) || new URLSearchParams(query).has('cite')) return null;
  return `/articles/${slug}/${ARTICLE_EDITION}`;
}

/**
 * Whether a request path (with or without its query) is one of the shared pages.
 *
 * @example
 * isSharedPage('/library?x=1', new Set()) // true
 * isSharedPage('/sets', new Set()) // false
 */
export function isSharedPage(path: string | undefined, articleSlugs: ReadonlySet<string> = new Set()): boolean {
  return sharedPageOf(path, articleSlugs) !== null;
}

/**
 * Whether a path is under a shared page's rendering (`/library/everyone`, `/library/anything`,
 * `/articles/x/everyone`). Only the rewrites reach those; asked for directly, each made-up name would be
 * rendered and cached as a page of its own, so the proxy answers 404.
 *
 * @example
 * isUnderSharedPage('/library/everyone') // true
 * isUnderSharedPage('/articles/x/questions') // false
 */
export function isUnderSharedPage(path: string | undefined): boolean {
  const [pathname] = splitPath(path);
  return SHARED_PAGE_PATHS.some((shared) => pathname.startsWith(`${shared}/`)) || UNDER_ARTICLE.test(pathname);
}

function splitPath(path: string | undefined): [pathname: string, query: string] {
  const text = path ?? '';
  const at = text.indexOf('?');
  const pathname = (at === -1 ? text : text.slice(0, at)).replace(/(.)\/$/, '$1');
  return [pathname, at === -1 ? '' : text.slice(at + 1)];
}
