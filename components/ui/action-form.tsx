'use client';

import type { ReactNode } from 'react';
import type { ActionResult } from '@/app/_lib/action-result';
import { FormError } from '@/components/form-error';
import { useKeyedAction } from '@/components/form-key';

type Props<T> = {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  /** Hidden fields: which class, question or set the form is about. */
  fields?: Record<string, string>;
  /** Said politely after a success. */
  success?: string;
  /** Asked before submitting something that cannot be undone. */
  confirm?: string;
  className?: string;
  children: ReactNode;
};

/** A small form around one server action, safe to press twice (a one-time key): its error (or success) shown in words beside it. */
export function ActionForm<T>({ action, fields = {}, success, confirm, className, children }: Props<T>) {
  const [state, formAction, , keyField] = useKeyedAction(action);
  return (
    <form
      action={formAction}
      className={className ?? 'flex flex-col gap-2'}
      onSubmit={confirm ? (event) => (window.confirm(confirm) ? undefined : event.preventDefault()) : undefined}
    >
      {keyField}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <FormError message={state && !state.ok ? state.error : null} />
      {state?.ok && success ? (
        <p className="text-sm text-green-800" aria-live="polite">
          {success}
        </p>
      ) : null}
    </form>
  );
}
