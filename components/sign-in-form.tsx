'use client';

import { useActionState } from 'react';
import { signInAction } from '@/app/(per-request)/(auth)/actions';
import { FormField } from './form-field';
import { FormError } from './form-error';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, isPending] = useActionState(signInAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormField label="Email or username" name="login" autoComplete="username" required defaultValue={values?.login} />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" required />
      <FormError message={state && !state.ok ? state.error : null} />
      <button type="submit" disabled={isPending} className="rounded-md bg-stone-900 px-4 py-2.5 font-medium text-white disabled:opacity-60">
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
