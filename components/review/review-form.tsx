'use client';

import { useActionState, type ReactNode } from 'react';
import { decideAction } from '@/app/(per-request)/review/actions';
import { FormError } from '@/components/form-error';
import { SubmitButton } from '@/components/ui/submit-button';

/**
 * The review list as one form: each card's own Approve and Reject buttons, and the bar that acts on every
 * ticked question at once. Works without JavaScript too (the buttons are plain submits).
 */
export function ReviewForm({ children }: { children: ReactNode }) {
  const [state, formAction] = useActionState(decideAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 border-b border-stone-200 bg-stone-50/95 py-2">
        <span className="text-sm text-stone-700">With the ticked questions:</span>
        <SubmitButton name="decision" value="approved">
          Approve selected
        </SubmitButton>
        <SubmitButton name="decision" value="rejected" variant="secondary">
          Reject selected
        </SubmitButton>
        <p aria-live="polite" className="w-full text-sm text-green-800" data-testid="review-status">
          {state?.ok ? state.data.message : ''}
        </p>
        <FormError message={state && !state.ok ? state.error : null} />
      </div>
      {children}
    </form>
  );
}
