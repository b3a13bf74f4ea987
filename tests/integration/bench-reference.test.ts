import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { answers, articles, attempts, questions, users } from '@/db/schema';
import { DELETE, GET, POST } from '@/app/api/bench/reference/route';
import { makeCaller } from './helpers';

const url = (query: string) => new NextRequest(`http://localhost/api/bench/reference?${query}`);
const cache = globalThis as typeof globalThis & { __citedDb?: unknown };
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  // The route reads the process's database through getDb(); the test's database stands in for it.
  cache.__citedDb = t.db;
  await t.db.insert(articles).values({ id: 'a1', slug: 'talks-in-geneva', title: 'Talks in Geneva', body: 'The talks began on Monday.', contentHash: 'h' });
  await t.db.insert(questions).values({ id: 'q1', kind: 'where', prompt: 'Where?', choices: ['Geneva', 'Paris'], answer: 'Geneva', explanation: 'E', sources: [], difficulty: 0.2, articleId: 'a1', contentHash: 'h' });
});

afterEach(() => {
  delete process.env.CITED_BENCH_REFERENCE;
});

afterAll(async () => {
  cache.__citedDb = undefined;
  await t.close();
});

describe('the bench reference route', () => {
  it('does not exist unless the server was started with CITED_BENCH_REFERENCE=1', async () => {
    expect((await GET(url('q=library'))).status).toBe(404);
    expect((await POST(new NextRequest('http://localhost/api/bench/reference?q=answers', { method: 'POST', body: '{}' }))).status).toBe(404);
    expect((await DELETE(url('q=answers'))).status).toBe(404);
  });

  it('sends the library query as a page padded to the size asked', async () => {
    process.env.CITED_BENCH_REFERENCE = '1';
    const response = await GET(url('q=library&bytes=4000'));
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('Talks in Geneva');
    expect(Buffer.byteLength(page)).toBe(4000);
  });

  it('between runs forgets the bench students’ answers and nobody else’s', async () => {
    process.env.CITED_BENCH_REFERENCE = '1';
    const student = await makeCaller(t.db, 'student', 'Real');
    const [bench] = await t.db.insert(users).values({ role: 'student', username: 'bench-001', displayName: 'Bench student 1', passwordHash: 'x' }).returning({ id: users.id });
    const made = await t.db
      .insert(attempts)
      .values([{ studentId: student.id, mode: 'article' as const, articleId: 'a1' }, { studentId: bench!.id, mode: 'article' as const, articleId: 'a1' }])
      .returning({ id: attempts.id, studentId: attempts.studentId });
    await t.db.insert(answers).values(made.map((a) => ({ id: crypto.randomUUID(), attemptId: a.id, questionId: 'q1', response: 'Geneva', isCorrect: true })));

    expect((await DELETE(url('q=answers'))).status).toBe(200);
    const left = await t.db.select({ studentId: attempts.studentId }).from(answers).innerJoin(attempts, eq(attempts.id, answers.attemptId));
    expect(left).toEqual([{ studentId: student.id }]);
  });
});
