import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { acceptInvitation, createInvitation, findOpenInvitation, listInvitations, revokeInvitation, unsafePruneInvitations } from '@/db/queries/invitations';
import { isOpenTeacherSignUp, setOpenTeacherSignUp } from '@/db/queries/settings';
import { listOutbox, unsafeQueueEmail } from '@/db/queries/outbox';
import { resolveCaller, unsafeCreateAccount, unsafePromoteToAdmin, type Caller } from '@/db/queries/users';
import { DEMO_TEACHER, unsafeEnsureDemoAccounts } from '@/db/demo-accounts';
import { FORGED_IDS, makeCaller, PASSWORD } from './helpers';

let t: TestDb;
let admin: Caller;
let teacher: Caller;
let student: Caller;
beforeAll(async () => {
  t = await createTestDb();
  admin = await makeCaller(t.db, 'teacher', 'Head', { isAdmin: true });
  teacher = await makeCaller(t.db, 'teacher', 'Colleague');
  student = await makeCaller(t.db, 'student', 'Pupil');
});
afterAll(async () => {
  await t?.close();
});

const now = new Date('2026-03-02T09:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

async function inviteWithId(role: 'teacher' | 'admin' = 'teacher', email = ''): Promise<{ token: string; id: string }> {
  const created = await createInvitation(t.db, admin, { role, email, note: '' }, now);
  if (!created?.ok) throw new Error(`invitation not created: ${JSON.stringify(created)}`);
  return created.data;
}
const invite = async (role: 'teacher' | 'admin' = 'teacher', email = '') => (await inviteWithId(role, email)).token;

describe('invitations', () => {
  it('are made by administrators only, and store the link only as a hash', async () => {
    expect(await createInvitation(t.db, teacher, { role: 'teacher' }, now)).toBeNull();
    expect(await createInvitation(t.db, student, { role: 'teacher' }, now)).toBeNull();
    const token = await invite('teacher', 'new.teacher@school.test');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.select().from(invitations);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await findOpenInvitation(t.db, token, now)).toMatchObject({ role: 'teacher', email: 'new.teacher@school.test', invitedBy: 'Head' });
  });

  it('make a teacher account that signs in as a teacher, and work once', async () => {
    const token = await invite();
    const accepted = await acceptInvitation(t.db, token, { displayName: 'Mr Okafor', email: 'okafor@school.test', password: PASSWORD }, days(1));
    expect(accepted).toMatchObject({ ok: true, user: { role: 'teacher', isAdmin: false, email: 'okafor@school.test' } });
    const second = await acceptInvitation(t.db, token, { displayName: 'Gatecrasher', email: 'crasher@school.test', password: PASSWORD }, days(1));
    expect(second).toMatchObject({ ok: false, isLinkDead: true });
    expect(await t.db.$count(users, eq(users.email, 'crasher@school.test'))).toBe(0);
    expect(await findOpenInvitation(t.db, token, days(1))).toBeNull();
    const list = await listInvitations(t.db, admin, days(1));
    expect(list?.find((i) => i.usedByName === 'Mr Okafor')).toMatchObject({ status: 'used', createdByName: 'Head' });
  });

  it('let exactly one of two simultaneous uses of a link through', async () => {
    const token = await invite();
    const [a, b] = await Promise.all([
      acceptInvitation(t.db, token, { displayName: 'Twin A', email: 'twin-a@school.test', password: PASSWORD }, days(1)),
      acceptInvitation(t.db, token, { displayName: 'Twin B', email: 'twin-b@school.test', password: PASSWORD }, days(1)),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const twins = await t.db.select({ id: users.id }).from(users).where(inArray(users.displayName, ['Twin A', 'Twin B']));
    expect(twins).toHaveLength(1);
  });

  it('make administrators when so invited', async () => {
    const token = await invite('admin');
    const accepted = await acceptInvitation(t.db, token, { displayName: 'Deputy', email: 'deputy@school.test', password: PASSWORD }, days(1));
    expect(accepted).toMatchObject({ ok: true, user: { role: 'teacher', isAdmin: true } });
    const deputy = await resolveCaller(t.db, { userId: accepted.ok ? accepted.user.id : null, sessionVersion: 1 });
    expect(deputy?.isAdmin).toBe(true);
  });

  it('stop working after seven days, or when withdrawn, and a taken email leaves them unused', async () => {
    const expiring = await invite();
    expect(await acceptInvitation(t.db, expiring, { displayName: 'Late', email: 'late@school.test', password: PASSWORD }, days(8))).toMatchObject({ ok: false, isLinkDead: true });

    const withdrawn = await inviteWithId();
    expect(await revokeInvitation(t.db, teacher, withdrawn.id, now)).toBeNull();
    for (const forged of FORGED_IDS) expect(await revokeInvitation(t.db, admin, forged, now)).toBeNull();
    expect(await revokeInvitation(t.db, admin, withdrawn.id, now)).toEqual({ id: withdrawn.id });
    expect(await revokeInvitation(t.db, admin, withdrawn.id, now)).toBeNull();
    expect(await findOpenInvitation(t.db, withdrawn.token, now)).toBeNull();
    expect(await acceptInvitation(t.db, withdrawn.token, { displayName: 'W', email: 'w@school.test', password: PASSWORD }, now)).toMatchObject({ isLinkDead: true });

    const taken = await invite();
    const clash = await acceptInvitation(t.db, taken, { displayName: 'Copy', email: 'head@school.test', password: PASSWORD }, days(1));
    expect(clash).toMatchObject({ ok: false, fieldErrors: { email: expect.stringMatching(/already exists/) } });
    expect(await findOpenInvitation(t.db, taken, days(1))).not.toBeNull();
  });

  it('refuse forged tokens and bad input without touching the database', async () => {
    for (const token of [...FORGED_IDS, 'x'.repeat(43), `${'A'.repeat(42)}\u0000`]) {
      expect(await findOpenInvitation(t.db, token, now)).toBeNull();
      expect(await acceptInvitation(t.db, token, { displayName: 'X', email: 'x@school.test', password: PASSWORD }, now)).toMatchObject({ ok: false });
    }
    const token = await invite();
    expect(await acceptInvitation(t.db, token, { displayName: 'Nul\u0000', email: 'nul@school.test', password: 'nul@school.test' }, now)).toMatchObject({
      ok: false,
      fieldErrors: { displayName: expect.any(String), password: expect.any(String) },
    });
  });

  it('are listed for administrators only, and pruned a month after they stop working', async () => {
    expect(await listInvitations(t.db, teacher, now)).toBeNull();
    expect(await listInvitations(t.db, student, now)).toBeNull();
    const before = (await listInvitations(t.db, admin, now))!.length;
    expect(await unsafePruneInvitations(t.db, days(40))).toBeGreaterThan(0);
    expect((await listInvitations(t.db, admin, days(40)))!.length).toBeLessThan(before);
  });
});

describe('open teacher sign-up and the outbox', () => {
  it('only administrators change the setting or read the mail', async () => {
    expect(await isOpenTeacherSignUp(t.db)).toBe(false);
    for (const caller of [teacher, student]) {
      expect(await setOpenTeacherSignUp(t.db, caller, true)).toBeNull();
      expect(await listOutbox(t.db, caller)).toBeNull();
    }
    expect(await isOpenTeacherSignUp(t.db)).toBe(false);
    await unsafeQueueEmail(t.db, { toAddress: 'someone@school.test', subject: 'Hello', body: 'Body', now });
    expect((await listOutbox(t.db, admin))?.map((m) => m.subject)).toContain('Hello');
  });
});

describe('the first administrator (npm run admin:create)', () => {
  it('is created as a teacher and administrator, or an existing account is made one', async () => {
    const created = await unsafeCreateAccount(t.db, { role: 'teacher', isAdmin: true, email: 'Founder@School.test', displayName: 'Founder', password: PASSWORD });
    expect(created).toMatchObject({ ok: true, user: { role: 'teacher', isAdmin: true, email: 'founder@school.test' } });
    expect(await unsafeCreateAccount(t.db, { role: 'student', isAdmin: true, username: 'sneaky', displayName: 'S', password: PASSWORD })).toMatchObject({ ok: true, user: { isAdmin: false } });
    await unsafeCreateAccount(t.db, { role: 'student', email: 'was-student@school.test', displayName: 'Was Student', password: PASSWORD });
    expect(await unsafePromoteToAdmin(t.db, ' WAS-student@school.test ')).toMatchObject({ email: 'was-student@school.test' });
    const [row] = await t.db.select({ role: users.role, isAdmin: users.isAdmin }).from(users).where(eq(users.email, 'was-student@school.test'));
    expect(row).toEqual({ role: 'teacher', isAdmin: true });
    expect(await unsafePromoteToAdmin(t.db, 'nobody@school.test')).toBeNull();
  });
});

describe('the demo teacher', () => {
  it('is an administrator, also in a database made before administrators existed', async () => {
    await unsafeEnsureDemoAccounts(t.db);
    const [demo] = await t.db.select({ isAdmin: users.isAdmin }).from(users).where(eq(users.email, DEMO_TEACHER.email));
    expect(demo?.isAdmin).toBe(true);
    await t.db.update(users).set({ isAdmin: false }).where(eq(users.email, DEMO_TEACHER.email));
    await unsafeEnsureDemoAccounts(t.db);
    const [again] = await t.db.select({ isAdmin: users.isAdmin }).from(users).where(eq(users.email, DEMO_TEACHER.email));
    expect(again?.isAdmin).toBe(true);
  });
});
