'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/app/_lib/authed-action';
import { saveStudySettings } from '@/db/queries/study-settings';
import { studySettingsSchema } from '@/lib/validation/study';

/** The student's desired retention and daily new cards. */
export const saveStudySettingsAction = authedAction(studySettingsSchema, async ({ caller, data, db }) => {
  if (caller.role !== 'student') return { ok: false, error: 'Only students have flashcard settings.' };
  const result = await saveStudySettings(db, caller, data);
  if (!result.ok) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: result.fieldErrors };
  revalidatePath('/progress');
  return { ok: true, data: undefined };
});
