'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/auth';
import { getDb } from '@/db/client';
import { DB_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/db/errors';
import { signUp } from '@/db/queries/users';
import { requestClientAddress } from '@/app/_lib/client-address';
import { ensureDeviceToken } from '@/app/_lib/device-cookie';
import type { ActionResult } from '@/app/_lib/action-result';
import { describeWait } from '@/lib/auth/throttle';
import { safeRedirectPath } from '@/lib/http/redirect';
import { signInSchema, signUpFormFields } from '@/lib/validation/auth';
import { echoableValues } from '@/lib/validation/text';

const SIGN_IN_FAILED = 'That sign-in did not work. Check your email or username and your password.';
const BAD_REQUEST: ActionResult = { ok: false, error: 'That request was not understood. Reload the page and try again.' };

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

function throttledMessage(retryAfterSeconds: number | undefined): string {
  return `Too many failed attempts. Wait ${describeWait(retryAfterSeconds ?? 60)}, then try again.`;
}

/**
 * Signs in through Auth.js, which calls `verifyCredentials` (throttle included). The browser's device token
 * goes along, so a browser that has signed in to this account before is recognised.
 */
async function signInWithPassword(login: string, password: string, redirectTo: string): Promise<ActionResult> {
  const device = await ensureDeviceToken();
  try {
    await signIn('credentials', { login, password, device, redirectTo });
  } catch (error) {
    // A successful sign-in ends in a redirect, which Next.js implements as a thrown error: let it through.
    if (!(error instanceof AuthError)) throw error;
    const { code, retryAfterSeconds } = error as AuthError & { code?: string; retryAfterSeconds?: number };
    // With the database away, "check your password" would be a lie (issue #18).
    const message = isDatabaseUnavailable(error) ? DB_UNAVAILABLE_MESSAGE : code === 'throttled' ? throttledMessage(retryAfterSeconds) : SIGN_IN_FAILED;
    return { ok: false, error: message, values: echoableValues([['login', login]], signInSchema) };
  }
  return { ok: true, data: undefined };
}

/** The form shows one login box and calls the join code "class code": map the schema's field names onto it. */
function formFieldErrors(errors: Record<string, string> | undefined): Record<string, string[]> | undefined {
  if (!errors) return undefined;
  const formName: Record<string, string> = { email: 'login', username: 'login', joinCode: 'classCode' };
  const mapped: Record<string, string[]> = {};
  for (const [name, message] of Object.entries(errors)) (mapped[formName[name] ?? name] ??= []).push(message);
  return mapped;
}

export async function signInAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return BAD_REQUEST;
  const login = field(formData, 'login');
  const password = field(formData, 'password');
  if (!login.trim() || !password) return { ok: false, error: SIGN_IN_FAILED, values: echoableValues([['login', login]], signInSchema) };
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host')}`;
  const redirectTo = safeRedirectPath(field(formData, 'callbackUrl'), origin) ?? '/library';
  return signInWithPassword(login, password, redirectTo);
}

export async function signUpAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(formData instanceof FormData)) return BAD_REQUEST;
  // One box for "email or username": an @ makes it an email, as students under 13 often have none.
  const login = field(formData, 'login').trim();
  const isEmail = login.includes('@');
  const password = field(formData, 'password');
  const outcome = await signUp(
    await getDb(),
    {
      role: field(formData, 'role') === 'teacher' ? 'teacher' : 'student',
      displayName: field(formData, 'displayName'),
      email: isEmail ? login : undefined,
      username: isEmail ? undefined : login,
      password,
      joinCode: field(formData, 'classCode') || undefined,
    },
    { ip: requestClientAddress(await headers()), now: new Date() },
  );
  if (!outcome.ok) {
    const error = outcome.retryAfterSeconds ? `${outcome.error} (wait ${describeWait(outcome.retryAfterSeconds)})` : outcome.error;
    return { ok: false, error, fieldErrors: formFieldErrors(outcome.fieldErrors), values: echoableValues(formData, signUpFormFields) };
  }
  // New and already-registered addresses get this same answer; the message in the inbox tells them apart.
  if (outcome.kind === 'check-email') redirect('/signin?notice=check-email');
  return signInWithPassword(login, password, '/library');
}

/** Signs out here; Auth.js's sign-out event revokes the session, so copies of the cookie stop working too. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/signin' });
}
