import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { getDb } from '@/db/client';
import { resolveCaller, type Caller } from '@/db/queries/users';

/**
 * The signed-in user, checked against the database once per request: a token whose session version
 * was bumped (sign-out, password change) or whose user is gone resolves to null.
 */
export const getCaller = cache(async (): Promise<Caller | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionVersion = (session as { sessionVersion?: unknown } | null)?.sessionVersion;
  if (!userId || typeof sessionVersion !== 'number') return null;
  return resolveCaller(await getDb(), { userId, sessionVersion });
});

/** For pages that need a user: the caller, or a redirect to the sign-in page. */
export async function requireCaller(): Promise<Caller> {
  const caller = await getCaller();
  if (!caller) redirect('/signin');
  return caller;
}
