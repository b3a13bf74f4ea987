'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn } from '@/auth';
import { getDb } from '@/db/client';
import { acceptInvitation } from '@/db/queries/invitations';
import type { ActionResult } from '@/app/_lib/action-result';
import { ensureDeviceToken } from '@/app/_lib/device-cookie';
import { acceptInvitationSchema } from '@/lib/validation/invitations';
import { echoableValues } from '@/lib/validation/text';

/**
 * Creates the invited teacher's account (the link's token is bound in by the page) and signs them in.
 * The invitation is used up in the same transaction as the account is made, so a link works once.
 */
export async function acceptInvitationAction(token: string, _prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (typeof token !== 'string' || !(formData instanceof FormData)) return { ok: false, error: 'That request was not understood. Reload the page and try again.' };
  const input = Object.fromEntries(formData);
  const accepted = await acceptInvitation(await getDb(), token, input);
  if (!accepted.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(accepted.fieldErrors ?? {}).map(([name, message]) => [name, [message]]));
    return { ok: false, error: accepted.error, fieldErrors, values: echoableValues(formData, acceptInvitationSchema) };
  }
  try {
    await signIn('credentials', { login: accepted.user.email ?? '', password: String(input.password), device: await ensureDeviceToken(), redirectTo: '/classes' });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // The account exists; only the automatic sign-in failed (a busy throttle): send them to sign in.
    redirect('/signin');
  }
  return { ok: true, data: undefined };
}
