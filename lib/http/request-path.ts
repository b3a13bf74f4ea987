/**
 * Whether a request target's path can be percent-decoded. Next.js answers a malformed escape in a dynamic
 * segment (`/invite/%E0%A4%A`, `/articles/%ff`) with a 500; it is the client's mistake, so a 400.
 *
 * @example
 * isDecodablePath('/articles/caf%C3%A9?x=%ff') // true (the query is the page's business)
 * isDecodablePath('/invite/%E0%A4%A') // false
 */
export function isDecodablePath(target: string | undefined): boolean {
  if (!target) return true;
  const path = target.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
