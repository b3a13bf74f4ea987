import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { articles } from './articles';
import { classes } from './classes';
import { questions, sets, type QuestionVersion } from './questions';
import { users } from './users';

export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    // A set that is assigned cannot be deleted from under the class.
    setId: uuid('set_id')
      .notNull()
      .references(() => sets.id, { onDelete: 'restrict' }),
    /** The set's name when assigned (a later rename of the set does not change it). */
    title: text('title').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** An instant; each student sees it in their own time zone. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    mode: text('mode', { enum: ['quiz', 'flashcards'] }).notNull(),
    /** How many of the frozen questions each attempt asks (null: all of them). */
    questionCount: integer('question_count'),
    /** Attempts a student may make (null: unlimited). The best score counts. */
    attemptsAllowed: integer('attempts_allowed'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('assignments_mode_check', sql`${t.mode} in ('quiz', 'flashcards')`),
    check('assignments_question_count_check', sql`${t.questionCount} is null or ${t.questionCount} > 0`),
    check('assignments_attempts_check', sql`${t.attemptsAllowed} is null or ${t.attemptsAllowed} > 0`),
    index('assignments_class_idx').on(t.classId),
  ],
);

/** The questions an assignment gave, frozen as they were worded then: a later edit never re-grades it. */
export const assignmentQuestions = pgTable(
  'assignment_questions',
  {
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    version: jsonb('version').$type<QuestionVersion>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.questionId] })],
);

/** A student the teacher excused from an assignment: neither late nor missing in the gradebook. */
export const excusals = pgTable(
  'excusals',
  {
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    studentId: uuid('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.studentId] })],
);

/**
 * One quiz run by one student. The id may come from the client, so starting twice (a double tap, a
 * retry after a lost response) is one attempt.
 */
export const attempts = pgTable(
  'attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Where the questions came from: an assignment, an article, or the missed questions of an earlier attempt. */
    mode: text('mode', { enum: ['assignment', 'article', 'retry'] }).notNull(),
    assignmentId: uuid('assignment_id').references(() => assignments.id, { onDelete: 'cascade' }),
    articleId: text('article_id').references(() => articles.id, { onDelete: 'set null' }),
    retryOf: uuid('retry_of'),
    setId: uuid('set_id').references(() => sets.id, { onDelete: 'set null' }),
    questionCount: integer('question_count').notNull().default(0),
    correctCount: integer('correct_count').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** correctCount / questionCount once finished. */
    score: real('score'),
  },
  (t) => [
    check('attempts_mode_check', sql`${t.mode} in ('assignment', 'article', 'retry')`),
    index('attempts_student_idx').on(t.studentId),
    index('attempts_assignment_idx').on(t.assignmentId),
  ],
);

/** The questions of one attempt, in order, frozen as asked: grading reads this, never the live bank. */
export const attemptQuestions = pgTable(
  'attempt_questions',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    version: jsonb('version').$type<QuestionVersion>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] })],
);

/**
 * The id is generated by the client, so a retried submission is a no-op (insert … on conflict do nothing);
 * one answer per question per attempt: the first one counts.
 */
export const answers = pgTable(
  'answers',
  {
    id: uuid('id').primaryKey(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    // Learners' answers keep their question alive: the import retires questions, never deletes them.
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'restrict' }),
    response: text('response').notNull(),
    isCorrect: boolean('is_correct').notNull(),
    timeMs: integer('time_ms'),
    /** When the student answered (the client's clock, checked for sanity): an offline answer keeps its time. */
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('answers_attempt_question_unique').on(t.attemptId, t.questionId), index('answers_question_idx').on(t.questionId)],
);
