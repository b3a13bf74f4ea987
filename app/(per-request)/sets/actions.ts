'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createSet, deleteSet, makeArticleSet, moveSetItem, renameSet } from '@/db/queries/sets';
import { createAssignment } from '@/db/queries/assignments';
import { articleSetSchema, moveItemSchema, renameSetSchema, setIdSchema } from '@/lib/validation/sets';
import { authedAction } from '@/app/_lib/authed-action';

const NOT_YOURS = 'That set is not one of yours, or it no longer exists.';
const anyForm = z.record(z.string(), z.unknown());

export const createSetAction = authedAction(anyForm, async ({ caller, data, db }) => {
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  const ticked = Object.keys(data).some((k) => k.startsWith('q:'));
  const fieldErrors: Record<string, string[]> = {};
  if (!title) fieldErrors.title = ['Name the set.'];
  if (!ticked) fieldErrors.questions = ['Tick at least one question for the set.'];
  if (Object.keys(fieldErrors).length) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors };
  const created = await createSet(db, caller, data);
  if (!created) return { ok: false, error: 'The set could not be made: check its name (at most 120 characters) and the questions you ticked.' };
  revalidatePath('/sets');
  redirect(`/sets/${created.id}?created=1`);
});

export const renameSetAction = authedAction(renameSetSchema, async ({ caller, data, db }) => {
  const done = await renameSet(db, caller, data);
  if (!done) return { ok: false, error: NOT_YOURS };
  revalidatePath(`/sets/${data.setId}`);
  return { ok: true, data: done };
});

export const moveItemAction = authedAction(moveItemSchema, async ({ caller, data, db }) => {
  const done = await moveSetItem(db, caller, data);
  if (!done) return { ok: false, error: NOT_YOURS };
  revalidatePath(`/sets/${data.setId}`);
  return { ok: true, data: done };
});

export const deleteSetAction = authedAction(setIdSchema, async ({ caller, data, db }) => {
  const done = await deleteSet(db, caller, data.setId);
  if (!done) return { ok: false, error: NOT_YOURS };
  revalidatePath('/sets');
  redirect('/sets');
});

export const makeArticleSetAction = authedAction(articleSetSchema, async ({ caller, data, db }) => {
  const done = await makeArticleSet(db, caller, data);
  if (!done) return { ok: false, error: 'That article is not in your library.' };
  if ('error' in done) return { ok: false, error: done.error };
  revalidatePath('/sets');
  redirect(`/sets/${done.id}?created=1`);
});

export const assignAction = authedAction(anyForm, async ({ caller, data, db }) => {
  const result = await createAssignment(db, caller, data);
  if (!result) return { ok: false, error: 'Choose one of your sets and one of your open classes.' };
  if (!result.ok) return result;
  revalidatePath(`/classes/${String(data.classId)}`);
  return { ok: true, data: { title: result.data.title, questionTotal: result.data.questionTotal, classId: String(data.classId), assignmentId: result.data.id } };
});
