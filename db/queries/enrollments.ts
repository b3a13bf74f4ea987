import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { classes, enrollments } from '@/db/schema';
import type { Caller } from './caller';

const joinCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{4,16}$/);

/** Enrolls the calling student in the class with this code (again is a no-op); null for a bad code or a teacher. */
export async function joinClassByCode(db: Db, caller: Caller, code: unknown): Promise<{ classId: string; name: string } | null> {
  if (caller.role !== 'student') return null;
  const parsed = joinCodeSchema.safeParse(code);
  if (!parsed.success) return null;
  const [cls] = await db.select({ id: classes.id, name: classes.name }).from(classes).where(eq(classes.joinCode, parsed.data)).limit(1);
  if (!cls) return null;
  await db.insert(enrollments).values({ classId: cls.id, studentId: caller.id }).onConflictDoNothing();
  return { classId: cls.id, name: cls.name };
}
