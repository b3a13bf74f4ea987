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
 * isSharedPage('/library/everyone') // true
 * isSharedPage('/sets') // false
 */
export function isSharedPage(path: string | undefined): boolean {
  if (!path) return false;
  const pathname = path.split('?', 1)[0]!.replace(/\/$/, '') || '/';
  return SHARED_PAGE_PATHS.some((shared) => pathname === shared || pathname === `${shared}/${LIBRARY_EDITION}`);
}
