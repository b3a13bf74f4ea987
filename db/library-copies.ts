import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles } from '@/db/schema';
import { markNearCopies } from '@/lib/upload/similarity';

/**
 * Marks near-copies in the shared library (like 004, a machine rewrite of 003): `duplicateOf` points at
 * the article that came first. Writes only rows whose mark changes, so running it at every start is cheap.
 */
export async function unsafeMarkLibraryCopies(db: Db): Promise<number> {
  // unsafe: runs at server start, after the content import, with no caller.
  const rows = await db
    .select({ id: articles.id, body: articles.body, duplicateOf: articles.duplicateOf })
    .from(articles)
    .where(and(eq(articles.origin, 'folder'), isNull(articles.retiredAt)))
    .orderBy(asc(articles.createdAt), asc(articles.id));
  const copies = markNearCopies(rows);
  let changed = 0;
  for (const row of rows) {
    const copy = copies.get(row.id) ?? null;
    if ((copy?.id ?? null) === row.duplicateOf) continue;
    await db.update(articles).set({ duplicateOf: copy?.id ?? null, duplicateSimilarity: copy?.similarity ?? null }).where(eq(articles.id, row.id));
    changed++;
  }
  return changed;
}
