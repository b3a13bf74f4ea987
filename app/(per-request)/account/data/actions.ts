'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signOut } from '@/auth';
import { deleteMyAccount } from '@/db/queries/privacy';
import { authedAction } from '@/app/_lib/authed-action';
import { requestClientAddress } from '@/app/_lib/client-address';
import { secretText } from '@/lib/validation/text';

const deleteSchema = z.object({ password: secretText({ max: 200, tooShort: 'Type your password to confirm.' }) });

/** Deletes the caller's account after checking their password, then signs this browser out. */
export const deleteAccountAction = authedAction(deleteSchema, async ({ caller, data, db }) => {
  const done = await deleteMyAccount(db, caller, data.password, { ip: requestClientAddress(await headers()), now: new Date() });
  if (!done.ok) return { ok: false, error: done.error, fieldErrors: done.error.includes('password') ? { password: [done.error] } : undefined };
  await signOut({ redirect: false });
  redirect('/?deleted=1');
});
