'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/auth';
import { getDb } from '@/db/client';
import { signOutEverywhere, signUp } from '@/db/queries/users';
import { getCaller } from '@/app/_lib/caller';
import type { ActionResult } from '@/app/_lib/action-result';

const SIGN_IN_FAILED = 'That sign-in did not work. Check your email or username and your password.';
const THROTTLED = 'Too many failed attempts from here. Wait a few minutes, then try again.';

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

async function signInWithPassword(login: string, password: string): Promise<ActionResult> {
  try {
    await signIn('credentials', { login, password, redirectTo: '/library' });
  } catch (error) {
    // A successful sign-in ends in a redirect, which Next.js implements as a thrown error: let it through.
    if (!(error instanceof AuthError)) throw error;
    const code = (error as AuthError & { code?: string }).code;
    return { ok: false, error: code === 'throttled' ? THROTTLED : SIGN_IN_FAILED, values: { login } };
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
  const login = field(formData, 'login').trim();
  const password = field(formData, 'password');
  if (!login || !password) return { ok: false, error: SIGN_IN_FAILED, values: { login } };
  return signInWithPassword(login, password);
}

export async function signUpAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  // One box for "email or username": an @ makes it an email, as students under 13 often have none.
  const login = field(formData, 'login').trim();
  const isEmail = login.includes('@');
  const password = field(formData, 'password');
  const created = await signUp(await getDb(), {
    role: field(formData, 'role') === 'teacher' ? 'teacher' : 'student',
    displayName: field(formData, 'displayName'),
    email: isEmail ? login : undefined,
    username: isEmail ? undefined : login,
    password,
    joinCode: field(formData, 'classCode') || undefined,
  });
  if (!created.ok) {
    const values = { displayName: field(formData, 'displayName'), login, classCode: field(formData, 'classCode'), role: field(formData, 'role') };
    return { ok: false, error: created.error, fieldErrors: formFieldErrors(created.fieldErrors), values };
  }
  return signInWithPassword(login, password);
}

export async function signOutAction(): Promise<void> {
  const caller = await getCaller();
  // Bumping the session version refuses copies of this token too, not only the cookie we delete.
  if (caller) await signOutEverywhere(await getDb(), caller);
  await signOut({ redirect: false });
  redirect('/signin');
}
