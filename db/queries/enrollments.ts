import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { classes, enrollments, users } from '@/db/schema';
import { joinCodeSchema } from '@/lib/validation/classes';
import type { Caller } from './caller';

async function openClassByCode(db: Db, code: unknown) {
  const parsed = joinCodeSchema.safeParse(code);
  if (!parsed.success) return null;
  const [cls] = await db
    .select({ id: classes.id, name: classes.name, teacherName: users.displayName })
    .from(classes)
    .innerJoin(users, eq(users.id, classes.teacherId))
    .where(and(eq(classes.joinCode, parsed.data), isNull(classes.archivedAt)))
    .limit(1);
  return cls ?? null;
}

/**
 * Enrolls the calling student in the open class with this code. Joining again is a no-op, and a student
 * who had left (or been removed) is back in: a teacher who wants them out for good makes a new code.
 * Null for a bad code, an archived class or a teacher.
 */
export async function joinClassByCode(db: Db, caller: Caller, code: unknown): Promise<{ classId: string; name: string } | null> {
  if (caller.role !== 'student') return null;
  const cls = await openClassByCode(db, code);
  if (!cls) return null;
  await db
    .insert(enrollments)
    .values({ classId: cls.id, studentId: caller.id })
    .onConflictDoUpdate({ target: [enrollments.classId, enrollments.studentId], set: { removedAt: null, removedReason: null } });
  return { classId: cls.id, name: cls.name };
}

/** What the join link shows before a student confirms: the class and teacher names, nothing else. */
export async function previewJoin(db: Db, caller: Caller, code: unknown): Promise<{ name: string; teacherName: string; isMember: boolean } | null> {
  const cls = await openClassByCode(db, code);
  if (!cls) return null;
  const [member] = await db
    .select({ one: enrollments.classId })
    .from(enrollments)
    .where(and(eq(enrollments.classId, cls.id), eq(enrollments.studentId, caller.id), isNull(enrollments.removedAt)))
    .limit(1);
  return { name: cls.name, teacherName: cls.teacherName, isMember: Boolean(member) };
}
