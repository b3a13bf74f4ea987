import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { getDb } from '@/db/client';
import { verifyCredentials } from '@/db/queries/users';
import { signInSchema } from '@/lib/validation/auth';

/** Too many failures from this address for this account: the message says when to retry, not why. */
export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}

function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request?.headers.get('x-real-ip') || 'unknown';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome shown to the user, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await verifyCredentials(await getDb(), {
          login: parsed.data.login,
          password: parsed.data.password,
          ip: clientAddress(request),
          now: new Date(),
        });
        if (!result.ok) {
          if (result.reason === 'throttled') throw new ThrottledSignIn();
          return null;
        }
        return {
          id: result.user.id,
          name: result.user.displayName,
          role: result.user.role,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
});
