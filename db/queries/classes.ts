import { randomInt } from 'node:crypto';
import { and, asc, eq, exists, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { classes, enrollments, users } from '@/db/schema';
import { archiveClassSchema, classStudentSchema, createClassSchema, renameClassSchema } from '@/lib/validation/classes';
import { isUuid, type Caller } from './caller';
import { isActiveEnrollment, ownClass } from './visibility';

export { createClassSchema };

export interface ClassSummaryDto {
  id: string;
  name: string;
  teacherName: string;
  /** Students who are in the class now (not those who left or were removed). */
  studentCount: number;
  /** Only for the teacher who owns the class. */
  joinCode: string | null;
  archivedAt: Date | null;
}

export interface RosterEntryDto {
  id: string;
  displayName: string;
  username: string | null;
  joinedAt: Date;
}

export interface FormerStudentDto extends RosterEntryDto {
  removedAt: Date;
  reason: 'left' | 'removed';
}

export interface ClassDto extends ClassSummaryDto {
  isOwner: boolean;
  /** Only for the teacher who owns the class; students never see classmates' accounts. */
  roster: RosterEntryDto[] | null;
  /** Students who left or were removed (their work is kept), for the owner only. */
  formerStudents: FormerStudentDto[] | null;
}

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

const activeCount = (db: Db) =>
  db.$count(enrollments, and(eq(enrollments.classId, classes.id), isActiveEnrollment));

/** A teacher's own classes (archived ones last), or the open classes a student is in now. */
export async function listMyClasses(db: Db, caller: Caller): Promise<ClassSummaryDto[]> {
  const base = {
    id: classes.id,
    name: classes.name,
    teacherName: users.displayName,
    joinCode: classes.joinCode,
    archivedAt: classes.archivedAt,
    studentCount: activeCount(db),
  };
  const rows =
    caller.role === 'teacher'
      ? await db
          .select(base)
          .from(classes)
          .innerJoin(users, eq(users.id, classes.teacherId))
          .where(eq(classes.teacherId, caller.id))
          .orderBy(sql`${classes.archivedAt} is not null`, asc(classes.name))
      : await db
          .select(base)
          .from(classes)
          .innerJoin(users, eq(users.id, classes.teacherId))
          .innerJoin(enrollments, and(eq(enrollments.classId, classes.id), eq(enrollments.studentId, caller.id), isActiveEnrollment))
          .where(isNull(classes.archivedAt))
          .orderBy(asc(classes.name));
  return rows.map((r) => ({ ...r, studentCount: Number(r.studentCount), joinCode: caller.role === 'teacher' ? r.joinCode : null }));
}

/** A class for its teacher or a student in it now (an archived class only for its teacher); null otherwise. */
export async function getClass(db: Db, caller: Caller, classId: unknown): Promise<ClassDto | null> {
  if (!isUuid(classId)) return null;
  const isMember = exists(
    db
      .select({ one: enrollments.classId })
      .from(enrollments)
      .where(and(eq(enrollments.classId, classes.id), eq(enrollments.studentId, caller.id), isActiveEnrollment)),
  );
  const visible = caller.role === 'teacher' ? ownClass(caller, classId) : and(eq(classes.id, classId), isMember, isNull(classes.archivedAt));
  const [row] = await db
    .select({ id: classes.id, name: classes.name, teacherId: classes.teacherId, teacherName: users.displayName, joinCode: classes.joinCode, archivedAt: classes.archivedAt, studentCount: activeCount(db) })
    .from(classes)
    .innerJoin(users, eq(users.id, classes.teacherId))
    .where(visible)
    .limit(1);
  if (!row) return null;
  const isOwner = row.teacherId === caller.id;
  const summary = { id: row.id, name: row.name, teacherName: row.teacherName, studentCount: Number(row.studentCount), archivedAt: row.archivedAt };
  if (!isOwner) return { ...summary, joinCode: null, isOwner, roster: null, formerStudents: null };
  const members = await db
    .select({ id: users.id, displayName: users.displayName, username: users.username, joinedAt: enrollments.joinedAt, removedAt: enrollments.removedAt, reason: enrollments.removedReason })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.studentId))
    .innerJoin(classes, eq(classes.id, enrollments.classId))
    .where(ownClass(caller, row.id))
    .orderBy(asc(users.displayName));
  const roster = members.filter((m) => !m.removedAt).map(({ id, displayName, username, joinedAt }) => ({ id, displayName, username, joinedAt }));
  const formerStudents = members
    .filter((m): m is typeof m & { removedAt: Date } => m.removedAt !== null)
    .map(({ id, displayName, username, joinedAt, removedAt, reason }) => ({ id, displayName, username, joinedAt, removedAt, reason: reason ?? 'removed' }));
  return { ...summary, joinCode: row.joinCode, isOwner, roster, formerStudents };
}

/** Renames a class the caller teaches; null when it is not theirs. */
export async function renameClass(db: Db, caller: Caller, input: unknown): Promise<{ id: string; name: string } | null> {
  const parsed = renameClassSchema.safeParse(input);
  if (!parsed.success || caller.role !== 'teacher') return null;
  const [row] = await db
    .update(classes)
    .set({ name: parsed.data.name, updatedAt: new Date() })
    .where(ownClass(caller, parsed.data.classId))
    .returning({ id: classes.id, name: classes.name });
  return row ?? null;
}

/** Archives (or restores) a class the caller teaches: it keeps its results, takes no one new and leaves students' lists. */
export async function setClassArchived(db: Db, caller: Caller, input: unknown): Promise<{ id: string; archivedAt: Date | null } | null> {
  const parsed = archiveClassSchema.safeParse(input);
  if (!parsed.success || caller.role !== 'teacher') return null;
  const [row] = await db
    .update(classes)
    .set({ archivedAt: parsed.data.archived ? new Date() : null, updatedAt: new Date() })
    .where(ownClass(caller, parsed.data.classId))
    .returning({ id: classes.id, archivedAt: classes.archivedAt });
  return row ?? null;
}

/** Gives a class the caller teaches a new join code; the old one stops working at once. */
export async function regenerateJoinCode(db: Db, caller: Caller, classId: unknown): Promise<{ id: string; joinCode: string } | null> {
  if (!isUuid(classId) || caller.role !== 'teacher') return null;
  for (let tries = 0; tries < 5; tries++) {
    try {
      const [row] = await db
        .update(classes)
        .set({ joinCode: newJoinCode(), updatedAt: new Date() })
        .where(ownClass(caller, classId))
        .returning({ id: classes.id, joinCode: classes.joinCode });
      return row ?? null;
    } catch (error) {
      // A clash with another class's code (unique index): draw again.
      if ((error as { code?: string; cause?: { code?: string } }).code !== '23505' && (error as { cause?: { code?: string } }).cause?.code !== '23505') throw error;
    }
  }
  throw new Error('could not find a free join code');
}

/** Takes a student out of a class the caller teaches; their attempts and history stay. */
export async function removeStudent(db: Db, caller: Caller, input: unknown): Promise<{ studentId: string } | null> {
  const parsed = classStudentSchema.safeParse(input);
  if (!parsed.success || caller.role !== 'teacher') return null;
  const [row] = await db
    .update(enrollments)
    .set({ removedAt: new Date(), removedReason: 'removed' })
    .where(
      and(
        eq(enrollments.classId, parsed.data.classId),
        eq(enrollments.studentId, parsed.data.studentId),
        isActiveEnrollment,
        exists(db.select({ one: classes.id }).from(classes).where(ownClass(caller, parsed.data.classId))),
      ),
    )
    .returning({ studentId: enrollments.studentId });
  return row ?? null;
}

/** The calling student leaves a class; their work stays with the teacher. */
export async function leaveClass(db: Db, caller: Caller, classId: unknown): Promise<{ classId: string } | null> {
  if (!isUuid(classId) || caller.role !== 'student') return null;
  const [row] = await db
    .update(enrollments)
    .set({ removedAt: new Date(), removedReason: 'left' })
    .where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, caller.id), isActiveEnrollment))
    .returning({ classId: enrollments.classId });
  return row ?? null;
}

