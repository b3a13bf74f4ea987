'use server';

import { signIn } from '@/auth';
import { changePassword, getMe } from '@/db/queries/users';
import { changePasswordSchema } from '@/lib/validation/auth';
import { authedAction } from '@/app/_lib/authed-action';

/**
 * Changing the password bumps the session version, which signs out every other device (and any copied token).
 * This device signs straight back in with the new password, so the user is not thrown out mid-task.
 */
export const changePasswordAction = authedAction(changePasswordSchema, async ({ caller, data, db }) => {
  const me = await getMe(db, caller);
  const changed = await changePassword(db, caller, data);
  if (!changed.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(changed.fieldErrors ?? {}).map(([name, message]) => [name, [message]]));
    return { ok: false, error: changed.error, fieldErrors };
  }
  const login = me?.email ?? me?.username;
  if (login) await signIn('credentials', { login, password: data.next, redirectTo: '/account?changed=1' });
  return { ok: true, data: undefined };
});
