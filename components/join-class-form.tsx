'use client';

import { joinClassAction } from '@/app/(per-request)/classes/actions';
import { FormField } from './form-field';
import { FormError } from './form-error';
import { useKeyedAction } from './form-key';

export function JoinClassForm() {
  const [state, formAction, isPending, keyField] = useKeyedAction(joinClassAction);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      {keyField}
      <FormField label="Class code" name="code" autoComplete="off" required errors={state && !state.ok ? state.fieldErrors?.code : undefined} defaultValue={state && !state.ok ? state.values?.code : undefined} />
      <FormError message={state && !state.ok ? state.error : null} />
      {state?.ok ? (
        <p className="text-sm text-green-800" aria-live="polite">
          You joined “{state.data.name}”.
        </p>
      ) : null}
      <button type="submit" disabled={isPending} className="self-start rounded-md bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        Join class
      </button>
    </form>
  );
}
