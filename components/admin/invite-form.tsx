'use client';

import { useKeyedAction } from '@/components/form-key';
import { createInvitationAction } from '@/app/(per-request)/admin/actions';
import { FormField } from '@/components/form-field';
import { FormError } from '@/components/form-error';
import { CopyLink } from './copy-link';

/** Makes an invitation link and shows it once, with a Copy button. */
export function InviteForm() {
  const [state, formAction, isPending, keyField] = useKeyedAction(createInvitationAction);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
      {keyField}
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">Invite as</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="role" value="teacher" defaultChecked={values?.role !== 'admin'} className="size-5" /> Teacher
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="role" value="admin" defaultChecked={values?.role === 'admin'} className="size-5" /> Administrator (can also invite teachers)
          </label>
        </fieldset>
        <FormField label="Their email (optional)" name="email" type="email" autoComplete="off" hint="Shown on the invitation page; the link works whatever address they use." errors={fieldErrors?.email} defaultValue={values?.email} />
        <FormField label="Note for yourself (optional)" name="note" autoComplete="off" hint="For example their department." errors={fieldErrors?.note} defaultValue={values?.note} />
        <FormError message={state && !state.ok ? state.error : null} />
        <button type="submit" disabled={isPending} className="self-start rounded-md bg-stone-900 px-4 py-2.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-60">
          {isPending ? 'Creating…' : 'Create invitation link'}
        </button>
      </form>
      {state?.ok ? (
        <div className="flex flex-col gap-2 rounded-lg border border-green-200 bg-green-50 p-4" aria-live="polite">
          <p className="text-sm text-green-900">
            Send this link to the {state.data.role === 'admin' ? 'new administrator' : 'teacher'}. It works once, for 7 days, and is shown only now.
          </p>
          <CopyLink link={state.data.link} />
        </div>
      ) : null}
    </div>
  );
}
