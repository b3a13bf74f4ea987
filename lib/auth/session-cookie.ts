type CookieReader = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

/**
 * The session cookie's name as Auth.js writes it: with the `__Secure-` prefix when the site is served over
 * HTTPS. The proxy (presence check) and app/_lib/caller.ts (decoding) read the same name.
 *
 * @example
 * sessionCookieName(true) // '__Secure-authjs.session-token'
 */
export function sessionCookieName(isSecure: boolean): string {
  return `${isSecure ? '__Secure-' : ''}authjs.session-token`;
}

/**
 * The session cookie's value, joined back together when Auth.js had to split it into chunks (`name.0`,
 * `name.1`…), or null when the browser sent none.
 *
 * @example
 * const jar = new Map([['authjs.session-token', { value: 'abc' }]]);
 * readSessionCookie({ get: (n) => jar.get(n), getAll: () => [] }, false) // { name: 'authjs.session-token', value: 'abc' }
 */
export function readSessionCookie(cookies: CookieReader, isSecure: boolean): { name: string; value: string } | null {
  const name = sessionCookieName(isSecure);
  const whole = cookies.get(name)?.value;
  if (whole) return { name, value: whole };
  const chunkIndex = (cookieName: string) => (cookieName.startsWith(`${name}.`) && /^\d{1,2}$/.test(cookieName.slice(name.length + 1)) ? Number(cookieName.slice(name.length + 1)) : -1);
  const chunks = cookies
    .getAll()
    .filter((c) => chunkIndex(c.name) >= 0 && c.value)
    .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name));
  return chunks.length ? { name, value: chunks.map((c) => c.value).join('') } : null;
}
