import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { max } from 'drizzle-orm';
import { createTestDb, type TestDb } from '@/db/client';
import { DEFAULT_CONTENT_DIR, importContent, type ImportReport } from '@/db/import-content';
import { articles, conflicts, figures, meetings, people, questions, quotes } from '@/db/schema';

let t: TestDb;
let first: ImportReport;
beforeAll(async () => {
  t = await createTestDb();
  first = await importContent(t.db, { now: new Date('2026-03-01T00:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});

const tables = { articles, people, quotes, meetings, figures, conflicts, questions };

async function snapshot() {
  const out: Record<string, { rows: number; lastUpdate: Date | null }> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await t.db.select({ lastUpdate: max(table.updatedAt) }).from(table);
    out[name] = { rows: await t.db.$count(table), lastUpdate: row?.lastUpdate ?? null };
  }
  return out;
}

describe('content import', () => {
  it('loads the five articles with their bodies byte-for-byte, their facts and a question bank', async () => {
    expect(first.error).toBeNull();
    expect(first.articles).toEqual({ total: 5, written: 5, retired: 0 });
    expect(first.facts!.written).toBeGreaterThan(0);
    expect(first.questions!.written).toBeGreaterThan(0);
    const rows = await t.db.select().from(articles);
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      const file = await readFile(path.join(DEFAULT_CONTENT_DIR, `${row.id}.md`), 'utf8');
      expect(file.slice(row.bodyStart)).toBe(row.body);
      expect(row.slug).toMatch(/^[a-z0-9-]+$/);
    }
    expect(new Set(rows.map((r) => r.slug)).size).toBe(5);
  });

  it('a second run changes nothing: same rows, no row rewritten', async () => {
    const before = await snapshot();
    const second = await importContent(t.db, { now: new Date('2026-03-02T00:00:00Z') });
    expect(second.error).toBeNull();
    expect(second.articles.written).toBe(0);
    expect(second.facts).toMatchObject({ written: 0, deleted: 0 });
    expect(second.questions).toMatchObject({ written: 0, retired: 0 });
    expect(await snapshot()).toEqual(before);
  });
});
