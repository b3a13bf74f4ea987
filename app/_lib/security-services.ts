import { ensureDatabaseReady } from '@/db/bootstrap';
import { getDb } from '@/db/client';
import { describeError } from '@/lib/http/safe-error';
import { installRequestGuard } from './request-guard';

const HOUR_MS = 60 * 60 * 1000;
const FIRST_PRUNE_AFTER_MS = 5_000;
const state = globalThis as typeof globalThis & { __citedRetention?: NodeJS.Timeout };

/**
 * Deletes what the privacy page promises not to keep: sign-in attempts after a day, browsers unseen for
 * 180 days, unsent mail after 30 days, dead invitations after 30 days, and forms' one-time receipts.
 */
export async function pruneSecurityRecords(now: Date = new Date()): Promise<Record<string, number>> {
  // Loaded when the first pruning runs (seconds after start), not with instrumentation.ts: the server's first
  // response need not wait for these modules and the validation library they bring.
  const [{ unsafePruneAuthAttempts }, { unsafePruneDevices }, { unsafePruneOutbox }, { unsafePruneInvitations }, { unsafePruneReceipts }] = await Promise.all([
    import('@/db/queries/throttle'),
    import('@/db/queries/devices'),
    import('@/db/queries/outbox'),
    import('@/db/queries/invitations'),
    import('@/db/queries/receipts'),
  ]);
  const db = getDb();
  return {
    authAttempts: await unsafePruneAuthAttempts(db, now),
    knownDevices: await unsafePruneDevices(db, now),
    outbox: await unsafePruneOutbox(db, now),
    invitations: await unsafePruneInvitations(db, now),
    receipts: await unsafePruneReceipts(db, now),
  };
}

/**
 * Called once at server start (instrumentation.ts): trusts forwarding headers only as configured, refuses
 * undecodable paths, and prunes old security records now and every hour. On a serverless host the hourly timer may not survive;
 * every cold start prunes too.
 */
export function startSecurityServices(): void {
  installRequestGuard();
  if (state.__citedRetention) return;
  const run = () =>
    ensureDatabaseReady()
      .then(() => pruneSecurityRecords())
      .catch((error) => console.error(`[cited] retention: ${describeError(error)}`));
  // Not in the first seconds: a server with nothing to migrate answers its first page before it opens the
  // database (db/start-server.ts). Serverless instances may not live that long, so they prune at once.
  setTimeout(() => void run(), process.env.VERCEL ? 0 : FIRST_PRUNE_AFTER_MS).unref();
  state.__citedRetention = setInterval(run, HOUR_MS);
  state.__citedRetention.unref();
}
