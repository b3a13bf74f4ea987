import { randomInt } from 'node:crypto';
import { and, asc, count, eq, exists } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { classes, enrollments, users } from '@/db/schema';
import { safeText } from '@/lib/validation/text';
import { isUuid, type Caller } from './caller';

export interface ClassSummaryDto {
  id: string;
  name: string;
  teacherName: string;
  studentCount: number;
  /** Only for the teacher who owns the class. */
  joinCode: string | null;
}

export interface RosterEntryDto {
  id: string;
  displayName: string;
  username: string | null;
  joinedAt: Date;
}

export interface ClassDto extends ClassSummaryDto {
  isOwner: boolean;
  /** Only for the teacher who owns the class; students never see classmates' accounts. */
  roster: RosterEntryDto[] | null;
}

export const createClassSchema = z.object({ name: safeText({ max: 80 }).trim().min(1, 'Name the class.') });

// No 0/O/1/I: codes are read aloud and copied from a board.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random class code like "K7QH-2MXP". */
export function newJoinCode(): string {
  const pick = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** Creates a class owned by the calling teacher; null for a student. */
export async function createClass(db: Db, caller: Caller, input: { name: unknown }): Promise<{ id: string; name: string; joinCode: string } | null> {
  if (caller.role !== 'teacher') return null;
  const parsed = createClassSchema.safeParse(input);
  if (!parsed.success) return null;
  for (let tries = 0; tries < 5; tries++) {
    const [row] = await db
      .insert(classes)
      .values({ teacherId: caller.id, name: parsed.data.name, joinCode: newJoinCode() })
      .onConflictDoNothing({ target: classes.joinCode })
      .returning({ id: classes.id, name: classes.name, joinCode: classes.joinCode });
    if (row) return row;
  }
  throw new Error('could not find a free join code');
}

const studentCount = (db: Db, classId: typeof classes.id) =>
  db.$count(enrollments, eq(enrollments.classId, classId));

/** A teacher's own classes, or the classes a student is enrolled in. */
export async function listMyClasses(db: Db, caller: Caller): Promise<ClassSummaryDto[]> {
  const base = {
    id: classes.id,
    name: classes.name,
    teacherName: users.displayName,
    joinCode: classes.joinCode,
    studentCount: studentCount(db, classes.id),
  };
  const rows =
    caller.role === 'teacher'
      ? await db.select(base).from(classes).innerJoin(users, eq(users.id, classes.teacherId)).where(eq(classes.teacherId, caller.id)).orderBy(asc(classes.name))
      : await db
          .select(base)
          .from(classes)
          .innerJoin(users, eq(users.id, classes.teacherId))
          .innerJoin(enrollments, and(eq(enrollments.classId, classes.id), eq(enrollments.studentId, caller.id)))
          .orderBy(asc(classes.name));
  return rows.map((r) => ({ ...r, studentCount: Number(r.studentCount), joinCode: caller.role === 'teacher' ? r.joinCode : null }));
}

/** A class for its teacher or an enrolled student; null otherwise, and for a malformed id. */
export async function getClass(db: Db, caller: Caller, classId: unknown): Promise<ClassDto | null> {
  if (!isUuid(classId)) return null;
  const visible = and(
    eq(classes.id, classId),
    caller.role === 'teacher'
      ? eq(classes.teacherId, caller.id)
      : exists(db.select({ one: enrollments.classId }).from(enrollments).where(and(eq(enrollments.classId, classes.id), eq(enrollments.studentId, caller.id)))),
  );
  const [row] = await db
    .select({ id: classes.id, name: classes.name, teacherId: classes.teacherId, teacherName: users.displayName, joinCode: classes.joinCode })
    .from(classes)
    .innerJoin(users, eq(users.id, classes.teacherId))
    .where(visible)
    .limit(1);
  if (!row) return null;
  const isOwner = row.teacherId === caller.id;
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(enrollments).where(eq(enrollments.classId, row.id));
  const roster = isOwner
    ? await db
        .select({ id: users.id, displayName: users.displayName, username: users.username, joinedAt: enrollments.joinedAt })
        .from(enrollments)
        .innerJoin(users, eq(users.id, enrollments.studentId))
        .innerJoin(classes, eq(classes.id, enrollments.classId))
        .where(and(eq(enrollments.classId, row.id), eq(classes.teacherId, caller.id)))
        .orderBy(asc(users.displayName))
    : null;
  return { id: row.id, name: row.name, teacherName: row.teacherName, studentCount: n, joinCode: isOwner ? row.joinCode : null, isOwner, roster };
}
