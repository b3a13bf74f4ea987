import NextAuth from 'next-auth';
import { authConfig } from './auth.config';

const { auth } = NextAuth(authConfig);

/**
 * Early redirect for signed-out visitors (`authorized` in auth.config.ts decides).
 * Not a security boundary: the data-access layer checks every call.
 */
export const proxy = auth(() => undefined);

export const config = {
  // The service worker and the manifest are fetched by the browser itself, signed in or not: never redirect them.
  matcher: ['/((?!api/auth|_next/static|_next/image|favicon.ico|sw\\.js$|manifest\\.webmanifest$|.*\\.png$).*)'],
};
