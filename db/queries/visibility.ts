import { and, eq, isNull, or, exists, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, classes, enrollments } from '@/db/schema';
import type { Caller } from './caller';

/**
 * The articles a caller may read: the shared library, their own uploads, and (for a student) the uploads of
 * a teacher whose class they are in. Used in WHERE clauses so that a forged slug or id is simply a miss.
 */
export function articleVisibleTo(db: Db, caller: Caller): SQL {
  const teachesMe = exists(
    db
      .select({ one: classes.id })
      .from(classes)
      .innerJoin(enrollments, eq(enrollments.classId, classes.id))
      .where(and(eq(classes.teacherId, articles.ownerId), eq(enrollments.studentId, caller.id), isNull(enrollments.removedAt), isNull(classes.archivedAt))),
  );
  return or(eq(articles.origin, 'folder'), eq(articles.ownerId, caller.id), caller.role === 'student' ? teachesMe : undefined)!;
}

/** A class row the caller teaches (ownership in the WHERE clause). */
export function ownClass(caller: Caller, classId: string): SQL {
  return and(eq(classes.id, classId), eq(classes.teacherId, caller.id))!;
}

/** An enrollment that still counts: the student has not left and was not removed. */
export const isActiveEnrollment = isNull(enrollments.removedAt);

/**
 * Who the caller's library is the same as: their role and the owners of the uploads they may read. An
 * upload's visibility depends only on its owner (theirs, or their teacher's), so two callers with the same
 * key see exactly the same articles, and data built from what one of them sees may be served to the other.
 */
export async function libraryAudienceKey(db: Db, caller: Caller): Promise<string> {
  const rows = await db
    .selectDistinct({ owner: articles.ownerId })
    .from(articles)
    .where(and(eq(articles.origin, 'upload'), articleVisibleTo(db, caller)));
  const owners = rows.flatMap((r) => (r.owner ? [r.owner] : [])).sort();
  return `${caller.role}:${owners.join(',')}`;
}
