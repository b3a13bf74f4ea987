import NextAuth, { AuthError, CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { getDb } from '@/db/client';
import { isSessionCurrent, revokeSession, verifyCredentials } from '@/db/queries/users';
import { requestClientAddress } from '@/app/_lib/client-address';
import { describeError } from '@/lib/http/safe-error';

/** Too many failures: the message says when to retry, not why. */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

// What a visitor's own request got wrong (a wrong password, an unknown /api/auth path, a missing CSRF token,
// a tampered cookie): answered to them, not worth a line in the server log that they could fill at will.
const REQUEST_MISTAKES = new Set(['CredentialsSignin', 'UnknownAction', 'MissingCSRF', 'JWTSessionError', 'InvalidCallbackUrl']);

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // Anything else is logged as one line, without query parameters.
    error(error) {
      if (error instanceof CredentialsSignin || (error instanceof AuthError && REQUEST_MISTAKES.has(error.type))) return;
      console.error(`[auth] ${describeError(error)}`);
    },
  },
  events: {
    // Every sign-out revokes the session it ends (POST /api/auth/signout included): copies of the token,
    // wherever they are, stop working.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token) await revokeSession(await getDb(), { userId: token.uid, sessionVersion: token.sv });
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    // Runs whenever Auth.js reads a session (GET /api/auth/session included): a token whose session version
    // is stale, or whose user is gone, ends here, and Auth.js clears the cookie instead of renewing it.
    async jwt({ token, user }) {
      if (user) {
        const claims = user as { id?: string; role?: string; sessionVersion?: number };
        token.uid = claims.id;
        token.role = claims.role;
        token.sv = claims.sessionVersion;
        return token;
      }
      return (await isSessionCurrent(await getDb(), { userId: token.uid, sessionVersion: token.sv })) ? token : null;
    },
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {}, device: {} },
      async authorize(credentials, request) {
        const result = await verifyCredentials(await getDb(), {
          login: typeof credentials?.login === 'string' ? credentials.login : '',
          password: typeof credentials?.password === 'string' ? credentials.password : '',
          deviceToken: credentials?.device,
          ip: requestClientAddress(request.headers),
          now: new Date(),
        });
        if (!result.ok) {
          if (result.reason === 'throttled') throw new ThrottledSignIn(result.retryAfterSeconds ?? 60);
          return null;
        }
        return { id: result.user.id, name: result.user.displayName, role: result.user.role, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
});
