import type { NextAuthConfig } from 'next-auth';

/** Thirty days, renewed when the session is read through /api/auth/session. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * The part of the auth configuration that needs neither the database nor argon2. The proxy no longer
 * runs Auth.js at all (it only checks that a session cookie exists); every page and query checks the
 * caller through app/_lib/caller.ts.
 */
export const authConfig = {
  pages: { signIn: '/signin', error: '/signin' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // The Host and X-Forwarded-Host headers are trustworthy here: app/_lib/request-guard.ts drops a
  // client's own X-Forwarded-* unless CITED_TRUSTED_PROXY_HOPS says a proxy in front writes them.
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      session.user.id = String(token.uid ?? '');
      (session.user as { role?: unknown }).role = token.role;
      (session as { sessionVersion?: unknown }).sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
