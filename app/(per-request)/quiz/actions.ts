'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '@/app/_lib/authed-action';
import { startAttempt } from '@/db/queries/quiz';
import { startAttemptSchema } from '@/lib/validation/study';

const REFUSALS = {
  'not-found': 'This quiz is no longer available.',
  'no-questions': 'There are no questions to ask here yet. Your teacher may not have approved any for this article.',
  'no-attempts-left': 'You have used all your attempts at this quiz.',
} as const;

/** Starts (or resumes) a quiz under the id the browser made, then opens it. */
export const startQuizAction = authedAction(startAttemptSchema, async ({ caller, data, db }) => {
  const result = await startAttempt(db, caller, data);
  if (!result.ok) return { ok: false, error: REFUSALS[result.reason] };
  redirect(`/quiz/${result.attemptId}`);
});
