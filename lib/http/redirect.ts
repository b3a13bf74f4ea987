/**
 * A same-site path to send someone after signing in, or null. Only a path on this site is accepted
 * ("/classes/42?tab=results"), never another origin, a protocol-relative "//evil.example" or a
 * backslash trick, so a crafted sign-in link cannot forward the user elsewhere.
 *
 * @example
 * safeRedirectPath('/assignments/7') // '/assignments/7'
 * safeRedirectPath('http://127.0.0.1:3000/library', 'http://127.0.0.1:3000') // '/library'
 * safeRedirectPath('//evil.example/x') // null
 */
export function safeRedirectPath(value: unknown, ownOrigin?: string): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null;
  let candidate = value;
  if (ownOrigin && /^https?:\/\//i.test(candidate)) {
    try {
      const url = new URL(candidate);
      if (url.origin !== new URL(ownOrigin).origin) return null;
      candidate = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return null;
    }
  }
  if (!candidate.startsWith('/') || candidate.startsWith('//') || /[\\\u0000-\u001F\u007F]/.test(candidate)) return null;
  try {
    // Resolved against a dummy origin: anything that escapes it is not a plain path.
    const resolved = new URL(candidate, 'http://cited.invalid');
    if (resolved.origin !== 'http://cited.invalid') return null;
    const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
    // The sign-in and sign-up pages are no destination after signing in.
    return /^\/(signin|signup)(\/|\?|#|$)/.test(path) ? null : path;
  } catch {
    return null;
  }
}
