'use client';

import { useActionState } from 'react';
import { deleteAccountAction } from '@/app/(per-request)/account/data/actions';
import { FormField } from './form-field';
import { FormError } from './form-error';
import { SubmitButton } from '@/components/ui/submit-button';

/** The last step of leaving Cited: the password, so nobody at an unlocked screen can do it. */
export function DeleteAccountForm() {
  const [state, formAction] = useActionState(deleteAccountAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-red-200 bg-white p-4">
      <FormField label="Your password" name="password" type="password" autoComplete="current-password" required errors={state && !state.ok ? state.fieldErrors?.password : undefined} />
      <FormError message={state && !state.ok ? state.error : null} />
      <SubmitButton variant="danger" className="self-start">
        Delete my account
      </SubmitButton>
    </form>
  );
}
