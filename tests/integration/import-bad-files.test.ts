import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '@/db/client';
import { DEFAULT_CONTENT_DIR, MAX_ARTICLE_BYTES, importContent } from '@/db/import-content';
import { articles, questions } from '@/db/schema';

let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await createTestDb();
  dir = await mkdtemp(path.join(tmpdir(), 'cited-content-'));
  await copyFile(path.join(DEFAULT_CONTENT_DIR, '003_7dd9c39fcf2f66b9.md'), path.join(dir, '003_7dd9c39fcf2f66b9.md'));
  await writeFile(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(path.join(dir, 'empty.md'), '');
  await writeFile(path.join(dir, 'huge.md'), `Huge\n\n${'word '.repeat(MAX_ARTICLE_BYTES / 5 + 10)}`);
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('content import with bad files', () => {
  it('loads the good article with its questions and names every file it left out, with a reason', async () => {
    const report = await importContent(t.db, { contentDir: dir });
    expect(report.error).toBeNull();
    expect(report.articles.total).toBe(1);
    expect(report.skipped.map((s) => s.file).sort()).toEqual(['binary.md', 'empty.md', 'huge.md']);
    for (const { reason } of report.skipped) expect(reason.length).toBeGreaterThan(5);
    expect(report.skipped.find((s) => s.file === 'huge.md')?.reason).toMatch(/limit/);
    expect(await t.db.$count(articles)).toBe(1);
    expect(await t.db.$count(questions)).toBeGreaterThan(0);
  });
});
