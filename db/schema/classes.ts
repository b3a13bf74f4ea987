import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const classes = pgTable(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teacherId: uuid('teacher_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    joinCode: text('join_code').notNull().unique(),
    /** An archived class keeps its results but takes no new students and leaves students' home pages. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('classes_teacher_idx').on(t.teacherId)],
);

/**
 * One row per student and class: the primary key is the uniqueness rule. A student who leaves or is
 * removed keeps the row (and their attempts) with `removedAt` set; only rows with `removedAt` null are
 * members. Joining again clears it.
 */
export const enrollments = pgTable(
  'enrollments',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedReason: text('removed_reason', { enum: ['left', 'removed'] }),
  },
  (t) => [
    primaryKey({ columns: [t.classId, t.studentId] }),
    index('enrollments_student_idx').on(t.studentId),
    check('enrollments_removed_reason_check', sql`${t.removedReason} is null or ${t.removedReason} in ('left', 'removed')`),
  ],
);

export type ClassRow = typeof classes.$inferSelect;
