'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createClass, createClassSchema } from '@/db/queries/classes';
import { joinClassByCode } from '@/db/queries/enrollments';
import { authedAction } from '@/app/_lib/authed-action';
import { safeText } from '@/lib/validation/text';

export const createClassAction = authedAction(createClassSchema, async ({ caller, data, db }) => {
  const created = await createClass(db, caller, data);
  if (!created) return { ok: false, error: 'Only teachers can create classes.' };
  revalidatePath('/classes');
  return { ok: true, data: created };
});

const joinSchema = z.object({ code: safeText({ max: 32 }).trim().min(1, 'Enter the code your teacher gave you.') });

export const joinClassAction = authedAction(joinSchema, async ({ caller, data, db }) => {
  const joined = await joinClassByCode(db, caller, data.code);
  if (!joined) return { ok: false, error: 'No class has that code. Check it with your teacher.', fieldErrors: { code: ['Unknown class code.'] } };
  revalidatePath('/classes');
  return { ok: true, data: joined };
});
