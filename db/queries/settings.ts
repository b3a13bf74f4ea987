import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { appSettings } from '@/db/schema';
import type { Caller } from './caller';

const OPEN_TEACHER_SIGN_UP = 'setting.openTeacherSignUp';

/**
 * Whether anyone may create a teacher account from the sign-up page (off unless an administrator turns it
 * on). Public: the sign-up page shows the choice only when it is on.
 */
export async function isOpenTeacherSignUp(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, OPEN_TEACHER_SIGN_UP)).limit(1);
  return row?.value === true;
}

/** Turns open teacher sign-up on or off; null unless the caller is an administrator. */
export async function setOpenTeacherSignUp(db: Db, caller: Caller, isOpen: boolean): Promise<{ isOpen: boolean } | null> {
  if (!caller.isAdmin) return null;
  const now = new Date();
  await db
    .insert(appSettings)
    .values({ key: OPEN_TEACHER_SIGN_UP, value: isOpen, updatedAt: now, updatedBy: caller.id })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: isOpen, updatedAt: now, updatedBy: caller.id } });
  return { isOpen };
}
