/**
 * Whether a state-changing request comes from this site's own pages. Route handlers get no CSRF protection
 * from Next.js (server actions do), so they call this: a missing Origin is refused too, since every browser
 * that matters sends one on POST.
 *
 * @example
 * isSameOriginRequest({ origin: 'https://cited.app', host: 'cited.app' }) // true
 * isSameOriginRequest({ origin: null, host: 'cited.app' }) // false
 */
export function isSameOriginRequest(headers: { origin: string | null; host: string | null }): boolean {
  if (!headers.origin || !headers.host) return false;
  try {
    return new URL(headers.origin).host.toLowerCase() === headers.host.toLowerCase();
  } catch {
    return false;
  }
}
