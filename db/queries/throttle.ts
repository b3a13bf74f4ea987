import { and, eq, gt, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { authAttempts } from '@/db/schema';
import {
  DEFAULT_SIGN_UP_THROTTLE,
  DEFAULT_THROTTLE,
  decideSignUpThrottle,
  decideThrottle,
  type FailureSummary,
  type SignUpPolicy,
  type ThrottlePolicy,
} from '@/lib/auth/throttle';

export type AttemptKind = 'signin' | 'signup' | 'password-change';
export type AttemptGate = { allowed: true; attemptId: number } | { allowed: false; retryAfterSeconds: number };

/** How long sign-in, sign-up and password-check attempts (logins and addresses) are kept. */
export const ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

// Long enough for any address; the column is free text and a proxy could send anything.
const clip = (value: string) => value.slice(0, 100);

const summaryOf = (count: unknown, oldest: unknown, latest: unknown): FailureSummary => ({
  count: Number(count ?? 0),
  oldest: toDate(oldest),
  latest: toDate(latest),
});

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

// Namespace of the advisory locks below (the two-key form, so they never meet another feature's bigint lock).
const LOCK_NAMESPACE = 1731;

/**
 * Runs `work` in a transaction holding an advisory lock on `key`: attempts on one key are decided one after
 * another, each seeing every attempt recorded before it. Held for two statements, never during argon2.
 */
function withAttemptLock<T>(db: Db, key: string, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext(${key}))`);
    return work(tx as unknown as Db);
  });
}

/**
 * Opens a password check. Under a lock per login, the attempt is written as a failure *before* the
 * decision, and the decision counts every failure but this one: of N parallel tries for one login, the
 * k-th sees the k−1 before it, so no more than the limit ever reach the password check. A refused attempt
 * is deleted again (it checked nothing), so hammering a locked pair does not extend its lock.
 */
export async function beginPasswordAttempt(
  db: Db,
  args: { kind: 'signin' | 'password-change'; login: string; source: string; userId: string | null; isKnownDevice: boolean; now: Date; policy?: ThrottlePolicy },
): Promise<AttemptGate> {
  const policy = args.policy ?? DEFAULT_THROTTLE;
  const login = clip(args.login);
  const source = clip(args.source);
  return withAttemptLock(db, `${args.kind}:${login}`, async (tx) => {
    const [row] = await tx
      .insert(authAttempts)
      .values({ kind: args.kind, login, ip: source, userId: args.userId, succeeded: false, createdAt: args.now })
      .returning({ id: authAttempts.id });
    const attemptId = row!.id;
    const since = new Date(args.now.getTime() - policy.windowSeconds * 1000);
    const isPair = sql`${authAttempts.login} = ${login} and ${authAttempts.ip} = ${source}`;
    const [s] = await tx
      .select({
        pairCount: sql<number>`count(*) filter (where ${isPair})`,
        pairOldest: sql<Date | null>`min(${authAttempts.createdAt}) filter (where ${isPair})`,
        loginCount: sql<number>`count(*) filter (where ${authAttempts.login} = ${login})`,
        loginLatest: sql<Date | null>`max(${authAttempts.createdAt}) filter (where ${authAttempts.login} = ${login})`,
        addressCount: sql<number>`count(*) filter (where ${authAttempts.ip} = ${source})`,
        addressLatest: sql<Date | null>`max(${authAttempts.createdAt}) filter (where ${authAttempts.ip} = ${source})`,
      })
      .from(authAttempts)
      .where(
        and(
          eq(authAttempts.kind, args.kind),
          eq(authAttempts.succeeded, false),
          gt(authAttempts.createdAt, since),
          or(eq(authAttempts.login, login), eq(authAttempts.ip, source)),
          ne(authAttempts.id, attemptId),
        ),
      );
    const decision = decideThrottle({
      pair: summaryOf(s?.pairCount, s?.pairOldest, null),
      login: summaryOf(s?.loginCount, null, s?.loginLatest),
      address: summaryOf(s?.addressCount, null, s?.addressLatest),
      isKnownDevice: args.isKnownDevice,
      now: args.now,
      policy,
    });
    if (decision.allowed) return { allowed: true, attemptId };
    await tx.delete(authAttempts).where(eq(authAttempts.id, attemptId));
    return decision;
  });
}

/**
 * Marks a password check as passed. The earlier failures of the same login from the same address (or
 * device) are cleared, so the owner's own typos do not add up; failures from elsewhere stay.
 */
export async function settlePasswordSuccess(db: Db, attemptId: number): Promise<void> {
  const [row] = await db
    .update(authAttempts)
    .set({ succeeded: true })
    .where(eq(authAttempts.id, attemptId))
    .returning({ kind: authAttempts.kind, login: authAttempts.login, ip: authAttempts.ip });
  if (!row) return;
  await db
    .delete(authAttempts)
    .where(and(eq(authAttempts.kind, row.kind), eq(authAttempts.login, row.login), eq(authAttempts.ip, row.ip), eq(authAttempts.succeeded, false)));
}

/**
 * Opens a sign-up from an address, under the same record-first rule. Every sign-up that reaches the
 * database counts toward the address's hourly allowance; the ones answered "taken" (left as failures) count
 * toward a much smaller one, so usernames cannot be listed in bulk.
 */
export async function beginSignUpAttempt(db: Db, args: { login: string; source: string; now: Date; policy?: SignUpPolicy }): Promise<AttemptGate> {
  const policy = args.policy ?? DEFAULT_SIGN_UP_THROTTLE;
  const source = clip(args.source);
  return withAttemptLock(db, `signup:${source}`, async (tx) => {
    const [row] = await tx
      .insert(authAttempts)
      .values({ kind: 'signup', login: clip(args.login), ip: source, succeeded: false, createdAt: args.now })
      .returning({ id: authAttempts.id });
    const attemptId = row!.id;
    const since = new Date(args.now.getTime() - policy.windowSeconds * 1000);
    const [s] = await tx
      .select({
        count: sql<number>`count(*)`,
        oldest: sql<Date | null>`min(${authAttempts.createdAt})`,
        takenCount: sql<number>`count(*) filter (where not ${authAttempts.succeeded})`,
        takenOldest: sql<Date | null>`min(${authAttempts.createdAt}) filter (where not ${authAttempts.succeeded})`,
      })
      .from(authAttempts)
      .where(and(eq(authAttempts.kind, 'signup'), eq(authAttempts.ip, source), gt(authAttempts.createdAt, since), ne(authAttempts.id, attemptId)));
    const decision = decideSignUpThrottle({
      attempts: summaryOf(s?.count, s?.oldest, null),
      taken: summaryOf(s?.takenCount, s?.takenOldest, null),
      now: args.now,
      policy,
    });
    if (decision.allowed) return { allowed: true, attemptId };
    await tx.delete(authAttempts).where(eq(authAttempts.id, attemptId));
    return decision;
  });
}

/** Closes a sign-up attempt: `accepted` (it names the account now), `refused` (kept as a failure) or `void` (a typo: forgotten). */
export async function settleSignUpAttempt(db: Db, attemptId: number, outcome: { accepted: string } | 'refused' | 'void'): Promise<void> {
  if (outcome === 'refused') return;
  if (outcome === 'void') {
    await db.delete(authAttempts).where(eq(authAttempts.id, attemptId));
    return;
  }
  await db.update(authAttempts).set({ succeeded: true, userId: outcome.accepted }).where(eq(authAttempts.id, attemptId));
}

/** Deletes attempts older than the retention period; the schedule in instrumentation.ts calls it hourly. */
export async function unsafePruneAuthAttempts(db: Db, now: Date): Promise<number> {
  // unsafe: housekeeping with no caller; it only removes rows past their retention.
  const deleted = await db
    .delete(authAttempts)
    .where(lt(authAttempts.createdAt, new Date(now.getTime() - ATTEMPT_RETENTION_MS)))
    .returning({ id: authAttempts.id });
  return deleted.length;
}

/**
 * Removes every attempt that names an account: by its id (also done by the foreign key's cascade) and by
 * the email and username typed before the account existed. For account deletion.
 */
export async function unsafeDeleteAttemptsNaming(db: Db, user: { id: string; email: string | null; username: string | null }): Promise<void> {
  // unsafe: the caller (account deletion) has already checked who may delete this account.
  const logins = [user.email, user.username, `user:${user.id}`].filter((l): l is string => Boolean(l));
  await db.delete(authAttempts).where(or(eq(authAttempts.userId, user.id), inArray(authAttempts.login, logins)));
}
