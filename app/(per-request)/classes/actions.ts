'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createClass, leaveClass, regenerateJoinCode, removeStudent, renameClass, setClassArchived } from '@/db/queries/classes';
import { joinClassByCode } from '@/db/queries/enrollments';
import { setExcused } from '@/db/queries/assignments';
import { removeStudentFromCited } from '@/db/queries/privacy';
import { archiveClassSchema, classIdSchema, classStudentSchema, createClassSchema, joinFormSchema, renameClassSchema } from '@/lib/validation/classes';
import { excuseSchema } from '@/lib/validation/assignments';
import { authedAction } from '@/app/_lib/authed-action';
import { lineText } from '@/lib/validation/text';

const NOT_YOURS = 'That class is not one of yours, or it no longer exists.';

export const createClassAction = authedAction(createClassSchema, async ({ caller, data, db }) => {
  const created = await createClass(db, caller, data);
  if (!created) return { ok: false, error: 'Only teachers can create classes.' };
  revalidatePath('/classes');
  return { ok: true, data: created };
});

export const joinClassAction = authedAction(joinFormSchema, async ({ caller, data, db }) => {
  const joined = await joinClassByCode(db, caller, data.code);
  if (!joined) return { ok: false, error: 'No open class has that code. Check it with your teacher.', fieldErrors: { code: ['Unknown class code.'] } };
  revalidatePath('/classes');
  return { ok: true, data: joined };
});

/** The join link's button: joins, then opens the class. */
export const joinByLinkAction = authedAction(z.object({ code: lineText(0, 32) }), async ({ caller, data, db }) => {
  const joined = await joinClassByCode(db, caller, data.code);
  if (!joined) return { ok: false, error: 'This link no longer works: ask your teacher for the new code.' };
  redirect(`/classes/${joined.classId}`);
});

export const renameClassAction = authedAction(renameClassSchema, async ({ caller, data, db }) => {
  const renamed = await renameClass(db, caller, data);
  if (!renamed) return { ok: false, error: NOT_YOURS };
  revalidatePath(`/classes/${data.classId}`);
  return { ok: true, data: renamed };
});

export const archiveClassAction = authedAction(archiveClassSchema, async ({ caller, data, db }) => {
  const done = await setClassArchived(db, caller, { classId: data.classId, archived: String(data.archived) });
  if (!done) return { ok: false, error: NOT_YOURS };
  revalidatePath('/classes');
  revalidatePath(`/classes/${data.classId}`);
  return { ok: true, data: { archived: data.archived } };
});

export const newJoinCodeAction = authedAction(classIdSchema, async ({ caller, data, db }) => {
  const done = await regenerateJoinCode(db, caller, data.classId);
  if (!done) return { ok: false, error: NOT_YOURS };
  revalidatePath(`/classes/${data.classId}`);
  return { ok: true, data: done };
});

export const removeStudentAction = authedAction(classStudentSchema, async ({ caller, data, db }) => {
  const done = await removeStudent(db, caller, data);
  if (!done) return { ok: false, error: 'That student is not in this class any more.' };
  revalidatePath(`/classes/${data.classId}`);
  return { ok: true, data: done };
});

export const leaveClassAction = authedAction(classIdSchema, async ({ caller, data, db }) => {
  const done = await leaveClass(db, caller, data.classId);
  if (!done) return { ok: false, error: 'You are not in this class.' };
  revalidatePath('/classes');
  redirect('/classes?left=1');
});

export const excuseAction = authedAction(excuseSchema.extend({ classId: z.uuid() }), async ({ caller, data, db }) => {
  const done = await setExcused(db, caller, { assignmentId: data.assignmentId, studentId: data.studentId, excused: String(data.excused) });
  if (!done) return { ok: false, error: 'That student or assignment is not in your class.' };
  revalidatePath(`/classes/${data.classId}/results`);
  revalidatePath(`/classes/${data.classId}/results/${data.studentId}`);
  return { ok: true, data: done };
});

export const removeFromCitedAction = authedAction(
  classStudentSchema.extend({ confirm: z.literal('delete', 'Type “delete” to confirm.') }),
  async ({ caller, data, db }) => {
    const done = await removeStudentFromCited(db, caller, data.studentId);
    if (!done) return { ok: false, error: 'That student is not in your class.' };
    if (!done.ok) return done;
    revalidatePath(`/classes/${data.classId}`);
    redirect(`/classes/${data.classId}?deleted=1`);
  },
);
