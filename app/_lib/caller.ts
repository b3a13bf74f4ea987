import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { resolveCaller, type Caller } from '@/db/queries/users';
import { readSessionCookie } from '@/lib/auth/session-cookie';
import { decodeSessionClaims, isSecureRequest } from './session-token';

/**
 * The signed-in user, checked against the database once per request: a token whose session version
 * was bumped (sign-out, password change) or whose user is gone resolves to null. The cookie is decoded
 * here directly rather than through Auth.js's `auth()`, which would also re-encrypt it on every call.
 */
export const getCaller = cache(async (): Promise<Caller | null> => {
  const claims = await getSessionClaims();
  return claims ? resolveCaller(await getDb(), claims) : null;
});

/**
 * The session cookie's claims, decrypted but NOT yet checked against the database: only for a route that
 * checks them in its own first statement, as resolveCaller does (db/queries/review-write.ts).
 */
export const getSessionClaims = cache(async () => decodeSessionClaims(readSessionCookie(await cookies(), isSecureRequest(await headers()))));

/** For pages that need a user: the caller, or a redirect to the sign-in page. */
export async function requireCaller(): Promise<Caller> {
  const caller = await getCaller();
  if (!caller) redirect('/signin');
  return caller;
}
