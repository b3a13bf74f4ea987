'use client';

import Link from 'next/link';
import { createClassAction } from '@/app/(per-request)/classes/actions';
import { FormField } from './form-field';
import { FormError } from './form-error';
import { useKeyedAction } from './form-key';

export function CreateClassForm() {
  const [state, formAction, isPending, keyField] = useKeyedAction(createClassAction);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      {keyField}
      <FormField label="Class name" name="name" required errors={state && !state.ok ? state.fieldErrors?.name : undefined} defaultValue={state && !state.ok ? state.values?.name : undefined} />
      <FormError message={state && !state.ok ? state.error : null} />
      {state?.ok ? (
        <p className="text-sm text-green-800" aria-live="polite">
          Created “{state.data.name}”. Students join with the code <strong data-testid="new-join-code">{state.data.joinCode}</strong>.{' '}
          <Link href={`/classes/${state.data.id}`} className="underline">
            Open the class
          </Link>{' '}
          to copy its join link and see who joins.
        </p>
      ) : null}
      <button type="submit" disabled={isPending} className="self-start rounded-md bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        Create class
      </button>
    </form>
  );
}
