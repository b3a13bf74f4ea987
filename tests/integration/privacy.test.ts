import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { actionReceipts, articles, authAttempts, cards, emailOutbox, knownDevices, questions, reviewLogs, studySettings } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { verifyCredentials } from '@/db/queries/users';
import { createClass } from '@/db/queries/classes';
import { createSet } from '@/db/queries/sets';
import { createAssignment, setExcused } from '@/db/queries/assignments';
import { decideQuestions } from '@/db/queries/review-decisions';
import { deleteMyAccount, exportMyData, removeStudentFromCited } from '@/db/queries/privacy';
import { makeCaller, PASSWORD } from './helpers';
import { finishAttempt } from './classroom-helpers';

let t: TestDb;
let teacher: Caller, other: Caller;
let cls: { id: string; joinCode: string };
let assignmentId: string;

/** Every row of every table in the public schema, as text, for a "no trace left" scan. */
async function everyRowAsText(): Promise<Map<string, string>> {
  const tables = await t.db.execute<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  const out = new Map<string, string>();
  for (const { table_name } of (tables as unknown as { rows?: { table_name: string }[] }).rows ?? (tables as unknown as { table_name: string }[])) {
    const rows = await t.db.execute(sql.raw(`select * from "${table_name}"`));
    out.set(table_name, JSON.stringify((rows as unknown as { rows?: unknown[] }).rows ?? rows).toLowerCase());
  }
  return out;
}

/** A student with a footprint in every table that can hold one. */
async function studentWithHistory(name: string): Promise<Caller> {
  const student = await makeCaller(t.db, 'student', name, { joinCode: cls.joinCode });
  const login = name.toLowerCase();
  // An address too, so that mail queued for it is part of the footprint.
  await t.db.execute(sql`update users set email = ${`${login}@mail.test`} where id = ${student.id}`);
  await finishAttempt(t.db, student.id, assignmentId, { right: () => true, finishedAt: new Date('2026-01-09T10:00:00Z') });
  await setExcused(t.db, teacher, { assignmentId, studentId: student.id, excused: 'true' });
  const [card] = await t.db.insert(cards).values({ studentId: student.id, questionId: 'q1', due: new Date() }).returning({ id: cards.id });
  await t.db.insert(reviewLogs).values({ id: randomUUID(), cardId: card!.id, studentId: student.id, questionId: 'q1', rating: 3, review: new Date(), state: 1, due: new Date(), stability: 1, difficulty: 5 });
  await t.db.insert(studySettings).values({ userId: student.id });
  await t.db.insert(knownDevices).values({ userId: student.id, tokenHash: `device-${login}` });
  await t.db.insert(actionReceipts).values({ key: randomUUID(), userId: student.id, action: 'join' });
  await t.db.insert(emailOutbox).values({ toAddress: `${login}@mail.test`, subject: 'Hi', body: 'Welcome' });
  // A failed sign-in by their login, before and after the account knew it.
  await verifyCredentials(t.db, { login, password: 'wrong password!', ip: '10.0.0.9', now: new Date() });
  await t.db.insert(authAttempts).values({ login, ip: '10.0.0.8', userId: student.id, succeeded: true });
  return student;
}

beforeAll(async () => {
  t = await createTestDb();
  [teacher, other] = await Promise.all([makeCaller(t.db, 'teacher', 'Teach'), makeCaller(t.db, 'teacher', 'Elsewhere')]);
  cls = (await createClass(t.db, teacher, { name: 'Privacy class' }))!;
  await t.db.insert(articles).values({ id: 'a1', slug: 'a-story', title: 'A story', body: 'Ministers met in Geneva on Monday.', contentHash: 'h' });
  await t.db.insert(questions).values({ id: 'q1', kind: 'where', prompt: 'Where?', choices: ['Geneva', 'Lyon'], answer: 'Geneva', explanation: 'E', sources: [{ article: 'a1', start: 0, end: 30 }], difficulty: 0.2, articleId: 'a1', contentHash: 'h' });
  await decideQuestions(t.db, teacher, { one: 'approved:q1' });
  const set = (await createSet(t.db, teacher, { title: 'S', 'q:q1': 'on' }))!;
  const made = await createAssignment(t.db, teacher, { setId: set.id, classId: cls.id, mode: 'quiz' });
  if (!made?.ok) throw new Error('no assignment');
  assignmentId = made.data.id;
});
afterAll(async () => {
  await t?.close();
});

describe('privacy', () => {
  it('the data download holds the student’s answers, cards, reviews and sign-in records, and no password hash', async () => {
    const zoe = await studentWithHistory('Zoe');
    const data = (await exportMyData(t.db, zoe))!;
    expect(data.attempts[0]!.answers).toHaveLength(1);
    expect(data.flashcards).toHaveLength(1);
    expect(data.reviews).toHaveLength(1);
    expect(data.signInRecords.length).toBeGreaterThanOrEqual(2);
    expect(data.classes.map((c) => c.className)).toEqual(['Privacy class']);
    expect(JSON.stringify(data)).not.toMatch(/argon2|password_?hash|device-zoe/i);
  });

  it('deleting an account leaves no row anywhere that refers to the student', async () => {
    const ada = await studentWithHistory('Ada');
    const before = await everyRowAsText();
    expect([...before.values()].some((rows) => rows.includes(ada.id))).toBe(true);
    expect(await deleteMyAccount(t.db, ada, 'not my password')).toEqual({ ok: false, error: 'That is not your password.' });
    expect(await deleteMyAccount(t.db, ada, PASSWORD)).toEqual({ ok: true });
    const after = await everyRowAsText();
    const traces = [...after].filter(([, rows]) => rows.includes(ada.id) || rows.includes('"ada"') || rows.includes('ada@mail.test') || rows.includes('device-ada'));
    expect(traces.map(([table]) => table)).toEqual([]);
  });

  it('a teacher removes a student they manage from Cited; nobody else can, and a shared student is refused', async () => {
    const bo = await studentWithHistory('Bob');
    expect(await removeStudentFromCited(t.db, other, bo.id)).toBeNull();
    expect(await removeStudentFromCited(t.db, bo, bo.id)).toBeNull();
    const shared = await studentWithHistory('Cyd');
    const elsewhere = (await createClass(t.db, other, { name: 'Other class' }))!;
    await t.db.execute(sql`insert into enrollments (class_id, student_id) values (${elsewhere.id}, ${shared.id})`);
    expect(await removeStudentFromCited(t.db, teacher, shared.id)).toMatchObject({ ok: false, error: expect.stringContaining('another teacher') });
    expect(await removeStudentFromCited(t.db, teacher, bo.id)).toEqual({ ok: true });
    const after = await everyRowAsText();
    expect([...after].filter(([, rows]) => rows.includes(bo.id) || rows.includes('"bob"') || rows.includes('bob@mail.test') || rows.includes('device-bob')).map(([table]) => table)).toEqual([]);
    // The others are untouched.
    expect([...after.values()].some((rows) => rows.includes(shared.id))).toBe(true);
  });

  it('a teacher with classes is asked to deal with them before deleting their account', async () => {
    expect(await deleteMyAccount(t.db, teacher, PASSWORD)).toMatchObject({ ok: false, error: expect.stringContaining('classes') });
  });
});
