/**
 * Signs bench students in through the app's real sign-in (Auth.js credentials: CSRF token, then the callback),
 * once each and one after another, so that the load reuses real session cookies and never hammers sign-in.
 */

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0] as string);
}

/** The `Cookie` header of a signed-in session for `login`, or an error saying where sign-in stopped. */
export async function signIn(baseUrl: string, login: string, password: string): Promise<string> {
  const headers = { origin: baseUrl };
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf answered ${csrfResponse.status}`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error('GET /api/auth/csrf gave no token');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, cookie: cookiePairs(csrfResponse).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login, password, csrfToken, callbackUrl: `${baseUrl}/library` }),
  });
  await response.arrayBuffer();
  const session = cookiePairs(response).find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`signing in ${login} set no session cookie (status ${response.status}, location ${response.headers.get('location')})`);
  return session;
}

/** Session cookies for every login, signed in one after another. */
export async function signInAll(baseUrl: string, logins: readonly string[], password: string): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const login of logins) cookies.set(login, await signIn(baseUrl, login, password));
  return cookies;
}
