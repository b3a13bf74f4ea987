'use client';

import { useActionState } from 'react';
import { setOpenTeacherSignUpAction } from '@/app/(per-request)/admin/actions';
import { FormError } from '@/components/form-error';

/** The switch for open teacher sign-up, saying what it does now and what the button will do. */
export function OpenSignUpForm({ isOpen }: { isOpen: boolean }) {
  const [state, formAction, isPending] = useActionState(setOpenTeacherSignUpAction, null);
  const current = state?.ok ? state.data.isOpen : isOpen;
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <p className="text-sm" data-testid="open-sign-up-status">
        {current
          ? 'Open: anyone can create a teacher account from the sign-up page.'
          : 'Off: teachers join by invitation; the sign-up page makes student accounts only.'}
      </p>
      <input type="hidden" name="isOpen" value={current ? 'off' : 'on'} />
      <FormError message={state && !state.ok ? state.error : null} />
      <button type="submit" disabled={isPending} className="self-start rounded-md border border-stone-400 bg-white px-4 py-2.5 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-60">
        {current ? 'Turn off open teacher sign-up' : 'Let anyone sign up as a teacher'}
      </button>
    </form>
  );
}
