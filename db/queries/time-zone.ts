import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { timeZoneSchema } from '@/lib/validation/study';
import type { Caller } from './caller';

/** Stores the IANA zone the caller's browser reports, so "today" and due dates are theirs. False for an unknown zone. */
export async function setMyTimeZone(db: Db, caller: Caller, timeZone: unknown): Promise<boolean> {
  const parsed = timeZoneSchema.safeParse({ timeZone });
  if (!parsed.success) return false;
  if (parsed.data.timeZone === caller.timeZone) return true;
  await db.update(users).set({ timeZone: parsed.data.timeZone, updatedAt: new Date() }).where(eq(users.id, caller.id));
  return true;
}
