'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { decideQuestions, editQuestion } from '@/db/queries/review-decisions';
import { authedAction } from '@/app/_lib/authed-action';

// The decision schema runs in the data layer (it collects the ticked boxes); here the form passes through.
const anyForm = z.record(z.string(), z.unknown());

export const decideAction = authedAction(anyForm, async ({ caller, data, db }) => {
  const done = await decideQuestions(db, caller, data);
  if (!done) return { ok: false, error: 'Tick at least one question, then choose Approve or Reject.' };
  revalidatePath('/review');
  const verb = done.decision === 'approved' ? 'Approved' : done.decision === 'rejected' ? 'Rejected' : 'Cleared';
  return { ok: true, data: { message: `${verb} ${done.count} question${done.count === 1 ? '' : 's'}.` } };
});

const backSchema = z.string().regex(/^\/review(\?[A-Za-z0-9=&%._~+-]*)?$/).catch('/review');

export const editQuestionAction = authedAction(anyForm, async ({ caller, data, db }) => {
  const saved = await editQuestion(db, caller, data);
  if (!saved) return { ok: false, error: 'That question is not one you can edit.' };
  if (!saved.ok) return saved;
  revalidatePath('/review');
  redirect(`${backSchema.parse(data.back)}${String(data.back ?? '').includes('?') ? '&' : '?'}saved=${encodeURIComponent(saved.questionId)}`);
});
