import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/client';
import { articles, questions } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { createClass, getClass, listMyClasses } from '@/db/queries/classes';
import { joinClassByCode } from '@/db/queries/enrollments';
import { getArticle, listArticles } from '@/db/queries/articles';
import { listQuestionsForArticle } from '@/db/queries/questions';
import { FORGED_IDS, makeCaller } from './helpers';

let t: TestDb;
let teacherA: Caller, teacherB: Caller, studentA: Caller, studentB: Caller, loner: Caller;
let classA: { id: string; joinCode: string }, classB: { id: string; joinCode: string };

beforeAll(async () => {
  t = await createTestDb();
  [teacherA, teacherB] = await Promise.all([makeCaller(t.db, 'teacher', 'Adams'), makeCaller(t.db, 'teacher', 'Baker')]);
  classA = (await createClass(t.db, teacherA, { name: 'Class A' }))!;
  classB = (await createClass(t.db, teacherB, { name: 'Class B' }))!;
  [studentA, studentB, loner] = await Promise.all([
    makeCaller(t.db, 'student', 'Sam', { joinCode: classA.joinCode }),
    makeCaller(t.db, 'student', 'Bea', { joinCode: classB.joinCode }),
    makeCaller(t.db, 'student', 'Lone'),
  ]);
  await t.db.insert(articles).values({ id: 'a1', slug: 'talks-in-geneva', title: 'Talks in Geneva', body: 'Talks in Geneva\n\nThe talks began on Monday.', contentHash: 'h' });
  await t.db.insert(questions).values([
    { id: 'q-live', kind: 'where', prompt: 'Where?', choices: ['Geneva', 'Paris'], answer: 'Geneva', explanation: 'E', sources: [{ article: 'a1', start: 0, end: 5 }], difficulty: 0.2, articleId: 'a1', contentHash: 'h' },
    { id: 'q-old', kind: 'where', prompt: 'Old?', choices: ['X', 'Y'], answer: 'X', explanation: 'E', sources: [], difficulty: 0.3, articleId: 'a1', status: 'retired', contentHash: 'h' },
  ]);
});
afterAll(async () => {
  await t?.close();
});

describe('classes', () => {
  it('a teacher cannot read another teacher’s class', async () => {
    expect(await getClass(t.db, teacherA, classB.id)).toBeNull();
    expect(await getClass(t.db, teacherB, classA.id)).toBeNull();
    expect((await listMyClasses(t.db, teacherA)).map((c) => c.id)).toEqual([classA.id]);
  });

  it('a student reads only classes they are enrolled in, without the roster or join code', async () => {
    expect(await getClass(t.db, studentA, classB.id)).toBeNull();
    expect(await getClass(t.db, loner, classA.id)).toBeNull();
    const mine = await getClass(t.db, studentA, classA.id);
    expect(mine).toMatchObject({ id: classA.id, name: 'Class A', teacherName: 'Adams', isOwner: false, roster: null, joinCode: null, studentCount: 1 });
    expect(await listMyClasses(t.db, studentA)).toEqual([{ id: classA.id, name: 'Class A', teacherName: 'Adams', studentCount: 1, joinCode: null, archivedAt: null }]);
    expect(await listMyClasses(t.db, loner)).toEqual([]);
  });

  it('the owner sees the roster, with no password hashes', async () => {
    const own = await getClass(t.db, teacherA, classA.id);
    expect(own?.roster?.map((s) => s.displayName)).toEqual(['Sam']);
    expect(own?.joinCode).toBe(classA.joinCode);
    expect(JSON.stringify(own)).not.toMatch(/argon2|password/i);
  });

  it('forged or garbage ids are a miss, not an error', async () => {
    for (const caller of [teacherA, studentA])
      for (const id of FORGED_IDS) expect(await getClass(t.db, caller, id)).toBeNull();
  });

  it('only teachers create classes; only students join, once, with a real code', async () => {
    expect(await createClass(t.db, studentA, { name: 'Mine' })).toBeNull();
    expect(await createClass(t.db, teacherA, { name: '   ' })).toBeNull();
    expect(await joinClassByCode(t.db, teacherB, classA.joinCode)).toBeNull();
    for (const code of [...FORGED_IDS, 'NOPE-NOPE']) expect(await joinClassByCode(t.db, loner, code)).toBeNull();
    expect(await joinClassByCode(t.db, loner, classB.joinCode)).toEqual({ classId: classB.id, name: 'Class B' });
    expect(await joinClassByCode(t.db, loner, ` ${classB.joinCode.toLowerCase()} `)).toEqual({ classId: classB.id, name: 'Class B' });
    expect((await getClass(t.db, teacherB, classB.id))?.roster?.map((s) => s.displayName).sort()).toEqual(['Bea', 'Lone']);
    expect(await getClass(t.db, loner, classB.id)).not.toBeNull();
    expect(await getClass(t.db, studentB, classA.id)).toBeNull();
  });
});

describe('articles and questions', () => {
  it('any signed-in user reads the library; a bad slug is a miss', async () => {
    const list = await listArticles(t.db, studentB);
    expect(list).toEqual([{ id: 'a1', slug: 'talks-in-geneva', title: 'Talks in Geneva', outlet: null, publishedOn: null, origin: 'folder', copyOf: null, preview: 'The talks began on Monday.' }]);
    expect((await getArticle(t.db, studentB, 'talks-in-geneva'))?.body).toContain('Monday');
    for (const slug of [...FORGED_IDS, 'no-such-article', '../etc/passwd']) expect(await getArticle(t.db, studentB, slug)).toBeNull();
  });

  it('the answer-revealing list is for teachers only: students get nothing; teachers also see retired questions', async () => {
    expect(await listQuestionsForArticle(t.db, studentA, 'talks-in-geneva')).toBeNull();
    expect((await listQuestionsForArticle(t.db, teacherA, 'talks-in-geneva'))?.map((q) => [q.id, q.status])).toEqual([
      ['q-live', 'generated'],
      ['q-old', 'retired'],
    ]);
    for (const slug of FORGED_IDS) expect(await listQuestionsForArticle(t.db, teacherA, slug)).toBeNull();
  });
});
