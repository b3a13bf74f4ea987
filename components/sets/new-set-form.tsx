'use client';

import type { ReactNode } from 'react';
import { useKeyedAction } from '@/components/form-key';
import { createSetAction } from '@/app/(per-request)/sets/actions';
import { FormError } from '@/components/form-error';
import { SubmitButton } from '@/components/ui/submit-button';

/** Name the set and tick its questions (the list is rendered on the server and passed in). */
export function NewSetForm({ children }: { children: ReactNode }) {
  const [state, formAction, , keyField] = useKeyedAction(createSetAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {keyField}
      <div className="flex flex-col gap-1">
        <label htmlFor="set-title" className="text-sm font-medium">
          Set name
        </label>
        <input
          id="set-title"
          name="title"
          maxLength={120}
          defaultValue={state && !state.ok ? state.values?.title : undefined}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? 'set-title-errors' : undefined}
          className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base"
        />
        {errors.title ? (
          <p id="set-title-errors" className="text-sm text-red-800">
            {errors.title.join(' ')}
          </p>
        ) : null}
      </div>
      {errors.questions ? <p className="text-sm text-red-800">{errors.questions.join(' ')}</p> : null}
      {children}
      <FormError message={state && !state.ok ? state.error : null} />
      <SubmitButton className="self-start">Create set</SubmitButton>
    </form>
  );
}
