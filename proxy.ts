import NextAuth from 'next-auth';
import { authConfig } from './auth.config';

const { auth } = NextAuth(authConfig);

/**
 * Early redirect for signed-out visitors (`authorized` in auth.config.ts decides).
 * Not a security boundary: the data-access layer checks every call.
 */
export const proxy = auth(() => undefined);

export const config = {
  // api/bench/reference: the bench's bare reference route (404 unless CITED_BENCH_REFERENCE=1) must skip the proxy.
  matcher: ['/((?!api/auth|api/bench/reference|_next/static|_next/image|favicon.ico|.*\\.png$).*)'],
};
