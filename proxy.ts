import NextAuth from 'next-auth';
import { authConfig } from './auth.config';

const { auth } = NextAuth(authConfig);

/**
 * Early redirect for signed-out visitors (`authorized` in auth.config.ts decides).
 * Not a security boundary: the data-access layer checks every call.
 */
export const proxy = auth(() => undefined);

export const config = {
  // api/health and api/internal answer machines, not people: they check their own credentials (a token).
  matcher: ['/((?!api/auth|api/health|api/internal|_next/static|_next/image|favicon.ico|.*\\.png$).*)'],
};
