import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { DEFAULT_CONTENT_DIR, importContent } from '@/db/import-content';
import { answers, articles, attempts, questions } from '@/db/schema';
import { getArticle, listArticles } from '@/db/queries/articles';
import type { Caller } from '@/db/queries/users';
import { makeCaller } from './helpers';

const KEPT = '003_7dd9c39fcf2f66b9';
const REMOVED = '000_b14f648e1192a9e9';

let t: TestDb;
let dir: string;
let student: Caller;
beforeAll(async () => {
  t = await createTestDb();
  student = await makeCaller(t.db, 'student', 'Reader');
  dir = await mkdtemp(path.join(tmpdir(), 'cited-library-'));
  for (const id of [KEPT, REMOVED]) await copyFile(path.join(DEFAULT_CONTENT_DIR, `${id}.md`), path.join(dir, `${id}.md`));
  await writeFile(path.join(dir, 'open-quote.md'), '---\ntitle: "x\n---\nSome article text that should never be imported.\n');
  await writeFile(path.join(dir, 'empty-block.md'), '---\n---\nSome article text that should never be imported.\n');
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the library matches its folder', () => {
  it('refuses bad front matter with a reason, instead of an article titled "---"', async () => {
    const report = await importContent(t.db, { contentDir: dir });
    expect(report.articles).toMatchObject({ total: 2, retired: 0 });
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]));
    expect(reasons['open-quote.md']).toMatch(/title.*quotation mark.*never closed/);
    expect(reasons['empty-block.md']).toMatch(/front matter is empty/);
    const titles = (await listArticles(t.db, student)).map((a) => a.title);
    expect(titles).toHaveLength(2);
    expect(titles.some((title) => title.startsWith('---') || title === 'x')).toBe(false);
  });

  it('retires an article whose file was removed: gone from the library, kept with its answers for history', async () => {
    const [question] = await t.db.select({ id: questions.id }).from(questions).where(eq(questions.articleId, REMOVED)).limit(1);
    const [attempt] = await t.db.insert(attempts).values({ studentId: student.id, mode: 'article', articleId: REMOVED }).returning();
    await t.db.insert(answers).values({ id: crypto.randomUUID(), attemptId: attempt!.id, questionId: question!.id, response: 'x', isCorrect: false });
    const slug = (await t.db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, REMOVED)))[0]!.slug;

    await rm(path.join(dir, `${REMOVED}.md`));
    const report = await importContent(t.db, { contentDir: dir });
    expect(report.articles).toMatchObject({ total: 1, retired: 1 });
    expect((await listArticles(t.db, student)).map((a) => a.id)).toEqual([KEPT]);
    expect((await getArticle(t.db, student, slug))?.id).toBe(REMOVED);
    expect(await t.db.$count(answers, eq(answers.attemptId, attempt!.id))).toBe(1);
    expect(await t.db.$count(articles, and(eq(articles.id, REMOVED), isNotNull(articles.retiredAt)))).toBe(1);
  });

  it('un-retires it when the file comes back, and a further run changes nothing', async () => {
    await copyFile(path.join(DEFAULT_CONTENT_DIR, `${REMOVED}.md`), path.join(dir, `${REMOVED}.md`));
    const back = await importContent(t.db, { contentDir: dir });
    expect(back.articles).toMatchObject({ total: 2, written: 1, retired: 0 });
    expect((await listArticles(t.db, student)).map((a) => a.id).sort()).toEqual([REMOVED, KEPT].sort());
    const again = await importContent(t.db, { contentDir: dir });
    expect(again.articles).toEqual({ total: 2, written: 0, retired: 0 });
  });

  it('never retires a teacher’s upload, which has no file in the folder', async () => {
    const teacher = await makeCaller(t.db, 'teacher', 'Uploader');
    await t.db.insert(articles).values({ id: 'upload-1', slug: 'uploaded', title: 'Uploaded', body: 'Text.', contentHash: 'h', origin: 'upload', ownerId: teacher.id });
    const report = await importContent(t.db, { contentDir: dir });
    expect(report.articles.retired).toBe(0);
    expect((await t.db.select({ retiredAt: articles.retiredAt }).from(articles).where(eq(articles.id, 'upload-1')))[0]?.retiredAt).toBeNull();
  });
});
