'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/app/(per-request)/account/actions';
import { FormField } from './form-field';
import { FormError } from './form-error';

export function ChangePasswordForm() {
  const [state, formAction, isPending] = useActionState(changePasswordAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      <FormField label="Current password" name="current" type="password" autoComplete="current-password" required errors={fieldErrors?.current} />
      <FormField
        label="New password"
        name="next"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. Your other devices will be signed out."
        errors={fieldErrors?.next}
      />
      <FormError message={state && !state.ok ? state.error : null} />
      <button type="submit" disabled={isPending} className="self-start rounded-md bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        Change password
      </button>
    </form>
  );
}
