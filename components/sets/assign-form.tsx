'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { useKeyedAction } from '@/components/form-key';
import { assignAction } from '@/app/(per-request)/sets/actions';
import { FormError } from '@/components/form-error';
import { SubmitButton } from '@/components/ui/submit-button';

type Props = { setId: string; classes: { id: string; name: string }[]; questionTotal: number; defaultTimeZone: string };

const input = 'min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base';

function Errors({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p id={id} className="text-sm text-red-800">
      {messages.join(' ')}
    </p>
  ) : null;
}

// The zone does not change while the page is open.
const noChanges = () => () => undefined;

/** Give the set to a class: due date and time (in the teacher's own time zone), mode, how many questions and attempts. */
export function AssignForm({ setId, classes, questionTotal, defaultTimeZone }: Props) {
  const [state, formAction, , keyField] = useKeyedAction(assignAction);
  // The browser knows the teacher's zone better than the account default.
  const timeZone = useSyncExternalStore(
    noChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || defaultTimeZone,
    () => defaultTimeZone,
  );
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? (state.values ?? {}) : {};
  if (!classes.length) return <p className="text-sm text-stone-700">Create a class first (under Classes), then assign this set to it.</p>;
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4">
      {keyField}
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <div className="flex flex-col gap-1">
        <label htmlFor="assign-class" className="text-sm font-medium">
          Class
        </label>
        <select id="assign-class" name="classId" defaultValue={typed.classId ?? classes[0]?.id} className={input}>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="assign-due" className="text-sm font-medium">
          Due (date and time)
        </label>
        <input id="assign-due" type="datetime-local" name="dueLocal" defaultValue={typed.dueLocal} aria-describedby="assign-due-hint assign-due-errors" className={input} />
        <p id="assign-due-hint" className="text-xs text-stone-600">
          In your time zone ({timeZone}); each student sees it in theirs. Leave empty for no due date.
        </p>
        <Errors id="assign-due-errors" messages={errors.dueLocal} />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">Mode</legend>
        {(['quiz', 'flashcards'] as const).map((mode) => (
          <label key={mode} className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="mode" value={mode} defaultChecked={(typed.mode ?? 'quiz') === mode} className="size-5 accent-stone-900" />
            {mode === 'quiz' ? 'Quiz (scored)' : 'Flashcards (added to their reviews)'}
          </label>
        ))}
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="assign-count" className="text-sm font-medium">
            Questions per attempt
          </label>
          <input id="assign-count" name="questionCount" inputMode="numeric" placeholder={`All ${questionTotal}`} defaultValue={typed.questionCount} aria-describedby="assign-count-errors" className={input} />
          <Errors id="assign-count-errors" messages={errors.questionCount} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="assign-attempts" className="text-sm font-medium">
            Attempts allowed
          </label>
          <input id="assign-attempts" name="attemptsAllowed" inputMode="numeric" placeholder="Unlimited" defaultValue={typed.attemptsAllowed} aria-describedby="assign-attempts-errors" className={input} />
          <Errors id="assign-attempts-errors" messages={errors.attemptsAllowed} />
        </div>
      </div>
      <FormError message={state && !state.ok ? state.error : null} />
      {state?.ok ? (
        <p className="text-sm text-green-800" aria-live="polite">
          Assigned “{state.data.title}” ({state.data.questionTotal} questions).{' '}
          <Link href={`/classes/${state.data.classId}/assignments/${state.data.assignmentId}`} className="underline">
            See its results
          </Link>
        </p>
      ) : null}
      <SubmitButton className="self-start">Assign</SubmitButton>
    </form>
  );
}
