'use client';

import { useActionState } from 'react';
import { signUpAction } from '@/app/(per-request)/(auth)/actions';
import { FormField } from './form-field';
import { FormError } from './form-error';

/** Plain sign-up makes students; the Student/Teacher choice appears only when open teacher sign-up is on. */
export function SignUpForm({ canChooseTeacher }: { canChooseTeacher: boolean }) {
  const [state, formAction, isPending] = useActionState(signUpAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const isTeacher = values?.role === 'teacher';
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {canChooseTeacher ? (
        <fieldset className="flex gap-6">
          <legend className="mb-1 text-sm font-medium">I am a</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="role" value="student" defaultChecked={!isTeacher} /> Student
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="role" value="teacher" defaultChecked={isTeacher} /> Teacher
          </label>
          {fieldErrors?.role ? <p className="text-sm text-red-700">{fieldErrors.role.join(' ')}</p> : null}
        </fieldset>
      ) : (
        <input type="hidden" name="role" value="student" />
      )}
      <FormField label="Display name" name="displayName" autoComplete="nickname" required errors={fieldErrors?.displayName} defaultValue={values?.displayName} />
      <FormField
        label="Email or username"
        name="login"
        autoComplete="username"
        required
        hint={canChooseTeacher ? 'Teachers sign up with an email. Students may use just a username.' : 'A username is enough; an email address works too.'}
        errors={fieldErrors?.login}
        defaultValue={values?.login}
      />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters; a short sentence works well."
        errors={fieldErrors?.password}
      />
      <FormField label="Class code (optional)" name="classCode" autoComplete="off" errors={fieldErrors?.classCode} defaultValue={values?.classCode} />
      <FormError message={state && !state.ok ? state.error : null} />
      <button type="submit" disabled={isPending} className="rounded-md bg-stone-900 px-4 py-2.5 font-medium text-white disabled:opacity-60">
        {isPending ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  );
}
