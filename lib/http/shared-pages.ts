/**
 * The pages rendered once and served to every signed-in reader from Next's cache (app/(shared)). They carry
 * no per-request nonce: the proxy leaves their Content-Security-Policy to the socket hook, which allows
 * exactly the inline scripts of the cached HTML by their hashes (app/_lib/shared-page-policy.ts).
 */
export const SHARED_PAGE_PATHS: readonly string[] = ['/library'];

/** The one value of the library page's route parameter: `/library` is rewritten to `/library/everyone`. */
export const LIBRARY_EDITION = 'everyone';

/**
 * Whether a request path (with or without its query) is one of the shared pages.
 *
 * @example
 * isSharedPage('/library?x=1') // true
 * isSharedPage('/sets') // false
 */
export function isSharedPage(path: string | undefined): boolean {
  return SHARED_PAGE_PATHS.includes(pathnameOf(path));
}

/**
 * Whether a path is under a shared page's rendering (`/library/everyone`, `/library/anything`). Only the
 * rewrite reaches those; asked for directly, each made-up name would be rendered and cached as a page of its
 * own, so the proxy answers 404.
 *
 * @example
 * isUnderSharedPage('/library/everyone') // true
 * isUnderSharedPage('/library') // false
 */
export function isUnderSharedPage(path: string | undefined): boolean {
  const pathname = pathnameOf(path);
  return SHARED_PAGE_PATHS.some((shared) => pathname.startsWith(`${shared}/`));
}

function pathnameOf(path: string | undefined): string {
  return (path ?? '').split('?', 1)[0]!.replace(/(.)\/$/, '$1');
}
