import { describe, expect, it } from 'vitest';
import { readSessionCookie, sessionCookieName } from '@/lib/auth/session-cookie';

const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
  getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
});

describe('readSessionCookie', () => {
  it('reads the name Auth.js uses for the scheme, and only that one', () => {
    expect(sessionCookieName(false)).toBe('authjs.session-token');
    expect(readSessionCookie(jar({ 'authjs.session-token': 'abc' }), false)).toEqual({ name: 'authjs.session-token', value: 'abc' });
    // Over HTTPS a cookie without the __Secure- prefix could have been planted by a neighbour: ignored.
    expect(readSessionCookie(jar({ 'authjs.session-token': 'abc' }), true)).toBeNull();
    expect(readSessionCookie(jar({ '__Secure-authjs.session-token': 'def' }), true)).toEqual({ name: '__Secure-authjs.session-token', value: 'def' });
  });

  it('joins a cookie Auth.js split into chunks, in order', () => {
    expect(readSessionCookie(jar({ 'authjs.session-token.1': 'B', 'authjs.session-token.0': 'A', 'authjs.session-token.x': 'Z' }), false)).toEqual({ name: 'authjs.session-token', value: 'AB' });
    expect(readSessionCookie(jar({ other: '1' }), false)).toBeNull();
  });
});
