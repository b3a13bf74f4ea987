'use client';

import { useActionState } from 'react';
import { acceptInvitationAction } from '@/app/(per-request)/invite/actions';
import { FormField } from './form-field';
import { FormError } from './form-error';

/** The invited teacher's sign-up form; the invitation's token travels bound to the action, not in a field. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string | null }) {
  const [state, formAction, isPending] = useActionState(acceptInvitationAction.bind(null, token), null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormField label="Your name, as students will see it" name="displayName" autoComplete="name" required errors={fieldErrors?.displayName} defaultValue={values?.displayName} />
      <FormField label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors?.email} defaultValue={values?.email ?? email ?? undefined} />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters; a short sentence works well."
        errors={fieldErrors?.password}
      />
      <FormError message={state && !state.ok ? state.error : null} />
      <button type="submit" disabled={isPending} className="rounded-md bg-stone-900 px-4 py-2.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-60">
        {isPending ? 'Creating account…' : 'Create teacher account'}
      </button>
    </form>
  );
}
