'use client';

import { useActionState } from 'react';
import { saveStudySettingsAction } from '@/app/(per-request)/progress/actions';

const RETENTIONS = [0.8, 0.85, 0.9, 0.95, 0.97];

type Props = { desiredRetention: number; newCardsPerDay: number };

/** Desired retention and new cards a day, with every error shown at once and the typed values kept. */
export function SchedulerSettingsForm({ desiredRetention, newCardsPerDay }: Props) {
  const [state, formAction, pending] = useActionState(saveStudySettingsAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? state.values : undefined;
  const retention = values?.desiredRetention ?? String(desiredRetention);
  const options = RETENTIONS.includes(Number(retention)) ? RETENTIONS : [...RETENTIONS, Number(retention)].sort();
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor="desiredRetention" className="font-semibold">
          How much do you want to remember?
        </label>
        <p id="desiredRetention-hint" className="text-sm text-stone-600">
          Higher means more reviews. 90% suits most people.
        </p>
        <select
          id="desiredRetention"
          name="desiredRetention"
          defaultValue={retention}
          key={retention}
          aria-describedby={`desiredRetention-hint${errors.desiredRetention ? ' desiredRetention-error' : ''}`}
          aria-invalid={errors.desiredRetention ? true : undefined}
          className="min-h-12 rounded-xl border-2 border-stone-300 bg-white px-3"
        >
          {options.map((r) => (
            <option key={r} value={r}>
              {Math.round(r * 100)}%{r === 0.9 ? ' (recommended)' : ''}
            </option>
          ))}
        </select>
        {errors.desiredRetention ? (
          <p id="desiredRetention-error" className="text-sm text-incorrect">
            {errors.desiredRetention.join(' ')}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="newCardsPerDay" className="font-semibold">
          New cards a day
        </label>
        <input
          id="newCardsPerDay"
          name="newCardsPerDay"
          type="number"
          inputMode="numeric"
          min={0}
          max={500}
          defaultValue={values?.newCardsPerDay ?? newCardsPerDay}
          key={values?.newCardsPerDay ?? newCardsPerDay}
          aria-invalid={errors.newCardsPerDay ? true : undefined}
          aria-describedby={errors.newCardsPerDay ? 'newCardsPerDay-error' : undefined}
          className="min-h-12 w-32 rounded-xl border-2 border-stone-300 bg-white px-3"
        />
        {errors.newCardsPerDay ? (
          <p id="newCardsPerDay-error" className="text-sm text-incorrect">
            {errors.newCardsPerDay.join(' ')}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="inline-flex min-h-12 items-center justify-center self-start rounded-full bg-accent-600 px-5 font-semibold text-white hover:bg-accent-700">
        {pending ? 'Saving…' : 'Save'}
      </button>
      <p role="status" className="text-sm">
        {state?.ok ? 'Saved. Your next reviews use these settings.' : state && !state.ok ? state.error : ''}
      </p>
    </form>
  );
}
