'use server';

import { siteOrigin } from '@/app/_lib/origin';
import { revalidatePath } from 'next/cache';
import { createInvitation, revokeInvitation } from '@/db/queries/invitations';
import { setOpenTeacherSignUp } from '@/db/queries/settings';
import { createInvitationSchema, openTeacherSignUpSchema, revokeInvitationSchema } from '@/lib/validation/invitations';
import { authedAction } from '@/app/_lib/authed-action';

const ADMINS_ONLY = { ok: false as const, error: 'Only administrators can do this.' };

/** Makes an invitation and returns its link, shown once: only its hash is stored. */
export const createInvitationAction = authedAction(createInvitationSchema, async ({ caller, data, db }) => {
  const created = await createInvitation(db, caller, data);
  if (!created) return ADMINS_ONLY;
  if (!created.ok) return { ok: false, error: created.error, fieldErrors: Object.fromEntries(Object.entries(created.fieldErrors ?? {}).map(([k, v]) => [k, [v]])) };
  const origin = await siteOrigin();
  revalidatePath('/admin');
  return { ok: true, data: { link: `${origin}/invite/${created.data.token}`, expiresAt: created.data.expiresAt.toISOString(), role: data.role } };
});

export const revokeInvitationAction = authedAction(revokeInvitationSchema, async ({ caller, data, db }) => {
  if (!caller.isAdmin) return ADMINS_ONLY;
  const revoked = await revokeInvitation(db, caller, data.id);
  if (!revoked) return { ok: false, error: 'That invitation was already used, withdrawn or expired.' };
  revalidatePath('/admin');
  return { ok: true, data: revoked };
});

export const setOpenTeacherSignUpAction = authedAction(openTeacherSignUpSchema, async ({ caller, data, db }) => {
  const result = await setOpenTeacherSignUp(db, caller, data.isOpen === 'on');
  if (!result) return ADMINS_ONLY;
  revalidatePath('/admin');
  return { ok: true, data: result };
});
