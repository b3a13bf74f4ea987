'use client';

import { useActionState } from 'react';
import { revokeInvitationAction } from '@/app/(per-request)/admin/actions';

/** Withdraws a pending invitation, so its link stops working. */
export function RevokeInvitationButton({ invitationId, label }: { invitationId: string; label: string }) {
  const [state, formAction, isPending] = useActionState(revokeInvitationAction, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={invitationId} />
      <button type="submit" disabled={isPending} aria-label={label} className="min-h-11 rounded-md border border-stone-400 px-3 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-60">
        Withdraw
      </button>
      {state && !state.ok ? <p className="text-sm text-red-700">{state.error}</p> : null}
    </form>
  );
}
