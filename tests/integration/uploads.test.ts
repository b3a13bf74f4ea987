import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { DEFAULT_CONTENT_DIR, defaultPipeline, importContent } from '@/db/import-content';
import { articles, people, questions } from '@/db/schema';
import type { Caller } from '@/db/queries/users';
import { createClass } from '@/db/queries/classes';
import { getArticle, listArticles } from '@/db/queries/articles';
import { listReviewQuestions } from '@/db/queries/review';
import { createUpload, getImportJob, unsafeRunImportJob } from '@/db/queries/uploads';
import { makeCaller } from './helpers';

let t: TestDb;
let teacher: Caller, other: Caller, student: Caller, outsider: Caller;

beforeAll(async () => {
  t = await createTestDb();
  await importContent(t.db);
  [teacher, other] = await Promise.all([makeCaller(t.db, 'teacher', 'Uploader'), makeCaller(t.db, 'teacher', 'Bystander')]);
  const cls = (await createClass(t.db, teacher, { name: 'Uploads' }))!;
  [student, outsider] = await Promise.all([makeCaller(t.db, 'student', 'Pupil', { joinCode: cls.joinCode }), makeCaller(t.db, 'student', 'Stranger')]);
});
afterAll(async () => {
  await t?.close();
});

describe('adding an article', () => {
  it('runs extraction and generation in the background with progress, and the questions wait for review, seen by the teacher and their class only', async () => {
    const text = await readFile(path.join(import.meta.dirname, '../fixtures/unseen/central-bank.txt'), 'utf8');
    const peopleBefore = await t.db.$count(people);
    const created = (await createUpload(t.db, teacher, { fileName: 'central-bank.txt', text }))!;
    expect(created.copyOf).toBeNull();
    expect(await getImportJob(t.db, teacher, created.jobId)).toMatchObject({ status: 'queued', progress: 0 });
    await unsafeRunImportJob(t.db, created.jobId);
    const job = (await getImportJob(t.db, teacher, created.jobId))!;
    expect(job).toMatchObject({ status: 'done', progress: 100, error: null });
    expect(job.questionCount).toBeGreaterThan(3);
    const review = (await listReviewQuestions(t.db, teacher, { article: created.articleSlug }))!;
    expect(review.total).toBe(job.questionCount);
    expect(review.items.every((q) => q.status === 'new' && q.citations[0]?.articleSlug === created.articleSlug)).toBe(true);
    expect((await listReviewQuestions(t.db, other, { article: created.articleSlug }))!.total).toBe(0);
    expect(await getArticle(t.db, student, created.articleSlug)).not.toBeNull();
    expect(await getArticle(t.db, outsider, created.articleSlug)).toBeNull();
    expect(await getArticle(t.db, other, created.articleSlug)).toBeNull();
    expect((await listArticles(t.db, outsider)).some((a) => a.slug === created.articleSlug)).toBe(false);
    // An upload names people in its own facts but adds nobody to the shared who's who.
    expect(await t.db.$count(people)).toBe(peopleBefore);
    // Running a finished job again does nothing.
    await unsafeRunImportJob(t.db, created.jobId);
    expect((await getImportJob(t.db, teacher, created.jobId))!.questionCount).toBe(job.questionCount);
  });

  it('points out a near-copy of a library article and records which is the original', async () => {
    const original = await readFile(path.join(DEFAULT_CONTENT_DIR, '003_7dd9c39fcf2f66b9.md'), 'utf8');
    const created = (await createUpload(t.db, teacher, { fileName: 'copy.md', text: original.replace(/Wednesday/g, 'Thursday') }))!;
    expect(created.copyOf).toMatchObject({ title: 'US rejects Russia demand on Ukraine but talks see new life' });
    const [row] = await t.db.select({ duplicateOf: articles.duplicateOf }).from(articles).where(eq(articles.id, created.articleId));
    expect(row!.duplicateOf).toBe('003_7dd9c39fcf2f66b9');
    expect((await getImportJob(t.db, teacher, created.jobId))!.article?.copyOfTitle).toBe('US rejects Russia demand on Ukraine but talks see new life');
  });

  it('a failure is recorded in words and leaves the article in place', async () => {
    const created = (await createUpload(t.db, teacher, { fileName: 'x.txt', text: 'A perfectly ordinary story about ministers who met in Geneva on Monday and talked for a long time about many things.' }))!;
    await unsafeRunImportJob(t.db, created.jobId, {
      pipeline: {
        ...defaultPipeline,
        extract: () => {
          throw new Error('boom');
        },
      },
    });
    const job = (await getImportJob(t.db, teacher, created.jobId))!;
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/could not read questions/);
    expect(job.error).not.toContain('boom');
    expect(await getArticle(t.db, teacher, created.articleSlug)).not.toBeNull();
    expect(await t.db.$count(questions, eq(questions.articleId, created.articleId))).toBe(0);
  });

  it('students cannot upload, and nobody reads another teacher’s job', async () => {
    expect(await createUpload(t.db, student, { fileName: 'x.txt', text: 'anything at all' })).toBeNull();
    const created = (await createUpload(t.db, teacher, { fileName: 'y.txt', text: 'Another ordinary story about a meeting of ministers in Lyon on Friday with many words in it.' }))!;
    expect(await getImportJob(t.db, other, created.jobId)).toBeNull();
    expect(await getImportJob(t.db, student, created.jobId)).toBeNull();
  });
});
