import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { users } from '@/db/schema';
import { changePassword, resolveCaller, signOutEverywhere, signUp, verifyCredentials } from '@/db/queries/users';
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
const minutesLater = (m: number) => new Date(now.getTime() + m * 60_000);

describe('sign-up', () => {
  it('creates a teacher and refuses a second account with the same email, whatever its case', async () => {
    const first = await signUp(t.db, { role: 'teacher', displayName: 'Ms Ng', email: 'ng@school.test', password: PASSWORD });
    expect(first.ok).toBe(true);
    expect(JSON.stringify(first)).not.toContain('argon2');
    const again = await signUp(t.db, { role: 'teacher', displayName: 'Impostor', email: ' NG@School.test ', password: PASSWORD });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: 'An account with this email already exists.' } });
  });

  it('rejects weak passwords with a message saying why', async () => {
    const short = await signUp(t.db, { role: 'student', displayName: 'Kim', username: 'kim', password: 'short1' });
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: 'Use at least 10 characters.' } });
    const common = await signUp(t.db, { role: 'student', displayName: 'Kim', username: 'kim', password: 'Password123' });
    expect(common).toMatchObject({ ok: false, fieldErrors: { password: 'This password is too common; choose another.' } });
    const own = await signUp(t.db, { role: 'student', displayName: 'Kim', username: 'kimberly99', password: 'kimberly99' });
    expect(own).toMatchObject({ ok: false, fieldErrors: { password: 'Your password must not be your username or email.' } });
    expect(await t.db.$count(users, eq(users.username, 'kim'))).toBe(0);
  });

  it('needs an email for teachers and a username or email for students, and rejects taken usernames', async () => {
    expect(await signUp(t.db, { role: 'teacher', displayName: 'T', username: 'teach', password: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
    expect(await signUp(t.db, { role: 'student', displayName: 'S', password: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { username: expect.any(String) } });
    expect((await signUp(t.db, { role: 'student', displayName: 'Lu', username: 'lu_1', password: PASSWORD })).ok).toBe(true);
    expect(await signUp(t.db, { role: 'student', displayName: 'Lu 2', username: 'LU_1', password: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { username: 'This username is taken.' } });
  });

  it('enrolls a student who signs up with a class code, and rejects an unknown code', async () => {
    const teacher = await makeCaller(t.db, 'teacher', 'Okafor');
    const cls = (await createClass(t.db, teacher, { name: 'History 9' }))!;
    const bad = await signUp(t.db, { role: 'student', displayName: 'Zoe', username: 'zoe', password: PASSWORD, joinCode: 'ZZZZ-ZZZZ' });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { joinCode: 'No class has this code.' } });
    const student = await makeCaller(t.db, 'student', 'Zoe', { joinCode: cls.joinCode.toLowerCase() });
    expect((await getClass(t.db, student, cls.id))?.name).toBe('History 9');
  });
});

describe('sign-in', () => {
  it('accepts the email or username in any case, and gives one generic answer for unknown login and wrong password', async () => {
    await makeCaller(t.db, 'student', 'Mira');
    const ok = await verifyCredentials(t.db, { login: 'MIRA', password: PASSWORD, ip: '10.0.0.1', now });
    expect(ok).toMatchObject({ ok: true, user: { role: 'student', displayName: 'Mira', sessionVersion: 1 } });
    expect(JSON.stringify(ok)).not.toContain('argon2');
    const wrong = await verifyCredentials(t.db, { login: 'mira', password: 'not my password', ip: '10.0.0.1', now });
    const unknown = await verifyCredentials(t.db, { login: 'nobody-here', password: PASSWORD, ip: '10.0.0.1', now });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it('throttles an account from one address after 5 failures, while the owner elsewhere still signs in', async () => {
    await makeCaller(t.db, 'teacher', 'Target');
    const login = 'target@school.test';
    for (let i = 0; i < 5; i++)
      expect(await verifyCredentials(t.db, { login, password: `guess number ${i}`, ip: '203.0.113.9', now: minutesLater(i) })).toEqual({ ok: false, reason: 'invalid' });
    // Even the right password is refused from the attacking address until the window passes.
    const blocked = await verifyCredentials(t.db, { login, password: PASSWORD, ip: '203.0.113.9', now: minutesLater(5) });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    expect(blocked.ok === false && blocked.retryAfterSeconds).toBe(10 * 60);
    expect(await verifyCredentials(t.db, { login, password: PASSWORD, ip: '198.51.100.7', now: minutesLater(5) })).toMatchObject({ ok: true });
    expect(await verifyCredentials(t.db, { login, password: PASSWORD, ip: '203.0.113.9', now: minutesLater(16) })).toMatchObject({ ok: true });
  });

  it('throttles an address that sprays many accounts, and only that address', async () => {
    await makeCaller(t.db, 'student', 'Sprayed');
    for (let i = 0; i < 30; i++) await verifyCredentials(t.db, { login: `victim${i}`, password: 'whatever123', ip: '192.0.2.50', now });
    expect(await verifyCredentials(t.db, { login: 'sprayed', password: PASSWORD, ip: '192.0.2.50', now })).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await verifyCredentials(t.db, { login: 'sprayed', password: PASSWORD, ip: '192.0.2.51', now })).toMatchObject({ ok: true });
  });
});

describe('sessions', () => {
  it('refuses token claims issued before a sign-out everywhere', async () => {
    const caller = await makeCaller(t.db, 'student', 'Nia');
    const old = { userId: caller.id, sessionVersion: 1 };
    expect(await resolveCaller(t.db, old)).toMatchObject({ id: caller.id, role: 'student', displayName: 'Nia' });
    const version = await signOutEverywhere(t.db, caller);
    expect(version).toBe(2);
    expect(await resolveCaller(t.db, old)).toBeNull();
    expect(await resolveCaller(t.db, { userId: caller.id, sessionVersion: 2 })).not.toBeNull();
  });

  it('changing the password bumps the version and only the new password works', async () => {
    const caller = await makeCaller(t.db, 'student', 'Omar');
    expect(await changePassword(t.db, caller, { current: 'wrong wrong wrong', next: 'a brand new passphrase' })).toMatchObject({ ok: false, fieldErrors: { current: expect.any(String) } });
    expect(await changePassword(t.db, caller, { current: PASSWORD, next: 'password123' })).toMatchObject({ ok: false, fieldErrors: { next: expect.any(String) } });
    expect(await changePassword(t.db, caller, { current: PASSWORD, next: 'a brand new passphrase' })).toEqual({ ok: true, data: { sessionVersion: 2 } });
    expect(await resolveCaller(t.db, { userId: caller.id, sessionVersion: 1 })).toBeNull();
    expect(await verifyCredentials(t.db, { login: 'omar', password: PASSWORD, ip: '10.1.1.1', now })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials(t.db, { login: 'omar', password: 'a brand new passphrase', ip: '10.1.1.1', now })).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
  });

  it('refuses forged claims and deleted users', async () => {
    const caller = await makeCaller(t.db, 'student', 'Gone');
    for (const userId of ['garbage', '', null, 7, "' or 1=1 --"]) expect(await resolveCaller(t.db, { userId, sessionVersion: 1 })).toBeNull();
    expect(await resolveCaller(t.db, { userId: caller.id, sessionVersion: '1' })).toBeNull();
    await t.db.delete(users).where(eq(users.id, caller.id));
    expect(await resolveCaller(t.db, { userId: caller.id, sessionVersion: 1 })).toBeNull();
  });
});
