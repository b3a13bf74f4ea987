import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { closeDb, connectPostgres, createTestDb, migrate, type TestDb } from '@/db/client';
import { cards, classes, enrollments, questions, reviewLogs, users } from '@/db/schema';

let t: TestDb;
let migrationCount = -1;
const before0 = () => migrationCount;
beforeAll(async () => {
  t = await createTestDb({ migrate: false });
});
afterAll(async () => {
  await t?.close();
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await t.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

describe(`migrations (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('create every table of the domain', async () => {
    await migrate(t.db);
    const tables = (await rows<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public'`)).map((r) => r.table_name);
    for (const name of ['users', 'auth_attempts', 'classes', 'enrollments', 'articles', 'people', 'quotes', 'meetings', 'figures', 'conflicts', 'questions', 'sets', 'set_items', 'assignments', 'attempts', 'answers', 'cards', 'review_logs'])
      expect(tables).toContain(name);
  });

  it('applying them again changes nothing', async () => {
    const before = await rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await migrate(t.db);
    const after = await rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(after).toEqual(before);
    migrationCount = before[0]?.n ?? -1;
    expect(before[0]?.n).toBeGreaterThan(0);
  });

  it('two concurrent runs on a fresh database both succeed (two requests, or two server instances)', async () => {
    const fresh = await createTestDb({ migrate: false });
    const second = fresh.url ? connectPostgres(fresh.url) : fresh.db;
    try {
      await Promise.all([migrate(fresh.db), migrate(second), migrate(fresh.db)]);
      const result = (await fresh.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as { rows: { n: number }[] };
      expect(result.rows[0]?.n).toBe(before0());
    } finally {
      if (second !== fresh.db) await closeDb(second);
      await fresh.close();
    }
  });

  it('enforce roles, one login per account, one enrollment per student and class, ratings 1..4, one row per review id', async () => {
    const hash = 'x';
    await expect(t.db.insert(users).values({ role: 'admin' as never, email: 'a@x.test', displayName: 'A', passwordHash: hash })).rejects.toThrow();
    await expect(t.db.insert(users).values({ role: 'student', displayName: 'Nobody', passwordHash: hash })).rejects.toThrow();
    const [teacher] = await t.db.insert(users).values({ role: 'teacher', email: 't@x.test', displayName: 'T', passwordHash: hash }).returning();
    const [student] = await t.db.insert(users).values({ role: 'student', username: 's1', displayName: 'S', passwordHash: hash }).returning();
    await expect(t.db.insert(users).values({ role: 'student', username: 's1', displayName: 'Twin', passwordHash: hash })).rejects.toThrow();
    const [cls] = await t.db.insert(classes).values({ teacherId: teacher!.id, name: 'C', joinCode: 'ABCD-EFGH' }).returning();
    await t.db.insert(enrollments).values({ classId: cls!.id, studentId: student!.id });
    await expect(t.db.insert(enrollments).values({ classId: cls!.id, studentId: student!.id })).rejects.toThrow();
    await expect(t.db.insert(enrollments).values({ classId: cls!.id, studentId: '00000000-0000-0000-0000-000000000000' })).rejects.toThrow();

    await t.db.insert(questions).values({ id: 'q1', kind: 'who-said', prompt: 'P', answer: 'A', explanation: 'E', sources: [], difficulty: 0.5, contentHash: 'h' });
    const [card] = await t.db.insert(cards).values({ studentId: student!.id, questionId: 'q1', due: new Date() }).returning();
    const review = { cardId: card!.id, studentId: student!.id, questionId: 'q1', state: 1, due: new Date(), stability: 1, difficulty: 5, review: new Date() };
    await expect(t.db.insert(reviewLogs).values({ ...review, id: crypto.randomUUID(), rating: 5 })).rejects.toThrow();
    const id = crypto.randomUUID();
    await t.db.insert(reviewLogs).values({ ...review, id, rating: 3 }).onConflictDoNothing();
    await t.db.insert(reviewLogs).values({ ...review, id, rating: 3 }).onConflictDoNothing();
    expect(await t.db.$count(reviewLogs)).toBe(1);
    // A question learners have touched cannot be deleted out from under them.
    await expect(t.db.delete(questions).where(sql`${questions.id} = 'q1'`)).rejects.toThrow();
  });
});
