import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { ensureDatabaseReady, runBootstrap } from '@/db/bootstrap';
import { DEFAULT_CONTENT_DIR } from '@/db/import-content';
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
    expect(report.migrated).toBe(true);
    expect(report.import?.articles.total).toBe(5);
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

describe('a restart with nothing changed (start fast)', () => {
  it('skips the migrations, the import and the demo accounts, and redoes only what changed', async () => {
    const fresh = await createTestDb({ migrate: false });
    const db = fresh.db;
    const dir = await mkdtemp(path.join(tmpdir(), 'cited-start-'));
    try {
      await copyFile(path.join(DEFAULT_CONTENT_DIR, '003_7dd9c39fcf2f66b9.md'), path.join(dir, '003_7dd9c39fcf2f66b9.md'));
      const first = await runBootstrap(db, { contentDir: dir });
      expect(first).toMatchObject({ migrated: true, demoAccountsCreated: true });
      expect(first.import?.articles.total).toBe(1);

      const second = await runBootstrap(db, { contentDir: dir });
      expect(second).toMatchObject({ migrated: false, import: null, demoAccountsCreated: false });

      // The demo accounts are made once per database: deleting them is not undone by a restart.
      await db.delete(users).where(eq(users.email, DEMO_TEACHER.email));
      await copyFile(path.join(DEFAULT_CONTENT_DIR, '000_b14f648e1192a9e9.md'), path.join(dir, '000_b14f648e1192a9e9.md'));
      const third = await runBootstrap(db, { contentDir: dir });
      expect(third).toMatchObject({ migrated: false, demoAccountsCreated: false });
      expect(third.import?.articles).toMatchObject({ total: 2, written: 1 });
      expect(await db.$count(users, eq(users.email, DEMO_TEACHER.email))).toBe(0);
    } finally {
      await fresh.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
