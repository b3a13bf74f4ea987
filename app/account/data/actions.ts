'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signOut } from '@/auth';
import { deleteMyAccount } from '@/db/queries/privacy';
import { authedAction } from '@/app/_lib/authed-action';

const deleteSchema = z.object({ password: z.string().min(1, 'Type your password to confirm.').max(200) });

/** Deletes the caller's account after checking their password, then signs this browser out. */
export const deleteAccountAction = authedAction(deleteSchema, async ({ caller, data, db }) => {
  const done = await deleteMyAccount(db, caller, data.password);
  if (!done.ok) return { ok: false, error: done.error, fieldErrors: done.error.includes('password') ? { password: [done.error] } : undefined };
  await signOut({ redirect: false });
  redirect('/?deleted=1');
});
