import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { ensureDatabaseReady } from '@/db/bootstrap';
import { DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER, unsafeEnsureDemoAccounts } from '@/db/demo-accounts';
import { classes, enrollments, users } from '@/db/schema';
import { getClass } from '@/db/queries/classes';
import { resolveCaller, verifyCredentials } from '@/db/queries/users';
import { listArticles } from '@/db/queries/articles';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ migrate: false });
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  delete process.env.CITED_DEMO_ACCOUNTS;
});

describe('first start', () => {
  it('migrates, imports and creates the demo accounts once, even when two requests race', async () => {
    const [a, b] = [ensureDatabaseReady(t.db), ensureDatabaseReady(t.db)];
    expect(a).toBe(b);
    const report = await a;
    expect(report.demoAccountsCreated).toBe(true);
    expect(report.import.articles.total).toBe(5);
    expect(await unsafeEnsureDemoAccounts(t.db)).toBe(false);
    expect(await t.db.$count(users)).toBe(3);
    expect(await t.db.$count(classes, eq(classes.joinCode, DEMO_CLASS.joinCode))).toBe(1);
    expect(await t.db.$count(enrollments)).toBe(2);
  });

  it('the demo accounts sign in with the documented password and see their class and the library', async () => {
    const now = new Date();
    for (const login of [DEMO_TEACHER.email, ...DEMO_STUDENTS.map((s) => s.username)]) {
      const result = await verifyCredentials(t.db, { login, password: DEMO_PASSWORD, ip: '127.0.0.1', now });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const caller = (await resolveCaller(t.db, { userId: result.user.id, sessionVersion: result.user.sessionVersion }))!;
      const [cls] = await t.db.select({ id: classes.id }).from(classes).where(eq(classes.joinCode, DEMO_CLASS.joinCode));
      expect((await getClass(t.db, caller, cls!.id))?.name).toBe(DEMO_CLASS.name);
      expect(await listArticles(t.db, caller)).toHaveLength(5);
    }
  });

  it('creates no demo accounts when CITED_DEMO_ACCOUNTS=0', async () => {
    const other = await createTestDb({ migrate: false });
    try {
      process.env.CITED_DEMO_ACCOUNTS = '0';
      expect((await ensureDatabaseReady(other.db)).demoAccountsCreated).toBe(false);
      expect(await other.db.$count(users)).toBe(0);
    } finally {
      await other.close();
    }
  });
});
