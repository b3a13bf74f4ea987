import type { NextAuthConfig } from 'next-auth';

/**
 * The part of the auth configuration that needs neither the database nor argon2, so `proxy.ts` can use it.
 * The proxy only redirects early; every page and query still checks the caller (see app/_lib/caller.ts).
 */
export const authConfig = {
  pages: { signIn: '/signin' },
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  // Self-hosted behind `next start` or a proxy: the Host header is the site's own.
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const isSignedIn = Boolean(auth?.user);
      const path = request.nextUrl.pathname;
      const isPublic = path === '/' || path.startsWith('/signin') || path.startsWith('/signup');
      return isPublic || isSignedIn;
    },
    jwt({ token, user }) {
      if (user) {
        const claims = user as { id?: string; role?: string; sessionVersion?: number };
        token.uid = claims.id;
        token.role = claims.role;
        token.sv = claims.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? '');
      (session.user as { role?: unknown }).role = token.role;
      (session as { sessionVersion?: unknown }).sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
