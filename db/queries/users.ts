import { and, count, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { classes, enrollments, users } from '@/db/schema';
import { burnPasswordCheck, hashPassword, verifyPassword } from '@/lib/auth/password';
import type { SignUpPolicy, ThrottlePolicy } from '@/lib/auth/throttle';
import { changePasswordSchema, fieldErrorsOf, signInSchema, signUpSchema, type ChangePasswordInput, type SignUpData, type SignUpInput } from '@/lib/validation/auth';
import { brandCaller, isUuid, type Caller } from './caller';
import { knownDeviceKey, rememberDevice } from './devices';
import { unsafeQueueEmail } from './outbox';
import { isOpenTeacherSignUp } from './settings';
import { perDatabase } from './per-database';
import { beginPasswordAttempt, beginSignUpAttempt, settlePasswordSuccess, settleSignUpAttempt } from './throttle';

export type { Caller } from './caller';

/** What the app may know about a user: never the password hash. */
export interface UserDto {
  id: string;
  role: 'student' | 'teacher';
  isAdmin: boolean;
  displayName: string;
  email: string | null;
  username: string | null;
  sessionVersion: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string>; retryAfterSeconds?: number };

const FIX_FIELDS = 'Please fix the highlighted fields.';

/** The columns of a UserDto, for `select` and `returning`. */
export const userColumns = {
  id: users.id,
  role: users.role,
  isAdmin: users.isAdmin,
  displayName: users.displayName,
  email: users.email,
  username: users.username,
  sessionVersion: users.sessionVersion,
};

/** Who is asking, as far as throttling needs to know. */
export interface RequestContext {
  /** The client address (see lib/http/client-address.ts). */
  ip: string;
  now: Date;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  // node-postgres and PGlite both expose the SQLSTATE and constraint; drizzle may wrap it in `cause`.
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name } = e as { code?: string; constraint?: string };
    if (code === '23505' && (constraint === undefined || name === undefined || name === constraint)) return true;
  }
  return false;
}

/**
 * Inserts an account (and its class enrollment) in one transaction. Callers have validated the input and
 * decided the role; a duplicate email or username surfaces as the unique violation.
 */
async function insertAccount(
  db: Db,
  account: { role: 'student' | 'teacher'; isAdmin?: boolean; displayName: string; email?: string | null; username?: string | null; passwordHash: string; classId?: string | null },
): Promise<UserDto> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        role: account.role,
        isAdmin: account.isAdmin ?? false,
        displayName: account.displayName,
        email: account.email ?? null,
        username: account.username ?? null,
        passwordHash: account.passwordHash,
      })
      .returning(userColumns);
    if (!row) throw new Error('insert returned no row');
    if (account.classId) await tx.insert(enrollments).values({ classId: account.classId, studentId: row.id }).onConflictDoNothing();
    return row;
  });
}

/**
 * Creates an account without any of sign-up's checks: for the administrator command, the demo data and
 * tests. The input still goes through the sign-up schema.
 */
/** The class a join code opens: an archived class takes nobody new, at sign-up as under Classes. */
async function openClassWithCode(db: Db, joinCode: string): Promise<string | null> {
  const [cls] = await db.select({ id: classes.id }).from(classes).where(and(eq(classes.joinCode, joinCode), isNull(classes.archivedAt))).limit(1);
  return cls?.id ?? null;
}

export async function unsafeCreateAccount(
  db: Db,
  input: SignUpInput & { isAdmin?: boolean },
): Promise<{ ok: true; user: UserDto } | { ok: false; error: string; fieldErrors?: Record<string, string> }> {
  // unsafe: no caller and no throttle; never reachable from a request.
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  const v = parsed.data;
  let classId: string | null = null;
  if (v.joinCode) {
    classId = await openClassWithCode(db, v.joinCode);
    if (!classId) return { ok: false, error: FIX_FIELDS, fieldErrors: { joinCode: 'No class has this code.' } };
  }
  try {
    const user = await insertAccount(db, { ...v, isAdmin: v.role === 'teacher' && input.isAdmin === true, passwordHash: await hashPassword(v.password), classId });
    return { ok: true, user };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: FIX_FIELDS, fieldErrors: v.email ? { email: 'An account with this email already exists.' } : { username: 'This username is taken.' } };
    throw error;
  }
}

export type SignUpOutcome =
  /** A username sign-up: the account exists now and may sign in. */
  | { ok: true; kind: 'created'; user: UserDto }
  /** An email sign-up, new or already registered: the same answer either way, and a message to the address. */
  | { ok: true; kind: 'check-email' }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; retryAfterSeconds?: number };

const TOO_MANY_SIGN_UPS = 'Too many accounts were created from here in the last hour. Try again later.';

/**
 * Public sign-up. Plain sign-up makes students; teachers sign up here only when an administrator has turned
 * on open teacher sign-up (otherwise they come through an invitation).
 *
 * An email that already has an account gets the same answer as a new one ("check your email"), and its
 * owner a message saying someone tried; both take one password hash. A taken username has to be said (the
 * person must pick another), so those answers are limited per address (see DEFAULT_SIGN_UP_THROTTLE).
 */
export async function signUp(db: Db, input: SignUpInput, context: RequestContext & { policy?: SignUpPolicy }): Promise<SignUpOutcome> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  const v = parsed.data;
  if (v.role === 'teacher' && !(await isOpenTeacherSignUp(db)))
    return { ok: false, error: FIX_FIELDS, fieldErrors: { role: 'Teacher accounts are made by invitation. Ask your school’s Cited administrator for a link.' } };
  if (v.role === 'teacher' && v.joinCode) return { ok: false, error: FIX_FIELDS, fieldErrors: { joinCode: 'Only students join classes.' } };

  const gate = await beginSignUpAttempt(db, { login: v.email ?? v.username ?? '', source: context.ip, now: context.now, policy: context.policy });
  if (!gate.allowed) return { ok: false, error: TOO_MANY_SIGN_UPS, retryAfterSeconds: gate.retryAfterSeconds };
  // Hashed before any answer, so that "taken" and "created" take the same time.
  const passwordHash = await hashPassword(v.password);

  let classId: string | null = null;
  if (v.joinCode) {
    classId = await openClassWithCode(db, v.joinCode);
    if (!classId) {
      await settleSignUpAttempt(db, gate.attemptId, 'refused');
      return { ok: false, error: FIX_FIELDS, fieldErrors: { joinCode: 'No class has this code.' } };
    }
  }
  return v.email
    ? signUpWithEmail(db, { ...v, email: v.email }, { attemptId: gate.attemptId, passwordHash, classId, now: context.now })
    : signUpWithUsername(db, v, { attemptId: gate.attemptId, passwordHash, classId });
}

async function signUpWithEmail(
  db: Db,
  v: SignUpData & { email: string },
  step: { attemptId: number; passwordHash: string; classId: string | null; now: Date },
): Promise<SignUpOutcome> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, v.email)).limit(1);
  let createdId: string | null = null;
  if (!existing) {
    try {
      createdId = (await insertAccount(db, { ...v, username: null, passwordHash: step.passwordHash, classId: step.classId })).id;
    } catch (error) {
      // A twin sign-up won the race for this address: from here on it is an existing account.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  await unsafeQueueEmail(db, { toAddress: v.email, now: step.now, ...(createdId ? welcomeMessage(v.displayName) : someoneTriedMessage()) });
  const ownerId = createdId ?? existing?.id ?? (await db.select({ id: users.id }).from(users).where(eq(users.email, v.email)).limit(1))[0]?.id;
  await settleSignUpAttempt(db, step.attemptId, ownerId ? { accepted: ownerId } : 'void');
  return { ok: true, kind: 'check-email' };
}

async function signUpWithUsername(db: Db, v: SignUpData, step: { attemptId: number; passwordHash: string; classId: string | null }): Promise<SignUpOutcome> {
  const taken = { ok: false as const, error: FIX_FIELDS, fieldErrors: { username: 'This username is taken.' } };
  try {
    const user = await insertAccount(db, { ...v, email: null, passwordHash: step.passwordHash, classId: step.classId });
    await settleSignUpAttempt(db, step.attemptId, { accepted: user.id });
    return { ok: true, kind: 'created', user };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await settleSignUpAttempt(db, step.attemptId, 'refused');
    return taken;
  }
}

function welcomeMessage(displayName: string) {
  return {
    subject: 'Welcome to Cited',
    body: `Hello ${displayName},\n\nYour Cited account is ready. Sign in with this email address and the password you chose.\n\nIf you did not create it, you can ignore this message.`,
  };
}

function someoneTriedMessage() {
  return {
    subject: 'Someone tried to create a Cited account with your address',
    body: 'Someone tried to create a new Cited account with this email address, which already has one.\n\nIf it was you, sign in with your existing password. If it was not, you need do nothing: no account was created and your password was not changed.',
  };
}

export type VerifyResult =
  | { ok: true; user: { id: string; role: 'student' | 'teacher'; displayName: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'throttled'; retryAfterSeconds?: number };

/**
 * Checks a sign-in. The answer never says whether the login or the password was wrong and takes one argon2
 * verification either way. The attempt is recorded before the password is checked and throttled per
 * (login, address), per login from anywhere, and per address (see lib/auth/throttle.ts); a browser that
 * has signed in to this account before is throttled on its own failures only.
 */
export async function verifyCredentials(
  db: Db,
  args: { login: string; password: string; ip: string; deviceToken?: unknown; now: Date; policy?: ThrottlePolicy },
): Promise<VerifyResult> {
  const parsed = signInSchema.safeParse({ login: args.login, password: args.password });
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { login, password } = parsed.data;
  const [user] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(or(eq(users.email, login), eq(users.username, login)))
    .limit(1);
  const deviceKey = user ? await knownDeviceKey(db, user.id, args.deviceToken) : null;
  const gate = await beginPasswordAttempt(db, {
    kind: 'signin',
    login,
    source: deviceKey ?? args.ip,
    userId: user?.id ?? null,
    isKnownDevice: deviceKey !== null,
    now: args.now,
    policy: args.policy,
  });
  if (!gate.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: gate.retryAfterSeconds };

  const valid = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
  if (!user || !valid) return { ok: false, reason: 'invalid' };
  await settlePasswordSuccess(db, gate.attemptId);
  await rememberDevice(db, user.id, args.deviceToken, args.now);
  return { ok: true, user: { id: user.id, role: user.role, displayName: user.displayName, sessionVersion: user.sessionVersion } };
}

/**
 * The reader of the pages rendered once for everyone (app/(shared)): a student whom no row has (the nil id), so
 * every ownership clause is a miss and `articleVisibleTo` leaves the shared library only, never an upload, a
 * class or anyone's progress. Not a session: nothing resolves to it, and it only reads.
 */
export const EVERYONE: Caller = brandCaller({ id: '00000000-0000-0000-0000-000000000000', role: 'student', isAdmin: false, displayName: '', timeZone: 'UTC' });

/**
 * Turns the claims of a session token into a Caller, or null when the user is gone or the token predates
 * a sign-out or password change (its session version is stale).
 */
export async function resolveCaller(db: Db, claims: { userId: unknown; sessionVersion: unknown }): Promise<Caller | null> {
  const checked = wellFormedClaims(claims);
  if (!checked) return null;
  const [user] = await preparedCallerQuery(db).execute({ id: checked.userId, sessionVersion: checked.sessionVersion });
  return user ? brandCaller(user) : null;
}

// Every request runs this query: its SQL is built once per database. Unnamed (''), so nothing is kept on the
// server's connections, which a pooler (Vercel/Neon) may share.
function prepareCallerQuery(db: Db) {
  return db
    .select({ id: users.id, role: users.role, isAdmin: users.isAdmin, displayName: users.displayName, timeZone: users.timeZone })
    .from(users)
    .where(and(eq(users.id, sql.placeholder('id')), eq(users.sessionVersion, sql.placeholder('sessionVersion'))))
    .limit(1)
    .prepare('');
}
const preparedCallerQuery = perDatabase(prepareCallerQuery);

/** Whether a token's claims still name a live session: the cheap check the Auth.js `jwt` callback runs. */
export async function isSessionCurrent(db: Db, claims: { userId: unknown; sessionVersion: unknown }): Promise<boolean> {
  return (await resolveCaller(db, claims)) !== null;
}

/** A token's claims when they can name a session at all (a uuid and a version): what every session query binds. */
export function wellFormedClaims(claims: { userId: unknown; sessionVersion: unknown }): { userId: string; sessionVersion: number } | null {
  return isUuid(claims.userId) && isSessionVersion(claims.sessionVersion) ? { userId: claims.userId, sessionVersion: claims.sessionVersion } : null;
}

const isSessionVersion = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value < 2 ** 31;

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

/**
 * Revokes the session a signed-out token belonged to (Auth.js's sign-out event). Only a token that is
 * still current bumps the version, so replaying an old token cannot sign the user out again and again.
 */
export async function revokeSession(db: Db, claims: { userId: unknown; sessionVersion: unknown }): Promise<boolean> {
  if (!isUuid(claims.userId) || !isSessionVersion(claims.sessionVersion)) return false;
  const rows = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, claims.userId), eq(users.sessionVersion, claims.sessionVersion)))
    .returning({ id: users.id });
  return rows.length > 0;
}

const WRONG_CURRENT = 'That is not your current password.';

/**
 * Checks the signed-in user's current password (before a password change or an account deletion) through
 * the sign-in throttle, keyed by the user: a stolen session cannot guess the password faster than the
 * sign-in form allows.
 */
export async function checkCurrentPassword(
  db: Db,
  caller: Caller,
  passwordHash: string,
  password: string,
  context: RequestContext & { policy?: ThrottlePolicy },
): Promise<{ ok: true } | { ok: false; error: string; retryAfterSeconds?: number }> {
  const gate = await beginPasswordAttempt(db, {
    kind: 'password-change',
    login: `user:${caller.id}`,
    source: context.ip,
    userId: caller.id,
    isKnownDevice: false,
    now: context.now,
    policy: context.policy,
  });
  if (!gate.allowed) return { ok: false, error: 'Too many wrong passwords. Wait a while, then try again.', retryAfterSeconds: gate.retryAfterSeconds };
  if (!(await verifyPassword(passwordHash, password))) return { ok: false, error: WRONG_CURRENT };
  await settlePasswordSuccess(db, gate.attemptId);
  return { ok: true };
}

/**
 * Changes the password after checking the current one, and ends every other session. The check of the
 * current password goes through the sign-in throttle, keyed by the user: a stolen session cannot be used
 * to guess the password faster than the sign-in form allows.
 */
export async function changePassword(
  db: Db,
  caller: Caller,
  input: ChangePasswordInput,
  context: RequestContext & { policy?: ThrottlePolicy } = { ip: 'unknown', now: new Date() },
): Promise<Result<{ sessionVersion: number }>> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  const [user] = await db.select({ passwordHash: users.passwordHash, email: users.email, username: users.username }).from(users).where(eq(users.id, caller.id)).limit(1);
  if (!user) return { ok: false, error: 'Your account no longer exists.' };
  const next = parsed.data.next.toLowerCase();
  if (next === user.email || next === user.username || (user.email && next === user.email.split('@')[0]))
    return { ok: false, error: FIX_FIELDS, fieldErrors: { next: 'Your password must not be your username or email.' } };

  const check = await checkCurrentPassword(db, caller, user.passwordHash, parsed.data.current, context);
  if (!check.ok) return check.error === WRONG_CURRENT ? { ok: false, error: FIX_FIELDS, fieldErrors: { current: WRONG_CURRENT } } : check;

  const passwordHash = await hashPassword(parsed.data.next);
  const [row] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, caller.id))
    .returning({ sessionVersion: users.sessionVersion });
  return row ? { ok: true, data: row } : { ok: false, error: 'Your account no longer exists.' };
}

/**
 * Makes the account with this email a teacher and administrator; null when there is none. For the
 * `admin:create` command only.
 */
export async function unsafePromoteToAdmin(db: Db, email: string): Promise<{ id: string; email: string } | null> {
  // unsafe: run by the deployer from a shell, who by definition may do this.
  const [row] = await db
    .update(users)
    .set({ role: 'teacher', isAdmin: true, updatedAt: new Date() })
    .where(eq(users.email, email.trim().toLowerCase()))
    .returning({ id: users.id, email: users.email });
  return row?.email ? { id: row.id, email: row.email } : null;
}

/** Counts accounts; used by bootstrap to decide on demo accounts. */
export async function unsafeCountUsers(db: Db): Promise<number> {
  // unsafe: no caller at server start.
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
