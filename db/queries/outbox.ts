import { desc, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { Caller } from './caller';

/** How long unsent mail stays readable by administrators. */
export const OUTBOX_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface OutboxMessageDto {
  id: number;
  toAddress: string;
  subject: string;
  body: string;
  createdAt: Date;
}

/** Queues a message. There is no mail transport: administrators read the outbox in the app. */
export async function unsafeQueueEmail(db: Db, message: { toAddress: string; subject: string; body: string; now: Date }): Promise<void> {
  // unsafe: written on behalf of sign-up and invitations, whose own checks ran first.
  await db.insert(emailOutbox).values({ toAddress: message.toAddress, subject: message.subject, body: message.body, createdAt: message.now });
}

/** The newest messages first; null unless the caller is an administrator. */
export async function listOutbox(db: Db, caller: Caller, limit = 100): Promise<OutboxMessageDto[] | null> {
  if (!caller.isAdmin) return null;
  return db
    .select({ id: emailOutbox.id, toAddress: emailOutbox.toAddress, subject: emailOutbox.subject, body: emailOutbox.body, createdAt: emailOutbox.createdAt })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(Math.min(Math.max(1, limit), 500));
}

/** Deletes mail addressed to an account being deleted. */
export async function unsafeDeleteOutboxFor(db: Db, address: string): Promise<void> {
  // unsafe: the caller (account deletion) has already checked who may delete this account.
  await db.delete(emailOutbox).where(eq(emailOutbox.toAddress, address));
}

/** Deletes messages past their retention. */
export async function unsafePruneOutbox(db: Db, now: Date): Promise<number> {
  // unsafe: housekeeping with no caller.
  const deleted = await db.delete(emailOutbox).where(lt(emailOutbox.createdAt, new Date(now.getTime() - OUTBOX_RETENTION_MS))).returning({ id: emailOutbox.id });
  return deleted.length;
}
