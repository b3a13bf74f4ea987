'use server';

import { headers } from 'next/headers';
import { signIn } from '@/auth';
import { changePassword, getMe } from '@/db/queries/users';
import { changePasswordSchema } from '@/lib/validation/auth';
import { describeWait } from '@/lib/auth/throttle';
import { authedAction } from '@/app/_lib/authed-action';
import { requestClientAddress } from '@/app/_lib/client-address';
import { ensureDeviceToken } from '@/app/_lib/device-cookie';

/**
 * Changing the password bumps the session version, which signs out every other device (and any copied token).
 * This device signs straight back in with the new password, so the user is not thrown out mid-task.
 * The check of the current password is throttled like a sign-in, keyed by the user.
 */
export const changePasswordAction = authedAction(changePasswordSchema, async ({ caller, data, db }) => {
  const me = await getMe(db, caller);
  const changed = await changePassword(db, caller, data, { ip: requestClientAddress(await headers()), now: new Date() });
  if (!changed.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(changed.fieldErrors ?? {}).map(([name, message]) => [name, [message]]));
    const error = changed.retryAfterSeconds ? `Too many wrong passwords. Wait ${describeWait(changed.retryAfterSeconds)}, then try again.` : changed.error;
    return { ok: false, error, fieldErrors };
  }
  const login = me?.email ?? me?.username;
  if (login) await signIn('credentials', { login, password: data.next, device: await ensureDeviceToken(), redirectTo: '/account?changed=1' });
  return { ok: true, data: undefined };
});
