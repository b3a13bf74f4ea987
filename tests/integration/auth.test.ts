import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, or } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { authAttempts, emailOutbox, users } from '@/db/schema';
import { changePassword, isSessionCurrent, resolveCaller, revokeSession, signOutEverywhere, signUp, verifyCredentials } from '@/db/queries/users';
import { setOpenTeacherSignUp } from '@/db/queries/settings';
import { newDeviceToken } from '@/db/queries/devices';
import { unsafeDeleteAttemptsNaming, unsafePruneAuthAttempts } from '@/db/queries/throttle';
import { createClass, getClass } from '@/db/queries/classes';
import { makeCaller, PASSWORD } from './helpers';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

const now = new Date('2026-03-02T09:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
// Each test signs up from its own address, so the per-address allowances of one test do not leak into another.
let nextAddress = 1;
const freshAddress = () => `198.18.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;
const ctx = (ip = freshAddress(), at = now) => ({ ip, now: at });

describe('sign-up', () => {
  it('answers an email that already has an account exactly as a new one, and tells its owner by email', async () => {
    const ip = freshAddress();
    const fresh = await signUp(t.db, { role: 'student', displayName: 'Ng', email: 'ng@school.test', password: PASSWORD }, ctx(ip));
    const again = await signUp(t.db, { role: 'student', displayName: 'Impostor', email: ' NG@School.test ', password: 'another fine passphrase' }, ctx(ip));
    expect(fresh).toEqual({ ok: true, kind: 'check-email' });
    expect(again).toEqual(fresh);
    expect(await t.db.$count(users, eq(users.email, 'ng@school.test'))).toBe(1);
    const mail = await t.db.select({ subject: emailOutbox.subject }).from(emailOutbox).where(eq(emailOutbox.toAddress, 'ng@school.test'));
    expect(mail.map((m) => m.subject)).toEqual(['Welcome to Cited', 'Someone tried to create a Cited account with your address']);
    // The first password stands; the second sign-up changed nothing.
    expect(await verifyCredentials(t.db, { login: 'ng@school.test', password: PASSWORD, ip, now })).toMatchObject({ ok: true });
    expect(await verifyCredentials(t.db, { login: 'ng@school.test', password: 'another fine passphrase', ip, now })).toMatchObject({ ok: false });
  });

  it('rejects weak passwords and control characters with messages saying why, creating nothing', async () => {
    const short = await signUp(t.db, { role: 'student', displayName: 'Kim', username: 'kim', password: 'short1' }, ctx());
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: 'Use at least 10 characters.' } });
    const common = await signUp(t.db, { role: 'student', displayName: 'Kim', username: 'kim', password: 'Password123' }, ctx());
    expect(common).toMatchObject({ ok: false, fieldErrors: { password: 'This password is too common; choose another.' } });
    const own = await signUp(t.db, { role: 'student', displayName: 'Kim', username: 'kimberly99', password: 'kimberly99' }, ctx());
    expect(own).toMatchObject({ ok: false, fieldErrors: { password: 'Your password must not be your username or email.' } });
    const nul = await signUp(t.db, { role: 'student', displayName: 'Ki\u0000m', username: 'kim', password: PASSWORD }, ctx());
    expect(nul).toMatchObject({ ok: false, fieldErrors: { displayName: 'Remove the invisible control characters from this text.' } });
    expect(await t.db.$count(users, eq(users.username, 'kim'))).toBe(0);
  });

  it('makes students only, unless an administrator has opened teacher sign-up', async () => {
    const teacher = { role: 'teacher' as const, displayName: 'T', email: 'would-be-teacher@school.test', password: PASSWORD };
    expect(await signUp(t.db, teacher, ctx())).toMatchObject({ ok: false, fieldErrors: { role: expect.stringMatching(/invitation/) } });
    expect(await t.db.$count(users, eq(users.email, teacher.email))).toBe(0);
    const admin = await makeCaller(t.db, 'teacher', 'Principal', { isAdmin: true });
    const plainTeacher = await makeCaller(t.db, 'teacher', 'Plain');
    expect(await setOpenTeacherSignUp(t.db, plainTeacher, true)).toBeNull();
    expect(await setOpenTeacherSignUp(t.db, admin, true)).toEqual({ isOpen: true });
    expect(await signUp(t.db, teacher, ctx())).toEqual({ ok: true, kind: 'check-email' });
    const [row] = await t.db.select({ role: users.role, isAdmin: users.isAdmin }).from(users).where(eq(users.email, teacher.email));
    expect(row).toEqual({ role: 'teacher', isAdmin: false });
    await setOpenTeacherSignUp(t.db, admin, false);
  });

  it('says a username is taken, but only twenty times an hour per address', async () => {
    const ip = freshAddress();
    expect(await signUp(t.db, { role: 'student', displayName: 'Lu', username: 'lu_1', password: PASSWORD }, ctx(ip))).toMatchObject({ ok: true, kind: 'created' });
    for (let i = 0; i < 20; i++) {
      const probe = await signUp(t.db, { role: 'student', displayName: 'Probe', username: 'LU_1', password: PASSWORD }, ctx(ip, later(i)));
      expect(probe).toMatchObject({ ok: false, fieldErrors: { username: 'This username is taken.' } });
    }
    const blocked = await signUp(t.db, { role: 'student', displayName: 'Probe', username: 'lu_1', password: PASSWORD }, ctx(ip, later(30)));
    expect(blocked).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect(blocked.ok === false && blocked.fieldErrors).toBeFalsy();
    // Another address (another school) is unaffected.
    expect(await signUp(t.db, { role: 'student', displayName: 'Probe', username: 'lu_1', password: PASSWORD }, ctx())).toMatchObject({ fieldErrors: { username: expect.any(String) } });
  });

  it('limits the accounts one address can create in an hour', async () => {
    const ip = freshAddress();
    const policy = { windowSeconds: 3600, perAddress: 3, takenPerAddress: 20 };
    for (let i = 0; i < 3; i++)
      expect(await signUp(t.db, { role: 'student', displayName: 'S', username: `bulk${i}`, password: PASSWORD }, { ...ctx(ip, later(i)), policy })).toMatchObject({ ok: true });
    expect(await signUp(t.db, { role: 'student', displayName: 'S', username: 'bulk3', password: PASSWORD }, { ...ctx(ip, later(5)), policy })).toMatchObject({ ok: false, retryAfterSeconds: 3595 });
    expect(await signUp(t.db, { role: 'student', displayName: 'S', username: 'bulk3', password: PASSWORD }, { ...ctx(ip, later(3601)), policy })).toMatchObject({ ok: true });
  });

  it('enrolls a student who signs up with a class code, and rejects an unknown code', async () => {
    const teacher = await makeCaller(t.db, 'teacher', 'Okafor');
    const cls = (await createClass(t.db, teacher, { name: 'History 9' }))!;
    const bad = await signUp(t.db, { role: 'student', displayName: 'Zoe', username: 'zoe', password: PASSWORD, joinCode: 'ZZZZ-ZZZZ' }, ctx());
    expect(bad).toMatchObject({ ok: false, fieldErrors: { joinCode: 'No class has this code.' } });
    const good = await signUp(t.db, { role: 'student', displayName: 'Zoe', username: 'zoe', password: PASSWORD, joinCode: cls.joinCode.toLowerCase() }, ctx());
    expect(good).toMatchObject({ ok: true, kind: 'created' });
    const student = await resolveCaller(t.db, { userId: good.ok && good.kind === 'created' ? good.user.id : null, sessionVersion: 1 });
    expect((await getClass(t.db, student!, cls.id))?.name).toBe('History 9');
  });
});

describe('sign-in throttle', () => {
  it('gives one generic answer for an unknown login and a wrong password', async () => {
    await makeCaller(t.db, 'student', 'Mira');
    const ip = freshAddress();
    const ok = await verifyCredentials(t.db, { login: 'MIRA', password: PASSWORD, ip, now });
    expect(ok).toMatchObject({ ok: true, user: { role: 'student', displayName: 'Mira', sessionVersion: 1 } });
    expect(JSON.stringify(ok)).not.toContain('argon2');
    const wrong = await verifyCredentials(t.db, { login: 'mira', password: 'not my password', ip, now });
    const unknown = await verifyCredentials(t.db, { login: 'nobody-here', password: PASSWORD, ip, now });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it('locks a login from one address after five failures, while the owner elsewhere still signs in', async () => {
    await makeCaller(t.db, 'teacher', 'Target');
    const login = 'target@school.test';
    const attacker = freshAddress();
    for (let i = 0; i < 5; i++) expect(await verifyCredentials(t.db, { login, password: `guess number ${i}`, ip: attacker, now: later(i * 60) })).toEqual({ ok: false, reason: 'invalid' });
    const blocked = await verifyCredentials(t.db, { login, password: PASSWORD, ip: attacker, now: later(300) });
    expect(blocked).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: 600 });
    expect(await verifyCredentials(t.db, { login, password: PASSWORD, ip: freshAddress(), now: later(300) })).toMatchObject({ ok: true });
    expect(await verifyCredentials(t.db, { login, password: PASSWORD, ip: attacker, now: later(16 * 60) })).toMatchObject({ ok: true });
  });

  it('checks at most five of sixty simultaneous wrong passwords', async () => {
    await makeCaller(t.db, 'student', 'Crowd');
    const ip = freshAddress();
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => verifyCredentials(t.db, { login: 'crowd', password: `wrong guess ${i}`, ip, now })));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid').length).toBe(5);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled').length).toBe(55);
  });

  it('slows one account down whatever address each guess claims to come from', async () => {
    await makeCaller(t.db, 'student', 'Rotated');
    for (let i = 0; i < 10; i++) expect(await verifyCredentials(t.db, { login: 'rotated', password: `guess ${i} guess`, ip: freshAddress(), now: later(i) })).toMatchObject({ reason: 'invalid' });
    expect(await verifyCredentials(t.db, { login: 'rotated', password: PASSWORD, ip: freshAddress(), now: later(10) })).toMatchObject({ ok: false, reason: 'throttled', retryAfterSeconds: 29 });
    expect(await verifyCredentials(t.db, { login: 'rotated', password: 'guess eleven guess', ip: freshAddress(), now: later(40) })).toMatchObject({ reason: 'invalid' });
    expect(await verifyCredentials(t.db, { login: 'rotated', password: PASSWORD, ip: freshAddress(), now: later(41) })).toMatchObject({ reason: 'throttled', retryAfterSeconds: 59 });
    expect(await verifyCredentials(t.db, { login: 'rotated', password: PASSWORD, ip: freshAddress(), now: later(101) })).toMatchObject({ ok: true });
  });

  it('slows a school address that sprayed thirty logins by seconds, not fifteen minutes, and lets known devices straight through', async () => {
    await makeCaller(t.db, 'student', 'Pupil');
    await makeCaller(t.db, 'student', 'Regular');
    const school = freshAddress();
    // Regular signed in from this browser last week.
    const device = newDeviceToken();
    expect(await verifyCredentials(t.db, { login: 'regular', password: PASSWORD, ip: school, deviceToken: device, now: later(-7 * 86400) })).toMatchObject({ ok: true });
    for (let i = 0; i < 30; i++) await verifyCredentials(t.db, { login: `victim${i}`, password: 'whatever123', ip: school, now: later(i) });
    expect(await verifyCredentials(t.db, { login: 'pupil', password: PASSWORD, ip: school, now: later(30) })).toMatchObject({ reason: 'throttled', retryAfterSeconds: 4 });
    expect(await verifyCredentials(t.db, { login: 'regular', password: PASSWORD, ip: school, deviceToken: device, now: later(30) })).toMatchObject({ ok: true });
    // A stranger's browser with a made-up device token is a stranger.
    expect(await verifyCredentials(t.db, { login: 'pupil', password: PASSWORD, ip: school, deviceToken: newDeviceToken(), now: later(31) })).toMatchObject({ reason: 'throttled' });
    expect(await verifyCredentials(t.db, { login: 'pupil', password: PASSWORD, ip: school, now: later(35) })).toMatchObject({ ok: true });
    expect(await verifyCredentials(t.db, { login: 'pupil', password: PASSWORD, ip: freshAddress(), now: later(30) })).toMatchObject({ ok: true });
  });

  it('refuses malformed logins before they reach the database', async () => {
    const ip = freshAddress();
    for (const login of ['ana\u0000', 'x'.repeat(300), '', ' '])
      expect(await verifyCredentials(t.db, { login, password: PASSWORD, ip, now })).toEqual({ ok: false, reason: 'invalid' });
    expect(await t.db.$count(authAttempts, eq(authAttempts.ip, ip))).toBe(0);
  });
});

describe('password change', () => {
  it('bumps the session version and only the new password works', async () => {
    const caller = await makeCaller(t.db, 'student', 'Omar');
    expect(await changePassword(t.db, caller, { current: 'wrong wrong wrong', next: 'a brand new passphrase' }, ctx())).toMatchObject({ ok: false, fieldErrors: { current: expect.any(String) } });
    expect(await changePassword(t.db, caller, { current: PASSWORD, next: 'password123' }, ctx())).toMatchObject({ ok: false, fieldErrors: { next: expect.any(String) } });
    expect(await changePassword(t.db, caller, { current: PASSWORD, next: 'a brand new passphrase' }, ctx())).toEqual({ ok: true, data: { sessionVersion: 2 } });
    expect(await resolveCaller(t.db, { userId: caller.id, sessionVersion: 1 })).toBeNull();
    expect(await verifyCredentials(t.db, { login: 'omar', password: PASSWORD, ip: freshAddress(), now })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials(t.db, { login: 'omar', password: 'a brand new passphrase', ip: freshAddress(), now })).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
  });

  it('throttles guesses of the current password like sign-in, keyed by the user', async () => {
    const caller = await makeCaller(t.db, 'student', 'Stolen');
    const ip = freshAddress();
    for (let i = 0; i < 5; i++) expect(await changePassword(t.db, caller, { current: `guess ${i} guess`, next: 'my new passphrase' }, ctx(ip, later(i)))).toMatchObject({ fieldErrors: { current: expect.any(String) } });
    expect(await changePassword(t.db, caller, { current: PASSWORD, next: 'my new passphrase' }, ctx(ip, later(6)))).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    for (let i = 0; i < 5; i++) await changePassword(t.db, caller, { current: `more ${i} guesses`, next: 'my new passphrase' }, ctx(freshAddress(), later(10 + i)));
    // Ten wrong guesses: from any address, the next waits.
    expect(await changePassword(t.db, caller, { current: PASSWORD, next: 'my new passphrase' }, ctx(freshAddress(), later(16)))).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    // Signing in is a separate count: the owner is not locked out of their account.
    expect(await verifyCredentials(t.db, { login: 'stolen', password: PASSWORD, ip: freshAddress(), now: later(16) })).toMatchObject({ ok: true });
  });
});

describe('sessions', () => {
  it('refuses token claims issued before a sign-out everywhere', async () => {
    const caller = await makeCaller(t.db, 'student', 'Nia');
    const old = { userId: caller.id, sessionVersion: 1 };
    expect(await resolveCaller(t.db, old)).toMatchObject({ id: caller.id, role: 'student', displayName: 'Nia' });
    expect(await signOutEverywhere(t.db, caller)).toBe(2);
    expect(await resolveCaller(t.db, old)).toBeNull();
    expect(await isSessionCurrent(t.db, old)).toBe(false);
    expect(await isSessionCurrent(t.db, { userId: caller.id, sessionVersion: 2 })).toBe(true);
  });

  it('revokes on sign-out only the session that is still current, so an old token cannot sign the user out again', async () => {
    const caller = await makeCaller(t.db, 'student', 'Ivo');
    expect(await revokeSession(t.db, { userId: caller.id, sessionVersion: 1 })).toBe(true);
    expect(await revokeSession(t.db, { userId: caller.id, sessionVersion: 1 })).toBe(false);
    expect(await isSessionCurrent(t.db, { userId: caller.id, sessionVersion: 2 })).toBe(true);
  });

  it('refuses forged claims and deleted users', async () => {
    const caller = await makeCaller(t.db, 'student', 'Gone');
    for (const userId of ['garbage', '', null, 7, "' or 1=1 --"]) expect(await resolveCaller(t.db, { userId, sessionVersion: 1 })).toBeNull();
    for (const sessionVersion of ['1', 1.5, -1, 2 ** 40, null]) expect(await isSessionCurrent(t.db, { userId: caller.id, sessionVersion })).toBe(false);
    await t.db.delete(users).where(eq(users.id, caller.id));
    expect(await resolveCaller(t.db, { userId: caller.id, sessionVersion: 1 })).toBeNull();
  });
});

describe('retention', () => {
  it('prunes attempts older than a day, keeping recent ones', async () => {
    const ip = freshAddress();
    await verifyCredentials(t.db, { login: 'old-guess', password: 'whatever123', ip, now: later(-2 * 86400) });
    await verifyCredentials(t.db, { login: 'new-guess', password: 'whatever123', ip, now });
    expect(await unsafePruneAuthAttempts(t.db, later(60))).toBeGreaterThanOrEqual(1);
    const left = await t.db.select({ login: authAttempts.login }).from(authAttempts).where(eq(authAttempts.ip, ip));
    expect(left.map((r) => r.login)).toEqual(['new-guess']);
  });

  it('removes the attempts that name an account when it is deleted', async () => {
    const caller = await makeCaller(t.db, 'student', 'Leaver');
    const ip = freshAddress();
    await verifyCredentials(t.db, { login: 'leaver', password: 'wrong password!', ip, now });
    await changePassword(t.db, caller, { current: 'wrong password!', next: 'another new passphrase' }, ctx(ip));
    expect(await t.db.$count(authAttempts, eq(authAttempts.userId, caller.id))).toBe(2);
    // The foreign key takes them with the account …
    await t.db.delete(users).where(eq(users.id, caller.id));
    expect(await t.db.$count(authAttempts, eq(authAttempts.userId, caller.id))).toBe(0);
    // … and the helper for account deletion also finds attempts made before the login named an account.
    await verifyCredentials(t.db, { login: 'later-signup', password: 'wrong password!', ip, now });
    await unsafeDeleteAttemptsNaming(t.db, { id: caller.id, email: null, username: 'later-signup' });
    expect(await t.db.$count(authAttempts, or(eq(authAttempts.login, 'later-signup'), eq(authAttempts.login, 'leaver')))).toBe(0);
  });
});
