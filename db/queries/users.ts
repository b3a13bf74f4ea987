import { and, count, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { authAttempts, classes, enrollments, users } from '@/db/schema';
import { burnPasswordCheck, hashPassword, verifyPassword } from '@/lib/auth/password';
import { DEFAULT_THROTTLE, decideThrottle, type ThrottlePolicy } from '@/lib/auth/throttle';
import { changePasswordSchema, fieldErrorsOf, signInSchema, signUpSchema, type ChangePasswordInput, type SignUpInput } from '@/lib/validation/auth';
import { brandCaller, isUuid, type Caller } from './caller';

export type { Caller } from './caller';

/** What the app may know about a user: never the password hash. */
export interface UserDto {
  id: string;
  role: 'student' | 'teacher';
  displayName: string;
  email: string | null;
  username: string | null;
  sessionVersion: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

const userColumns = {
  id: users.id,
  role: users.role,
  displayName: users.displayName,
  email: users.email,
  username: users.username,
  sessionVersion: users.sessionVersion,
};

function isUniqueViolation(error: unknown, constraint: string): boolean {
  // node-postgres and PGlite both expose the SQLSTATE and constraint; drizzle may wrap it in `cause`.
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name } = e as { code?: string; constraint?: string };
    if (code === '23505' && (name === undefined || name === constraint)) return true;
  }
  return false;
}

/**
 * Creates an account. A student's valid class code enrolls them; an unknown code is a field error.
 * Duplicate emails and usernames are field errors, whether caught up front or by the unique index.
 */
export async function signUp(db: Db, input: SignUpInput): Promise<{ ok: true; user: UserDto } | { ok: false; error: string; fieldErrors?: Record<string, string> }> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  const v = parsed.data;
  const taken: Record<string, string> = {};
  if (v.email && (await db.select({ id: users.id }).from(users).where(eq(users.email, v.email)).limit(1)).length)
    taken.email = 'An account with this email already exists.';
  if (v.username && (await db.select({ id: users.id }).from(users).where(eq(users.username, v.username)).limit(1)).length)
    taken.username = 'This username is taken.';
  if (Object.keys(taken).length) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: taken };

  let classId: string | null = null;
  if (v.joinCode) {
    if (v.role !== 'student') return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { joinCode: 'Only students join classes.' } };
    const [cls] = await db.select({ id: classes.id }).from(classes).where(eq(classes.joinCode, v.joinCode)).limit(1);
    if (!cls) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { joinCode: 'No class has this code.' } };
    classId = cls.id;
  }

  const passwordHash = await hashPassword(v.password);
  try {
    const user = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ role: v.role, displayName: v.displayName, email: v.email ?? null, username: v.username ?? null, passwordHash })
        .returning(userColumns);
      if (!row) throw new Error('insert returned no row');
      if (classId) await tx.insert(enrollments).values({ classId, studentId: row.id }).onConflictDoNothing();
      return row;
    });
    return { ok: true, user };
  } catch (error) {
    // Two sign-ups racing for one name: the unique index decides, the user sees the same message.
    if (isUniqueViolation(error, 'users_email_unique'))
      return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { email: 'An account with this email already exists.' } };
    if (isUniqueViolation(error, 'users_username_unique'))
      return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { username: 'This username is taken.' } };
    throw error;
  }
}

export type VerifyResult =
  | { ok: true; user: { id: string; role: 'student' | 'teacher'; displayName: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'throttled'; retryAfterSeconds?: number };

/**
 * Checks a sign-in. The answer never says whether the login or the password was wrong, takes one argon2
 * verification either way, and is throttled per (login, address) and per address.
 */
export async function verifyCredentials(
  db: Db,
  args: { login: string; password: string; ip: string; now: Date; policy?: ThrottlePolicy },
): Promise<VerifyResult> {
  const parsed = signInSchema.safeParse({ login: args.login, password: args.password });
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { login, password } = parsed.data;
  const ip = args.ip.slice(0, 100) || 'unknown';
  const policy = args.policy ?? DEFAULT_THROTTLE;
  const since = new Date(args.now.getTime() - policy.windowSeconds * 1000);

  const recent = await db
    .select({ login: authAttempts.login, createdAt: authAttempts.createdAt })
    .from(authAttempts)
    .where(and(eq(authAttempts.ip, ip), eq(authAttempts.succeeded, false), gt(authAttempts.createdAt, since)));
  const decision = decideThrottle({
    pairFailures: recent.filter((r) => r.login === login).map((r) => r.createdAt),
    ipFailures: recent.map((r) => r.createdAt),
    now: args.now,
    policy,
  });
  if (!decision.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: decision.retryAfterSeconds };

  const [user] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(or(eq(users.email, login), eq(users.username, login)))
    .limit(1);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);

  if (!user || !valid) {
    await db.insert(authAttempts).values({ login, ip, succeeded: false, createdAt: args.now });
    // Keep the table small: rows older than a day no longer matter to any window.
    await db.delete(authAttempts).where(lt(authAttempts.createdAt, new Date(args.now.getTime() - 86_400_000)));
    return { ok: false, reason: 'invalid' };
  }
  // A success clears this pair's failures, so the owner's earlier typos do not accumulate.
  await db.delete(authAttempts).where(and(eq(authAttempts.login, login), eq(authAttempts.ip, ip)));
  return { ok: true, user: { id: user.id, role: user.role, displayName: user.displayName, sessionVersion: user.sessionVersion } };
}

/**
 * Turns the claims of a session token into a Caller, or null when the user is gone or the token predates
 * a sign-out-everywhere or password change (its session version is stale).
 */
export async function resolveCaller(db: Db, claims: { userId: unknown; sessionVersion: unknown }): Promise<Caller | null> {
  if (!isUuid(claims.userId) || typeof claims.sessionVersion !== 'number') return null;
  const [user] = await db
    .select({ id: users.id, role: users.role, isAdmin: users.isAdmin, displayName: users.displayName, timeZone: users.timeZone })
    .from(users)
    .where(and(eq(users.id, claims.userId), eq(users.sessionVersion, claims.sessionVersion)))
    .limit(1);
  return user ? brandCaller(user) : null;
}

/** The caller's own profile. */
export async function getMe(db: Db, caller: Caller): Promise<UserDto | null> {
  const [user] = await db.select(userColumns).from(users).where(eq(users.id, caller.id)).limit(1);
  return user ?? null;
}

/** Invalidates every session of the caller (including the current one); returns the new version. */
export async function signOutEverywhere(db: Db, caller: Caller): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, caller.id))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? null;
}

/** Changes the password after checking the current one, and ends every other session. */
export async function changePassword(db: Db, caller: Caller, input: ChangePasswordInput): Promise<Result<{ sessionVersion: number }>> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  const [user] = await db.select({ passwordHash: users.passwordHash, email: users.email, username: users.username }).from(users).where(eq(users.id, caller.id)).limit(1);
  if (!user) return { ok: false, error: 'Your account no longer exists.' };
  if (!(await verifyPassword(user.passwordHash, parsed.data.current)))
    return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { current: 'That is not your current password.' } };
  const next = parsed.data.next.toLowerCase();
  if (next === user.email || next === user.username)
    return { ok: false, error: 'Please fix the highlighted fields.', fieldErrors: { next: 'Your password must not be your username or email.' } };
  const passwordHash = await hashPassword(parsed.data.next);
  const [row] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, caller.id))
    .returning({ sessionVersion: users.sessionVersion });
  return row ? { ok: true, data: row } : { ok: false, error: 'Your account no longer exists.' };
}

/** Counts accounts; used by bootstrap to decide on demo accounts. */
export async function unsafeCountUsers(db: Db): Promise<number> {
  // unsafe: no caller at server start.
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
