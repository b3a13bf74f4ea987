'use client';

import { useActionState, useRef } from 'react';
import { Play } from 'lucide-react';
import { startQuizAction } from '@/app/(per-request)/quiz/actions';
import { newClientId } from '@/components/ui/client-id';

type Source = { source: 'assignment'; assignmentId: string } | { source: 'article'; articleSlug: string } | { source: 'retry'; retryOf: string };

/**
 * Starts a quiz. The attempt id is made here once, so a double tap or a resubmitted form is one attempt.
 */
export function StartQuizButton({ label, target, variant = 'primary' }: { label: string; target: Source; variant?: 'primary' | 'secondary' }) {
  const [state, formAction, pending] = useActionState(startQuizAction, null);
  const attemptId = useRef<string | null>(null);
  const style =
    variant === 'primary'
      ? 'bg-accent-600 text-white hover:bg-accent-700 disabled:bg-accent-500'
      : 'border border-accent-200 bg-white text-accent-800 hover:bg-accent-50';
  return (
    <form
      action={(formData: FormData) => {
        attemptId.current ??= newClientId();
        formData.set('attemptId', attemptId.current);
        return formAction(formData);
      }}
      className="flex flex-col gap-2"
    >
      {Object.entries(target).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={`inline-flex min-h-12 items-center justify-center gap-2 rounded-full px-5 font-semibold ${style}`}>
        <Play aria-hidden className="size-4" />
        {pending ? 'Starting…' : label}
      </button>
      {state && !state.ok ? (
        <p className="text-sm text-incorrect" role="status">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
