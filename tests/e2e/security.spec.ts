import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { uniqueLogin } from './helpers';
import { BASE_URL, callAction, newClient, sessionCookie, STACK_TRACE } from './support/http';
import { actionNamed, appRoutes, routePath, serverActions } from './support/next-build';

// HTTP-level checks of issue #17 against the production build, from one machine, as an attacker would.

const PASSWORD = 'a long enough passphrase';

function classify(body: string): 'wrong' | 'throttled' | 'other' {
  if (body.includes('That sign-in did not work')) return 'wrong';
  if (body.includes('Too many failed attempts')) return 'throttled';
  return 'other';
}

/** A fresh student, signed up (and so signed in) through the sign-up action. */
async function signedUpStudent(client: APIRequestContext, displayName: string): Promise<string> {
  const login = uniqueLogin('stu');
  const response = await callAction(client, actionNamed('signUpAction'), { role: 'student', displayName, login, password: PASSWORD, classCode: '' });
  expect(response.status()).toBeLessThan(400);
  expect(await sessionCookie(client)).toBeTruthy();
  return login;
}

test.describe('sign-in throttle', () => {
  test('a new X-Forwarded-For on every try buys no new guesses', async ({ playwright }) => {
    const client = await newClient(playwright);
    const signIn = actionNamed('signInAction');
    const login = uniqueLogin('spoof');
    const answers: string[] = [];
    for (let i = 0; i < 8; i++) {
      const spoofed = { 'X-Forwarded-For': `203.0.113.${i + 1}`, 'X-Real-IP': `198.51.100.${i + 1}`, Forwarded: `for=192.0.2.${i + 1}` };
      answers.push(classify(await (await callAction(client, signIn, { login, password: `wrong guess ${i}` }, spoofed)).text()));
    }
    expect(answers).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled', 'throttled', 'throttled']);
  });

  test('of sixty wrong passwords sent at once, five are checked and the rest throttled', async ({ playwright }) => {
    const client = await newClient(playwright);
    const signIn = actionNamed('signInAction');
    const login = uniqueLogin('crowd');
    const bodies = await Promise.all(Array.from({ length: 60 }, (_, i) => callAction(client, signIn, { login, password: `wrong guess ${i}` }).then((r) => r.text())));
    const answers = bodies.map(classify);
    expect(answers.filter((a) => a === 'wrong')).toHaveLength(5);
    expect(answers.filter((a) => a === 'throttled')).toHaveLength(55);
  });
});

test.describe('sessions', () => {
  test('a signed-out token is refused by every page, action and route, and never renewed', async ({ playwright }) => {
    const owner = await newClient(playwright);
    const name = `Copied ${uniqueLogin('n')}`;
    await signedUpStudent(owner, name);
    const copy = (await sessionCookie(owner))!;
    const asCopy = await newClient(playwright, { Cookie: `authjs.session-token=${copy}` });
    expect(await (await asCopy.get('/api/auth/session')).json()).toMatchObject({ user: { name } });

    // Signing out through Auth.js's own endpoint revokes the session, not only this cookie.
    const { csrfToken } = (await (await owner.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const signOut = await owner.post('/api/auth/signout', { form: { csrfToken }, headers: { Origin: BASE_URL } });
    expect(signOut.status()).toBe(302);

    const session = await asCopy.get('/api/auth/session');
    expect(await session.json()).toBeNull();
    const renewed = session.headers()['set-cookie'] ?? '';
    expect(renewed).not.toMatch(/authjs\.session-token=[^;\s]/);

    for (const page of appRoutes().pages.map((p) => routePath(p))) {
      const response = await asCopy.get(page);
      expect(response.status(), page).toBeLessThan(500);
      expect(await response.text(), page).not.toContain(name);
    }
    for (const action of serverActions()) {
      const response = await callAction(asCopy, action, { name: 'x', displayName: 'x', current: 'x', next: 'a new passphrase!' });
      const body = await response.text();
      expect(response.status(), action.name).toBeLessThan(500);
      expect(body, action.name).not.toContain(name);
    }
    for (const handler of appRoutes().handlers.map((h) => routePath(h, 'session'))) {
      for (const method of ['GET', 'POST']) {
        const response = await asCopy.fetch(handler, { method, headers: { Origin: BASE_URL }, failOnStatusCode: false });
        expect(response.status(), `${method} ${handler}`).toBeLessThan(500);
        expect(await response.text(), `${method} ${handler}`).not.toContain(name);
      }
    }
    const account = await asCopy.get('/account');
    expect(account.status()).toBe(307);
    expect(account.headers().location).toMatch(/\/signin/);
  });

  test('signing out from the app revokes copies of the cookie too', async ({ playwright }) => {
    const owner = await newClient(playwright);
    const name = `Leaving ${uniqueLogin('n')}`;
    await signedUpStudent(owner, name);
    const copy = (await sessionCookie(owner))!;
    await callAction(owner, actionNamed('signOutAction'), {});
    const asCopy = await newClient(playwright, { Cookie: `authjs.session-token=${copy}` });
    expect(await (await asCopy.get('/api/auth/session')).json()).toBeNull();
    expect((await asCopy.get('/account')).status()).toBe(307);
  });
});

test.describe('server actions refuse what a browser on this site would never send', () => {
  const signOutOf = () => actionNamed('signOutAction');
  const post = (client: APIRequestContext, headers: Record<string, string>, body: string | Buffer, contentType = 'text/plain;charset=UTF-8') =>
    client.post(signOutOf().path, { headers: { 'Next-Action': signOutOf().id, 'Content-Type': contentType, ...headers }, data: body, failOnStatusCode: false });

  test('403 without Origin, from another origin, cross-site, or behind a forged X-Forwarded-Host', async ({ playwright }) => {
    const client = await newClient(playwright);
    expect((await post(client, {}, '[]')).status()).toBe(403);
    expect((await post(client, { Origin: 'https://evil.example' }, '[]')).status()).toBe(403);
    expect((await post(client, { Origin: 'null' }, '[]')).status()).toBe(403);
    expect((await post(client, { Origin: BASE_URL, 'Sec-Fetch-Site': 'cross-site' }, '[]')).status()).toBe(403);
    expect((await post(client, { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' }, '[]')).status()).toBe(403);
    // Route handlers: the forged header does not make another origin look like ours either.
    const routed = await client.post('/api/auth/signout', { headers: { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' }, form: { csrfToken: 'x' }, failOnStatusCode: false });
    expect(routed.status()).toBe(403);
  });

  test('413 when oversized, 400 when malformed, and the real thing still works', async ({ playwright }) => {
    const client = await newClient(playwright);
    const same = { Origin: BASE_URL };
    expect((await post(client, same, `["${'x'.repeat(2 * 1024 * 1024)}"]`)).status()).toBe(413);
    expect((await post(client, same, '{{{not json')).status()).toBe(400);
    expect((await post(client, same, '["$@9"]')).status()).toBe(400);
    const boundary = '----cited';
    expect((await post(client, same, `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$@7"]\r\n--${boundary}--\r\n`, `multipart/form-data; boundary=${boundary}`)).status()).toBe(400);
    expect((await post(client, same, 'garbage without boundary', 'multipart/form-data; boundary=nope')).status()).toBe(400);
    const unknown = await client.post('/signin', { headers: { ...same, 'Next-Action': 'ab'.repeat(21), 'Content-Type': 'text/plain' }, data: '[]', failOnStatusCode: false });
    expect(unknown.status()).toBeGreaterThanOrEqual(400);
    expect(unknown.status()).toBeLessThan(500);
    expect((await post(client, same, '[]')).status()).toBeLessThan(400);
  });
});

test.describe('what comes back', () => {
  test('the password change never returns either password, and a 100 KB login is not echoed whole', async ({ playwright }) => {
    const client = await newClient(playwright);
    await signedUpStudent(client, 'Echo');
    const current = 'my wrong current passphrase';
    const next = 'my brand new passphrase';
    const changed = await callAction(client, actionNamed('changePasswordAction'), { current, next });
    const body = await changed.text();
    expect(body).toContain('That is not your current password.');
    expect(body).not.toContain(current);
    expect(body).not.toContain(next);

    const huge = 'x'.repeat(100_000);
    const signIn = await (await callAction(await newClient(playwright), actionNamed('signInAction'), { login: huge, password: 'whatever' })).text();
    const longestRun = Math.max(0, ...[...signIn.matchAll(/x+/g)].map((m) => m[0].length));
    expect(longestRun).toBeGreaterThan(0);
    expect(longestRun).toBeLessThanOrEqual(254);
  });

  test('a NUL in a name is a message on the form, never a 500', async ({ playwright }) => {
    const client = await newClient(playwright);
    const response = await callAction(client, actionNamed('signUpAction'), { role: 'student', displayName: 'Nul\u0000Name', login: uniqueLogin('nul'), password: PASSWORD, classCode: '' });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Remove the invisible control characters from this text.');
  });
});

test.describe('security headers', () => {
  const expectCommon = (response: APIResponse, where: string) => {
    const h = response.headers();
    expect(h['x-content-type-options'], where).toBe('nosniff');
    expect(h['referrer-policy'], where).toBe('same-origin');
    expect(h['strict-transport-security'], where).toMatch(/max-age=\d{7,}/);
    expect(h['permissions-policy'], where).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(h['content-security-policy'], where).toMatch(/frame-ancestors 'none'/);
    expect(h['x-powered-by'], where).toBeUndefined();
  };

  test('pages carry a fresh nonce-based policy that their own scripts match', async ({ playwright }) => {
    const client = await newClient(playwright);
    const nonces = new Set<string>();
    const redirect = await client.get('/no-such-page');
    expect(redirect.status()).toBe(307);
    expectCommon(redirect, 'the proxy’s redirect');
    for (const path of ['/', '/signin', '/signup', '/invite/not-a-token']) {
      const response = await client.get(path, { failOnStatusCode: false });
      expectCommon(response, path);
      const policy = response.headers()['content-security-policy']!;
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
      expect(policy).not.toMatch(/script-src[^;]*unsafe/);
      nonces.add(nonce!);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(4);
  });

  test('route handlers and static files carry them too', async ({ playwright }) => {
    const client = await newClient(playwright);
    for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers']) {
      const response = await client.get(path, { failOnStatusCode: false });
      expectCommon(response, path);
      expect(response.headers()['content-security-policy']).toMatch(/default-src 'none'/);
    }
    const html = await (await client.get('/signin')).text();
    const assets = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s>]+\.(?:js|css)/g)].map((m) => m[0]))];
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets.slice(0, 3)) {
      const response = await client.get(asset);
      expect(response.status()).toBe(200);
      expectCommon(response, asset);
    }
  });
});

test('responses never carry a stack trace', async ({ playwright }) => {
  const client = await newClient(playwright);
  for (const path of ['/articles/%00', '/classes/%E0%A4%A', '/invite/%00%00', '/signin?callbackUrl=%00', '/library?cite=9999999-1']) {
    const response = await client.get(path, { failOnStatusCode: false });
    expect(response.status(), path).toBeLessThan(500);
    expect(await response.text(), path).not.toMatch(STACK_TRACE);
  }
});
