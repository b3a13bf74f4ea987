import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { actionReceipts } from '@/db/schema';
import { isUuid, type Caller } from './caller';

/** How long a one-time key is remembered: far longer than anyone waits before pressing a button again. */
export const RECEIPT_DAYS = 7;

// Thrown to roll the transaction back when the action reports a failure: a failed submission leaves no
// receipt (and no writes), so the same key may be used again once the person fixes the form.
class Rollback<R> extends Error {
  constructor(readonly result: R) {
    super('rolled back: the action failed');
  }
}

export type Once<R> = { result: R; replayed: boolean } | { result: null; replayed: false; foreign: true };

/**
 * Runs a state-changing action at most once per one-time key. The receipt, the action's writes and its
 * result commit in one transaction: a resubmission after a lost response finds the receipt and gets the
 * first result back; a submission racing the first one waits on the receipt's primary key and then does
 * the same; if the first one failed or its process died, the second finds no receipt and runs.
 * `run` receives the transaction as its Db and must return JSON-serialisable data (dates come back as strings).
 * Without a valid key the action runs as it would have. A key held by another user is refused (`foreign`).
 */
export async function runOnce<R extends { ok: boolean }>(db: Db, caller: Caller, key: unknown, action: string, run: (db: Db) => Promise<R>): Promise<Once<R>> {
  if (!isUuid(key)) return { result: await run(db), replayed: false };
  try {
    return await db.transaction(async (tx): Promise<Once<R>> => {
      const claimed = await tx.insert(actionReceipts).values({ key, userId: caller.id, action }).onConflictDoNothing().returning({ key: actionReceipts.key });
      if (claimed.length === 0) {
        const [prior] = await tx
          .select({ result: actionReceipts.result })
          .from(actionReceipts)
          .where(and(eq(actionReceipts.key, key), eq(actionReceipts.userId, caller.id)));
        return prior ? { result: prior.result as R, replayed: true } : { result: null, replayed: false, foreign: true };
      }
      const result = await run(tx as unknown as Db);
      if (!result.ok) throw new Rollback(result);
      await tx.update(actionReceipts).set({ result }).where(eq(actionReceipts.key, key));
      return { result, replayed: false };
    });
  } catch (error) {
    if (error instanceof Rollback) return { result: error.result as R, replayed: false };
    throw error;
  }
}

/** Forgets receipts older than RECEIPT_DAYS (run at start-up; the index on created_at keeps it cheap). */
export async function unsafePruneReceipts(db: Db, now: Date): Promise<number> {
  // unsafe: housekeeping over every user's receipts, run by the server at start.
  const cutoff = new Date(now.getTime() - RECEIPT_DAYS * 24 * 60 * 60 * 1000);
  const removed = await db.delete(actionReceipts).where(lt(actionReceipts.createdAt, cutoff)).returning({ key: actionReceipts.key });
  return removed.length;
}
